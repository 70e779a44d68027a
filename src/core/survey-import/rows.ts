/**
 * Rows of the Survey Responses sheet (contract §4), one per form response, and merging a new import
 * into what the sheet already holds.
 */

import { type ErrorText, errorText, LocalizedError } from '../../shared/messages/errors-render';
import { asPlainText } from '../a1';
import { failWith } from '../args';
import { isBlank, isDate, parseNumericText } from '../cells';
import { cesScale, csatScale, NPS_SCALE, readAnswer, readTime, type SurveyScale } from '../surveys';
import type { SurveyMapping } from './detect';
import type { AccountMatch, MatchInput } from './match';

export const SURVEY_HEADERS = [
  'Response ID',
  'Submitted',
  'Form',
  'Account',
  'Respondent',
  'NPS',
  'CSAT',
  'CES',
  'Comment',
  'Match',
] as const;

export const SURVEY_WIDTH = SURVEY_HEADERS.length;

/** One form response, answers keyed by question title as the adapter read them. */
export interface SurveyResponse {
  id: string;
  submitted: Date;
  /** The form's title. */
  form: string;
  email?: string;
  answers: Readonly<Record<string, unknown>>;
  /** The export has no date: `submitted` is the import's time, kept from the first import on. */
  undated?: boolean;
}

export type MatchKind = AccountMatch['by'] | 'unmatched';

/** The ten cells of a row, text already made safe to write (see asPlainText). */
export type SurveyRow = [
  id: string,
  submitted: Date,
  form: string,
  account: string,
  respondent: string,
  nps: number | '',
  csat: number | '',
  ces: number | '',
  comment: string,
  match: MatchKind,
];

/** An answer left out of its row because it is not a whole number on the question's scale. */
export interface AnswerProblem {
  responseId: string;
  field: SurveyScale['kind'];
  answer: unknown;
  /** In English; `text` is the same message for the user's language (the server renders it). */
  message: string;
  text: ErrorText;
}

/** What {@link buildAccountIndex}'s match needs from a response under this mapping. */
export function matchInput(response: SurveyResponse, mapping: SurveyMapping): MatchInput {
  const answer = mapping.account === null ? '' : textOf(response.answers[mapping.account]);
  return { email: response.email, answer: isBlank(answer) ? undefined : answer };
}

/**
 * A response as a row. The Account cell holds the matched account, else the raw answer or e-mail
 * so nothing is lost and the user can see what to assign. A score that is not a whole number on
 * its scale is left blank and reported, never written as a wrong number.
 */
export function surveyRow(
  response: SurveyResponse,
  mapping: SurveyMapping,
  matched: AccountMatch | null,
): { row: SurveyRow; problems: AnswerProblem[] } {
  if (isBlank(response.id)) failWith('surveyNoResponseId', { submitted: submittedText(response.submitted) });
  const problems: AnswerProblem[] = [];
  const score = (title: string | null, scale: SurveyScale): number | '' => {
    const answer = title === null ? undefined : response.answers[title];
    const where = () => errorText('surveyAnswerOf', { response: response.id, question: String(title) });
    try {
      const value = readAnswer(answer, scale, where);
      return Number.isNaN(value) ? '' : value;
    } catch (error) {
      // Only a wrong answer is the respondent's: anything else is a fault of the import itself.
      if (!(error instanceof LocalizedError)) throw error;
      problems.push({
        responseId: response.id,
        field: scale.kind,
        answer,
        message: error.message,
        text: error.text,
      });
      return '';
    }
  };
  const email = response.email?.trim() ?? '';
  const query = matchInput(response, mapping);
  const row: SurveyRow = [
    plain(String(response.id)),
    response.submitted,
    plain(response.form),
    plain(matched?.account ?? query.answer ?? email),
    plain(email),
    score(mapping.nps, NPS_SCALE),
    score(mapping.csat, csatScale(mapping.csatScale ?? undefined)),
    score(mapping.ces, cesScale(mapping.cesScale ?? undefined)),
    plain(mapping.comment === null ? '' : textOf(response.answers[mapping.comment])),
    matched?.by ?? 'unmatched',
  ];
  return { row, problems };
}

const plain = (text: string) => asPlainText(text) as string;

/** When a response was submitted, the same in every language (ISO), or as the export gave it. */
function submittedText(submitted: unknown): string {
  return isDate(submitted) && !Number.isNaN(submitted.getTime())
    ? submitted.toISOString()
    : String(submitted);
}

/** An answer as text: checkbox answers joined, dates as ISO, blanks as ''. */
function textOf(answer: unknown): string {
  if (answer === null || answer === undefined) return '';
  if (Array.isArray(answer)) return answer.map(textOf).join(', ');
  if (isDate(answer)) return answer.toISOString();
  return String(answer);
}

const ID = 0;
const FORM = 2;
const ACCOUNT = 3;
const RESPONDENT = 4;
const MATCH = 9;

