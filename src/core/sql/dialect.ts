/**
 * The two SQL dialects the generator writes: BigQuery (GoogleSQL) and DuckDB. Everything that is
 * spelled differently lives here; the generator composes these pieces and never writes a
 * dialect-specific function name itself, so the DuckDB differential test also checks the logic of
 * the BigQuery text.
 */

export type SqlDialect = 'bigquery' | 'duckdb';

export interface Dialect {
  readonly name: SqlDialect;
  /** A quoted identifier (column, table, dataset or project name). */
  ident(name: string): string;
  /** A dotted path of quoted identifiers, e.g. `project`.`dataset`.`table`. */
  path(parts: readonly string[]): string;
  /** A string literal. */
  text(value: string): string;
  /** A FLOAT64 / DOUBLE literal that parses back to exactly `value`. */
  number(value: number): string;
  /** A regular-expression literal (RE2 syntax in both dialects). */
  regex(pattern: string): string;
  /** True when `expr` matches the (anchored) RE2 `pattern`. */
  matches(expr: string, pattern: string): string;
  /** Every match of `pattern` in `expr` replaced by `replacement`. */
  replaceAll(expr: string, pattern: string, replacement: string): string;
  /** Character-by-character replacement (`from` and `to` of equal length). */
  translate(expr: string, from: string, to: string): string;
  /** True when `expr` contains the text `needle`. */
  contains(expr: string, needle: string): string;
  endsWith(expr: string, suffix: string): string;
  /** IEEE division: never an error, whatever the divisor. */
  divide(numerator: string, denominator: string): string;
  /** A boolean (never NULL) as 1 or 0. */
  oneIf(condition: string): string;
  /** True when the double `expr` is NaN. */
  isNaN(expr: string): string;
  /** A number column read as a double; NULL when it is not finite (a sheet never holds those). */
  finiteDouble(expr: string): string;
  /** Microseconds since the Unix epoch of a DATE (midnight UTC) or TIMESTAMP expression. */
  epochMicros(expr: string): string;
  /** Microseconds of the current time. */
  nowMicros(): string;
  /** A TIMESTAMP literal (UTC). */
  timestampLiteral(date: Date): string;
  /** A DATE literal. */
  dateLiteral(isoDay: string): string;
  /** The DATE (UTC) of a DATE or TIMESTAMP expression. */
  toDate(expr: string): string;
  currentDate(): string;
  /** A value as text. */
  toText(expr: string): string;
  /** The parts joined with `separator`, NULL parts (and their separators) left out; '' if none. */
  joinNonNull(separator: string, parts: readonly string[]): string;
  /** A whole number of tenths (a DOUBLE holding an integer ≥ 0) written with one decimal: 141 → '14.1'. */
  tenthsText(tenths: string): string;
}

/** Control characters as \uXXXX escapes (a BigQuery quoted string or identifier cannot hold them raw). */
function escapeControls(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    out += code < 0x20 || code === 0x7f ? `\\u${code.toString(16).padStart(4, '0')}` : char;
  }
  return out;
}

/** An exact JavaScript number repr that both dialects read as a double (never as DECIMAL/INT). */
function doubleRepr(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`Cannot write the number ${value} in SQL.`);
  const repr = Object.is(value, -0) ? '0' : String(value);
  return /[.e]/.test(repr) ? repr : `${repr}.0`;
}

