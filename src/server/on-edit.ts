/**
 * Edits the add-on follows. Renaming a column header on the account sheet
 * renames what names it: the metric in the Health Model, the column of the model's Segment cells,
 * or the Overrides sheet's account header (A1), so the scores never break. An override row typed
 * on the Overrides sheet without an Until date gets one, OVERRIDE_DAYS from today.
 *
 * Runs as the onEdit simple trigger, which Sheets starts for every edit a person makes, in
 * AuthMode.LIMITED once the add-on is used in the document (this spreadsheet, its properties and
 * the user's locale; at most 30 seconds). e.oldValue and e.value exist only when one cell was
 * edited, so a pasted header row is left alone. Reads are one batch per range; writes touch only
 * the cells that change (one call per run of adjacent cells): a failure leaves the rest as it was.
 */
import { asPlainText } from '../core/a1';
import { isBlank, normalizeKey } from '../core/cells';
import { formatSegment, parseSegmentText } from '../core/segments';
import type { ServerMessages } from '../shared/messages/server';
import type { MessageParams } from '../shared/messages/text';
import { userText } from './locale';
import { ACCOUNT_SHEET_PROPERTY, NAMED, OVERRIDE_DAYS, OVERRIDES_SHEET } from './names';
import { defaultUntil, UNTIL_COLUMN } from './overrides-sheet';
import { documentProperties, isAddedByUs } from './spreadsheet';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Edit = GoogleAppsScript.Events.SheetsOnEdit;

/** A header rename the add-on followed, or the override rows it gave an Until. */
export type EditFollowed = { from: string; to: string } | { until: string; rows: number[] };

/**
 * Sheets runs this for every edit a person makes: when it renames a column header on the account
 * sheet, the Health Model and the Overrides sheet follow; an override typed without an end date
 * gets one.
 *
 * @param {Object} e The edit event.
 * @return {Object} The rename followed ({ from, to }), the override rows given an Until ({ until, rows }), or null.
 */
export function onEdit(e?: Edit): EditFollowed | null {
  // Before the add-on is used in this document Sheets may run it without access (AuthMode.NONE).
  if (e === undefined || e.authMode === ScriptApp.AuthMode.NONE) return null;
  return followHeaderRename(e) ?? fillUntil(e);
}

/** The rename followed, or null when the edit is not the rename of a header the add-on uses. */
function followHeaderRename(e: Edit): { from: string; to: string } | null {
  const { oldValue: from, value: to } = e as { oldValue?: unknown; value?: unknown };
  // A header typed into an empty cell, or cleared, or several cells at once: nothing to follow.
  if (typeof from !== 'string' || typeof to !== 'string') return null;
  const [fromKey, toKey] = [normalizeKey(from), normalizeKey(to)];
  if (fromKey === '' || toKey === '' || fromKey === toKey || isAddedByUs(fromKey)) return null;
  if (e.range.getRow() !== 1) return null;
  const accountSheet = documentProperties().getProperty(ACCOUNT_SHEET_PROPERTY);
  if (accountSheet === null || e.range.getSheet().getName() !== accountSheet) return null;

  const name = to.trim().replace(/\s+/g, ' ');
  const done: [keyof ServerMessages, MessageParams][] = [];
  const model = e.source.getRangeByName(NAMED.model);
  if (model !== null) {
    const cells = model.getValues();
    const metric = renameMetric(model, cells, fromKey, toKey, name);
    if (metric !== null) done.push(['toastMetricRenamed', { from: metric, to: name }]);
    const segment = renameSegmentColumn(model, cells, fromKey, name);
    if (segment !== null) done.push(['toastSegmentColumnRenamed', { from: segment, to: name }]);
  }
  // The account column is neither a metric nor a segment column: only then is A1 read (one
  // rename never costs both).
  if (done.length === 0 && renameOverridesKey(e.source, fromKey, name)) {
    done.push(['toastOverridesKeyRenamed', { to: name }]);
  }
  if (done.length === 0) return null;
  const { messages, format } = userText();
  e.source.toast(done.map(([key, params]) => format(messages[key], params)).join(' '));
  return { from, to: name };
}

/** The model's column (0-based) whose header reads `header`, or -1. */
const modelColumn = (cells: unknown[][], header: string): number =>
  (cells[0] ?? []).findIndex((cell) => normalizeKey(cell ?? '') === header);

