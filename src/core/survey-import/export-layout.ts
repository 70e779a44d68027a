/**
 * How a survey tool's export lays out its header and its own columns, read from the sheet's top
 * rows: the header rows to skip, one flattened title per column, and which columns are the
 * tool's metadata (response ID, dates, IP address…) rather than answers.
 *
 * Layouts (the fixtures in tests/fixtures/surveys/ reproduce each, with their sources):
 * - Google Forms linked sheet: one header row, "Timestamp" in the spreadsheet's language.
 * - SurveyMonkey: two header rows; row 1 the question, merged over its sub-answers (so blank to
 *   their right), row 2 the sub-answer or "Response" / "Open-Ended Response". Flattened to
 *   "Question – Sub-answer". ID: Respondent ID.
 * - Qualtrics: three header rows: column ids (StartDate, ResponseId, Q1…), question text, and
 *   {"ImportId":…} JSON. ID: ResponseId.
 * - Typeform: one header row starting with "#" (the response token), "Submit Date (UTC)".
 * - SoGoSurvey (now Sogolytics): "Sr.No., Response No, ParticipationStatus" then numbered
 *   questions ("1.How likely…", "6(a). Please rate: …"); a second header row holds a
 *   multiple-choice question's options under its merged title (flattened as SurveyMonkey's) and a
 *   space elsewhere. ID: Response No, the survey's own counter (1, 2, 3…: unique in its sheet
 *   only). No date unless the export adds one. The file starts with a byte-order mark, twice in
 *   the exports we have seen.
 * - Anything else (Delighted, SurveyLegend, an R or pandas export, a pasted table): one header
 *   row, an ID column and a date column found by their names, either may be absent.
 */
import { isBlank, normalizeKey } from '../cells';
import { readTime } from '../surveys';

export type ExportVendor =
  | 'google-forms'
  | 'surveymonkey'
  | 'qualtrics'
  | 'typeform'
  | 'sogosurvey'
  | 'generic';

export interface ExportLayout {
  vendor: ExportVendor;
  /** Rows above the first response. */
  headerRows: number;
  /** One title per column, sub-answers flattened as "Question – Sub-answer"; '' for none. */
  titles: string[];
  /** The export's response ID column, -1 when it has none (then the row number stands for it). */
  idColumn: number;
  /** The IDs are unique across the tool's surveys; false for a count that restarts in each one. */
  globalIds: boolean;
  /** When the response was submitted, -1 when the export has no date. */
  dateColumn: number;
  /** Columns of the tool's own (IDs, dates, IP, progress…): never offered as questions. */
  metaColumns: ReadonlySet<number>;
}

/** What joins a question and its sub-answer in a flattened title. */
export const SUB_ANSWER_JOINER = ' – ';

/** Google Forms' Timestamp header in the languages we have seen; extend as users report others. */
const FORMS_TIMESTAMPS = new Set([
  'timestamp',
  'informazioni cronologiche',
  'marca temporale',
  'marcaj de timp',
  'marcă temporală',
  'ประทับเวลา',
  'مهر زمان',
  'marca temporal',
  'horodateur',
  'zeitstempel',
  'carimbo de data/hora',
]);

/** Headers of a response ID, by how tools and exports name it (compared by headerKey). */
const ID_HEADERS = [
  'response id',
  'responseid',
  'respondent id',
  'respondentid',
  'submission id',
  '#',
  'token',
  'id',
  'id risposta',
  'id răspuns',
  'id de respuesta',
  'id de réponse',
  'antwort-id',
];

/** Headers of the submission date, most specific first: the first that holds dates wins. */
const DATE_HEADERS = [
  'submit date (utc)',
  'recordeddate',
  'recorded date',
  'end date',
  'enddate',
  'submitted at',
  'submitted',
  'submission date',
  'date submitted',
  'response date',
  'completed',
  'completed at',
  'created at',
  'created',
  'created at (utc)',
  'created (utc)',
  'timestamp',
  'date',
  'data',
  'fecha',
  'datum',
  'start date (utc)',
  'start date',
  'startdate',
];

/** Metadata columns of the exports we know, besides the ID and date. */
const META_HEADERS = new Set([
  'collector id',
  'ip address',
  'ipaddress',
  'start date',
  'end date',
  'startdate',
  'enddate',
  'status',
  'progress',
  'duration (in seconds)',
  'finished',
  'recordeddate',
  'recipientlastname',
  'recipientfirstname',
  'externalreference',
  'locationlatitude',
  'locationlongitude',
  'distributionchannel',
  'userlanguage',
  'start date (utc)',
  'submit date (utc)',
  'stage date (utc)',
  'network id',
  'response type',
  'tags',
  'custom data 1',
]);

