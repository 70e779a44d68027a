/**
 * Reading one spreadsheet cell the way the contract (§1) says.
 * Hot path of every custom function: keep it allocation-free for numbers.
 */

import { type ErrorParam, errorText } from '../shared/messages/errors-render';

export const MS_PER_DAY = 86_400_000;

/** A cell is blank when it is empty or holds only spaces. */
export function isBlank(cell: unknown): boolean {
  if (cell === '' || cell === null || cell === undefined) return true;
  return typeof cell === 'string' && cell.trim() === '';
}

/** True for Date objects from any realm (Sheets' vm context or the test's). */
export function isDate(cell: unknown): cell is Date {
  return cell instanceof Date || Object.prototype.toString.call(cell) === '[object Date]';
}

const NUMERIC_TEXT = /^([+-])?\s*[$€£¥₹]?\s*([+-])?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)\s*(%)?$/;

/** Persian ۰–۹, Arabic-Indic ٠–٩ and Thai ๐–๙ digits, and the Arabic decimal / thousands signs (§8). */
const NATIVE_DIGITS = /[۰-۹٠-٩๐-๙٫٬٪]/g;
const HAS_NATIVE_DIGIT = /[۰-۹٠-٩๐-๙]/;
const NATIVE_DIGIT_ZEROS = [0x06f0, 0x0660, 0x0e50] as const;

function toAsciiDigit(char: string): string {
  if (char === '٫') return '.';
  if (char === '٬') return ',';
  if (char === '٪') return '%';
  const code = char.charCodeAt(0);
  for (const zero of NATIVE_DIGIT_ZEROS) if (code >= zero && code <= zero + 9) return String(code - zero);
  return char;
}

/** Rewrites native digits as ASCII; text without them comes back as it is (no allocation). */
export function asciiDigits(text: string): string {
  return text.replace(NATIVE_DIGITS, toAsciiDigit);
}

/**
 * Parses numeric text: optional sign, optional leading currency symbol, `,` thousands groups,
 * `.` decimals, optional `%` suffix (÷ 100), in ASCII, Persian, Arabic-Indic or Thai digits.
 * Returns NaN when the text is not a number.
 */
export function parseNumericText(text: string): number {
  const trimmed = text.trim();
  const match =
    NUMERIC_TEXT.exec(trimmed) ??
    (HAS_NATIVE_DIGIT.test(trimmed) ? NUMERIC_TEXT.exec(asciiDigits(trimmed)) : null);
  if (match === null || (match[1] !== undefined && match[2] !== undefined)) return Number.NaN;
  const sign = match[1] === '-' || match[2] === '-' ? -1 : 1;
  const magnitude = Number(match[3].replace(/,/g, ''));
  return (sign * magnitude) / (match[4] === '%' ? 100 : 1);
}

/** Lower-cases, trims and collapses inner whitespace: the key used for every name match. */
export function normalizeKey(text: unknown): string {
  return String(text).trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Built-in sentiment words and their sub-scores (contract §1). */
export const SENTIMENT_WORDS: ReadonlyMap<string, number> = new Map([
  ['red', 0],
  ['yellow', 50],
  ['green', 100],
  ['negative', 0],
  ['neutral', 50],
  ['positive', 100],
  ['poor', 0],
  ['fair', 50],
  ['good', 100],
  ['low', 0],
  ['medium', 50],
  ['high', 100],
  ['yes', 100],
  ['no', 0],
]);

/** What a cell holds for scoring purposes. */
export const CellKind = { Missing: 0, Numeric: 1, SubScore: 2 } as const;
export type CellKind = (typeof CellKind)[keyof typeof CellKind];

/** Output slot of {@link readCell}: reused by callers so reading allocates nothing. */
export interface CellReading {
  kind: CellKind;
  value: number;
}

/**
 * Reads a cell into `out`: a numeric value (thresholds apply), a sub-score 0–100 (a word, or a
 * label of the metric's own Values mapping, which replaces the built-in words), or missing.
 */
export function readCell(
  cell: unknown,
  nowMs: number,
  labels: ReadonlyMap<string, number> | null,
  out: CellReading,
): CellReading {
  if (typeof cell === 'number') {
    out.kind = Number.isFinite(cell) ? CellKind.Numeric : CellKind.Missing;
    out.value = cell;
    return out;
  }
  if (typeof cell === 'string') return readText(cell, labels, out);
  if (typeof cell === 'boolean') {
    out.kind = CellKind.Numeric;
    out.value = cell ? 1 : 0;
    return out;
  }
  if (isDate(cell)) {
    const time = cell.getTime();
    out.kind = Number.isNaN(time) ? CellKind.Missing : CellKind.Numeric;
    out.value = (nowMs - time) / MS_PER_DAY;
    return out;
  }
  out.kind = CellKind.Missing;
  out.value = Number.NaN;
  return out;
}

function readText(text: string, labels: ReadonlyMap<string, number> | null, out: CellReading): CellReading {
  out.kind = CellKind.Missing;
  out.value = Number.NaN;
  if (text === '') return out;
  if (labels !== null) {
    const labelled = labels.get(normalizeKey(text));
    if (labelled !== undefined) {
      out.kind = CellKind.SubScore;
      out.value = labelled;
      return out;
    }
  }
  const number = parseNumericText(text);
  if (!Number.isNaN(number)) {
    out.kind = CellKind.Numeric;
    out.value = number;
    return out;
  }
  if (labels === null) {
    const word = SENTIMENT_WORDS.get(text.trim().toLowerCase());
    if (word !== undefined) {
      out.kind = CellKind.SubScore;
      out.value = word;
    }
  }
  return out;
}

/** Reads a cell that must be a plain number (numeric text accepted); NaN otherwise. */
export function readNumber(cell: unknown): number {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : Number.NaN;
  if (typeof cell === 'string') return parseNumericText(cell);
  return Number.NaN;
}

/** Shows a cell's content in an error message. */
export function describeCell(cell: unknown): string {
  if (isDate(cell))
    return Number.isNaN(cell.getTime()) ? 'an invalid date' : `the date ${cell.toISOString().slice(0, 10)}`;
  if (typeof cell === 'string') return `"${cell.length > 40 ? cell.slice(0, 37) + '...' : cell}"`;
  return String(cell);
}

/** A cell's content as a message parameter: in English exactly what describeCell writes. */
export function cellParam(cell: unknown): ErrorParam {
  if (isDate(cell)) {
    const time = cell.getTime();
    return Number.isNaN(time)
      ? errorText('cellBadDate')
      : errorText('cellDate', { date: cell.toISOString().slice(0, 10) });
  }
  if (typeof cell === 'string')
    return errorText('cellText', { text: cell.length > 40 ? cell.slice(0, 37) + '...' : cell });
  return typeof cell === 'number' ? cell : String(cell);
}