/**
 * The sheet's unmatched rows of one form (by its title in the Form column), matched again with
 * `match`, except those whose response is being imported anew (`skip`, by Response ID): an import
 * that reads only new responses rebuilds no older row, yet an account added since (or a domain
 * filled in, or an assignment whose sheet write failed) should still claim them. The Account cell of
 * an unmatched row holds the respondent's answer, or their e-mail when they gave none, so both
 * readings are tried. Returns the rows that now match, ready to merge, and how many stay unmatched.
 */
export function rematchUnmatched(
  rows: readonly (readonly unknown[])[],
  form: string,
  skip: ReadonlySet<string>,
  match: (input: MatchInput) => AccountMatch | null,
): { rows: SurveyRow[]; unmatched: number } {
  const matched: SurveyRow[] = [];
  let unmatched = 0;
  for (const row of rows) {
    if (row[MATCH] !== 'unmatched' || String(row[FORM] ?? '') !== form || skip.has(idOf(row[ID]))) continue;
    const email = isBlank(row[RESPONDENT]) ? undefined : String(row[RESPONDENT]).trim();
    const answer = isBlank(row[ACCOUNT]) ? undefined : String(row[ACCOUNT]);
    const readings: MatchInput[] =
      answer !== undefined && email !== undefined && answer.trim().toLowerCase() === email.toLowerCase()
        ? [{ email }, { email, answer }]
        : [{ email, answer }];
    let found: AccountMatch | null = null;
    for (const reading of readings) found ??= match(reading);
    if (found === null) {
      unmatched++;
      continue;
    }
    const cells = existingAsWritable(row);
    cells[ACCOUNT] = plain(found.account);
    cells[MATCH] = found.by;
    matched.push(cells as SurveyRow);
  }
  return { rows: matched, unmatched };
}

/**
 * Rows of undated responses (an export without a date column) keep the Submitted date the sheet
 * already holds for them, so a re-import neither "updates" every row nor moves it into the window.
 */
export function keepFirstSeen(
  rows: readonly SurveyRow[],
  undated: ReadonlySet<string>,
  existing: readonly (readonly unknown[])[],
): SurveyRow[] {
  if (undated.size === 0) return rows.slice();
  const seen = new Map<string, Date>();
  for (const row of existing) {
    const submitted = row[1];
    if (!isBlank(row[ID]) && isDate(submitted)) seen.set(idOf(row[ID]), submitted);
  }
  return rows.map((row) => {
    const first = undated.has(idOf(row[ID])) ? seen.get(idOf(row[ID])) : undefined;
    if (first === undefined) return row;
    const kept = row.slice() as SurveyRow;
    kept[1] = first;
    return kept;
  });
}