/** SurveyMonkey's own respondent columns, blank unless the collector knew the respondent. */
const SURVEYMONKEY_META = new Set(['respondent id', 'email address', 'first name', 'last name']);

/** SoGoSurvey's leading columns: the export's row serial, the response number, its status. */
const SOGOSURVEY_META = new Set(['sr.no.', 'response no', 'participationstatus']);

/** A header compared by name: case, spacing and snake_case ignored ("submitted_at" = "Submitted at"). */
const headerKey = (title: string) => normalizeKey(title.replace(/_/g, ' '));

/** SurveyMonkey's row-2 label for a question with a single answer column. */
const SINGLE_ANSWER_LABELS = new Set(['response', 'open-ended response']);

export function readExportLayout(grid: readonly (readonly unknown[])[]): ExportLayout {
  const first = (grid[0] ?? []).map(headerText);
  const keys = first.map(headerKey);
  const rows = (at: number) => grid.slice(at);
  if (isQualtrics(grid)) return qualtricsLayout(grid);
  if (keys.includes('respondent id') && keys.includes('collector id')) return surveyMonkeyLayout(grid);
  if (keys.includes('response no') && (keys.includes('sr.no.') || keys.includes('participationstatus')))
    return soGoSurveyLayout(grid);
  if (keys[0] === '#' && (keys.includes('submit date (utc)') || keys.includes('network id')))
    return singleRowLayout('typeform', first, rows(1), { id: ['#'], date: ['submit date (utc)'] });
  const timestamp = keys.findIndex((key) => FORMS_TIMESTAMPS.has(key));
  if (timestamp !== -1) {
    // Forms' sheet has no response ID of its own: the row number stands for it.
    return {
      ...singleRowLayout('google-forms', first, rows(1), { id: [], date: [] }),
      dateColumn: timestamp,
    };
  }
  return singleRowLayout('generic', first, rows(1), { id: ID_HEADERS, date: DATE_HEADERS });
}

function headerText(cell: unknown): string {
  // A byte-order mark the import kept (SoGoSurvey writes two) is not part of the first title.
  return isBlank(cell)
    ? ''
    : String(cell)
        .replace(/\uFEFF/g, '')
        .replace(/\s+/g, ' ')
        .trim();
}

function isQualtrics(grid: readonly (readonly unknown[])[]): boolean {
  const third = grid[2] ?? [];
  const imports = third.filter((cell) => typeof cell === 'string' && cell.trim().startsWith('{"ImportId"'));
  return imports.length > 0 && imports.length >= third.filter((cell) => !isBlank(cell)).length / 2;
}

function qualtricsLayout(grid: readonly (readonly unknown[])[]): ExportLayout {
  const ids = (grid[0] ?? []).map(headerText);
  const texts = (grid[1] ?? []).map(headerText);
  const keys = ids.map(headerKey);
  const titles = ids.map((id, column) => texts[column] || id);
  const idColumn = keys.indexOf('responseid');
  const dateColumn = firstOf(keys, ['recordeddate', 'enddate', 'startdate']);
  const meta = new Set<number>();
  keys.forEach((key, column) => {
    // RecipientEmail is not metadata: it may be the only link to an account.
    if (META_HEADERS.has(key) || column === idColumn) meta.add(column);
  });
  return {
    vendor: 'qualtrics',
    headerRows: 3,
    titles,
    idColumn,
    globalIds: true,
    dateColumn,
    metaColumns: meta,
  };
}

function surveyMonkeyLayout(grid: readonly (readonly unknown[])[]): ExportLayout {
  const { titles, metaColumns } = flattenTwoRows(grid, SURVEYMONKEY_META);
  const keys = (grid[0] ?? []).map((cell) => headerKey(headerText(cell)));
  return {
    vendor: 'surveymonkey',
    headerRows: 2,
    titles,
    idColumn: keys.indexOf('respondent id'),
    globalIds: true,
    dateColumn: firstOf(keys, ['end date', 'start date']),
    metaColumns,
  };
}

