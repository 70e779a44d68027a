/**
 * The form path: a Google Form opened with FormApp (needs the Forms scope, asked for here and only
 * here). Every FormApp call on a response counts when a form has thousands, so an import asks only
 * for the responses submitted since the last one (`since`, see core/survey-import/cursor.ts; an
 * edited response gets a new submission time, so edits come too), reads their timestamps first to
 * take them oldest first (and so stop anywhere when time runs out), then each one's ID, e-mail and
 * mapped answers in as few calls as the answers allow (AnswerReader).
 */

import {
  type FormQuestion,
  type QuestionType,
  readInTime,
  type SurveyMapping,
} from '../../core/survey-import';
import { FORMS_SCOPE, requireScopes } from '../scopes';
import { refuse } from './say';
import { mappedTitles, type ReadOptions, type ReadResponses, type SurveyInput, uniqueTitles } from './source';

type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;
type FormResponse = GoogleAppsScript.Forms.FormResponse;
type ItemResponse = GoogleAppsScript.Forms.ItemResponse;
/** RatingItem (star, heart or thumb ratings) is newer than the type definitions. */
type RatingItem = { getRatingScaleLevel(): number };

/** Item types that take answers; others (section headers, images, page breaks) are left out. */
const ANSWERED: Readonly<Record<string, QuestionType>> = {
  SCALE: 'SCALE',
  RATING: 'RATING',
  TEXT: 'TEXT',
  PARAGRAPH_TEXT: 'PARAGRAPH_TEXT',
  MULTIPLE_CHOICE: 'MULTIPLE_CHOICE',
  LIST: 'LIST',
  CHECKBOX: 'CHECKBOX',
  DATE: 'DATE',
  DATETIME: 'DATE',
  TIME: 'OTHER',
  DURATION: 'OTHER',
  GRID: 'OTHER',
  CHECKBOX_GRID: 'OTHER',
  FILE_UPLOAD: 'OTHER',
};
/** Item types that never take an answer. A form with a type in neither list is read question by question. */
const UNANSWERED = new Set(['SECTION_HEADER', 'PAGE_BREAK', 'IMAGE', 'VIDEO']);

interface QuestionItem {
  item: Item;
  question: FormQuestion;
}

export function openFormSurvey(given: string): SurveyInput {
  requireScopes([FORMS_SCOPE]);
  const form = openForm(given);
  const title = form.getTitle();
  const { questions, ordered } = questionItems(form);
  const collectsEmail = form.collectsEmail();
  return {
    path: 'form',
    key: `form:${form.getId()}`,
    title,
    questions: questions.map(({ question }) => question),
    source: { kind: 'form', form: given },
    readResponses: (mapping, options = {}) =>
      readResponses(form, { questions, ordered, title, collectsEmail }, mapping, options),
  };
}

function openForm(given: string): Form {
  try {
    return /^https?:\/\//i.test(given) ? FormApp.openByUrl(given) : FormApp.openById(given);
  } catch (error) {
    return refuse('surveyNoForm', { form: given, message: (error as Error).message });
  }
}

/**
 * The items that take answers, as questions. `ordered`: every item is of a known kind, so a
 * response's item responses are these questions in order, less those left unanswered.
 */
function questionItems(form: Form): { questions: QuestionItem[]; ordered: boolean } {
  const items = form.getItems().map((item) => ({ item, kind: String(item.getType()) }));
  const ordered = items.every(({ kind }) => Object.hasOwn(ANSWERED, kind) || UNANSWERED.has(kind));
  const answered = items
    .filter(({ kind }) => Object.hasOwn(ANSWERED, kind))
    .map(({ item, kind }) => ({ item, type: ANSWERED[kind] }));
  const titles = uniqueTitles(answered.map(({ item }) => item.getTitle()));
  const questions = answered.map(({ item, type }, i) => ({
    item,
    question: describeItem(item, type, titles[i]),
  }));
  return { questions, ordered };
}

