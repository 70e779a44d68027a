/**
 * Header renames the Health Model follows (issue 12): renaming a metric's column header on the
 * account sheet renames that metric in the Health Model, so the scores never break.
 *
 * Runs as the onEdit simple trigger, which Sheets starts for every edit a person makes, in
 * AuthMode.LIMITED once the add-on is used in the document (this spreadsheet, its properties and
 * the user's locale; at most 30 seconds). e.oldValue and e.value exist only when one cell was
 * edited, so a pasted header row is left alone. Writes only the Metric cells of the renamed
 * metric, in one call each (one in practice): a failure leaves the model as it was.
 */
import { asPlainText } from '../core/a1';
import { normalizeKey } from '../core/cells';
import { userText } from './locale';
import { ACCOUNT_SHEET_PROPERTY, NAMED } from './names';
import { documentProperties, isAddedByUs } from './spreadsheet';

/**
 * Sheets runs this for every edit a person makes: when it renames a metric's column header on
 * the account sheet, the metric is renamed in the Health Model so the scores keep working.
 *
 * @param {Object} e The edit event.
 * @return {Object} The metric renamed ({ from, to }), or null.
 */
export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): { from: string; to: string } | null {
  // Before the add-on is used in this document Sheets may run it without access (AuthMode.NONE).
  if (e === undefined || e.authMode === ScriptApp.AuthMode.NONE) return null;
  return followHeaderRename(e);
}

/** The renamed metric, or null when the edit is not the rename of a metric's header. */
function followHeaderRename(e: GoogleAppsScript.Events.SheetsOnEdit): { from: string; to: string } | null {
  const { oldValue: from, value: to } = e as { oldValue?: unknown; value?: unknown };
  // A header typed into an empty cell, or cleared, or several cells at once: nothing to follow.
  if (typeof from !== 'string' || typeof to !== 'string') return null;
  const [fromKey, toKey] = [normalizeKey(from), normalizeKey(to)];
  if (fromKey === '' || toKey === '' || fromKey === toKey || isAddedByUs(fromKey)) return null;
  if (e.range.getRow() !== 1) return null;
  const accountSheet = documentProperties().getProperty(ACCOUNT_SHEET_PROPERTY);
  if (accountSheet === null || e.range.getSheet().getName() !== accountSheet) return null;

  const model = e.source.getRangeByName(NAMED.model);
  if (model === null) return null;
  const cells = model.getValues();
  const metricColumn = (cells[0] ?? []).findIndex((cell) => normalizeKey(cell ?? '') === 'metric');
  if (metricColumn === -1) return null;
  const keys = cells.map((row) => normalizeKey(row[metricColumn] ?? ''));
  // A metric already named like the new header stays as it is: two rows of one name would break.
  if (keys.includes(toKey)) return null;
  const rows = keys.flatMap((key, r) => (r > 0 && key === fromKey ? [r] : []));
  if (rows.length === 0) return null;
  const name = to.trim().replace(/\s+/g, ' ');
  // Model text came from a user: written as text, never as a formula.
  for (const r of rows) model.getCell(r + 1, metricColumn + 1).setValue(asPlainText(name));
  const { messages, format } = userText();
  e.source.toast(
    format(messages.toastMetricRenamed, { from: String(cells[rows[0]][metricColumn]), to: name }),
  );
  return { from, to: name };
}
