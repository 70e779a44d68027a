// The response sheet of a form linked to this spreadsheet, kept the way Google Forms keeps it: a
// frozen header row (Timestamp, Email Address when collected, the item titles), one row per
// response in submission order, an edited response rewritten in its own row. Rows go through
// workbook.write, so formulas see them, yet they are no add-on service calls.
import type { SheetModel } from '../model';
import type { Workbook } from '../workbook';
import type { FormData, FormResponseData } from './store';

/** The number format Sheets gives the Timestamp column of a response sheet. */
const TIMESTAMP_FORMAT = 'M/d/yyyy H:mm:ss';

export function linkDestination(wb: Workbook, form: FormData, name: string): void {
  const existing = wb.sheetByName(name);
  if (existing && wb.lastRow(existing) > 0)
    throw new Error(`addForm: sheet "${name}" already holds data; a destination sheet must be new or empty`);
  const sheet = existing ?? wb.addSheet(name);
  form.destination = sheet;
  sheet.frozenRows = 1;
  const header = [
    'Timestamp',
    ...(form.collectsEmail ? ['Email Address'] : []),
    ...form.items.map((i) => i.title),
  ];
  writeRow(wb, sheet, 1, header);
}

/** Scale and rating answers land as numbers, text and choices as text (never parsed), timestamps as dates. */
function rowValues(form: FormData, r: FormResponseData): unknown[] {
  const answers = form.items.map((item) => {
    const a = r.answers.get(item.id);
    if (a === undefined) return '';
    return item.type === 'SCALE' || item.type === 'RATING' ? Number(a) : a;
  });
  return [r.timestamp, ...(form.collectsEmail ? [r.email] : []), ...answers];
}

/** A deleted response sheet unlinks the form; later responses then stay on the form only. */
function linkedSheet(wb: Workbook, form: FormData): SheetModel | null {
  if (form.destination && !wb.sheets.includes(form.destination)) form.destination = null;
  return form.destination;
}

export function appendResponseRow(wb: Workbook, form: FormData, r: FormResponseData): void {
  const sheet = linkedSheet(wb, form);
  if (!sheet) return;
  r.row = wb.lastRow(sheet) + 1;
  writeRow(wb, sheet, r.row, rowValues(form, r));
  sheet.ensure(r.row, 1).fmt = TIMESTAMP_FORMAT;
}

/** Rows are tracked by position, as long as the add-on does not move them. */
export function rewriteResponseRow(wb: Workbook, form: FormData, r: FormResponseData): void {
  const sheet = linkedSheet(wb, form);
  if (sheet && r.row !== null) writeRow(wb, sheet, r.row, rowValues(form, r));
}

function writeRow(wb: Workbook, sheet: SheetModel, row: number, values: unknown[]): void {
  // Forms grows the sheet like appendRow does.
  const grew = row > sheet.maxRows || values.length > sheet.maxCols;
  sheet.maxRows = Math.max(sheet.maxRows, row);
  sheet.maxCols = Math.max(sheet.maxCols, values.length);
  wb.write(sheet, row, 1, [values], 'literal');
  if (grew) wb.repushOpenFormulas();
}
