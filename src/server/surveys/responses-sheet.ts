/**
 * The Survey Responses sheet (contract §4): read once, merged in memory (core), written back as
 * one block. A write that fails leaves the sheet as it was: rows inserted for it are removed again
 * and a sheet created for it is deleted, so the next import starts from the same place.
 */
import { asPlainText } from '../../core/a1';
import { isBlank, normalizeKey } from '../../core/cells';
import { SURVEY_HEADERS, SURVEY_WIDTH, type SurveyMerge } from '../../core/survey-import';
import { SURVEY_SHEET } from '../names';
import { refuse } from './say';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SurveySheet {
  sheet: Sheet | null;
  /** Data rows below the header, SURVEY_WIDTH cells each. */
  rows: unknown[][];
  /** 'blank': no header yet (a new or empty sheet); 'other': someone else's sheet of that name. */
  header: 'ok' | 'blank' | 'other';
}

export const SUBMITTED_FORMAT = 'yyyy-mm-dd hh:mm';
/** Column J: how the response was matched ('unmatched' lists it in the sidebar). */
export const MATCH_COLUMN = 9;
export const UNMATCHED = 'unmatched';

export function readSurveySheet(spreadsheet: Spreadsheet): SurveySheet {
  const sheet = spreadsheet.getSheetByName(SURVEY_SHEET);
  if (sheet === null) return { sheet: null, rows: [], header: 'blank' };
  const data = sheet.getDataRange().getValues();
  const first = data[0] ?? [];
  const rows = data.slice(1).map((row) => row.slice(0, SURVEY_WIDTH));
  if (first.every(isBlank)) return { sheet, rows, header: 'blank' };
  const ours = SURVEY_HEADERS.every((header, i) => normalizeKey(first[i] ?? '') === normalizeKey(header));
  return { sheet, rows, header: ours ? 'ok' : 'other' };
}

/** Fails unless the import may write this sheet. */
export function requireWritable(current: SurveySheet): void {
  if (current.header === 'other')
    refuse('surveySheetNotOurs', { sheet: SURVEY_SHEET, columns: SURVEY_HEADERS.join(', ') });
  if (current.header === 'blank' && current.rows.some((row) => row.some((cell) => !isBlank(cell))))
    refuse('surveySheetNoHeader', { sheet: SURVEY_SHEET });
}

/** Writes a merge (core mergeSurveyRows) in one setValues, creating the sheet when needed. */
export function writeMerge(spreadsheet: Spreadsheet, current: SurveySheet, merge: SurveyMerge): void {
  requireWritable(current);
  const withHeader = current.header === 'blank';
  if (merge.block.length === 0 && !withHeader) return;
  const cells: unknown[][] = withHeader ? [SURVEY_HEADERS.map(asPlainText), ...merge.block] : merge.block;
  const firstRow = withHeader ? 1 : merge.startIndex + 2;
  const lastRow = firstRow + cells.length - 1;
  if (current.sheet === null) {
    createAndWrite(spreadsheet, cells, lastRow);
    return;
  }
  const sheet = current.sheet;
  const maxRows = sheet.getMaxRows();
  const missing = lastRow - maxRows;
  if (missing > 0) sheet.insertRowsAfter(maxRows, missing);
  try {
    sheet.getRange(firstRow, 1, cells.length, SURVEY_WIDTH).setValues(cells);
  } catch (error) {
    if (missing > 0) undo(() => sheet.deleteRows(maxRows + 1, missing));
    throw error;
  }
}

/**
 * A new sheet sized to its rows and the ten columns (a spreadsheet holds at most 10 million
 * cells), header frozen, Submitted formatted as a date and time. Resizing always takes one call,
 * growing or shrinking, so the import costs the same calls for 100 responses as for 10,000.
 */
function createAndWrite(spreadsheet: Spreadsheet, cells: unknown[][], lastRow: number): void {
  const sheet = spreadsheet.insertSheet(SURVEY_SHEET);
  try {
    const maxColumns = sheet.getMaxColumns();
    if (maxColumns > SURVEY_WIDTH) sheet.deleteColumns(SURVEY_WIDTH + 1, maxColumns - SURVEY_WIDTH);
    // One spare row: Sheets refuses to delete every row below a frozen header.
    const rows = Math.max(lastRow, 2);
    const maxRows = sheet.getMaxRows();
    if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
    else if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
    sheet.getRange(1, 1, cells.length, SURVEY_WIDTH).setValues(cells);
    sheet.getRange('B2:B').setNumberFormat(SUBMITTED_FORMAT);
    sheet.setFrozenRows(1);
  } catch (error) {
    undo(() => spreadsheet.deleteSheet(sheet));
    throw error;
  }
}

/** Best effort: the original failure is what the user must see, not a failed clean-up. */
function undo(action: () => void): void {
  try {
    action();
  } catch {
    // The write already failed; its error is rethrown by the caller.
  }
}

/** Rows read back, made safe to write again (text keeps an apostrophe so it never turns into a formula). */
export function writableRow(row: readonly unknown[]): unknown[] {
  return Array.from({ length: SURVEY_WIDTH }, (_, column) => asPlainText(row[column] ?? ''));
}
