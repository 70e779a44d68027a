/** The Health History sheet (contract §4): Date | Account | Score | Band, appended by snapshots. */
import { HISTORY_HEADERS, HISTORY_SHEET } from './names';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const NEW_SHEET_COLUMNS = 26;
const NEW_SHEET_ROWS = 1000;
/** Days of snapshots the grid is grown by whenever it is full. */
export const SPARE_DAYS = 7;

/**
 * The history sheet, created with its header when it is missing. A new sheet has 26 columns and
 * every grid cell counts towards the spreadsheet's 10 M-cell limit, so it keeps only its four.
 */
export function ensureHistorySheet(
  spreadsheet: Spreadsheet,
  accounts: number,
): {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  created: boolean;
} {
  const existing = spreadsheet.getSheetByName(HISTORY_SHEET);
  if (existing !== null) return { sheet: existing, created: false };
  const sheet = spreadsheet.insertSheet(HISTORY_SHEET);
  sheet.getRange(1, 1, 1, HISTORY_HEADERS.length).setValues([[...HISTORY_HEADERS]]);
  sheet.setFrozenRows(1);
  // insertSheet always makes 1000 × 26; the Date column is formatted by the dates written to it.
  sheet.deleteColumns(HISTORY_HEADERS.length + 1, NEW_SHEET_COLUMNS - HISTORY_HEADERS.length);
  // Room for a week of snapshots, so the first ones need not grow the grid (one call either way).
  sheet.insertRowsAfter(NEW_SHEET_ROWS, SPARE_DAYS * Math.max(1, accounts));
  return { sheet, created: true };
}
