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
 * Text a user typed or a form imported, made safe to write with setValues: Sheets would turn a
 * string starting with = + - or @ into a formula, and "007", "TRUE" or "2026-01-01" into a number,
 * boolean or date. A leading apostrophe makes Sheets keep any string as the text it is (and it is
 * not part of the value read back), so every non-empty string gets one; nothing else changes.
 */
export function asPlainText<T>(value: T): T | string {
  return typeof value === 'string' && value !== '' ? `'${value}` : value;
}
