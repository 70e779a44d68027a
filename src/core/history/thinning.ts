/**
 * Keeps the Health History sheet inside Sheets' 10 M-cell limit (contract §4): every snapshot day
 * of the last 90 days stays; older than that, only the latest snapshot day of each ISO week
 * (Monday–Sunday); older than 180 days, only the latest of each calendar month. The adapter never
 * reads the whole history: it remembers where each tier's thinning got to and hands over a bounded
 * chunk of rows from there, so the rule works chunk by chunk.
 */
import { MS_PER_DAY } from '../cells';
import { cellDayKeys, type DayKeyFn, dayNumber, mondayOf } from './days';
import { HISTORY_HEADER } from './snapshot';

/** Snapshot days kept daily before thinning to one a week. */
export const DAILY_DAYS = 90;
/** Snapshot days kept weekly before thinning to one a month. */
export const WEEKLY_DAYS = 180;

/** What a thinned stretch keeps one snapshot day of. */
export type ThinningPeriod = 'week' | 'month';

/** First and last day number of the period that holds day number `day`. */
export function periodOf(day: number, period: ThinningPeriod): [number, number] {
  if (period === 'week') {
    const monday = mondayOf(day);
    return [monday, monday + 6];
  }
  const date = new Date(day * MS_PER_DAY);
  const [year, month] = [date.getUTCFullYear(), date.getUTCMonth()];
  return [Date.UTC(year, month, 1) / MS_PER_DAY, Date.UTC(year, month + 1, 1) / MS_PER_DAY - 1];
}

export interface ThinnedChunk<Row> {
  /** Rows to write back in place of `rows[0 .. consumed)`, in their order. */
  kept: Row[];
  /** How many input rows the thinned part spans (0: nothing to thin yet). */
  consumed: number;
  /**
   * Day of the first dated row after the thinned part: where the next chunk starts (on the sheet,
   * `kept.length` rows below this chunk's first row). Null when no dated row follows.
   */
  nextBoundaryDay: string | null;
}

/**
 * Thins the rows of a chunk read from the boundary on. Only whole ISO weeks that end before
 * `cutoff`'s day are thinned, and only weeks the chunk provably holds completely (a later week's
 * row follows them), so a chunk that ends mid-week leaves that week for next time; thinning stops
 * at the first row of a week that is not old enough. Rows without a valid Date in column A are
 * kept in place. A thinned week keeps every row of its latest day, never fewer days than the rule
 * says, even if the rows are out of order. Idempotent, and on chronological rows thinning chunk by
 * chunk gives what thinning everything at once gives. A chunk must hold more than one week of rows
 * (8 × accounts rows) to make progress: `consumed` 0 while the chunk's first dated row is old
 * enough means it held a single week, so read a longer one.
 */
export function thinHistoryChunk<Row extends readonly unknown[]>(
  rows: readonly Row[],
  cutoff: Date,
  timeZoneDayKey: DayKeyFn,
  period: ThinningPeriod = 'week',
): ThinnedChunk<Row> {
  // A snapshot's rows share one day: each day's number and period start is worked out once.
  const starts = new Map<number, number>();
  const startOf = (day: number) => {
    let start = starts.get(day);
    if (start === undefined) {
      start = periodOf(day, period)[0];
      starts.set(day, start);
    }
    return start;
  };
  const keyOf = cellDayKeys(timeZoneDayKey);
  const cutoffDay = dayNumber(keyOf(cutoff) ?? '');
  const numbers = new Map<string, number>();
  const days = rows.map((row) => {
    const key = keyOf(row[0]);
    if (key === null) return Number.NaN;
    let day = numbers.get(key);
    if (day === undefined) {
      day = dayNumber(key);
      numbers.set(key, day);
    }
    return day;
  });

  const end = thinnableEnd(days, cutoffDay, period);
  // The latest snapshot day of each period in the thinned part.
  const latestOfPeriod = new Map<number, number>();
  for (let i = 0; i < end; i++) {
    if (Number.isNaN(days[i])) continue;
    const start = startOf(days[i]);
    const latest = latestOfPeriod.get(start);
    if (latest === undefined || days[i] > latest) latestOfPeriod.set(start, days[i]);
  }
  const kept: Row[] = [];
  for (let i = 0; i < end; i++) {
    if (Number.isNaN(days[i]) || latestOfPeriod.get(startOf(days[i])) === days[i]) kept.push(rows[i]);
  }
  let next = end;
  while (next < rows.length && Number.isNaN(days[next])) next++;
  const nextBoundaryDay = next < rows.length ? (keyOf(rows[next][0]) as string) : null;
  return { kept, consumed: end, nextBoundaryDay };
}

/**
 * End of the part that may be thinned: the first row of a week that does not end before the
 * cutoff. When the chunk runs out first, its last week may go on past the chunk, so the part
 * ends before that week's rows (and the undated rows around them).
 */
function thinnableEnd(days: readonly number[], cutoffDay: number, period: ThinningPeriod): number {
  for (let i = 0; i < days.length; i++) {
    if (!Number.isNaN(days[i]) && !(periodOf(days[i], period)[1] < cutoffDay)) return i;
  }
  let i = days.length - 1;
  while (i >= 0 && Number.isNaN(days[i])) i--;
  // Only undated rows: they are kept anyway, and passing them lets the boundary move on.
  if (i < 0) return days.length;
  const lastPeriod = periodOf(days[i], period)[0];
  while (i >= 0 && (Number.isNaN(days[i]) || periodOf(days[i], period)[0] === lastPeriod)) i--;
  return i + 1;
}

export interface CellEstimate {
  /** Snapshot days kept at the worst moment (just before a thinning run). */
  keptDays: number;
  rows: number;
  cells: number;
}

/**
 * Cells of the history after `days` daily snapshots of `accounts` accounts, at the worst moment:
 * the thinning run that happens at most once a week is just due and the calendar falls the way
 * that leaves most days unthinned. Counts days on a calendar; no rows are built.
 */
export function estimateCellsAfterThinning(
  accounts: number,
  days: number,
  options: { dailyDays?: number; weeklyDays?: number; thinEveryDays?: number; columns?: number } = {},
): CellEstimate {
  const dailyDays = options.dailyDays ?? DAILY_DAYS;
  const weeklyDays = options.weeklyDays ?? WEEKLY_DAYS;
  const lag = (options.thinEveryDays ?? 7) - 1;
  const columns = options.columns ?? HISTORY_HEADER.length;
  let keptDays = 0;
  // History that starts on each day of a year in turn (every weekday and month alignment): day
  // numbers first .. today, thinned as the adapter does (weeks first, then months of what is left).
  for (let first = 0; first < 371; first++) {
    const today = first + days - 1;
    const history = Array.from({ length: days }, (_, i) => first + i);
    const weekly = keepLatestPerPeriod(history, today - dailyDays - lag, 'week');
    keptDays = Math.max(keptDays, keepLatestPerPeriod(weekly, today - weeklyDays - lag, 'month').length);
  }
  const rows = keptDays * accounts;
  return { keptDays, rows, cells: rows * columns };
}

/** Day numbers (ascending) thinned to the latest of each period that ends before `cutoff`. */
export function keepLatestPerPeriod(
  days: readonly number[],
  cutoff: number,
  period: ThinningPeriod,
): number[] {
  return days.filter((day, i) => {
    const [, end] = periodOf(day, period);
    return end >= cutoff || i === days.length - 1 || days[i + 1] > end;
  });
}
