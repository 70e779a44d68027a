/**
 * The sidebar's overrides (core/overrides.ts): the list of those holding now and those ended
 * lately, adding one, and ending one now. They live in the table the `HealthOverrides` name
 * points at (set-up creates it); rows are only ever appended or have their Until moved back, so
 * the history of who overrode what, and why, is never lost.
 */
import { asPlainText } from '../core/a1';
import { type BandLabels, bandKeyOf, DEFAULT_BAND_LABELS } from '../core/bands';
import { isBlank, MS_PER_DAY, normalizeKey } from '../core/cells';
import { dayNumber } from '../core/history/days';
import { zonedDayKey, zonedMidnight } from '../core/history/zoned';
import { holdsAt, type Override, parseOverrides, untilDay } from '../core/overrides';
import type {
  AddOverrideRequest,
  EndOverrideRequest,
  OverrideEntry,
  OverridesState,
} from '../shared/protocol';
import { withDocumentLock } from './document-lock';
import { userText } from './locale';
import { readBandLabels } from './model-sheet';
import { ACCOUNT_SHEET_PROPERTY, NAMED, type OVERRIDE_COLUMNS, OVERRIDE_DAYS } from './names';
import { refuse } from './refuse';
import { addOverrideRequest, badRequest, endOverrideRequest } from './requests';
import { activeSpreadsheet, documentProperties } from './spreadsheet';
import { speakingUser } from './user-errors';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Ended overrides the sidebar lists: those whose Until is at most this many days ago. */
const RECENT_DAYS = OVERRIDE_DAYS;

/** The table as it stands: its range, cells, and the day it is in the spreadsheet's zone. */
interface Table {
  spreadsheet: Spreadsheet;
  range: Range;
  values: unknown[][];
  timeZone: string;
  today: string;
}

function readTable(): Table {
  const spreadsheet = activeSpreadsheet();
  const range = spreadsheet.getRangeByName(NAMED.overrides) ?? refuse('overridesMissing');
  const values = range.getValues();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  return { spreadsheet, range, values, timeZone, today: zonedDayKey(timeZone)(new Date()) };
}

/** The table's overrides (the core's checks: a broken row is named, never skipped). */
const overridesOf = (table: Table) => parseOverrides(table.values, Date.now()) ?? refuse('overridesMissing');

const entry = (override: Override): OverrideEntry => ({
  row: override.row,
  account: override.account,
  score: override.score,
  band: override.band,
  reason: override.reason,
  by: override.by,
  until: untilDay(override),
});

/** The account names of the column A1 names, on the account sheet set up last (none if unknown). */
function accountNames(spreadsheet: Spreadsheet, keyHeader: string): string[] {
  const name = documentProperties().getProperty(ACCOUNT_SHEET_PROPERTY);
  const sheet = name ? spreadsheet.getSheetByName(name) : null;
  if (sheet === null) return [];
  const rows = sheet.getDataRange().getValues();
  const column = (rows[0] ?? []).findIndex((header) => normalizeKey(header) === normalizeKey(keyHeader));
  if (column === -1) return [];
  const seen = new Set<string>();
  const names: string[] = [];
  for (const row of rows.slice(1)) {
    if (isBlank(row[column])) continue;
    const account = String(row[column]).trim();
    if (seen.has(normalizeKey(account))) continue;
    seen.add(normalizeKey(account));
    names.push(account);
  }
  return names;
}

function stateOf(table: Table, accounts: string[], labels: BandLabels): OverridesState {
  const overrides = overridesOf(table);
  const now = Date.now();
  const since = dayNumber(table.today) - RECENT_DAYS;
  const ended = overrides.all
    .filter((override) => !holdsAt(override, now) && dayNumber(untilDay(override)) >= since)
    .sort((a, b) => b.until - a.until);
  return {
    today: table.today,
    keyHeader: overrides.keyHeader,
    active: [...overrides.active.values()].map(entry),
    ended: ended.map(entry),
    accounts,
    bands: [labels.healthy, labels.atRisk, labels.unhealthy],
  };
}

function listOverridesFrom(): OverridesState {
  const table = readTable();
  const accounts = accountNames(table.spreadsheet, overridesOf(table).keyHeader);
  return stateOf(table, accounts, readBandLabels(table.spreadsheet));
}

