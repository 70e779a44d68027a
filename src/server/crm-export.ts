/**
 * Export for CRM: the "CRM Export" sheet, `Account ID | Score | Band | Drivers | Updated`, one row
 * per account, as values a CRM import reads as they are (never formulas: IDs, bands and drivers go
 * in as plain text; scores rounded to one decimal; Updated is today in the spreadsheet's time
 * zone, as YYYY-MM-DD text). Read in one batch from the account sheet's key and Health score /
 * band / drivers columns.
 *
 * The sheet is the add-on's own: built under a working name and renamed when whole, and an
 * existing "CRM Export" is rewritten only when its header is exactly this one, its rows replaced
 * in one write (rows of a longer earlier export blanked in the same write). 10 SpreadsheetApp calls
 * to rewrite it, 12 to create it, whatever the number of accounts (tests/addon/crm-export.test.ts).
 */
import { asPlainText, columnLetter } from '../core/a1';
import { isBlank, isDate, normalizeKey } from '../core/cells';
import { zonedDayKey } from '../core/history/zoned';
import type { CrmExportResult } from '../shared/protocol';
import { withDocumentLock } from './document-lock';
import { userText } from './locale';
import {
  ACCOUNT_SHEET_PROPERTY,
  BAND_HEADER,
  CRM_EXPORT_HEADERS,
  CRM_EXPORT_SHEET,
  DRIVERS_HEADER,
  SCORE_HEADER,
} from './names';
import { insertCompleteSheet } from './new-sheet';
import { refuse } from './refuse';
import { accountKeyColumn, activeSpreadsheet, documentProperties, managedColumns } from './spreadsheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const WIDTH = CRM_EXPORT_HEADERS.length;
/** insertSheet makes 1000 rows (as history-sheet.ts relies on too). */
const NEW_SHEET_ROWS = 1000;
/** What getValues gives for a cell whose formula failed: exported as a blank, never as text. */
const ERROR_VALUE = /^#(?:N\/A|ERROR!|REF!|VALUE!|NAME\?|DIV\/0!|NUM!|NULL!)$/;

/**
 * Writes the CRM Export sheet from `sheetName` (default: the account sheet set up last, else the
 * active sheet). Holds the document lock: two exports at once would both build the new sheet.
 */
export function exportForCrmFrom(sheetName?: unknown): CrmExportResult {
  return withDocumentLock(
    'Another export or snapshot of this spreadsheet is running right now. Nothing was changed: try again in a minute.',
    () => exportHoldingLock(sheetName),
  );
}

function exportHoldingLock(sheetName: unknown): CrmExportResult {
  const spreadsheet = activeSpreadsheet();
  const name = sourceSheetName(spreadsheet, sheetName);
  if (name === CRM_EXPORT_SHEET) {
    refuse('crmExportIsExport', { sheet: CRM_EXPORT_SHEET });
  }
  const source = spreadsheet.getSheetByName(name) ?? refuse('noSuchSheet', { sheet: name });
  const accounts = exportRows(source.getDataRange().getValues(), name);
  const updated = zonedDayKey(spreadsheet.getSpreadsheetTimeZone())(new Date());
  const rows = accounts.rows.map((row) => [...row, asPlainText(updated)]);
  const table: unknown[][] = [[...CRM_EXPORT_HEADERS], ...rows];

  const existing = spreadsheet.getSheetByName(CRM_EXPORT_SHEET);
  if (existing === null) writeNewSheet(spreadsheet, table);
  else rewrite(existing, table);
  return {
    sheet: CRM_EXPORT_SHEET,
    source: name,
    accounts: rows.length,
    withoutId: accounts.withoutId,
    duplicates: accounts.duplicates,
    created: existing === null,
    updated,
  };
}

function sourceSheetName(spreadsheet: Spreadsheet, sheetName: unknown): string {
  if (sheetName !== undefined && sheetName !== null && sheetName !== '') {
    if (typeof sheetName !== 'string') refuse('chooseAccountSheet');
    return sheetName;
  }
  const remembered = documentProperties().getProperty(ACCOUNT_SHEET_PROPERTY);
  return remembered || spreadsheet.getActiveSheet().getName();
}

interface ExportRows {
  /** Account ID, Score, Band, Drivers. */
  rows: unknown[][];
  /** Rows with a score or band but no account ID. */
  withoutId: number;
  /** Rows whose ID (trimmed, case-insensitive) an earlier row already has. */
  duplicates: number;
}