function soGoSurveyLayout(grid: readonly (readonly unknown[])[]): ExportLayout {
  const keys = (grid[0] ?? []).map((cell) => headerKey(headerText(cell)));
  const numbered = keys.indexOf('response no');
  // The options row has no response number; without it (deleted by hand) row 2 is a response.
  const headerRows = isBlank((grid[1] ?? [])[numbered]) ? 2 : 1;
  const rows = grid.slice(headerRows);
  const idColumn = isIdColumn(rows, numbered) ? numbered : -1;
  const { titles, metaColumns } = flattenTwoRows(grid.slice(0, headerRows), SOGOSURVEY_META);
  // No date in the exports we have seen; a dated one is read by the generic names.
  const dateColumn = findColumn(keys, DATE_HEADERS, (column) => holdsDates(rows, column));
  if (dateColumn !== -1) metaColumns.add(dateColumn);
  return { vendor: 'sogosurvey', headerRows, titles, idColumn, globalIds: false, dateColumn, metaColumns };
}

/**
 * One title per column from a question row and an optional sub-answer row below it: a blank
 * question cell continues the question merged over it, flattened as "Question – Sub-answer".
 */
function flattenTwoRows(
  grid: readonly (readonly unknown[])[],
  ownMeta: ReadonlySet<string>,
): { titles: string[]; metaColumns: Set<number> } {
  const questions = (grid[0] ?? []).map(headerText);
  const subAnswers = (grid[1] ?? []).map(headerText);
  const width = Math.max(questions.length, subAnswers.length);
  const titles: string[] = [];
  const metaColumns = new Set<number>();
  let merged = '';
  for (let column = 0; column < width; column++) {
    const own = questions[column] ?? '';
    const sub = subAnswers[column] ?? '';
    const key = headerKey(own);
    const isMeta = own !== '' && (META_HEADERS.has(key) || ownMeta.has(key));
    if (isMeta) metaColumns.add(column);
    // A blank first-row cell continues the question merged over it, unless that was metadata.
    if (own !== '') merged = isMeta ? '' : own;
    const question = own !== '' ? own : merged;
    if (question === '') titles.push(sub);
    else if (sub === '' || SINGLE_ANSWER_LABELS.has(normalizeKey(sub))) titles.push(question);
    else titles.push(`${question}${SUB_ANSWER_JOINER}${sub}`);
  }
  return { titles, metaColumns };
}

function singleRowLayout(
  vendor: ExportVendor,
  titles: string[],
  rows: readonly (readonly unknown[])[],
  names: { id: readonly string[]; date: readonly string[] },
): ExportLayout {
  const keys = titles.map(headerKey);
  const idColumn = findColumn(keys, names.id, (column) => isIdColumn(rows, column));
  const dateColumn = findColumn(keys, names.date, (column) => holdsDates(rows, column));
  const meta = new Set<number>();
  keys.forEach((key, column) => {
    if (META_HEADERS.has(key) || column === idColumn || column === dateColumn) meta.add(column);
  });
  // Typeform's tokens are its own; a generic ID is unique in its sheet only.
  return {
    vendor,
    headerRows: 1,
    titles,
    idColumn,
    globalIds: vendor === 'typeform',
    dateColumn,
    metaColumns: meta,
  };
}

function firstOf(keys: readonly string[], names: readonly string[]): number {
  for (const name of names) {
    const column = keys.indexOf(name);
    if (column !== -1) return column;
  }
  return -1;
}

/** The first column named in `names` order whose values pass `fits`. */
function findColumn(
  keys: readonly string[],
  names: readonly string[],
  fits: (column: number) => boolean,
): number {
  for (const name of names) {
    const column = keys.indexOf(name);
    if (column !== -1 && fits(column)) return column;
  }
  return -1;
}

/** An ID column identifies each response: no blanks, no repeats (else re-imports would merge rows). */
function isIdColumn(rows: readonly (readonly unknown[])[], column: number): boolean {
  const seen = new Set<string>();
  for (const row of rows) {
    if (row.every(isBlank)) continue;
    const cell = row[column];
    if (isBlank(cell)) return false;
    const id = String(cell).trim();
    if (seen.has(id)) return false;
    seen.add(id);
  }
  return seen.size > 0;
}

/** Most non-blank cells read as dates (Date cells, or text such as 2024-05-01 09:00). */
function holdsDates(rows: readonly (readonly unknown[])[], column: number): boolean {
  let dates = 0;
  let filled = 0;
  for (const row of rows) {
    const cell = row[column];
    if (isBlank(cell)) continue;
    filled++;
    if (typeof cell !== 'number' && !Number.isNaN(readTime(cell))) dates++;
  }
  return filled > 0 && dates >= filled * 0.9;
}
