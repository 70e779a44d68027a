import { describe, expect, it } from 'vitest';
import { CellKind, type CellReading, isBlank, parseNumericText, readCell } from '../../src/core/cells';

const NOW = Date.UTC(2026, 10, 23);
const read = (cell: unknown, labels: Map<string, number> | null = null): CellReading => ({
  ...readCell(cell, NOW, labels, { kind: CellKind.Missing, value: 0 }),
});

describe('parseNumericText', () => {
  it.each([
    ['1,234.5', 1234.5],
    [' 42 ', 42],
    ['45%', 0.45],
    ['-3', -3],
    ['+3', 3],
    ['$1,000', 1000],
    ['-$5', -5],
    ['$-5', -5],
    ['€ 12.50', 12.5],
    ['£7', 7],
    ['¥1,000,000', 1000000],
    ['₹250', 250],
    ['.5', 0.5],
    ['12.5 %', 0.125],
  ])('%s → %d', (text, expected) => {
    expect(parseNumericText(text)).toBeCloseTo(expected, 12);
  });

  it.each(['', 'abc', '1,23', '12,34,567', '1.2.3', '--5', '-$-5', '5$', '%', '$', '1e5', 'n/a'])(
    '%s is not numeric',
    (text) => {
      expect(parseNumericText(text)).toBeNaN();
    },
  );
});

describe('readCell', () => {
  it('reads numbers, booleans and dates (days elapsed, unrounded, negative if future)', () => {
    expect(read(7)).toEqual({ kind: CellKind.Numeric, value: 7 });
    expect(read(true)).toEqual({ kind: CellKind.Numeric, value: 1 });
    expect(read(false)).toEqual({ kind: CellKind.Numeric, value: 0 });
    expect(read(new Date(NOW - 1.5 * 86_400_000))).toEqual({ kind: CellKind.Numeric, value: 1.5 });
    expect(read(new Date(NOW + 86_400_000)).value).toBe(-1);
  });

  it('reads sentiment words as sub-scores, case-insensitive', () => {
    for (const [word, score] of [
      ['Red', 0],
      ['YELLOW', 50],
      ['green', 100],
      ['negative', 0],
      ['Neutral', 50],
      ['positive', 100],
      ['poor', 0],
      ['fair', 50],
      [' Good ', 100],
      ['low', 0],
      ['medium', 50],
      ['high', 100],
      ['yes', 100],
      ['NO', 0],
    ] as const) {
      expect(read(word), word).toEqual({ kind: CellKind.SubScore, value: score });
    }
  });

  it('Values labels replace the built-in words', () => {
    const labels = new Map([
      ['churning', 0],
      ['expanding', 100],
    ]);
    expect(read('Expanding', labels)).toEqual({ kind: CellKind.SubScore, value: 100 });
    expect(read('green', labels).kind).toBe(CellKind.Missing);
    expect(read('12', labels)).toEqual({ kind: CellKind.Numeric, value: 12 });
  });

  it('reads everything else as missing', () => {
    for (const cell of [
      '',
      '   ',
      '#N/A',
      'n/a',
      '-',
      'soon',
      null,
      undefined,
      Number.NaN,
      Infinity,
      new Date(Number.NaN),
      {},
    ]) {
      expect(read(cell).kind, String(cell)).toBe(CellKind.Missing);
    }
  });

  it('isBlank: empty or only spaces', () => {
    expect(isBlank('')).toBe(true);
    expect(isBlank('  \t')).toBe(true);
    expect(isBlank('-')).toBe(false);
    expect(isBlank(0)).toBe(false);
  });
});
