/** The account sheet set up last (the one the scores live on), as responses are matched to it. */

import { type AccountIndex, buildAccountIndex } from '../../core/survey-import';
import { ACCOUNT_SHEET_PROPERTY, isAddonSheet } from '../names';
import { accountKeyColumn, documentProperties, tableWidth } from '../spreadsheet';
import { refuse, setUpMenu } from './say';

export interface AccountTable {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  name: string;
  /** The whole header row, the add-on's own columns included. */
  headers: unknown[];
  /** The account table's width (its columns before the add-on's score columns). */
  width: number;
  /** Column of the account key (0-based): what SURVEYSCORE and the Account column match on. */
  keyColumn: number;
  index: AccountIndex;
  /** The range the table was read from (its formulas are read only when columns are added). */
  dataRange: GoogleAppsScript.Spreadsheet.Range;
}

/** The account sheet, or null before set-up (or when it was deleted since). */
export function findAccountTable(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): AccountTable | null {
  const name = documentProperties().getProperty(ACCOUNT_SHEET_PROPERTY);
  const sheet = name === null ? null : spreadsheet.getSheetByName(name);
  if (name === null || sheet === null) return null;
  const dataRange = sheet.getDataRange();
  const data = dataRange.getValues();
  const headers = data[0] ?? [];
  const width = tableWidth(headers);
  // The same key column as the add-on's other per-account formulas (Trend), so they agree.
  const keyColumn = Math.min(accountKeyColumn(headers), Math.max(0, width - 1));
  const rows = data.slice(1).map((row) => row.slice(0, width));
  const index = buildAccountIndex(headers.slice(0, width), rows, keyColumn);
  return { sheet, name, headers, width, keyColumn, index, dataRange };
}

export function requireAccountTable(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): AccountTable {
  const name = documentProperties().getProperty(ACCOUNT_SHEET_PROPERTY);
  // Set up once on an add-on sheet (e.g. the model's backup): columns must never be added there.
  if (name !== null && isAddonSheet(name))
    refuse('surveySetUpOnAddonSheet', { sheet: name, menu: setUpMenu() });
  return findAccountTable(spreadsheet) ?? refuse('surveySetUpFirst', { menu: setUpMenu() });
}
