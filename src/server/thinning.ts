/**
 * Thinning of the Health History (contract §4): daily snapshots for 90 days, then the latest of
 * each week until 180 days, then the latest of each month (core/history/thinning.ts). Each tier
 * remembers in the history pointer the first row it has not thinned; a snapshot thins only when a
 * whole week (or month) behind that row has aged out, reading a bounded chunk from there and
 * deleting the dropped days' rows with one deleteRows per run of rows, bottom up. A failure half
 * way leaves whole days, never half a day, and the next snapshot carries on.
 */
import { columnLetter, quoteSheetName } from '../core/a1';
import { isDate } from '../core/cells';
import { type DayKeyFn, dayNumber, keyOfDayNumber } from '../core/history/days';
import {
  DAILY_DAYS,
  periodOf,
  type ThinningPeriod,
  thinHistoryChunk,
  WEEKLY_DAYS,
} from '../core/history/thinning';
import { type HistoryPointer, shiftPointer, type TierBoundary } from './history-pointer';
import { HISTORY_WIDTH } from './history-sheet';
import { HISTORY_SHEET } from './names';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Snapshot days a chunk reads: more than one period, so a whole period always fits. */
const CHUNK_DAYS: Record<ThinningPeriod, number> = { week: 15, month: 12 };

export function thinHistory(
  spreadsheet: Spreadsheet,
  pointer: HistoryPointer,
  today: string,
  dayKeyOf: DayKeyFn,
): { pointer: HistoryPointer; removed: number } {
  const tiers = [
    ['month', WEEKLY_DAYS],
    ['week', DAILY_DAYS],
  ] as const;
  const isDue = ([period, keptDays]: (typeof tiers)[number]) =>
    due(pointer[period === 'month' ? 'monthly' : 'weekly'], dayNumber(today) - keptDays, period);
  if (!tiers.some(isDue)) return { pointer, removed: 0 };
  // The snapshot holds the document lock around all of this (see snapshot.ts).
  let removed = 0;
  // Months first: they lie above the weekly boundary, so thinning them moves every row below.
  for (const [period, keptDays] of tiers) {
    const tier = period === 'month' ? 'monthly' : 'weekly';
    const cutoff = dayNumber(today) - keptDays;
    const boundary = pointer[tier];
    // Months are thinned from what the weekly tier has finished with; weeks up to today's block.
    const limit = period === 'month' ? pointer.weekly.row : pointer.start + pointer.rows - 1;
    if (!due(boundary, cutoff, period) || boundary.row >= limit) continue;
    const result = thinTier(spreadsheet, pointer, boundary, limit, period, cutoff, dayKeyOf);
    pointer = result.pointer;
    removed += result.removed;
  }
  return { pointer, removed };
}

/** Whether a whole period starting at or after the boundary's day has aged out. */
function due(boundary: TierBoundary, cutoff: number, period: ThinningPeriod): boolean {
  if (boundary.day === null) return false;
  const day = dayNumber(boundary.day);
  return !Number.isNaN(day) && periodOf(day, period)[1] < cutoff;
}

function thinTier(
  spreadsheet: Spreadsheet,
  pointer: HistoryPointer,
  boundary: TierBoundary,
  limit: number,
  period: ThinningPeriod,
  cutoff: number,
  dayKeyOf: DayKeyFn,
): { pointer: HistoryPointer; removed: number } {
  const rowsPerDay = Math.max(1, pointer.rows);
  const end = Math.min(limit, boundary.row + CHUNK_DAYS[period] * rowsPerDay);
  const range = `${quoteSheetName(HISTORY_SHEET)}!A${boundary.row}:${columnLetter(HISTORY_WIDTH)}${end}`;
  const rows = spreadsheet.getRange(range).getValues();
  const cutoffDate = new Date(`${keyOfDayNumber(cutoff)}T12:00:00Z`);
  const { kept, consumed, nextBoundaryDay } = thinHistoryChunk(rows, cutoffDate, dayKeyOf, period);
  const keep = new Set(kept);
  const runs: [number, number][] = [];
  for (let i = 0; i < consumed; i++) {
    if (keep.has(rows[i])) continue;
    const last = runs[runs.length - 1];
    if (last !== undefined && last[0] + last[1] === i) last[1]++;
    else runs.push([i, 1]);
  }
  let next = pointer;
  if (runs.length > 0) {
    const sheet = spreadsheet.getSheetByName(HISTORY_SHEET);
    if (sheet === null) return { pointer, removed: 0 };
    // Bottom up, so the rows of the runs still to delete do not move.
    for (const [start, count] of runs.reverse()) {
      sheet.deleteRows(boundary.row + start, count);
      next = shiftPointer(next, boundary.row + start + count, -count);
    }
  }
  // The monthly tier starts where the weekly one did until weeks age into months: when this run
  // removed that start row, the monthly boundary's day is the first day kept there.
  if (period === 'week' && next.monthly.row === boundary.row && kept.length > 0 && runs.length > 0) {
    const first = kept[0][0];
    if (isDate(first)) next = { ...next, monthly: { row: boundary.row, day: dayKeyOf(first) } };
  }
  const tier = period === 'month' ? 'monthly' : 'weekly';
  const moved: TierBoundary = {
    row: boundary.row + kept.length,
    day: consumed > 0 ? (nextBoundaryDay ?? boundary.day) : boundary.day,
  };
  return { pointer: { ...next, [tier]: moved }, removed: consumed - kept.length };
}