/** Appends one row, in one write, on the first row below the table's last non-blank one. */
function addOverrideFrom(candidate: unknown): OverridesState {
  const request = addOverrideRequest(candidate);
  return withDocumentLock(userText().messages.overridesBusy, () => {
    const table = readTable();
    const overrides = overridesOf(table);
    const accounts = accountNames(table.spreadsheet, overrides.keyHeader);
    const key = normalizeKey(request.account);
    const account = accounts.find((name) => normalizeKey(name) === key);
    if (accounts.length > 0 && account === undefined) {
      refuse('overrideUnknownAccount', { account: request.account, column: overrides.keyHeader });
    }
    const holding = overrides.active.get(key);
    if (holding !== undefined) {
      refuse('overrideAlreadyActive', { account: holding.account, until: untilDay(holding) });
    }
    if (dayNumber(request.until) < dayNumber(table.today)) {
      refuse('overrideUntilPast', { until: request.until, today: table.today });
    }
    const labels = readBandLabels(table.spreadsheet);
    // The team's label or the English one, as the core reads the Band column.
    const isBand = (text: string) =>
      bandKeyOf(text, labels) !== null || bandKeyOf(text, DEFAULT_BAND_LABELS) !== null;
    if (request.band !== null && !isBand(request.band)) badRequest('band');
    const header = table.values[0];
    const cells: unknown[] = header.map(() => '');
    cells[0] = asPlainText(account ?? request.account.trim());
    const put = (name: (typeof OVERRIDE_COLUMNS)[number], value: unknown) => {
      const column = header.findIndex((cell, i) => i > 0 && normalizeKey(cell) === name.toLowerCase());
      if (column !== -1) cells[column] = value;
    };
    put('Score', request.score ?? '');
    put('Band', request.band === null ? '' : asPlainText(request.band));
    put('Reason', asPlainText(request.reason.trim()));
    put('By', asPlainText(request.by.trim()));
    put('Until', zonedMidnight(request.until, table.timeZone));
    let last = table.values.length;
    while (last > 1 && table.values[last - 1].every(isBlank)) last--;
    const target = appendRow(table.range, last + 1, table.values.length);
    target.setValues([cells]);
    table.values[last] = cells.map((cell) => (typeof cell === 'string' ? cell.replace(/^'/, '') : cell));
    return stateOf(table, accounts, labels);
  });
}

/** Row `row` of the table (1-based), adding a sheet row below it when the table is full. */
function appendRow(range: Range, row: number, height: number): Range {
  if (row > height) range.getSheet().insertRowsAfter(range.getRow() + height - 1, 1);
  return range.offset(row - 1, 0, 1);
}

/** Moves an active override's Until to yesterday: it stops holding, its row stays. */
function endOverrideFrom(candidate: unknown): OverridesState {
  const request = endOverrideRequest(candidate);
  return withDocumentLock(userText().messages.overridesBusy, () => {
    const table = readTable();
    const overrides = overridesOf(table);
    const override = overrides.all.find((each) => each.row === request.row);
    if (
      override === undefined ||
      normalizeKey(override.account) !== normalizeKey(request.account) ||
      !holdsAt(override, Date.now())
    ) {
      refuse('overrideRowChanged', { row: request.row, account: request.account });
    }
    const column = table.values[0].findIndex((cell, i) => i > 0 && normalizeKey(cell) === 'until');
    const yesterday = zonedMidnight(
      new Date((dayNumber(table.today) - 1) * MS_PER_DAY).toISOString().slice(0, 10),
      table.timeZone,
    );
    table.range.getCell(request.row, column + 1).setValue(yesterday);
    table.values[request.row - 1][column] = yesterday;
    const accounts = accountNames(table.spreadsheet, overrides.keyHeader);
    return stateOf(table, accounts, readBandLabels(table.spreadsheet));
  });
}

/**
 * Sidebar: the overrides holding now and those ended in the last 30 days, the account names and
 * the team's band labels.
 *
 * @return {Object} The overrides as the sidebar lists them.
 */
export function listOverrides(): OverridesState {
  return speakingUser(listOverridesFrom);
}

/**
 * Sidebar: appends an override (account, score or band, reason, by, until) to the Overrides sheet.
 *
 * @param {Object} request The override.
 * @return {Object} The overrides as they stand after it.
 */
export function addOverride(request: AddOverrideRequest): OverridesState {
  return speakingUser(() => addOverrideFrom(request));
}

/**
 * Sidebar: ends an override now, by setting its Until to yesterday (its row stays).
 *
 * @param {Object} request Its row on the Overrides sheet and its account.
 * @return {Object} The overrides as they stand after it.
 */
export function endOverride(request: EndOverrideRequest): OverridesState {
  return speakingUser(() => endOverrideFrom(request));
}
