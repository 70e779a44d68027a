/**
 * The form path: a Google Form opened with FormApp (needs the Forms scope, asked for here and only
 * here). Every response is re-read on each import: an edited response keeps its ID but gets a new
 * timestamp, so reading only those submitted since the last import would miss nothing new but
 * could not tell an edit from a new response cheaply; re-reading all is simple and always right.
 */
import { fail } from '../../core/args';
import type { FormQuestion, QuestionType, SurveyMapping, SurveyResponse } from '../../core/survey-import';
import { FORMS_SCOPE, requireScopes } from '../scopes';
import { mappedTitles, type SurveyInput, uniqueTitles } from './source';

type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;

/** Item types that take answers; others (section headers, images, page breaks) are left out. */
const ANSWERED: Readonly<Record<string, QuestionType>> = {
  SCALE: 'SCALE',
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

export function openFormSurvey(given: string): SurveyInput {
  requireScopes([FORMS_SCOPE]);
  const form = openForm(given);
  const title = form.getTitle();
  const questions = questionItems(form);
  const collectsEmail = form.collectsEmail();
  return {
    path: 'form',
    key: `form:${form.getId()}`,
    title,
    questions: questions.map(({ question }) => question),
    source: { kind: 'form', form: given },
    readResponses: (mapping) => readResponses(form, questions, mapping, title, collectsEmail),
  };
}

function openForm(given: string): Form {
  try {
    return /^https?:\/\//i.test(given) ? FormApp.openByUrl(given) : FormApp.openById(given);
  } catch (error) {
    return fail(
      `There is no form at "${given}" that you can open (${(error as Error).message}). ` +
        'Paste the URL of the form (or its ID) from a form you can edit.',
    );
  }
}

function questionItems(form: Form): { item: Item; question: FormQuestion }[] {
  const answered = form
    .getItems()
    .map((item) => ({ item, type: ANSWERED[String(item.getType())] }))
    .filter((entry) => entry.type !== undefined);
  const titles = uniqueTitles(answered.map(({ item }) => item.getTitle()));
  return answered.map(({ item, type }, i) => ({ item, question: describeItem(item, type, titles[i]) }));
}

/** Scale bounds and choices are what detection needs to tell NPS from CSAT. */
function describeItem(item: Item, type: QuestionType, title: string): FormQuestion {
  switch (type) {
    case 'SCALE': {
      const scale = item.asScaleItem();
      return { title, type, lower: scale.getLowerBound(), upper: scale.getUpperBound() };
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

/** Reads only the mapped items' answers: the fewest calls on a form with many responses. */
function readResponses(
  form: Form,
  questions: readonly { item: Item; question: FormQuestion }[],
  mapping: SurveyMapping,
  title: string,
  collectsEmail: boolean,
): SurveyResponse[] {
  const titles = mappedTitles(mapping);
  const wanted = questions.filter(({ question }) => titles.has(question.title));
  return form.getResponses().map((response) => {
    const answers: Record<string, unknown> = {};
    for (const { item, question } of wanted) {
      const answer = response.getResponseForItem(item);
      if (answer !== null) answers[question.title] = answer.getResponse();
    }
    return {
      id: response.getId(),
      submitted: response.getTimestamp() as unknown as Date,
      form: title,
      email: collectsEmail ? response.getRespondentEmail() : undefined,
      answers,
    };
  });
}
