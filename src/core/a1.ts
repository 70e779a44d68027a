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
 * string starting with = + - or @ into a formula, so it gets a leading apostrophe, which Sheets
 * shows as text and drops from the value. Every other character is kept as it is.
 */
export function asPlainText<T>(value: T): T | string {
  return typeof value === 'string' && /^[=+\-@]/.test(value) ? `'${value}` : value;
}
