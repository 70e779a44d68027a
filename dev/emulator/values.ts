// Cell value conversions: Date <-> spreadsheet serial, "typed in" parsing of strings written with
// setValue(s), and a small display formatter for number formats. Serials are wall-clock times in
// the spreadsheet's time zone (see time-zone.ts); stored cell Dates are instants.
import { DEFAULT_TIME_ZONE, instantToWall, wallToInstant } from './time-zone';

export type CellValue = number | string | boolean | Date;

const DAY = 86_400_000;
// Sheets' day 0 is 1899-12-30 (wall clock of the spreadsheet's time zone).
const EPOCH = Date.UTC(1899, 11, 30);

export const isDate = (x: unknown): x is Date => Object.prototype.toString.call(x) === '[object Date]';

/** The serial Sheets stores for an instant in the spreadsheet's zone. */
export function dateToSerial(d: Date, timeZone = DEFAULT_TIME_ZONE): number {
  return (instantToWall(d.getTime(), timeZone) - EPOCH) / DAY;
}

/** A serial's wall ms (its UTC fields are the wall clock); see serialToInstant for the instant. */
export function serialToMs(serial: number): number {
  return Math.round(EPOCH + serial * DAY);
}

/** The instant a serial means in the spreadsheet's zone (what getValue returns for a date cell). */
export function serialToInstant(serial: number, timeZone = DEFAULT_TIME_ZONE): number {
  return wallToInstant(serialToMs(serial), timeZone);
}

/** HyperFormula reads a Date's local fields; give it one whose local fields are the zone's wall clock. */
export function dateForEngine(d: Date, timeZone = DEFAULT_TIME_ZONE): Date {
  const w = new Date(instantToWall(d.getTime(), timeZone));
  return new Date(
    w.getUTCFullYear(),
    w.getUTCMonth(),
    w.getUTCDate(),
    w.getUTCHours(),
    w.getUTCMinutes(),
    w.getUTCSeconds(),
    w.getUTCMilliseconds(),
  );
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * What Sheets stores when a script writes a string with setValue(s): like typing it into the cell.
 * '=…' is a formula, a leading apostrophe forces text (and is dropped), numbers/percent/currency,
 * TRUE/FALSE and common date forms are converted (a date means that wall-clock time in the
 * spreadsheet's zone). Cells formatted as plain text ('@') keep strings.
 */
export function parseTyped(
  s: string,
  textFormat = false,
  timeZone = DEFAULT_TIME_ZONE,
): { value: CellValue } | { formula: string } {
  if (textFormat) return { value: s };
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (s.length > 1 && s.startsWith('=')) return { formula: s };
  const t = s.trim();
  if (t === '') return { value: s };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true' };
  let body = t;
  let scale = 1;
  if (body.endsWith('%')) {
    body = body.slice(0, -1).trim();
    scale = 0.01;
  }
  const neg = /^-\s*\$/.test(body);
  body = body.replace(/^-?\s*\$\s*/, '');
  if (/\d/.test(body) && NUMBER.test(body)) {
    const n = Number(body.replace(/,/g, '')) * scale;
    return { value: neg ? -n : n };
  }
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (m) return { value: zoned(timeZone, +m[1], +m[2], +m[3], m[4], m[5], m[6]) ?? s };
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (m) return { value: zoned(timeZone, +m[3], +m[1], +m[2], m[4], m[5], m[6]) ?? s };
  return { value: s };
}

function zoned(
  timeZone: string,
  y: number,
  mo: number,
  d: number,
  h?: string,
  mi?: string,
  se?: string,
): Date | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const wall = Date.UTC(y, mo - 1, d, Number(h ?? 0), Number(mi ?? 0), Number(se ?? 0));
  return new Date(wallToInstant(wall, timeZone));
}

export const DEFAULT_NUMBER_FORMAT = '0.###############';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function formatDatePattern(d: Date, fmt: string): string {
  return fmt.replace(/yyyy|yy|mmmm|mmm|mm|m|dd|d|hh|h|ss|am\/pm/gi, (tok, offset: number) => {
    const lower = tok.toLowerCase();
    // 'mm' after an hour or before seconds means minutes, as in Sheets' format language.
    const prev = fmt.slice(0, offset).toLowerCase();
    const isMinute =
      lower.startsWith('m') &&
      lower.length <= 2 &&
      (/h[^a-z]*$/.test(prev) || /^[^a-z]*s/i.test(fmt.slice(offset + tok.length)));
    switch (lower) {
      case 'yyyy':
        return String(d.getUTCFullYear());
      case 'yy':
        return pad(d.getUTCFullYear() % 100);
      case 'mmmm':
        return MONTHS[d.getUTCMonth()];
      case 'mmm':
        return MONTHS[d.getUTCMonth()].slice(0, 3);
      case 'mm':
        return isMinute ? pad(d.getUTCMinutes()) : pad(d.getUTCMonth() + 1);
      case 'm':
        return isMinute ? String(d.getUTCMinutes()) : String(d.getUTCMonth() + 1);
      case 'dd':
        return pad(d.getUTCDate());
      case 'd':
        return String(d.getUTCDate());
      case 'hh':
        return pad(d.getUTCHours());
      case 'h':
        return String(d.getUTCHours());
      case 'ss':
        return pad(d.getUTCSeconds());
      default:
        return d.getUTCHours() < 12 ? 'AM' : 'PM';
    }
  });
}

/** Sections split on ';' outside quotes: positive;negative;zero (Sheets' number format syntax). */
function formatSections(fmt: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of fmt) {
    if (char === '"') quoted = !quoted;
    if (char === ';' && !quoted) {
      sections.push(current);
      current = '';
    } else current += char;
  }
  return [...sections, current];
}

