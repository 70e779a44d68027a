/**
 * takeHealthSnapshot: today's score and band of every account appended to the Health History
 * sheet as values, with the score the model computed where an override replaced it; a second run
 * the same day replaces that day's rows. Reads only the bottom of the history (the previous and
 * the latest snapshot blocks, found through the history pointer), so the cost stays a dozen
 * service calls whatever the history's length.
 */
import { asPlainText, columnLetter, quoteSheetName } from '../core/a1';
import { fail } from '../core/args';
import { type BandLabels, DEFAULT_BAND_LABELS } from '../core/bands';
import { isBlank, normalizeKey } from '../core/cells';
import { bandDrops } from '../core/history/alerts';
import { readBand } from '../core/history/band-rank';
import {
  appendCountsSeries,
  bandCounts,
  decodeCountsSeries,
  encodeCountsSeries,
} from '../core/history/counts';
import { cellDayKeys, type DayKeyFn, dayNumber } from '../core/history/days';
import {
  type HistoryRow,
  type Snapshot,
  type SnapshotAccount,
  sameDayBlock,
  snapshotRows,
} from '../core/history/snapshot';
import { zonedDayKey, zonedMidnight } from '../core/history/zoned';
import type { SnapshotResult } from '../shared/protocol';
import {
  digestDue,
  endedOverrides,
  readAlertSettings,
  readStoredAlerts,
  reportedOverrides,
  sendDigest,
  storedAlerts,
} from './alerts';
import { type AccountGrid, computedScores, readOverrides } from './computed-scores';
import { withDocumentLock } from './document-lock';
import { type HistoryPointer, parsePointer } from './history-pointer';
import {
  cellsInUse,
  ensureHistorySheet,
  HISTORY_WIDTH,
  SPARE_DAYS,
  SPREADSHEET_CELL_LIMIT,
} from './history-sheet';
import { readBandLabels, setAsOf } from './model-sheet';
import {
  ACCOUNT_SHEET_PROPERTY,
  BAND_HEADER,
  HISTORY_SHEET,
  isAddonSheet,
  PROPERTY,
  SCORE_HEADER,
} from './names';
import { refuse } from './refuse';
import {
  accountKeyColumn,
  addonSheetMessage,
  documentProperties,
  managedColumns,
  trendColumn,
} from './spreadsheet';
import { thinHistory } from './thinning';
import { narrowTrend } from './trend-range';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
const HISTORY = quoteSheetName(HISTORY_SHEET);
const WIDTH = HISTORY_WIDTH;
const LAST_COLUMN = columnLetter(WIDTH);

/** Where the previous and today's blocks are, read from the bottom of the history. */
interface Tail {
  /** Sheet row of tail[0]. */
  from: number;
  rows: unknown[][];
  /** The grid's last row (rows below the data are blank, and not read). */
  maxRows: number;
}

export { SPREADSHEET_CELL_LIMIT };

/**
 * Rows to add to the history grid: the rows today needs, plus a week of spare rows when they fit.
 * Checked against the 10 M-cell limit before anything is written (only on the days the grid must
 * grow, about one a week): when even today's rows do not fit, the snapshot stops with nothing
 * written and says what to do.
 */
function rowsToGrow(spreadsheet: Spreadsheet, needed: number, blockRows: number): number {
  const used = cellsInUse(spreadsheet);
  const fitRows = Math.floor((SPREADSHEET_CELL_LIMIT - used) / WIDTH);
  if (needed > fitRows) {
    refuse('historyFullRows', { rows: needed, sheet: HISTORY_SHEET, used, limit: SPREADSHEET_CELL_LIMIT });
  }
  return Math.min(needed + SPARE_DAYS * blockRows, fitRows);
}

/**
 * The whole snapshot holds the document lock: the daily trigger and a click at once (or two
 * editors) would otherwise both append, both thin and both send the digest.
 */
export function takeSnapshot(): SnapshotResult {
  return withDocumentLock(
    'Another snapshot of this spreadsheet is running right now. Nothing was changed: try again in a minute.',
    snapshotHoldingLock,
  );
}