/** Scale bounds and choices are what detection needs to tell NPS from CSAT. */
function describeItem(item: Item, type: QuestionType, title: string): FormQuestion {
  switch (type) {
    case 'SCALE': {
      const scale = item.asScaleItem();
      return { title, type, lower: scale.getLowerBound(), upper: scale.getUpperBound() };
    }
    case 'RATING': {
      // Answered 1..levels ("4" of 5 stars), so the levels are the top of the scale.
      const rating = (item as unknown as { asRatingItem(): RatingItem }).asRatingItem();
      return { title, type, lower: 1, upper: rating.getRatingScaleLevel() };
    }
    case 'MULTIPLE_CHOICE':
      return {
        title,
        type,
        choices: item
          .asMultipleChoiceItem()
          .getChoices()
          .map((c) => c.getValue()),
      };
    case 'LIST':
      return {
        title,
        type,
        choices: item
          .asListItem()
          .getChoices()
          .map((c) => c.getValue()),
      };
    default:
      return { title, type };
  }
}

interface OpenedForm {
  questions: readonly QuestionItem[];
  ordered: boolean;
  title: string;
  collectsEmail: boolean;
}

function readResponses(
  form: Form,
  opened: OpenedForm,
  mapping: SurveyMapping,
  options: ReadOptions,
): ReadResponses {
  const since = options.since ?? null;
  const fetched =
    since === null ? form.getResponses() : form.getResponses(since as unknown as GoogleAppsScript.Base.Date);
  // Timestamps first, to read oldest first whatever order the form gives (a stable sort).
  const dated = fetched.map((response) => ({
    response,
    submitted: response.getTimestamp() as unknown as Date,
  }));
  dated.sort((a, b) => a.submitted.getTime() - b.submitted.getTime());
  const titles = mappedTitles(mapping);
  const wanted = opened.questions.flatMap(({ question }, position) =>
    titles.has(question.title) ? [position] : [],
  );
  const reader = new AnswerReader(opened.questions, wanted, opened.ordered);
  return readInTime(
    dated,
    (entry) => entry.submitted,
    ({ response, submitted }) => ({
      id: response.getId(),
      submitted,
      form: opened.title,
      email: opened.collectsEmail ? response.getRespondentEmail() : undefined,
      answers: reader.read(response),
    }),
    since,
    options.outOfTime ?? (() => false),
  );
}

/** How often the reader tries the way it currently finds dearer, in case the answers changed. */
const RETRY_EVERY = 64;

/** Calls one way of reading has taken, over how many responses. */
interface Cost {
  calls: number;
  responses: number;
}

/**
 * Reads the mapped answers of response after response in few FormApp calls, two ways:
 * - listed: getItemResponses() gives the answered items in the form's order in one call. When every
 *   question was answered each item response sits at its question's place; otherwise a few are
 *   placed by their item's ID (getItem().getId(), two calls each; the last one first, as skipped
 *   questions are mostly the last ones) and the rest follow from the order. Then getResponse() on
 *   the mapped ones only.
 * - by question: getResponseForItem() per mapped question, and getResponse() on those answered.
 * Listed is usually cheaper, but not with a single mapped question or many skipped in the middle,
 * so the reader keeps the cost of both (what the by-question way would have taken is known from
 * the answers found) and takes the cheaper one, trying listed again every RETRY_EVERY responses.
 * Placing by ID also checks the order: item responses that cannot fit the questions (an item of a
 * kind this code does not know) switch the read to by question.
 */
class AnswerReader {
  private readonly listed: Cost = { calls: 0, responses: 0 };
  private readonly byQuestion: Cost = { calls: 0, responses: 0 };
  /** Mapped questions before each position, to tell whether a run of questions holds one. */
  private readonly wantedBefore: number[];
  private readonly isWanted: boolean[];
  /** Item ID → question position, fetched the first time an item response must be placed. */
  private positions: Map<number, number> | null = null;
  private calls = 0;
  /** Responses read so far. */
  private count = 0;

