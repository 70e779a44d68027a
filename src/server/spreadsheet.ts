/** Small shared adapters over SpreadsheetApp. Every read and write is one batch per range. */
import { fail } from '../core/args';
import { normalizeKey } from '../core/cells';
import { userText } from './locale';
import { ACCOUNT_SHEET_PROPERTY, isAddonSheet, MANAGED_HEADERS, TREND_HEADER } from './names';
import { refuse } from './refuse';

export function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActive();
}

/** Where the add-on remembers its settings: per document, shared by its editors. */
export function documentProperties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

export function requireSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: unknown,
): GoogleAppsScript.Spreadsheet.Sheet {
  if (typeof name !== 'string' || name.trim() === '') return refuse('chooseAccountSheet');
  const sheet = spreadsheet.getSheetByName(name);
  return sheet ?? refuse('noSuchSheet', { sheet: name });
}

/**
 * The account sheet an action works on: the sheet named, unless it is one of the add-on's own
 * (Health Model, History…), which set-up, lights and snapshots never write into. Started from
 * one of those (the menu acts on the active sheet), the account sheet set up last is used, else
 * the user is told, in their language, where to run it instead.
 */
export function accountSheetFor(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
): GoogleAppsScript.Spreadsheet.Sheet {
  if (!isAddonSheet(name)) return requireSheet(spreadsheet, name);
  const remembered = documentProperties().getProperty(ACCOUNT_SHEET_PROPERTY);
  const sheet = remembered && !isAddonSheet(remembered) ? spreadsheet.getSheetByName(remembered) : null;
  return sheet ?? fail(addonSheetMessage(name));
}

/** "…is a sheet the add-on keeps for itself…", naming the sheet and the menu item to run instead. */
export function addonSheetMessage(sheetName: string): string {
  const { messages, format } = userText();
  return format(messages.alertAddonSheet, { sheet: sheetName, menu: messages.menuSetUp });
}

const ADDED_BY_US = new Set<string>([...MANAGED_HEADERS, TREND_HEADER].map(normalizeKey));

/** A header key (normalizeKey) of one of the columns set-up adds: score, band, drivers, trend. */
export function isAddedByUs(key: string): boolean {
  return ADDED_BY_US.has(key);
}

/** The account table's width: its columns up to the last non-blank header that is not ours. */
export function tableWidth(headers: readonly unknown[]): number {
  let width = 0;
  headers.forEach((header, i) => {
    const key = normalizeKey(header ?? '');
    if (key !== '' && !ADDED_BY_US.has(key)) width = i + 1;
  });
  return width;
}

/** Index of each managed header found in the header row (0-based), or -1. */
export function managedColumns(headers: readonly unknown[]): number[] {
  const keys = headers.map((header) => normalizeKey(header ?? ''));
  return MANAGED_HEADERS.map((header) => keys.indexOf(normalizeKey(header)));
}

export function trendColumn(headers: readonly unknown[]): number {
  return headers.findIndex((header) => normalizeKey(header ?? '') === normalizeKey(TREND_HEADER));
}

const NAME_HEADER = /^(account|account name|name|company|company name|customer|organi[sz]ation|client)$/;

/** The column naming each account (0-based): a name-like header, else the first column. */
export function accountKeyColumn(headers: readonly unknown[]): number {
  return Math.max(
    0,
    headers.findIndex((header) => NAME_HEADER.test(normalizeKey(header ?? ''))),
  );
}