/** Renames the metric; returns its old name as the model wrote it, or null. */
function renameMetric(model: Range, cells: unknown[][], fromKey: string, toKey: string, name: string) {
  const column = modelColumn(cells, 'metric');
  if (column === -1) return null;
  const keys = cells.map((row) => normalizeKey(row[column] ?? ''));
  // A metric already named like the new header stays as it is: two rows of one name would break.
  if (keys.includes(toKey)) return null;
  const rows = keys.flatMap((key, r) => (r > 0 && key === fromKey ? [r] : []));
  if (rows.length === 0) return null;
  // Model text came from a user: written as text, never as a formula.
  writeRuns(
    model,
    column,
    rows.map((r) => [r, name]),
  );
  return String(cells[rows[0]][column]);
}

/**
 * Renames the column in the Segment cells that name it (`Tier = Enterprise` → `Plan tier =
 * Enterprise`); returns the column's old name as the model wrote it, or null.
 */
function renameSegmentColumn(model: Range, cells: unknown[][], fromKey: string, name: string) {
  const column = modelColumn(cells, 'segment');
  if (column === -1) return null;
  let old: string | null = null;
  const changes: [number, string][] = [];
  cells.forEach((row, r) => {
    const spec = r > 0 && !isBlank(row[column]) ? parseSegmentText(String(row[column])) : null;
    if (spec === null || normalizeKey(spec.column) !== fromKey) return;
    old ??= spec.column;
    changes.push([r, formatSegment({ column: name, values: spec.values })]);
  });
  writeRuns(model, column, changes);
  return old;
}

/**
 * Writes texts into one column of `range` (rows 0-based within it), one call per run of adjacent
 * rows: the cells between changes are never rewritten.
 */
function writeRuns(range: Range, column: number, changes: readonly [number, string][]): void {
  let start = 0;
  for (let i = 1; i <= changes.length; i++) {
    if (i < changes.length && changes[i][0] === changes[i - 1][0] + 1) continue;
    const run = changes.slice(start, i);
    range.offset(run[0][0], column, run.length, 1).setValues(run.map(([, text]) => [asPlainText(text)]));
    start = i;
  }
}

/** Renames the Overrides sheet's account header (A1) when it names the renamed column. */
function renameOverridesKey(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  fromKey: string,
  name: string,
): boolean {
  const overrides = spreadsheet.getRangeByName(NAMED.overrides);
  if (overrides === null) return false;
  const header = overrides.getCell(1, 1);
  if (normalizeKey(header.getValue()) !== fromKey) return false;
  header.setValue(asPlainText(name));
  return true;
}

/**
 * On the Overrides sheet: the rows of the edit that name an account but have no Until get today +
 * OVERRIDE_DAYS (in the spreadsheet's time zone). Only an edit reaching left of Until counts, so
 * clearing an Until by hand is left as the user made it (the functions then name the row).
 */
function fillUntil(e: Edit): { until: string; rows: number[] } | null {
  const sheet = e.range.getSheet();
  if (sheet.getName() !== OVERRIDES_SHEET || e.range.getColumn() >= UNTIL_COLUMN) return null;
  const first = Math.max(2, e.range.getRow());
  const last = e.range.getLastRow();
  if (last < first) return null;
  // Only the add-on's own Overrides sheet, the one the formulas read.
  const table = e.source.getRangeByName(NAMED.overrides);
  if (table === null || table.getSheet().getName() !== OVERRIDES_SHEET) return null;
  const cells = sheet.getRange(first, 1, last - first + 1, UNTIL_COLUMN).getValues();
  const rows = cells.flatMap((row, i) => (!isBlank(row[0]) && isBlank(row[UNTIL_COLUMN - 1]) ? [i] : []));
  if (rows.length === 0) return null;
  const until = defaultUntil(e.source);
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
    const count = i - start;
    sheet
      .getRange(first + rows[start], UNTIL_COLUMN, count, 1)
      .setValues(Array.from({ length: count }, () => [until.date]));
    start = i;
  }
  const { messages, format } = userText();
  e.source.toast(format(messages.toastUntilFilled, { date: until.day, days: OVERRIDE_DAYS }));
  return { until: until.day, rows: rows.map((i) => first + i) };
}