  constructor(
    private readonly questions: readonly QuestionItem[],
    private readonly wanted: readonly number[],
    private ordered: boolean,
  ) {
    this.isWanted = questions.map((_, position) => wanted.includes(position));
    this.wantedBefore = [0];
    for (const wantedHere of this.isWanted)
      this.wantedBefore.push(this.wantedBefore.at(-1)! + (wantedHere ? 1 : 0));
  }

  read(response: FormResponse): Record<string, unknown> {
    const answers: Record<string, unknown> = {};
    if (this.wanted.length === 0) return answers;
    this.count++;
    if (this.listedFirst()) {
      const before = this.calls;
      const answered = this.readListed(response, answers);
      if (answered !== null) {
        add(this.listed, this.calls - before);
        add(this.byQuestion, this.wanted.length + answered);
        return answers;
      }
      // The item responses did not fit the questions (an item of a kind we do not know?): by question from now on.
      this.ordered = false;
    }
    const before = this.calls;
    this.readByQuestion(response, answers);
    add(this.byQuestion, this.calls - before);
    return answers;
  }

  private listedFirst(): boolean {
    if (!this.ordered) return false;
    if (this.listed.responses === 0 || this.count % RETRY_EVERY === 0) return true;
    // Compared as averages: calls × the other's responses.
    return this.listed.calls * this.byQuestion.responses <= this.byQuestion.calls * this.listed.responses;
  }

  private readByQuestion(response: FormResponse, answers: Record<string, unknown>): void {
    for (const position of this.wanted) {
      const { item, question } = this.questions[position];
      this.calls++;
      // Typed as never null, but null is what an unanswered question gives.
      const itemResponse = response.getResponseForItem(item) as ItemResponse | null;
      if (itemResponse === null) continue;
      this.calls++;
      answers[question.title] = itemResponse.getResponse();
    }
  }

  /** The mapped answers from getItemResponses(): how many were answered, or null if they do not fit. */
  private readListed(response: FormResponse, answers: Record<string, unknown>): number | null {
    this.calls++;
    const listed = response.getItemResponses();
    const at: (number | undefined)[] = new Array(listed.length);
    if (!this.place(listed, at, 0, listed.length - 1, 0, this.questions.length - 1, true)) return null;
    let answered = 0;
    listed.forEach((itemResponse, j) => {
      const position = at[j];
      if (position === undefined || !this.isWanted[position]) return;
      this.calls++;
      answers[this.questions[position].question.title] = itemResponse.getResponse();
      answered++;
    });
    return answered;
  }

  /**
   * Places item responses jlo..jhi, known to answer questions plo..phi in order, as far as mapped
   * questions need it: a run with as many answers as questions is placed whole; otherwise one is
   * placed by its item's ID and both sides are placed in turn. False when they cannot fit.
   */
  private place(
    listed: readonly ItemResponse[],
    at: (number | undefined)[],
    jlo: number,
    jhi: number,
    plo: number,
    phi: number,
    lastFirst: boolean,
  ): boolean {
    if (jlo > jhi) return true;
    if (jhi - jlo > phi - plo) return false;
    if (this.wantedBefore[phi + 1] === this.wantedBefore[plo]) return true;
    if (jhi - jlo === phi - plo) {
      for (let j = jlo; j <= jhi; j++) at[j] = plo + (j - jlo);
      return true;
    }
    const j = lastFirst ? jhi : (jlo + jhi + 1) >> 1;
    this.calls += 2;
    const position = this.positionsById().get(Number(listed[j].getItem().getId()));
    if (position === undefined || position < plo + (j - jlo) || position > phi - (jhi - j)) return false;
    at[j] = position;
    return (
      this.place(listed, at, jlo, j - 1, plo, position - 1, false) &&
      this.place(listed, at, j + 1, jhi, position + 1, phi, false)
    );
  }

  /** Once per read: one call per question, not counted against either way. */
  private positionsById(): Map<number, number> {
    this.positions ??= new Map(this.questions.map(({ item }, position) => [Number(item.getId()), position]));
    return this.positions;
  }
}

function add(cost: Cost, calls: number): void {
  cost.calls += calls;
  cost.responses++;
}