/** The export's rows from the account sheet's values (header row first). */
function exportRows(values: unknown[][], sheetName: string): ExportRows {
  const headers = values[0] ?? [];
  const [score, band, drivers] = managedColumns(headers);
  const absent = [SCORE_HEADER, BAND_HEADER, DRIVERS_HEADER].filter(
    (_, i) => [score, band, drivers][i] === -1,
  );
  if (absent.length > 0) {
    const columns = absent.map((header) => `"${header}"`).join(', ');
    refuse('exportMissingColumns', { sheet: sheetName, columns, count: absent.length });
  }
  const key = accountKeyColumn(headers);
  const seen = new Set<string>();
  const result: ExportRows = { rows: [], withoutId: 0, duplicates: 0 };
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    const id = accountId(row[key]);
    if (id === '') {
      if (!isBlank(cleanText(row[score])) || !isBlank(cleanText(row[band]))) result.withoutId++;
      continue;
    }
    const idKey = normalizeKey(isDate(id) ? id.toISOString() : id);
    if (seen.has(idKey)) {
      result.duplicates++;
      continue;
    }
    seen.add(idKey);
    result.rows.push([
      typeof id === 'string' ? asPlainText(id) : id,
      roundedScore(row[score]),
      asPlainText(cleanText(row[band])),
      asPlainText(cleanText(row[drivers])),
    ]);
  }
  return result;
}

/** The ID as the CRM should match it: text trimmed; numbers (and dates) as they are. */
function accountId(cell: unknown): unknown {
  if (typeof cell === 'string') return ERROR_VALUE.test(cell.trim()) ? '' : cell.trim();
  if (cell === null || cell === undefined) return '';
  return cell;
}

function roundedScore(cell: unknown): number | string {
  return typeof cell === 'number' && Number.isFinite(cell) ? Number(cell.toFixed(1)) : '';
}

/** A band or drivers cell as text: blank for an empty cell or a formula error. */
function cleanText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  const text = String(cell).trim();
  return ERROR_VALUE.test(text) ? '' : text;
}

/** A new sheet sized to the table (one structural call either way), filled, then named. */
function writeNewSheet(spreadsheet: Spreadsheet, table: unknown[][]): void {
  insertCompleteSheet(spreadsheet, CRM_EXPORT_SHEET, (building) => {
    if (table.length > NEW_SHEET_ROWS)
      building.insertRowsAfter(NEW_SHEET_ROWS, table.length - NEW_SHEET_ROWS);
    else if (table.length < NEW_SHEET_ROWS)
      building.deleteRows(table.length + 1, NEW_SHEET_ROWS - table.length);
    building.getRange(1, 1, table.length, WIDTH).setValues(table);
  });
}

/**
 * Rewrites an earlier export: only when its first row is exactly the header (else nothing is
 * written and the error names the conflict). Rows of a longer earlier export are blanked in the
 * same write; the grid grows first when the new export is longer than what the sheet holds.
 */
function rewrite(sheet: Sheet, table: unknown[][]): void {
  const values = sheet.getDataRange().getValues();
  const header = (values[0] ?? []).slice(0, WIDTH).map((cell) => (isBlank(cell) ? '' : String(cell).trim()));
  if (header.length < WIDTH || header.some((cell, i) => cell !== CRM_EXPORT_HEADERS[i])) {
    const found = header.filter((cell) => cell !== '').join(' | ');
    refuse('exportSheetNotOurs', {
      sheet: CRM_EXPORT_SHEET,
      found: found === '' ? userText().messages.exportBlankHeader : found,
      columns: CRM_EXPORT_HEADERS.join(' | '),
    });
  }
  let used = 1;
  for (let r = values.length - 1; r > 0; r--) {
    if (values[r].slice(0, WIDTH).some((cell) => !isBlank(cell))) {
      used = r + 1;
      break;
    }
  }
  const block = table.slice();
  while (block.length < used) block.push(new Array<unknown>(WIDTH).fill(''));
  // The data range ends at the last row holding anything: the grid has at least that many rows.
  if (block.length > values.length) sheet.insertRowsAfter(values.length, block.length - values.length);
  sheet.getRange(`A1:${columnLetter(WIDTH)}${block.length}`).setValues(block);
}
