/** HEALTHTREND: how far each account's score moved over about `days` days of history. */
import { asColumn, failWith, listArg, scalarArg, toGrid } from './args';
import { cellParam, isBlank, MS_PER_DAY, normalizeKey, readNumber } from './cells';
import { isFiniteNumber, isNotANumber } from './hot';
import { readTime } from './surveys';

// Globals as module constants: the row loops run millions of times, and where the global object
// is not a plain one (node:vm, the emulator) each global lookup costs more than the loop body.
const DateClass = Date;
const { abs } = Math;

/**
 * Per account key: latest score minus the score of the snapshot closest to `days` before the
 * latest one; "" with fewer than two snapshots.
 *
 * Histories run to millions of rows (accounts × days), so this reads the history columns where
 * they are and keeps typed arrays by row and by account (a small integer id), rather than copying
 * the columns and gathering a list of snapshots per account: one pass finds each row's account
 * and each account's latest snapshot, a second the snapshot closest to latest − days. Ties: of
 * snapshots at the latest moment the last row is the latest (a re-taken snapshot replaces the
 * earlier one); of snapshots equally close to latest − days the older wins (the span is then at
 * least `days`), then the first row.
 */
export function healthTrend(
  keysArg: unknown,
  accountsArg: unknown,
  datesArg: unknown,
  scoresArg: unknown,
  daysArg: unknown,
): number | '' | (number | '')[][] {
  const keys = listArg(keysArg, 'account_keys');
  const accounts = historyColumn(accountsArg, 'history_accounts');
  const dates = historyColumn(datesArg, 'history_dates');
  const scores = historyColumn(scoresArg, 'history_scores');
  if (dates.length !== accounts.length || scores.length !== accounts.length) {
    failWith('historyRows', { accounts: accounts.length, dates: dates.length, scores: scores.length });
  }
  const days = parseDays(daysArg);
  const ids = new AccountIds();

  // Pass 1: the account of every row (-1: the row is not used) and each account's latest row;
  // later rows win ties. Times are finite, so -Infinity means "no row yet".
  const rowCount = accounts.length;
  const rowIds = new Int32Array(rowCount);
  let latestRows = new Int32Array(1024);
  let latestTimes = new Float64Array(1024).fill(-Infinity);
  for (let row = 0; row < rowCount; row++) {
    rowIds[row] = -1;
    const score = cellAt(scores, row);
    if (typeof score !== 'number' || !isFiniteNumber(score)) continue;
    const time = timeOf(cellAt(dates, row));
    if (isNotANumber(time)) continue;
    const id = ids.of(cellAt(accounts, row));
    if (id < 0) continue;
    rowIds[row] = id;
    if (id === latestRows.length) {
      latestRows = grown(latestRows, new Int32Array(2 * id));
      latestTimes = grown(latestTimes, new Float64Array(2 * id).fill(-Infinity));
    }
    if (time >= latestTimes[id]) {
      latestRows[id] = row;
      latestTimes[id] = time;
    }
  }

  // Pass 2: each account's row closest to its latest time − days, other than the latest itself.
  const span = days * MS_PER_DAY;
  const baseRows = new Int32Array(ids.count).fill(-1);
  const baseTimes = new Float64Array(ids.count);
  const baseDistances = new Float64Array(ids.count);
  for (let row = 0; row < rowCount; row++) {
    const id = rowIds[row];
    if (id < 0 || row === latestRows[id]) continue;
    const time = timeOf(cellAt(dates, row));
    const distance = abs(time - (latestTimes[id] - span));
    const best = baseDistances[id];
    if (baseRows[id] === -1 || distance < best || (distance === best && time < baseTimes[id])) {
      baseRows[id] = row;
      baseTimes[id] = time;
      baseDistances[id] = distance;
    }
  }

  const results = keys.map((key): number | '' => {
    const id = isBlank(key) ? -1 : ids.find(key);
    if (id < 0 || baseRows[id] === -1) return '';
    return (cellAt(scores, latestRows[id]) as number) - (cellAt(scores, baseRows[id]) as number);
  });
  return asColumn(results, !Array.isArray(keysArg));
}

/**
 * A history column read in place. Sheets passes a column as a grid of one-cell rows; listArg
 * would copy each of the millions of cells out of it, which costs more than reading them here.
 */
interface Column {
  readonly cells: readonly unknown[];
  /** True when `cells` holds one-cell rows (a column), false when it is the list itself (a row). */
  readonly nested: boolean;
  readonly length: number;
}

/** Accepts what listArg accepts, with the same errors. */
function historyColumn(arg: unknown, name: string): Column {
  const grid = toGrid(arg);
  if (grid.length === 1) return { cells: grid[0], nested: false, length: grid[0].length };
  for (let row = 0; row < grid.length; row++) if (grid[row].length !== 1) return listColumn(arg, name);
  return { cells: grid, nested: true, length: grid.length };
}

function listColumn(arg: unknown, name: string): Column {
  const cells = listArg(arg, name);
  return { cells, nested: false, length: cells.length };
}

function cellAt(column: Column, row: number): unknown {
  return column.nested ? (column.cells[row] as readonly unknown[])[0] : column.cells[row];
}

/** readTime, with a fast path for the add-on realm's own Dates. */
function timeOf(cell: unknown): number {
  return cell instanceof DateClass ? cell.getTime() : readTime(cell);
}

function grown<T extends Int32Array | Float64Array>(array: T, into: T): T {
  into.set(array);
  return into;
}

/**
 * Small integer ids of accounts by normalized key. History names repeat once per snapshot, so
 * ids are cached by the raw text too and each distinct name is normalized only once.
 */
class AccountIds {
  count = 0;
  private readonly byKey = new Map<string, number>();
  /** Raw text → id, or -1 for blank text. */
  private readonly byText = new Map<string, number>();

  /** The id of a history cell's account, adding it if new; -1 when the cell is blank. */
  of(cell: unknown): number {
    if (typeof cell === 'string') {
      let id = this.byText.get(cell);
      if (id === undefined) {
        id = isBlank(cell) ? -1 : this.idOfKey(normalizeKey(cell));
        this.byText.set(cell, id);
      }
      return id;
    }
    return isBlank(cell) ? -1 : this.idOfKey(normalizeKey(cell));
  }

  /** The id of a (non-blank) account key, or -1 when no history row names it. */
  find(cell: unknown): number {
    return this.byKey.get(normalizeKey(cell)) ?? -1;
  }

  private idOfKey(key: string): number {
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.count++;
      this.byKey.set(key, id);
    }
    return id;
  }
}

function parseDays(arg: unknown): number {
  const cell = scalarArg(arg, 'days');
  if (cell === undefined || isBlank(cell)) return 30;
  const days = readNumber(cell);
  if (Number.isNaN(days) || days < 0) failWith('days', { name: 'days', cell: cellParam(cell) });
  return days;
}