function snapshotHoldingLock(): SnapshotResult {
  const spreadsheet = SpreadsheetApp.getActive();
  const properties = documentProperties();
  const stored = properties.getProperties();
  let pointer = parsePointer(stored[PROPERTY.historyPointer]);
  const accountSheet = stored[ACCOUNT_SHEET_PROPERTY];
  if (!accountSheet) refuse('snapshotSetUpFirst');
  // A set-up run on one of the add-on's own sheets (before set-up refused them) is not followed.
  if (isAddonSheet(accountSheet)) fail(addonSheetMessage(accountSheet));

  const timeZone = pointer?.timeZone ?? spreadsheet.getSpreadsheetTimeZone();
  const dayKeyOf = zonedDayKey(timeZone);
  const today = dayKeyOf(new Date());
  // Today's scores, not those of the last day anything changed: date metrics are measured from
  // AsOf, which moves to today first (a read after a write sees the recalculated formulas).
  const asOf = zonedMidnight(today, timeZone);
  // On a new day AsOf is written without reading it first (a call saved): at worst the same date.
  setAsOf(spreadsheet, asOf, pointer?.day === today);
  // Overrides hold as the formulas see them: through their Until day, measured from AsOf.
  const overrides = readOverrides(spreadsheet, asOf.getTime());
  const accounts = readAccounts(spreadsheet, accountSheet, pointer);
  const computed = computedScores(spreadsheet, accounts.grid, overrides, asOf.getTime());
  const snapshot = toOneDecimal(snapshotRows(asOf, accountsWithComputed(accounts.rows, computed)));
  const labels = bandLabelsFor(spreadsheet, pointer?.labels, snapshot.rows);

  // A pointer of a four-column history: the sheet gets its Computed score column first.
  if (pointer !== null && pointer.columns !== WIDTH && pointer.day !== null) {
    ensureHistorySheet(spreadsheet, snapshot.rows.length);
  }
  let tail = pointer === null ? null : readPointedTail(spreadsheet, pointer, today, dayKeyOf);
  if (tail === null || pointer === null) {
    ({ tail, pointer } = findTail(spreadsheet, snapshot.rows.length, timeZone, accounts.a1));
  }
  pointer = { ...pointer, accountsA1: accounts.a1, columns: WIDTH, labels };

  const sameDay = pointer.day === today && pointer.rows > 0;
  if (pointer.day !== null && dayNumber(today) < dayNumber(pointer.day)) {
    refuse('snapshotAfterToday', { day: pointer.day, today });
  }
  const writeStart = sameDay ? pointer.start : pointer.start + pointer.rows;
  const previousStart = sameDay ? pointer.previousStart : pointer.rows > 0 ? pointer.start : null;
  const previousRows =
    previousStart === null ? [] : tail.rows.slice(previousStart - tail.from, writeStart - tail.from);

  // Replacing a longer block of the same day blanks its extra rows in the same write.
  const oldRows = sameDay ? pointer.rows : 0;
  // Account names and band texts are user text: written as text, never as a formula or a number.
  const block: unknown[][] = snapshot.rows.map((row) => [
    row[0],
    asPlainText(row[1]),
    row[2],
    asPlainText(row[3]),
    row[4],
  ]);
  while (block.length < oldRows) block.push(['', '', '', '', '']);
  if (block.length > 0) {
    const lastRow = writeStart + block.length - 1;
    if (lastRow > tail.maxRows) {
      const history =
        spreadsheet.getSheetByName(HISTORY_SHEET) ?? refuse('snapshotHistoryGone', { sheet: HISTORY_SHEET });
      history.insertRowsAfter(tail.maxRows, rowsToGrow(spreadsheet, lastRow - tail.maxRows, block.length));
    }
    spreadsheet.getRange(`${HISTORY}!A${writeStart}:${LAST_COLUMN}${lastRow}`).setValues(block);
  }
  if (snapshot.rows.length > 0) {
    pointer = { ...pointer, day: today, start: writeStart, rows: snapshot.rows.length, previousStart };
    if (pointer.weekly.day === null) {
      pointer = {
        ...pointer,
        weekly: { row: writeStart, day: today },
        monthly: { row: writeStart, day: today },
      };
    }
  }

  const settings = readAlertSettings(stored);
  const alerts = bandDrops(previousScores(previousRows), currentScores(snapshot.rows), {
    minPointDrop: settings.minPointDrop,
    labels,
  });
  const thinned = thinHistory(spreadsheet, pointer, today, dayKeyOf);
  if (thinned.pointer.weekly.row !== pointer.weekly.row && accounts.trend !== -1) {
    narrowTrend(spreadsheet, accounts.a1, accounts.trend, thinned.pointer.weekly.row);
  }
  pointer = thinned.pointer;
  const counts = appendCountsSeries(decodeCountsSeries(stored[PROPERTY.bandCounts]), {
    day: today,
    ...bandCounts(snapshot.rows, labels),
  });
  // One digest a day: a second snapshot the same day (the trigger, then a click) sends none. The
  // day is claimed before the e-mail goes out, so a failure after it (or a retry) never resends it.
  // Overrides that ended since the last digest are listed in the next one, once: the ones listed
  // are claimed with the day, and given back with it if the e-mail is refused.
  const reported = stored[PROPERTY.endedOverrides];
  const ended = endedOverrides(overrides, asOf.getTime(), today, reported);
  let reportedNow = ended.stored;
  let emailedDay = readStoredAlerts(stored)?.emailedDay ?? null;
  let emailed = 0;
  let mailError: unknown = null;
  if (snapshot.rows.length > 0 && emailedDay !== today && digestDue(settings, alerts, ended.listed)) {
    const claimedFrom = emailedDay;
    emailedDay = today;
    // One write claims the day and the ended overrides listed, so a failure cannot split them.
    if (ended.listed.length === 0) {
      properties.setProperty(PROPERTY.alerts, storedAlerts(today, alerts, emailedDay));
    } else {
      reportedNow = reportedOverrides(ended);
      properties.setProperties({
        [PROPERTY.alerts]: storedAlerts(today, alerts, emailedDay),
        [PROPERTY.endedOverrides]: reportedNow,
      });
    }
    try {
      emailed = sendDigest(spreadsheet, settings, alerts, today, ended.listed);
    } catch (error) {
      // MailApp refused it, so nothing went out: give the day back for the next try to send.
      emailedDay = claimedFrom;
      reportedNow = ended.stored;
      mailError = error; // the snapshot itself is written: record it, then report the e-mail
    }
  }
  properties.setProperties({
    [PROPERTY.historyPointer]: JSON.stringify(pointer),
    [PROPERTY.bandCounts]: encodeCountsSeries(counts),
    [PROPERTY.alerts]: storedAlerts(today, alerts, emailedDay),
    [PROPERTY.endedOverrides]: reportedNow,
  });
  if (mailError !== null) throw mailError;
  return {
    day: today,
    accounts: snapshot.rows.length,
    replaced: sameDay,
    skipped: snapshot.skipped.map(({ count, message }) => ({ count, reason: message })),
    alerts,
    emailed,
    thinnedRows: thinned.removed,
    columnsAdded: [],
  };
}

