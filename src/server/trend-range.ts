/**
 * Keeps the Trend column's HEALTHTREND reading only the recent history. A trend over `days` ≤ 83
 * needs only the days not yet thinned to weeks (the last 90 and a little more), so when thinning
 * moves that boundary the formula's history ranges are moved to start there: the custom function
 * then gets about 90 days of rows, not the whole history, on every recalculation. Rows deleted
 * above the ranges shift them as Sheets shifts any reference. A formula the user changed is left
 * as it is.
 */
import { columnLetter, quoteSheetName } from '../core/a1';
import { DAILY_DAYS } from '../core/history/thinning';
import { HISTORY_SHEET } from './names';

const HISTORY = quoteSheetName(HISTORY_SHEET);
const escaped = HISTORY.replace(/[.*+?^${}()|[\]\\']/g, '\\$&');
const OWN_TREND = new RegExp(
  `^=HEALTHTREND\\(([A-Z]{1,3}2:[A-Z]{1,3}), ${escaped}!B\\d+:B, ${escaped}!A\\d+:A, ${escaped}!C\\d+:C, (\\d+)\\)$`,
);

/** The Trend formula with its history ranges starting at `row` (row 2: the whole history). */
export function trendFormulaFrom(keys: string, row: number, days: number): string {
  return `=HEALTHTREND(${keys}, ${HISTORY}!B${row}:B, ${HISTORY}!A${row}:A, ${HISTORY}!C${row}:C, ${days})`;
}

/** `accountsA1` is the account range the snapshot reads, e.g. `'Accounts'!A1:T`. */
export function narrowTrend(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  accountsA1: string,
  trendColumn: number,
  dailyRow: number,
): void {
  const sheet = accountsA1.slice(0, accountsA1.lastIndexOf('!'));
  const cell = spreadsheet.getRange(`${sheet}!${columnLetter(trendColumn + 1)}2`);
  const match = OWN_TREND.exec(cell.getFormula());
  if (match === null) return;
  const days = Number(match[2]);
  // A week of slack: the daily part may end mid-week.
  const row = days <= DAILY_DAYS - 7 ? dailyRow : 2;
  const formula = trendFormulaFrom(match[1], row, days);
  if (formula !== match[0]) cell.setFormula(formula);
}
