// Time zones. Sheets stores a date as a wall-clock serial in the spreadsheet's time zone: a Date
// written by a script is converted with that zone, a typed '2024-05-01' means midnight there, and
// getValue() turns the serial back into an instant with it. "Wall ms" below are ms whose UTC fields
// are the wall-clock fields in the zone. Any IANA zone; Java-style 'GMT+9' / 'GMT-03:30' ids too.
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone()

export const DEFAULT_TIME_ZONE = 'Etc/UTC';

const MINUTE = 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();
const UTC_IDS = /^(utc|gmt|etc\/utc|etc\/gmt|etc\/uct|etc\/universal|etc\/zulu|universal|zulu|uct|z)$/i;
const FIXED = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/i;

/** Offset (minutes) of a fixed-offset id such as 'GMT+9' or 'GMT-03:30'; null for other ids. */
function fixedOffset(timeZone: string): number | null {
  if (UTC_IDS.test(timeZone)) return 0;
  const m = FIXED.exec(timeZone);
  if (!m) return null;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new Error(`Invalid time zone: ${timeZone}`);
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** Throws `Invalid time zone: …` unless `timeZone` is an IANA id (or a GMT±hh:mm id); returns it. */
export function checkTimeZone(timeZone: unknown): string {
  if (typeof timeZone !== 'string' || timeZone.trim() === '')
    throw new Error(`Invalid time zone: ${timeZone}`);
  if (fixedOffset(timeZone) === null) formatter(timeZone);
  return timeZone;
}

/** The zone's offset from UTC at an instant, in minutes (+540 for Asia/Tokyo). */
export function offsetMinutes(ms: number, timeZone: string): number {
  const fixed = fixedOffset(timeZone);
  if (fixed !== null) return fixed;
  const p: Record<string, number> = {};
  for (const x of formatter(timeZone).formatToParts(new Date(ms)))
    if (x.type !== 'literal') p[x.type] = Number(x.value);
  const second = Math.floor(ms / 1000) * 1000;
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((wall - second) / MINUTE);
}

/** Wall ms (UTC fields = the zone's wall clock) of an instant. */
export function instantToWall(ms: number, timeZone: string): number {
  return ms + offsetMinutes(ms, timeZone) * MINUTE;
}

/** The instant whose wall clock in the zone is `wall` (a skipped DST time moves forward). */
export function wallToInstant(wall: number, timeZone: string): number {
  const first = offsetMinutes(wall, timeZone);
  let ms = wall - first * MINUTE;
  const second = offsetMinutes(ms, timeZone);
  if (second !== first) {
    ms = wall - second * MINUTE;
    if (offsetMinutes(ms, timeZone) !== second) ms = wall - Math.min(first, second) * MINUTE;
  }
  return ms;
}

export interface ZoneParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
  offsetMinutes: number;
}

/** The wall-clock fields of an instant in the zone. */
export function zoneParts(ms: number, timeZone: string): ZoneParts {
  const offset = offsetMinutes(ms, timeZone);
  const w = new Date(ms + offset * MINUTE);
  return {
    year: w.getUTCFullYear(),
    month: w.getUTCMonth() + 1,
    day: w.getUTCDate(),
    hour: w.getUTCHours(),
    minute: w.getUTCMinutes(),
    second: w.getUTCSeconds(),
    millisecond: w.getUTCMilliseconds(),
    weekday: w.getUTCDay(),
    offsetMinutes: offset,
  };
}

/** The `timezone` field of a time-driven event: 'UTC' for UTC, else the zone id. */
export function eventTimeZone(timeZone: string): string {
  return UTC_IDS.test(timeZone) ? 'UTC' : timeZone;
}