/** Where and what to write so the sheet holds the merged rows; counts are for the import summary. */
export interface SurveyMerge {
  /** First data-row index (0 = the row under the header) that must be written. */
  startIndex: number;
  /** Rows to write from startIndex on, each SURVEY_WIDTH wide; empty when nothing changed. */
  block: unknown[][];
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Merges imported rows into the sheet's data rows by Response ID: a known ID replaces its row in
 * place when something differs, a new ID is appended (in incoming order; the last of duplicate IDs
 * wins), rows without an ID stay as they are. Appended rows fill trailing blank rows first. The
 * block starts at the first changed row so unchanged leading rows are not rewritten. O(rows).
 */
export function mergeSurveyRows(
  existing: readonly (readonly unknown[])[],
  incoming: readonly SurveyRow[],
): SurveyMerge {
  const latest = new Map<string, SurveyRow>();
  for (const row of incoming) latest.set(idOf(row[0]), row);
  const positions = new Map<string, number>();
  let contentEnd = 0;
  existing.forEach((row, index) => {
    if (row.some((cell) => !isBlank(cell))) contentEnd = index + 1;
    const id = row[0];
    if (!isBlank(id) && !positions.has(idOf(id))) positions.set(idOf(id), index);
  });

  const replaced = new Map<number, SurveyRow>();
  const appended: SurveyRow[] = [];
  let firstChange = Number.POSITIVE_INFINITY;
  let unchanged = 0;
  for (const [id, incomingRow] of latest) {
    const index = positions.get(id);
    const row = index === undefined ? incomingRow : keepUserAccount(existing[index], incomingRow);
    if (index === undefined) appended.push(row);
    else if (sameRow(existing[index], row)) unchanged++;
    else {
      replaced.set(index, row);
      firstChange = Math.min(firstChange, index);
    }
  }
  if (appended.length > 0) firstChange = Math.min(firstChange, contentEnd);
  const counts = { added: appended.length, updated: replaced.size, unchanged };
  if (firstChange === Number.POSITIVE_INFINITY) return { startIndex: existing.length, block: [], ...counts };

  const block: unknown[][] = [];
  for (let index = firstChange; index < contentEnd; index++) {
    // Values read back lost their apostrophe: rewriting them as read would turn '=…' into formulas.
    block.push(replaced.get(index) ?? existingAsWritable(existing[index]));
  }
  block.push(...appended);
  return { startIndex: firstChange, block, ...counts };
}

/**
 * A re-import updates what comes from the survey, never the team's own decisions: a row that was
 * matched or assigned keeps its Account and Match (a CSM's fix of the Account stays). Only a row
 * still unmatched takes the new match; the raw answer it shows may be the respondent's edit.
 */
function keepUserAccount(existing: readonly unknown[], incoming: SurveyRow): SurveyRow {
  const account = String(existing[ACCOUNT] ?? '');
  const match = String(existing[MATCH] ?? '');
  if (isBlank(account)) return incoming;
  const kept = (by: MatchKind): SurveyRow => {
    const row = incoming.slice() as SurveyRow;
    row[ACCOUNT] = asPlainText(account);
    row[MATCH] = by;
    return row;
  };
  return match !== 'unmatched' && !isBlank(match) ? kept(match as MatchKind) : incoming;
}

/** What Sheets keeps of a written value: a leading apostrophe marks text and is dropped. */
function stored(value: unknown): unknown {
  return typeof value === 'string' && value.startsWith("'") ? value.slice(1) : value;
}

/** A Response ID as a lookup key; a numeric-looking ID may read back as a number. */
function idOf(cell: unknown): string {
  return String(stored(cell));
}

/** Columns that hold text from a form or a user (Response ID, Form, Account, Respondent, Comment). */
const TEXT_COLUMNS = new Set([0, 2, 3, 4, 8]);

function existingAsWritable(row: readonly unknown[]): unknown[] {
  const cells: unknown[] = [];
  for (let column = 0; column < SURVEY_WIDTH; column++) {
    const cell = row[column] ?? '';
    const formulaLike = typeof cell === 'string' && /^[=+\-@]/.test(cell);
    cells.push(TEXT_COLUMNS.has(column) || formulaLike ? asPlainText(cell) : cell);
  }
  return cells;
}

function sameRow(existing: readonly unknown[], incoming: SurveyRow): boolean {
  for (let column = 0; column < SURVEY_WIDTH; column++) {
    if (!sameValue(existing[column], stored(incoming[column]))) return false;
  }
  return true;
}

/**
 * Whether a cell read from the sheet already holds what would be written. Sheets turns written
 * text that looks like a number, a boolean or a date into one, so those compare by meaning.
 */
function sameValue(read: unknown, written: unknown): boolean {
  const a = read ?? '';
  const b = written ?? '';
  // To the second: a date cell need not keep a form timestamp's milliseconds.
  if (isDate(a) || isDate(b)) return Math.floor(readTime(a) / 1000) === Math.floor(readTime(b) / 1000);
  if (typeof a === typeof b) return a === b;
  if (typeof a === 'string') return sameValue(b, a);
  if (typeof b !== 'string') return false;
  if (typeof a === 'number') return b.trim() !== '' && parseNumericText(b) === a;
  if (typeof a === 'boolean') return b.trim().toUpperCase() === (a ? 'TRUE' : 'FALSE');
  return false;
}

/** The fields of a row an import writes from the answers (Account and Match are the team's). */
export const ANSWER_FIELDS = { nps: 5, csat: 6, ces: 7, comment: 8 } as const;
export type AnswerField = keyof typeof ANSWER_FIELDS;

/** What an import would do to one field: values written, new, changed, and existing ones blanked. */
export interface FieldChange {
  write: number;
  add: number;
  change: number;
  blank: number;
}

/**
 * Per answer field, what writing `incoming` over the sheet's rows would do. A wrong mapping shows
 * here before anything is written: NPS mapped to the company question blanks every NPS imported.
 */
export function fieldChanges(
  existing: readonly (readonly unknown[])[],
  incoming: readonly SurveyRow[],
): Record<AnswerField, FieldChange> {
  const byId = new Map<string, readonly unknown[]>();
  for (const row of existing) if (!isBlank(row[ID])) byId.set(idOf(row[ID]), row);
  const changes = {} as Record<AnswerField, FieldChange>;
  for (const [field, column] of Object.entries(ANSWER_FIELDS) as [AnswerField, number][]) {
    const change: FieldChange = { write: 0, add: 0, change: 0, blank: 0 };
    for (const row of incoming) {
      const value = row[column];
      const before = byId.get(idOf(row[ID]));
      if (!isBlank(value)) change.write++;
      if (before === undefined || isBlank(before[column])) {
        if (!isBlank(value)) change.add++;
      } else if (isBlank(value)) change.blank++;
      else if (!sameValue(before[column], stored(value))) change.change++;
    }
    changes[field] = change;
  }
  return changes;
}
