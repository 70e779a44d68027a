/**
 * The Health History sheet (contract §4): Date | Account | Score | Band | Computed score, appended
 * by snapshots. Sheets written before overrides existed have the first four: they are widened.
 */
import { isBlank, normalizeKey } from '../core/cells';
import { HISTORY_HEADER_BEFORE_OVERRIDES } from '../core/history/snapshot';
import { HISTORY_HEADERS, HISTORY_SHEET } from './names';
import { insertCompleteSheet } from './new-sheet';
import { refuse } from './refuse';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const NEW_SHEET_COLUMNS = 26;
const NEW_SHEET_ROWS = 1000;
/** Days of snapshots the grid is grown by whenever it is full. */
export const SPARE_DAYS = 7;
/** Columns a snapshot writes. */
export const HISTORY_WIDTH = HISTORY_HEADERS.length;
/** Google's limit for a whole spreadsheet: every sheet's grid counts (rows × columns). */
export const SPREADSHEET_CELL_LIMIT = 10_000_000;

/** Grid cells of every sheet (one call per sheet and axis): checked only before the grid grows. */
export function cellsInUse(spreadsheet: Spreadsheet): number {
  return spreadsheet
    .getSheets()
    .reduce((cells, sheet) => cells + sheet.getMaxRows() * sheet.getMaxColumns(), 0);
}

/**
 * The history sheet, created with its header when it is missing. A new sheet has 26 columns and
 * every grid cell counts towards the spreadsheet's 10 M-cell limit, so it keeps only its five.
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
    const columns = existing.getMaxColumns();
    const header = existing.getRange(1, 1, 1, Math.min(columns, HISTORY_WIDTH)).getValues()[0];
    if (!HISTORY_HEADER_BEFORE_OVERRIDES.every((name, i) => normalizeKey(header[i]) === normalizeKey(name))) {
      refuse('historySheetNotOurs', { sheet: HISTORY_SHEET, columns: HISTORY_HEADERS.join(' | ') });
    }
    if (normalizeKey(header[HISTORY_WIDTH - 1]) !== normalizeKey(HISTORY_HEADERS[HISTORY_WIDTH - 1])) {
      widen(spreadsheet, existing, columns, header[HISTORY_WIDTH - 1]);
    }
    return { sheet: existing, created: false };
  }
  const sheet = insertCompleteSheet(spreadsheet, HISTORY_SHEET, (building) => {
    building.getRange(1, 1, 1, HISTORY_WIDTH).setValues([[...HISTORY_HEADERS]]);
    building.setFrozenRows(1);
    // insertSheet always makes 1000 × 26; the Date column is formatted by the dates written to it.
    building.deleteColumns(HISTORY_WIDTH + 1, NEW_SHEET_COLUMNS - HISTORY_WIDTH);
    // Room for a week of snapshots, so the first ones need not grow the grid (one call either way).
    building.insertRowsAfter(NEW_SHEET_ROWS, SPARE_DAYS * Math.max(1, accounts));
  });
  return { sheet, created: true };
}

/**
 * A four-column history gets its Computed score column: a new column E (anything the user kept in
 * E moves right), then its header. Each step can be repeated: after a failure between them the
 * blank column E is adopted, never inserted twice. Old rows keep a blank Computed score.
 */
function widen(
  spreadsheet: Spreadsheet,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  columns: number,
  cellE1: unknown,
): void {
  if (columns < HISTORY_WIDTH || !isBlank(cellE1)) {
    const used = cellsInUse(spreadsheet);
    if (used + sheet.getMaxRows() > SPREADSHEET_CELL_LIMIT) {
      refuse('historyFullColumn', { sheet: HISTORY_SHEET, used, limit: SPREADSHEET_CELL_LIMIT });
    }
    sheet.insertColumnsAfter(HISTORY_WIDTH - 1, 1);
  }
  sheet.getRange(1, HISTORY_WIDTH).setValue(HISTORY_HEADERS[HISTORY_WIDTH - 1]);
}
