/** The Health History sheet (contract §4): Date | Account | Score | Band, appended by snapshots. */
import { fail } from '../core/args';
import { normalizeKey } from '../core/cells';
import { HISTORY_HEADERS, HISTORY_SHEET } from './names';
import { insertCompleteSheet } from './new-sheet';

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
  if (existing !== null) {
    // Snapshots append to it and thinning deletes its rows: only a history sheet is adopted.
    const header = existing.getRange(1, 1, 1, HISTORY_HEADERS.length).getValues()[0];
    if (!HISTORY_HEADERS.every((name, i) => normalizeKey(header[i]) === normalizeKey(name))) {
      fail(
        `This spreadsheet already has a sheet named "${HISTORY_SHEET}" whose first row is not ` +
          `${HISTORY_HEADERS.join(' | ')}. Snapshots would write into it: rename it, then run Set up health score again.`,
      );
    }
    return { sheet: existing, created: false };
  }
  const sheet = insertCompleteSheet(spreadsheet, HISTORY_SHEET, (building) => {
    building.getRange(1, 1, 1, HISTORY_HEADERS.length).setValues([[...HISTORY_HEADERS]]);
    building.setFrozenRows(1);
    // insertSheet always makes 1000 × 26; the Date column is formatted by the dates written to it.
    building.deleteColumns(HISTORY_HEADERS.length + 1, NEW_SHEET_COLUMNS - HISTORY_HEADERS.length);
    // Room for a week of snapshots, so the first ones need not grow the grid (one call either way).
    building.insertRowsAfter(NEW_SHEET_ROWS, SPARE_DAYS * Math.max(1, accounts));
  });
  return { sheet, created: true };
}