/**
 * Scores as the score column shows them (one decimal): the history stays readable, and alerts,
 * band counts and the stored rows all see the same figure.
 */
function toOneDecimal(snapshot: Snapshot): Snapshot {
  const round = (score: number) => Math.round(score * 10) / 10;
  const rows = snapshot.rows.map(
    ([day, account, score, band, computed]): HistoryRow => [
      day,
      account,
      round(score),
      band,
      computed === '' ? '' : round(computed),
    ],
  );
  return { ...snapshot, rows };
}

/** The computed score of each overridden row (blank where it could not be worked out). */
function accountsWithComputed(rows: AccountRows['rows'], computed: Map<number, unknown>): SnapshotAccount[] {
  return rows.map(({ row, key, score, band }) => {
    const own = computed.get(row);
    return own === undefined ? { key, score, band } : { key, score, band, computed: own };
  });
}

/**
 * The team's band labels: those the last snapshot read while every band today's accounts show is
 * one of them (or an English default), else read anew (2 calls). A renamed band shows its new
 * text on the sheet at once, so a stale label is never used for a band an account is in.
 */
function bandLabelsFor(
  spreadsheet: Spreadsheet,
  remembered: BandLabels | undefined,
  rows: readonly HistoryRow[],
): BandLabels {
  // Before any is remembered, the English defaults stand for labels that were never renamed.
  const labels = remembered !== undefined && isLabels(remembered) ? remembered : DEFAULT_BAND_LABELS;
  const known = (band: string) => band === '' || readBand(band, labels) !== null;
  return rows.every((row) => known(row[3])) ? labels : readBandLabels(spreadsheet);
}

