/**
 * Calendar days in the spreadsheet's time zone without a service call: V8's Intl knows every IANA
 * zone, so the adapter needs no Utilities.formatDate (each call of which is a counted, slow call).
 */
import { fail } from '../args';
import { MS_PER_DAY } from '../cells';
import type { DayKeyFn } from './days';
import { dayNumber } from './days';

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
  } catch {
    return fail(`"${timeZone}" is not a time zone this add-on knows.`);
  }
}

function wallClock(format: Intl.DateTimeFormat, time: number): number[] {
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(time))) parts[part.type] = Number(part.value);
  return [parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second];
}

/** The `YYYY-MM-DD` day of an instant in `timeZone`. */
export function zonedDayKey(timeZone: string): DayKeyFn {
  const format = partsFormatter(timeZone);
  return (date) => {
    const [year, month, day] = wallClock(format, date.getTime());
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  };
}

/** The instant the day `key` starts in `timeZone` (what a date cell of that day holds). */
export function zonedMidnight(key: string, timeZone: string): Date {
  const format = partsFormatter(timeZone);
  const utcMidnight = dayNumber(key) * MS_PER_DAY;
  if (Number.isNaN(utcMidnight)) fail(`"${key}" is not a day (YYYY-MM-DD).`);
  // The zone's offset at that moment; a second pass settles days where the offset changes.
  let time = utcMidnight;
  for (let pass = 0; pass < 2; pass++) {
    const [y, mo, d, h, mi, s] = wallClock(format, time);
    const offset = Date.UTC(y, mo - 1, d, h, mi, s) - time;
    time = utcMidnight - offset;
  }
  return new Date(time);
}
