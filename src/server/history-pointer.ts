/**
 * Where the Health History stands, kept in a document property so a snapshot reads only the
 * bottom of the sheet and never the whole history: the latest snapshot block, the one before it,
 * and how far each thinning tier has got. Every position is checked against the rows read, so a
 * stale pointer (the user sorted or edited the sheet) falls back to finding the blocks again.
 */
import type { BandLabels } from '../core/bands';

export interface TierBoundary {
  /** First sheet row this tier has not thinned yet. */
  row: number;
  /** Its day (YYYY-MM-DD), or null before the first snapshot. */
  day: string | null;
}

export interface HistoryPointer {
  timeZone: string;
  /** The account sheet's columns to read, e.g. `'Accounts'!A1:T`. */
  accountsA1: string;
  /** Day of the latest snapshot block, null before the first. */
  day: string | null;
  /** First row of the latest block (where the next block goes when `rows` is 0). */
  start: number;
  rows: number;
  /** First row of the block before the latest, if any. */
  previousStart: number | null;
  weekly: TierBoundary;
  monthly: TierBoundary;
  /**
   * Columns of the history sheet the pointer was written for: 5 once the sheet has its Computed
   * score column; absent on pointers of four-column histories, which the next snapshot widens.
   */
  columns?: number;
  /**
   * The band labels the last snapshot read, so the next one need not read them again while every
   * band its accounts show is one of them (a renamed band shows a new text: they are read anew).
   */
  labels?: BandLabels;
}

export function parsePointer(text: string | null | undefined): HistoryPointer | null {
  if (!text) return null;
  try {
    const pointer = JSON.parse(text) as HistoryPointer;
    const rowsOk = [pointer.start, pointer.weekly?.row, pointer.monthly?.row].every(
      (row) => Number.isInteger(row) && row >= 2,
    );
    return rowsOk && typeof pointer.accountsA1 === 'string' && typeof pointer.timeZone === 'string'
      ? pointer
      : null;
  } catch {
    return null;
  }
}

/** A pointer with every row at or below `from` moved by `delta` (rows deleted above them). */
export function shiftPointer(pointer: HistoryPointer, from: number, delta: number): HistoryPointer {
  const move = (row: number) => (row >= from ? row + delta : row);
  return {
    ...pointer,
    start: move(pointer.start),
    previousStart: pointer.previousStart === null ? null : move(pointer.previousStart),
    weekly: { ...pointer.weekly, row: move(pointer.weekly.row) },
    monthly: { ...pointer.monthly, row: move(pointer.monthly.row) },
  };
}