function formatNumberPattern(n: number, fmt: string): string {
  const sections = formatSections(fmt);
  if (sections.length > 1) {
    // The negative section shows the magnitude: its own text says the sign.
    if (n < 0) return formatOneSection(-n, sections[1]);
    if (n === 0 && sections.length > 2) {
      return /[0#]/.test(sections[2]) ? formatOneSection(0, sections[2]) : sections[2].replace(/"/g, '');
    }
    return formatOneSection(n, sections[0]);
  }
  return formatOneSection(n, fmt);
}

function formatOneSection(n: number, fmt: string): string {
  const m = /^([^0#]*)([#0,]*0?)(?:\.(0+|#+))?(%?)(.*)$/.exec(fmt);
  if (!m || !/[0#]/.test(m[2])) return generalNumber(n);
  const [, prefix, intPart, decs = '', pct, suffix] = m;
  const v = pct ? n * 100 : n;
  const places = decs.startsWith('0') ? decs.length : 0;
  let s = Math.abs(v).toFixed(places);
  if (intPart.includes(',')) {
    const [i, f] = s.split('.');
    s = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (f !== undefined ? '.' + f : '');
  }
  return (v < 0 ? '-' : '') + prefix.replace(/"/g, '') + s + pct + suffix.replace(/"/g, '');
}

function generalNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(10)));
}

/** What getDisplayValues shows for a value under a number format (common formats only). */
export function displayValue(v: unknown, fmt?: string, timeZone = DEFAULT_TIME_ZONE): string {
  if (v === '' || v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  const f = fmt && fmt !== DEFAULT_NUMBER_FORMAT && fmt !== 'General' ? fmt : undefined;
  if (isDate(v)) {
    // The wall clock in the spreadsheet's zone, read through the UTC getters below.
    const wall = new Date(instantToWall(v.getTime(), timeZone));
    if (f && /[dy]/i.test(f)) return formatDatePattern(wall, f);
    const hasTime = ((wall.getTime() % DAY) + DAY) % DAY !== 0;
    return formatDatePattern(wall, hasTime ? 'm/d/yyyy h:mm:ss' : 'm/d/yyyy');
  }
  if (typeof v === 'number') {
    if (f === '@') return String(v);
    if (f && /[dy]/i.test(f)) return formatDatePattern(new Date(serialToMs(v)), f);
    return f ? formatNumberPattern(v, f) : generalNumber(v);
  }
  return String(v);
}
