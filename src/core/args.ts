/**
 * Shapes of custom-function arguments. Sheets passes a single cell as a scalar and a range as a
 * row-major 2-D array; every function accepts both.
 */

import type { ErrorKey } from '../shared/messages/errors-en';
import {
  type ErrorParams,
  type ErrorText,
  errorText,
  LocalizedError,
} from '../shared/messages/errors-render';
import { cellParam, isBlank, isDate } from './cells';

export type Grid = readonly (readonly unknown[])[];

/**
 * Throws the error Sheets shows as `#ERROR!`: the message must say what is wrong and where. A
 * plain string stays English; what a formula can meet throws a message key (failWith).
 */
export function fail(message: string): never {
  throw new Error(message);
}

/** `fail` with a message of the catalogue (errors-en.ts), shown in the spreadsheet's language. */
export function failWith(key: ErrorKey, params: ErrorParams = {}): never {
  throw new LocalizedError(errorText(key, params));
}

export function isGrid(arg: unknown): arg is Grid {
  return Array.isArray(arg) && (arg.length === 0 || Array.isArray(arg[0]));
}

/** A scalar becomes a 1×1 grid; a 1-D array (never sent by Sheets, handy in scripts) one row. */
export function toGrid(arg: unknown): Grid {
  if (isGrid(arg)) return arg;
  if (Array.isArray(arg)) return [arg];
  return [[arg]];
}

/** An optional single-cell argument: omitted, a scalar, or a 1×1 range. */
export function scalarArg(arg: unknown, name: string): unknown {
  if (!Array.isArray(arg)) return arg;
  const grid = toGrid(arg);
  if (grid.length === 1 && grid[0].length === 1) return grid[0][0];
  return failWith('notCell', { name, rows: grid.length, columns: grid[0]?.length ?? 0 });
}

/** An argument that must be one row (e.g. `headers`). */
export function rowArg(arg: unknown, name: string): readonly unknown[] {
  const grid = toGrid(arg);
  if (grid.length !== 1) return failWith('notRow', { name, rows: grid.length });
  return grid[0];
}

/** An argument read as a list: a single column or a single row (a scalar is a list of one). */
export function listArg(arg: unknown, name: string): readonly unknown[] {
  const grid = toGrid(arg);
  if (grid.length === 1) return grid[0];
  if (grid.every((row) => row.length === 1)) return grid.map((row) => row[0]);
  return failWith('notList', { name, rows: grid.length, columns: grid[0].length });
}

/** Where a cell sits inside an argument's range, 1-based, for error messages. */
export function cellPlace(name: string, row: number, column: number): ErrorText {
  return errorText('place', { name, row, column });
}

/** Results as a column; a scalar input gets a scalar back, as Sheets' own functions do. */
export function asColumn<T>(results: readonly T[], scalarInput: boolean): T | T[][] {
  return scalarInput ? results[0] : results.map((result) => [result]);
}

/**
 * `as_of` (contract §8): the instant date cells are measured from. Blank or omitted → `nowMs`;
 * a date (a cell holding one, or a 1×1 range) → that instant; anything else is an error.
 */
export function asOfArg(arg: unknown, nowMs: number): number {
  const cell = scalarArg(arg, 'as_of');
  if (cell === undefined || isBlank(cell)) return nowMs;
  if (isDate(cell) && !Number.isNaN(cell.getTime())) return cell.getTime();
  return failWith('asOf', { cell: cellParam(cell) });
}
