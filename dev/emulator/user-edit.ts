// What a person does in the grid, as opposed to the script: typing into a cell or pasting a block.
// Sheets then runs the script's onEdit(e) simple trigger ("onEdit(e) runs when a user changes a
// value in a spreadsheet", triggers guide); writes made by a script never fire it ("Script
// executions and API requests do not cause triggers to run", installable-triggers guide).
//
// As Google documents it (event objects guide, "Edit"; triggers guide, "Restrictions"):
// - e.authMode is LIMITED: the bound spreadsheet, its properties, menus and the user's locale,
//   nothing that needs authorization (auth.ts enforces it);
// - e.range is the edited range and e.source the spreadsheet; there is no triggerUid;
// - e.value and e.oldValue exist only when a single cell was edited, as text; oldValue is
//   undefined when the cell was empty, value when it was cleared;
// - e.user is the active user "if available": the emulator never gives an e-mail;
// - the trigger may run for 30 seconds at most;
// - a failing onEdit does not undo the edit: the failure goes to the executions log (returned).
import vm from 'node:vm';
import { rangeA1 } from './a1';
import { runIn, TIME_LIMIT_EXCEEDED } from './auth';
import { User } from './services/session';
import { Range } from './spreadsheet/range';
import { Spreadsheet } from './spreadsheet/spreadsheet';
import { dateToSerial, isDate } from './values';
import type { Workbook } from './workbook';

/** Google's limit for a simple trigger's run. */
export const SIMPLE_TRIGGER_LIMIT_MS = 30_000;

export type EditOutcome =
  | { fired: false }
  | { fired: true; ok: true; value: unknown }
  | { fired: true; ok: false; error: Error };

/** A cell value as the edit event carries it: text (a date as its serial number). */
function eventText(value: unknown, timeZone: string): string | undefined {
  if (value === '' || value === null || value === undefined) return undefined;
  return isDate(value) ? String(dateToSerial(value, timeZone)) : String(value);
}

/**
 * Types `input` (one value, or rows of values for a pasted block) into `a1` of `sheetName` as a
 * person would (parsed like typed input), then runs the loaded script's onEdit if it has one.
 */
export function userEdit(wb: Workbook, sheetName: string, a1: string, input: unknown): EditOutcome {
  const sheet = wb.sheetByName(sheetName);
  if (!sheet) throw new Error(`userEdit: no sheet named ${sheetName}`);
  const { range } = wb.resolve(a1, sheet);
  if (range.row + range.numRows - 1 > sheet.maxRows || range.col + range.numCols - 1 > sheet.maxCols) {
    throw new Error(`userEdit: ${rangeA1(range)} is outside the grid of ${sheetName}`);
  }
  const rows = Array.isArray(input) ? (input as unknown[][]) : [[input]];
  if (rows.length !== range.numRows || rows.some((row) => row.length !== range.numCols)) {
    throw new Error(`userEdit: the input does not have the shape of ${rangeA1(range)}`);
  }
  const single = range.numRows === 1 && range.numCols === 1;
  const oldValue = single ? eventText(wb.readCell(sheet, range.row, range.col), wb.timeZone) : undefined;
  wb.write(sheet, range.row, range.col, rows, 'typed');

  const ctx = wb.scriptContext as Record<string, unknown> | null;
  const handler = ctx?.onEdit;
  if (!ctx || typeof handler !== 'function') return { fired: false };
  const e = vm.runInContext('({})', ctx as vm.Context) as Record<string, unknown>;
  Object.assign(e, {
    authMode: 'LIMITED',
    range: wb.counter.wrap('SpreadsheetApp', new Range(wb, sheet, range)),
    source: wb.counter.wrap('SpreadsheetApp', new Spreadsheet(wb)),
    user: wb.counter.wrap('Session', new User('')),
  });
  if (single) {
    const value = eventText(wb.readCell(sheet, range.row, range.col), wb.timeZone);
    if (value !== undefined) e.value = value;
    if (oldValue !== undefined) e.oldValue = oldValue;
  }
  const started = Date.now();
  try {
    const value = runIn(wb, { authMode: 'LIMITED', trigger: false }, () =>
      (handler as (event: unknown) => unknown)(e),
    );
    if (Date.now() - started > SIMPLE_TRIGGER_LIMIT_MS) throw wb.error(TIME_LIMIT_EXCEEDED);
    return { fired: true, ok: true, value };
  } catch (error) {
    return { fired: true, ok: false, error: error as Error };
  }
}
