/**
 * Calendar days as `YYYY-MM-DD` keys and the ISO weeks (Monday–Sunday) they fall in. The history
 * rules work on keys, not instants: what "today" is depends on the spreadsheet's time zone, which
 * only the adapter knows, so it passes a formatter and everything after that is plain arithmetic.
 */
import { fail } from '../args';
import { isDate, MS_PER_DAY } from '../cells';

/** Maps an instant to its calendar day `YYYY-MM-DD` in the spreadsheet's time zone. */
export type DayKeyFn = (date: Date) => string;

/** The UTC calendar day. For the spreadsheet's own time zone use zonedDayKey(timeZone) (zoned.ts). */
export const dayKey: DayKeyFn = (date) => date.toISOString().slice(0, 10);

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a `YYYY-MM-DD` key, or NaN when the text is not one. */
export function dayNumber(key: string): number {
  const match = DAY_KEY.exec(key);
  if (match === null) return Number.NaN;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2026-02-30 over into March: such a key is not a day.
  return new Date(time).getUTCDate() === day ? time / MS_PER_DAY : Number.NaN;
}

export function keyOfDayNumber(days: number): string {
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day number of the Monday that starts the ISO week of day number `days` (1970-01-01 was a Thursday). */
export function mondayOf(days: number): number {
  return days - ((((days + 3) % 7) + 7) % 7);
}

/**
 * Wraps a day-key function for cells: a valid Date gives its key, anything else null. Keys are
 * cached per instant because a snapshot's rows share one Date and a zoned formatter (zoned.ts)
 * costs far more than a lookup; a key that is not `YYYY-MM-DD` fails at once rather than
 * thinning by a misread calendar.
 */
export function cellDayKeys(keyOf: DayKeyFn): (cell: unknown) => string | null {
  const cache = new Map<number, string>();
  return (cell) => {
    if (!isDate(cell)) return null;
    const time = cell.getTime();
    if (Number.isNaN(time)) return null;
    let key = cache.get(time);
    if (key === undefined) {
      key = keyOf(cell);
      if (typeof key !== 'string' || Number.isNaN(dayNumber(key))) {
        // A programming error (the adapter's formatter), not a user's: short and exact.
        fail(`The day key of ${cell.toISOString()} is ${JSON.stringify(key)}; it must return YYYY-MM-DD.`);
      }
      cache.set(time, key);
    }
    return key;
  };
}
