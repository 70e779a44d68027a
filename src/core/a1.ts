/** A1 notation helpers and the rule that keeps user text from becoming a formula. */

/** 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A sheet name quoted for a formula: 'Health Model'!A1 (quotes inside doubled). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * The most characters Sheets keeps in one cell: a longer string fails the whole write ("Your
 * input contains more than the maximum of 50000 characters in a single cell.").
 */
export const CELL_TEXT_LIMIT = 50_000;

/**
 * Text a user typed or a form imported, made safe to write with setValues: Sheets would turn a
 * string starting with = + - or @ into a formula, and "007", "TRUE" or "2026-01-01" into a number,
 * boolean or date. A leading apostrophe makes Sheets keep any string as the text it is (and it is
 * not part of the value read back), so every non-empty string gets one. Text too long for a cell
 * (a pasted log in a form's comment) ends in "…" at the limit, the apostrophe counted, rather
 * than failing the write of every other row with it; nothing else changes.
 */
export function asPlainText<T>(value: T): T | string {
  if (typeof value !== 'string' || value === '') return value;
  if (value.length < CELL_TEXT_LIMIT) return `'${value}`;
  let end = CELL_TEXT_LIMIT - 2;
  if (/[\uD800-\uDBFF]/.test(value[end - 1])) end--; // never half of a surrogate pair
  return `'${value.slice(0, end)}…`;
}