export const BIGQUERY: Dialect = {
  name: 'bigquery',
  ident: (name) => `\`${escapeControls(name.replace(/[\\`]/g, (c) => `\\${c}`))}\``,
  path(parts) {
    return parts.map((part) => this.ident(part)).join('.');
  },
  text: (value) => `'${escapeControls(value.replace(/[\\']/g, (c) => `\\${c}`))}'`,
  number: (value) => {
    const repr = doubleRepr(value);
    return repr.startsWith('-') ? `(${repr})` : repr;
  },
  // Raw strings hand backslashes to RE2 untouched; the patterns never contain a quote.
  regex: (pattern) => `r'${pattern}'`,
  matches(expr, pattern) {
    return `REGEXP_CONTAINS(${expr}, ${this.regex(pattern)})`;
  },
  replaceAll(expr, pattern, replacement) {
    return `REGEXP_REPLACE(${expr}, ${this.regex(pattern)}, ${this.text(replacement)})`;
  },
  translate(expr, from, to) {
    return `TRANSLATE(${expr}, ${this.text(from)}, ${this.text(to)})`;
  },
  contains(expr, needle) {
    return `STRPOS(${expr}, ${this.text(needle)}) > 0`;
  },
  endsWith(expr, suffix) {
    return `ENDS_WITH(${expr}, ${this.text(suffix)})`;
  },
  divide: (numerator, denominator) => `IEEE_DIVIDE(${numerator}, ${denominator})`,
  oneIf: (condition) => `CAST(${condition} AS INT64)`,
  isNaN: (expr) => `IS_NAN(${expr})`,
  finiteDouble: (expr) =>
    `IF(IS_INF(CAST(${expr} AS FLOAT64)) OR IS_NAN(CAST(${expr} AS FLOAT64)), NULL, CAST(${expr} AS FLOAT64))`,
  epochMicros: (expr) => `UNIX_MICROS(TIMESTAMP(${expr}))`,
  nowMicros: () => 'UNIX_MICROS(CURRENT_TIMESTAMP())',
  timestampLiteral: (date) => `TIMESTAMP '${date.toISOString().replace('T', ' ').replace('Z', '+00')}'`,
  dateLiteral: (isoDay) => `DATE '${isoDay}'`,
  toDate: (expr) => `DATE(TIMESTAMP(${expr}))`,
  currentDate: () => 'CURRENT_DATE()',
  toText: (expr) => `CAST(${expr} AS STRING)`,
  joinNonNull(separator, parts) {
    // ARRAY_TO_STRING leaves out NULL elements and their separators.
    return `ARRAY_TO_STRING([${parts.join(', ')}], ${this.text(separator)})`;
  },
  tenthsText: (tenths) => `FORMAT('%.1f', ${tenths} / 10)`,
};

export const DUCKDB: Dialect = {
  name: 'duckdb',
  ident: (name) => `"${name.replace(/"/g, '""')}"`,
  path(parts) {
    return parts.map((part) => this.ident(part)).join('.');
  },
  text: (value) => `'${value.replace(/'/g, "''")}'`,
  // DuckDB reads 0.15 as DECIMAL(3,2); an exponent makes it a DOUBLE parsed exactly.
  number: (value) => {
    const repr = doubleRepr(value);
    const double = repr.includes('e') ? repr : `${repr}e0`;
    return double.startsWith('-') ? `(${double})` : double;
  },
  // Standard strings: no escape processing, so backslashes reach RE2 as written.
  regex: (pattern) => `'${pattern.replace(/'/g, "''")}'`,
  matches(expr, pattern) {
    return `regexp_matches(${expr}, ${this.regex(pattern)})`;
  },
  replaceAll(expr, pattern, replacement) {
    return `regexp_replace(${expr}, ${this.regex(pattern)}, ${this.text(replacement)}, 'g')`;
  },
  translate(expr, from, to) {
    return `translate(${expr}, ${this.text(from)}, ${this.text(to)})`;
  },
  contains(expr, needle) {
    return `strpos(${expr}, ${this.text(needle)}) > 0`;
  },
  endsWith(expr, suffix) {
    return `ends_with(${expr}, ${this.text(suffix)})`;
  },
  divide: (numerator, denominator) => `(${numerator} / ${denominator})`,
  oneIf: (condition) => `CAST(${condition} AS INTEGER)`,
  isNaN: (expr) => `isnan(${expr})`,
  finiteDouble: (expr) => `CASE WHEN isfinite(CAST(${expr} AS DOUBLE)) THEN CAST(${expr} AS DOUBLE) END`,
  epochMicros: (expr) => `epoch_us(${expr})`,
  nowMicros: () => 'epoch_us(current_timestamp)',
  timestampLiteral: (date) => `TIMESTAMP '${date.toISOString().replace('T', ' ').replace('Z', '')}'`,
  dateLiteral: (isoDay) => `DATE '${isoDay}'`,
  toDate: (expr) => `CAST(${expr} AS DATE)`,
  currentDate: () => 'current_date',
  toText: (expr) => `CAST(${expr} AS VARCHAR)`,
  joinNonNull(separator, parts) {
    return `concat_ws(${this.text(separator)}, ${parts.join(', ')})`;
  },
  tenthsText: (tenths) => `printf('%.1f', ${tenths} / 10)`,
};

export function dialectOf(name: SqlDialect): Dialect {
  if (name === 'bigquery') return BIGQUERY;
  if (name === 'duckdb') return DUCKDB;
  throw new Error(`dialect "${String(name)}" is not supported: use "bigquery" or "duckdb".`);
}
