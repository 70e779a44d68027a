/**
 * The linked-sheet path: the form-responses sheet Google Forms keeps in this spreadsheet
 * (Timestamp, optional Email Address, one column per question). It needs no Forms scope, so the
 * form's own title and item types are out of reach: the sheet's name stands for the title and
 * the answers themselves tell the questions apart (type 'UNKNOWN' with samples).
 *
 * Response IDs are `<sheet ID>:row<N>`. Forms rewrites an edited response in its own row, so the
 * ID survives edits and re-imports (and renaming the sheet); sorting the responses sheet or
 * deleting rows in it moves responses to other rows and so breaks the link between a row and
 * what was imported from it. Import from the form itself when the sheet is sorted.
 */
import { fail } from '../../core/args';
import { isBlank, isDate, normalizeKey } from '../../core/cells';
import {
  EMAIL_KEYWORDS,
  type FormQuestion,
  foldText,
  mentionedKeyword,
  type SurveyMapping,
  type SurveyResponse,
} from '../../core/survey-import';
import { readTime } from '../../core/surveys';
import { mappedTitles, type ReadResponses, type SurveyInput, uniqueTitles } from './source';

/**
 * The Timestamp header: Google Forms writes it in the spreadsheet's language. English and the
 * names we have seen or expect in our users' locales; extend the list as users report others.
 */
const TIMESTAMP_HEADERS = new Set([
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
]);

export function openSheetSurvey(sheet: GoogleAppsScript.Spreadsheet.Sheet, name: string): SurveyInput {
  const data = sheet.getDataRange().getValues();
  const headers = data[0] ?? [];
  const rows = data.slice(1);
  const timestamp = headers.findIndex((header) => TIMESTAMP_HEADERS.has(normalizeKey(header ?? '')));
  if (timestamp === -1) fail(`Sheet "${name}" has no Timestamp column: is it a form-responses sheet?`);
  const email = emailColumn(headers, rows, timestamp);
  const columns = headers
    .map((_, column) => column)
    .filter((column) => column !== timestamp && column !== email && !isBlank(headers[column]));
  const titles = uniqueTitles(columns.map((column) => String(headers[column])));
  const questions: FormQuestion[] = columns.map((column, i) => ({
    title: titles[i],
    type: 'UNKNOWN',
    samples: rows.map((row) => row[column]),
  }));
  const sheetId = sheet.getSheetId();
  const sheetResponses = (mapping: SurveyMapping): SurveyResponse[] => {
    const wanted = mappedTitles(mapping);
    const answered = columns.map((column, i) => ({ column, title: titles[i] }));
    const used = answered.filter(({ title }) => wanted.has(title));
    const responses: SurveyResponse[] = [];
    rows.forEach((row, i) => {
      const submitted = submittedAt(row[timestamp]);
      // Not a response: a blank row, or one the user typed a note into.
      if (submitted === null) return;
      const answers: Record<string, unknown> = {};
      for (const { column, title } of used) answers[title] = row[column];
      responses.push({
        id: `${sheetId}:row${i + 2}`,
        submitted,
        form: name,
        email: email === -1 ? undefined : String(row[email] ?? ''),
        answers,
      });
    });
    return responses;
  };
  return {
    path: 'sheet',
    key: `sheet:${sheetId}`,
    title: name,
    questions,
    source: { kind: 'sheet', sheet: name },
    // The sheet was read in one call, however many rows it has: always whole, never in parts.
    readResponses: (mapping): ReadResponses => ({ responses: sheetResponses(mapping), remaining: 0 }),
  };
}

function submittedAt(cell: unknown): Date | null {
  if (isDate(cell)) return Number.isNaN(cell.getTime()) ? null : cell;
  const time = readTime(cell);
  return Number.isNaN(time) ? null : new Date(time);
}

/**
 * The respondent's address Forms collects: the column right after Timestamp, named like an e-mail
 * address, holding only addresses. -1 when the form does not collect them.
 */
function emailColumn(
  headers: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  timestamp: number,
): number {
  const column = timestamp + 1;
  if (
    column >= headers.length ||
    mentionedKeyword(foldText(String(headers[column] ?? '')), EMAIL_KEYWORDS) === null
  )
    return -1;
  const addresses = rows.every((row) => isBlank(row[column]) || String(row[column]).includes('@'));
  return addresses ? column : -1;
}
