/**
 * The sheet path: any sheet of responses in this spreadsheet: the form-responses sheet Google Forms
 * keeps, or a survey tool's CSV export opened with File ▸ Import or pasted (SurveyMonkey, Qualtrics,
 * Typeform, Delighted, SoGoSurvey, SurveyLegend, a generic table). The export's layout (header
 * rows, its own ID and date columns) is read by core/survey-import/export-layout.ts; the answers
 * themselves tell the questions apart (type 'UNKNOWN' with samples). It needs no extra scope.
 *
 * Response IDs come from the export's own ID column when it has one (Respondent ID, ResponseId,
 * Typeform's #…), so re-importing a fresh export, sorting the sheet or deleting rows never
 * duplicates a response or "updates" one with another's answers. Vendors' IDs are unique across
 * surveys and keep their value (`surveymonkey:<id>`); a generic ID column (1, 2, 3…) or
 * SoGoSurvey's Response No (a survey's own counter) is only unique in its sheet
 * (`<sheet ID>:<id>`). Without an ID column (a Forms linked sheet) the ID is `<sheet ID>:row<N>`:
 * Forms rewrites an edited response in its own row, so it survives edits, but sorting that sheet
 * breaks the link (import from the form itself then).
 */

import { isBlank, isDate } from '../../core/cells';
import {
  answerOrBlank,
  EMAIL_KEYWORDS,
  type ExportLayout,
  type FormQuestion,
  foldText,
  mentionedKeyword,
  readExportLayout,
  type SurveyMapping,
  type SurveyResponse,
} from '../../core/survey-import';
import { readTime } from '../../core/surveys';
import { refuse } from './say';
import { mappedTitles, type ReadResponses, type SurveyInput, uniqueTitles } from './source';

/** A column whose addresses are this share of its answers is the respondents' e-mail. */
const EMAIL_SHARE = 0.8;

export function openSheetSurvey(sheet: GoogleAppsScript.Spreadsheet.Sheet, name: string): SurveyInput {
  const data = sheet.getDataRange().getValues();
  const layout = readExportLayout(data);
  const rows = data.slice(layout.headerRows);
  if (layout.titles.every((title) => title === '')) refuse('surveySheetEmpty', { sheet: name });
  const email = emailColumn(layout, rows);
  const columns = layout.titles
    .map((_, column) => column)
    .filter((column) => !layout.metaColumns.has(column) && column !== email && layout.titles[column] !== '');
  const titles = uniqueTitles(columns.map((column) => layout.titles[column]));
  const questions: FormQuestion[] = columns.map((column, i) => ({
    title: titles[i],
    type: 'UNKNOWN',
    samples: rows.map((row) => answerOrBlank(row[column])),
  }));
  const sheetId = sheet.getSheetId();
  const idOf = responseIdOf(layout, sheetId);
  const sheetResponses = (mapping: SurveyMapping): SurveyResponse[] => {
    const wanted = mappedTitles(mapping);
    const used = columns
      .map((column, i) => ({ column, title: titles[i] }))
      .filter(({ title }) => wanted.has(title));
    const importedAt = new Date();
    const responses: SurveyResponse[] = [];
    rows.forEach((row, i) => {
      // Not a response: a blank row, one abandoned before its first answer (the tool's own columns
      // only: SoGoSurvey's "Incomplete" rows), or (with a date column) a note the user typed in.
      if (row.every((cell, column) => isBlank(cell) || layout.metaColumns.has(column))) return;
      const submitted = layout.dateColumn === -1 ? importedAt : submittedAt(row[layout.dateColumn]);
      if (submitted === null) return;
      const id = idOf(row, i + layout.headerRows + 1);
      if (id === null) return;
      const answers: Record<string, unknown> = {};
      for (const { column, title } of used) answers[title] = answerOrBlank(row[column]);
      const address = email === -1 ? '' : String(row[email] ?? '').trim();
      responses.push({
        id,
        submitted,
        form: name,
        // A stray non-address in the column leaves that one response to the other answers.
        email: address.includes('@') ? address : undefined,
        answers,
        ...(layout.dateColumn === -1 ? { undated: true } : {}),
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

/** A row's response ID (see the file comment); null for a row without one. */
function responseIdOf(
  layout: ExportLayout,
  sheetId: number,
): (row: readonly unknown[], sheetRow: number) => string | null {
  if (layout.idColumn === -1) return (_, sheetRow) => `${sheetId}:row${sheetRow}`;
  const prefix = layout.globalIds ? layout.vendor : String(sheetId);
  return (row) => {
    const cell = row[layout.idColumn];
    return isBlank(cell) ? null : `${prefix}:${String(cell).trim()}`;
  };
}

function submittedAt(cell: unknown): Date | null {
  if (isDate(cell)) return Number.isNaN(cell.getTime()) ? null : cell;
  const time = readTime(cell);
  return Number.isNaN(time) ? null : new Date(time);
}

/**
 * The respondents' addresses: the first column named like an e-mail address whose answers are
 * mostly addresses (one stray "n/a" does not disqualify it). -1 when there is none.
 */
function emailColumn(layout: ExportLayout, rows: readonly (readonly unknown[])[]): number {
  return layout.titles.findIndex((title, column) => {
    // Forms puts the address it collects right after Timestamp; a later one is a question.
    if (layout.vendor === 'google-forms' && column !== layout.dateColumn + 1) return false;
    if (mentionedKeyword(foldText(title), EMAIL_KEYWORDS) === null) return false;
    const answers = rows.map((row) => answerOrBlank(row[column])).filter((cell) => !isBlank(cell));
    const addresses = answers.filter((cell) => String(cell).includes('@')).length;
    return answers.length > 0 && addresses >= answers.length * EMAIL_SHARE;
  });
}
