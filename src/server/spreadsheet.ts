/** Small shared adapters over SpreadsheetApp. Every read and write is one batch per range. */
import { fail } from '../core/args';
import { normalizeKey } from '../core/cells';
import { MANAGED_HEADERS } from './names';

export function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActive();
}

export function requireSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: unknown,
): GoogleAppsScript.Spreadsheet.Sheet {
  if (typeof name !== 'string' || name.trim() === '')
    return fail('Choose the sheet that holds your accounts.');
  const sheet = spreadsheet.getSheetByName(name);
  return sheet ?? fail(`There is no sheet named "${name}" in this spreadsheet.`);
}

/** The account table's width: its columns up to the last non-blank header that is not ours. */
export function tableWidth(headers: readonly unknown[]): number {
  const managed = new Set<string>(MANAGED_HEADERS.map(normalizeKey));
  let width = 0;
  headers.forEach((header, i) => {
    const key = normalizeKey(header ?? '');
    if (key !== '' && !managed.has(key)) width = i + 1;
  });
  return width;
}

/** Index of each managed header found in the header row (0-based), or -1. */
export function managedColumns(headers: readonly unknown[]): number[] {
  const keys = headers.map((header) => normalizeKey(header ?? ''));
  return MANAGED_HEADERS.map((header) => keys.indexOf(normalizeKey(header)));
}