function isLabels(value: BandLabels): boolean {
  return (Object.keys(DEFAULT_BAND_LABELS) as (keyof BandLabels)[]).every(
    (key) => typeof value[key] === 'string',
  );
}

interface AccountRows {
  /** `row`: the index in `grid.values` (header = 0). */
  rows: { row: number; key: unknown; score: unknown; band: unknown }[];
  grid: AccountGrid;
  /** The range that was read, remembered so the next snapshot reads it in one call. */
  a1: string;
  /** The Trend column (0-based), or -1. */
  trend: number;
}

/**
 * The account sheet's key, score and band columns. The remembered range is read in one call;
 * when it no longer holds the score and band headers (columns were inserted), the whole data
 * range is read instead and the range remembered anew.
 */
function readAccounts(
  spreadsheet: Spreadsheet,
  sheetName: string,
  pointer: HistoryPointer | null,
): AccountRows {
  if (pointer?.accountsA1.startsWith(`${quoteSheetName(sheetName)}!`)) {
    const range = spreadsheet.getRange(pointer.accountsA1);
    const found = accountColumns(range, range.getValues(), pointer.accountsA1);
    if (found !== null) return found;
  }
  const sheet = spreadsheet.getSheetByName(sheetName) ?? refuse('sheetGone', { sheet: sheetName });
  const range = sheet.getDataRange();
  const values = range.getValues();
  const a1 = `${quoteSheetName(sheetName)}!A1:${columnLetter(Math.max(1, values[0]?.length ?? 1))}`;
  return (
    accountColumns(range, values, a1) ??
    refuse('noScoreColumns', { sheet: sheetName, score: SCORE_HEADER, band: BAND_HEADER })
  );
}

function accountColumns(
  range: GoogleAppsScript.Spreadsheet.Range,
  values: unknown[][],
  a1: string,
): AccountRows | null {
  const headers = values[0] ?? [];
  const [score, band, drivers] = managedColumns(headers);
  if (score === -1 || band === -1) return null;
  const key = accountKeyColumn(headers);
  const rows: AccountRows['rows'] = [];
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    if (isBlank(row[key]) && isBlank(row[score])) continue;
    rows.push({ row: r, key: row[key], score: row[score], band: row[band] });
  }
  const grid: AccountGrid = {
    values,
    scoreColumn: score,
    driversColumn: drivers,
    formulas: () => range.getFormulas(),
  };
  return { rows, grid, a1, trend: trendColumn(headers) };
}

/**
 * The rows from the previous block's first row to the end of the grid, if the pointer still
 * describes them: every row of the latest block carries its day, the row above it does not,
 * nothing follows it, and the previous block is one earlier day. Else null (the user deleted,
 * inserted or sorted rows): the blocks are then found again from the dates.
 */
