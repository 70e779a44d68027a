/**
 * Contract §1 (and §8 digits) as SQL expressions: what a cell of a typed warehouse column reads as.
 * A STRING cell is read exactly as readCell reads text: the metric's Values labels first (trimmed,
 * inner spaces collapsed, case-insensitive), then numeric text, then (without Values) the
 * sentiment words. Every regular expression is RE2, which both BigQuery and DuckDB use.
 */
import { normalizeKey, SENTIMENT_WORDS } from '../cells';
import type { ValueLabel } from '../model';
import type { Dialect } from './dialect';

/** How the generator reads a column. */
export type ColumnKind = 'string' | 'number' | 'boolean' | 'date' | 'timestamp';

const KIND_OF_TYPE: Record<string, ColumnKind> = {
  STRING: 'string',
  VARCHAR: 'string',
  TEXT: 'string',
  CHAR: 'string',
  BPCHAR: 'string',
  NUMBER: 'number',
  FLOAT64: 'number',
  FLOAT: 'number',
  FLOAT4: 'number',
  FLOAT8: 'number',
  DOUBLE: 'number',
  REAL: 'number',
  INT64: 'number',
  INT: 'number',
  INTEGER: 'number',
  BIGINT: 'number',
  SMALLINT: 'number',
  TINYINT: 'number',
  HUGEINT: 'number',
  UBIGINT: 'number',
  UINTEGER: 'number',
  USMALLINT: 'number',
  UTINYINT: 'number',
  NUMERIC: 'number',
  BIGNUMERIC: 'number',
  DECIMAL: 'number',
  BIGDECIMAL: 'number',
  BOOL: 'boolean',
  BOOLEAN: 'boolean',
  DATE: 'date',
  TIMESTAMP: 'timestamp',
  DATETIME: 'timestamp',
  TIMESTAMPTZ: 'timestamp',
  'TIMESTAMP WITH TIME ZONE': 'timestamp',
};

/**
 * The kind of a column type as a warehouse spells it (`STRING`, `FLOAT64`, `INT64`, `BOOL`, `DATE`,
 * `TIMESTAMP`, `DATETIME`, DuckDB's `VARCHAR`, `DOUBLE`, `DECIMAL(18,3)`…) or as the generator
 * names it (`string`, `number`, `boolean`, `date`, `timestamp`); null when it cannot be scored.
 */
export function columnKind(type: string): ColumnKind | null {
  const bare = type
    .trim()
    .toUpperCase()
    .replace(/\s*\(.*\)$/, '')
    .replace(/\s+/g, ' ');
  return KIND_OF_TYPE[bare] ?? null;
}

/**
 * JavaScript's `\s` (what String.prototype.trim removes) as an RE2 class: tab to carriage return,
 * the Unicode separators (Zs, Zl, Zp) and the byte-order mark.
 */
export const WHITESPACE = '[\\t\\n\\v\\f\\r\\pZ\\x{FEFF}]';

/**
 * §8: Persian, Arabic-Indic and Thai digits, and the Arabic decimal, thousands and percent signs,
 * made ASCII as cells.ts does it: only in a text that holds at least one of those digits.
 */
export const LOCAL_DIGITS = '۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩๐๑๒๓๔๕๖๗๘๙٫٬٪';
export const ASCII_DIGITS = '012345678901234567890123456789.,%';
const LOCAL_DIGIT = '[۰-۹٠-٩๐-๙]';

/**
 * cells.ts NUMERIC_TEXT with its two optional signs split into two alternatives (one sign at most),
 * for text already trimmed and with local digits translated.
 */
const W = WHITESPACE;
export const NUMERIC_TEXT =
  `^(?:[+-]${W}*[$€£¥₹]?${W}*|[$€£¥₹]?${W}*[+-]?)` +
  `(?:(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?|\\.[0-9]+)${W}*%?$`;

/** The text trimmed as String.prototype.trim does (NULL stays NULL). */
export function trimmed(d: Dialect, expr: string): string {
  return d.replaceAll(expr, `^${W}+|${W}+$`, '');
}

/** normalizeKey of an already trimmed text: inner whitespace runs collapsed to one space, lower case. */
export function normalizedKey(d: Dialect, trimmedExpr: string): string {
  return `LOWER(${d.replaceAll(trimmedExpr, `${W}+`, ' ')})`;
}

/** A trimmed text with its local digits (and signs) made ASCII when it holds one, for {@link numericText}. */
export function asciiDigits(d: Dialect, trimmedExpr: string): string {
  return (
    `CASE WHEN ${d.matches(trimmedExpr, LOCAL_DIGIT)} ` +
    `THEN ${d.translate(trimmedExpr, LOCAL_DIGITS, ASCII_DIGITS)} ELSE ${trimmedExpr} END`
  );
}

/**
 * parseNumericText of a trimmed text with ASCII digits, NULL when it is not a number. Once the
 * whole text matched, its only `-` is a sign, and the digits and `.` are the magnitude.
 */
export function numericText(d: Dialect, text: string): string {
  const magnitude = `CAST('0' || ${d.replaceAll(text, '[^0-9.]', '')} AS ${d.name === 'bigquery' ? 'FLOAT64' : 'DOUBLE'})`;
  const signed = `CASE WHEN ${d.contains(text, '-')} THEN -${magnitude} ELSE ${magnitude} END`;
  return (
    `CASE WHEN ${d.matches(text, NUMERIC_TEXT)} THEN ` +
    `CASE WHEN ${d.endsWith(text, '%')} THEN (${signed}) / 100 ELSE ${signed} END END`
  );
}

/** The sub-score of a sentiment word (trimmed, case-insensitive), NULL for any other text. */
export function sentimentWord(d: Dialect, trimmedExpr: string): string {
  const arms = [...SENTIMENT_WORDS].map(([word, score]) => `WHEN ${d.text(word)} THEN ${d.number(score)}`);
  return `CASE LOWER(${trimmedExpr}) ${arms.join(' ')} END`;
}

/** The sub-score of one of the metric's Values labels (matched by normalized key), NULL otherwise. */
export function valueLabel(d: Dialect, keyExpr: string, labels: readonly ValueLabel[]): string {
  const arms = labels.map(
    ({ label, score }) => `WHEN ${d.text(normalizeKey(label))} THEN ${d.number(score)}`,
  );
  return `CASE ${keyExpr} ${arms.join(' ')} END`;
}

/**
 * Why a Values label cannot be matched the same way in SQL, or null. The warehouses lower-case
 * letter by letter; JavaScript's toLowerCase turns Turkish İ into two letters (i + U+0307) and a
 * final capital Σ into ς, so cells spelling a label with them match in the sheet and not in SQL.
 */
export function labelProblem(label: string): string | null {
  for (const char of label) {
    if (char === '\u0130' || char === '\u0307' || char === '\u03c2') {
      return `its label "${label}" holds "${char}", which SQL lower-cases differently from Sheets`;
    }
  }
  return null;
}
