/** asPlainText: what the add-on writes for text a user typed or a form sent. */
import { describe, expect, it } from 'vitest';
import { asPlainText, CELL_TEXT_LIMIT } from '../../src/core/a1';

describe('asPlainText', () => {
  it('keeps a string as text with a leading apostrophe, and leaves other values alone', () => {
    expect(asPlainText('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(asPlainText('007')).toBe(`'007`);
    expect(asPlainText('')).toBe('');
    expect(asPlainText(42)).toBe(42);
  });

  it('writes text up to the cell limit whole, the apostrophe counted', () => {
    const longest = 'x'.repeat(CELL_TEXT_LIMIT - 1);
    expect(asPlainText(longest)).toBe(`'${longest}`);
  });

  it('ends text too long for a cell in "…" at the limit, never inside a character', () => {
    const clipped = asPlainText('y'.repeat(60_000)) as string;
    expect(clipped).toHaveLength(CELL_TEXT_LIMIT);
    expect(clipped.slice(-3)).toBe('yy…');
    // An emoji (two UTF-16 units) across the cut is left out whole.
    const emoji = `${'z'.repeat(CELL_TEXT_LIMIT - 3)}😀${'z'.repeat(10)}`;
    const cut = asPlainText(emoji) as string;
    expect(cut.endsWith('z…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
  });
});