function readPointedTail(
  spreadsheet: Spreadsheet,
  pointer: HistoryPointer,
  today: string,
  dayKeyOf: DayKeyFn,
): Tail | null {
  const from = (pointer.day === today ? pointer.previousStart : null) ?? pointer.start;
  let rows: unknown[][];
  try {
    rows = spreadsheet.getRange(`${HISTORY}!A${from}:${LAST_COLUMN}`).getValues();
  } catch {
    return null; // the sheet was renamed or deleted, or shrank: find the history again
  }
  const tail = { from, rows, maxRows: from + rows.length - 1 };
  const keyOf = cellDayKeys(dayKeyOf);
  const latest = pointer.start - from;
  const dayAt = (i: number) => (i >= 0 && i < rows.length ? keyOf(rows[i][0]) : null);
  for (let i = latest; i < latest + pointer.rows; i++) if (dayAt(i) !== pointer.day) return null;
  if (pointer.rows > 0 && latest > 0 && dayAt(latest - 1) === pointer.day) return null;
  if (latest > 0) {
    const previousDay = dayAt(0);
    if (previousDay === null || previousDay === pointer.day) return null;
    for (let i = 1; i < latest; i++) if (dayAt(i) !== previousDay) return null;
  }
  for (let i = latest + pointer.rows; i < rows.length; i++) if (!isBlank(rows[i][0])) return null;
  return tail;
}

/**
 * Without a usable pointer: the history's last rows (enough for two snapshots), its latest day's
 * block and the block before it, found from the dates themselves.
 */
function findTail(
  spreadsheet: Spreadsheet,
  accounts: number,
  timeZone: string,
  accountsA1: string,
): { tail: Tail; pointer: HistoryPointer } {
  const { sheet } = ensureHistorySheet(spreadsheet, accounts);
  const lastRow = Math.max(1, sheet.getLastRow());
  const maxRows = sheet.getMaxRows();
  const dayKeyOf = zonedDayKey(timeZone);
  const keyOf = cellDayKeys(dayKeyOf);
  let window = 2 * accounts + 50;
  let from: number;
  let rows: unknown[][];
  let latest: number | null;
  let previous: number | null;
  const blockStart = (end: number): number | null => {
    const dates = rows.slice(0, end).map((row) => row[0]);
    const last = [...dates].reverse().find((cell) => keyOf(cell) !== null);
    return last === undefined ? null : sameDayBlock(dates, last as Date, dayKeyOf);
  };
  // A block found starting at the window's first row may go on above it: read a longer window.
  for (;;) {
    from = Math.max(2, lastRow - window);
    rows = lastRow < from ? [] : sheet.getRange(from, 1, lastRow - from + 1, WIDTH).getValues();
    latest = blockStart(rows.length);
    previous = latest === null ? null : blockStart(latest);
    if (from === 2 || (latest !== 0 && previous !== 0)) break;
    window *= 2;
  }
  const day = latest === null ? null : keyOf(rows[latest][0]);
  const start = latest === null ? lastRow + 1 : from + latest;
  const pointer: HistoryPointer = {
    timeZone,
    accountsA1,
    day,
    start,
    rows: latest === null ? 0 : lastRow + 1 - start,
    previousStart: previous === null ? null : from + previous,
    weekly: { row: 2, day: null },
    monthly: { row: 2, day: null },
  };
  // An old history without a pointer: thinning starts from its first row.
  if (lastRow >= 2) {
    const first = sheet.getRange(2, 1).getValue();
    const firstDay = keyOf(first);
    pointer.weekly = { row: 2, day: firstDay };
    pointer.monthly = { row: 2, day: firstDay };
  }
  return { tail: { from, rows, maxRows }, pointer };
}

function previousScores(rows: unknown[][]): Map<string, { score: number; band: string }> {
  const scores = new Map<string, { score: number; band: string }>();
  for (const [, account, score, band] of rows) {
    if (isBlank(account) || typeof score !== 'number') continue;
    const key = normalizeKey(account);
    if (!scores.has(key)) scores.set(key, { score, band: String(band ?? '') });
  }
  return scores;
}

function currentScores(rows: HistoryRow[]): { account: string; score: number; band: string }[] {
  return rows.map(([, account, score, band]) => ({ account, score, band }));
}
