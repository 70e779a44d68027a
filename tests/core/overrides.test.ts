import { describe, expect, it } from 'vitest';
import { healthBand } from '../../src/core/bands';
import { healthExplain, leadingModelScore } from '../../src/core/explain';
import { healthScore } from '../../src/core/healthscore';
import { parseOverrides, untilDay } from '../../src/core/overrides';
import { driversText } from '../../src/shared/messages/drivers';
import { errorsFa } from '../../src/shared/messages/errors-fa';
import { errorsIt } from '../../src/shared/messages/errors-it';
import { errorsTh } from '../../src/shared/messages/errors-th';

const DAY = 86_400_000;
/** Midnight in Rome (UTC+1 in December), as a date cell of a spreadsheet in Rome holds it. */
const romeMidnight = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - 3_600_000);
const NOW = romeMidnight(2026, 12, 4).getTime();

const headers = [['Account', 'Usage']];
const accounts = [
  ['Acme', 90],
  ['Bolt', 30],
  ['Core', 60],
  ['', ''],
];
const model = [
  ['Metric', 'Weight', 'Red', 'Green'],
  ['Usage', 1, 0, 100],
];
const overrides = [
  ['Account', 'Score', 'Band', 'Reason', 'By', 'Until'],
  [' acme ', 20, '', 'Champion left', 'Ana', romeMidnight(2026, 12, 31)],
  ['Bolt', '', 'Healthy', 'Signed renewal', '', romeMidnight(2026, 12, 4)],
  ['Core', 99, '', 'Old news', 'Ana', romeMidnight(2026, 11, 30)],
  ['', '', '', '', '', ''],
];

describe('overrides', () => {
  it('shows a hand-set score while it holds, and the computed one before and after', () => {
    expect(healthScore(accounts, headers, model, 0.5, NOW, overrides)).toEqual([[20], [30], [60], ['']]);
    expect(healthScore(accounts, headers, model, 0.5, NOW)).toEqual([[90], [30], [60], ['']]);
    // Bolt's band override holds through its Until day and stops the day after.
    const bands = (now: number) =>
      healthBand([[20], [30], [60]], 70, 40, undefined, [['Acme'], ['Bolt'], ['Core']], overrides, now);
    expect(bands(NOW + DAY - 1)).toEqual([['Unhealthy'], ['Healthy'], ['At risk']]);
    expect(bands(NOW + DAY)).toEqual([['Unhealthy'], ['Unhealthy'], ['At risk']]);
  });

  it('shows a band override in the team’s labels, given in theirs or in English', () => {
    const labels = ['Sano', 'A rischio', 'Critico'];
    const bands = healthBand([[30]], 70, 40, labels, [['Bolt']], overrides, NOW);
    expect(bands).toEqual([['Sano']]);
    const italian = overrides.map((row, i) => (i === 2 ? ['Bolt', '', 'a rischio', 'x', '', row[5]] : row));
    expect(healthBand([[30]], 70, 40, labels, [['Bolt']], italian, NOW)).toEqual([['A rischio']]);
    const wrong = overrides.map((row, i) => (i === 2 ? ['Bolt', '', 'Great', 'x', '', row[5]] : row));
    expect(() => healthBand([[30]], 70, 40, labels, [['Bolt']], wrong, NOW)).toThrow(
      /Overrides row 3 \(Bolt\): Band "Great" is not one of Sano, A rischio, Critico/,
    );
  });

  it('puts who, why and until when first in HEALTHEXPLAIN', () => {
    const texts = healthExplain(accounts, headers, model, 3, NOW, undefined, overrides) as string[][];
    // A score set by hand opens with the model's own (the history reads it there).
    expect(texts[0][0]).toBe(
      '90.0 from the model; override by Ana: Champion left, until 2026-12-31; Usage -10.0',
    );
    expect(texts[1][0]).toBe('override: Signed renewal, until 2026-12-04; Usage -70.0');
    expect(texts[2][0]).toBe('Usage -40.0');
  });

  it('names the Overrides row at fault', () => {
    const withRow = (row: unknown[]) => [overrides[0], row];
    const until = romeMidnight(2026, 12, 31);
    const cases: [unknown[], RegExp][] = [
      [['Acme', 120, '', 'x', '', until], /row 2 \(Acme\): Score 120 must be a number from 0 to 100/],
      [['Acme', '', '', 'x', '', until], /row 2 \(Acme\): give a Score or a Band/],
      [['Acme', 50, '', '', '', until], /row 2 \(Acme\): Reason is blank/],
      [['Acme', 50, '', 'x', '', ''], /row 2 \(Acme\): Until "" must be a date/],
      [['Acme', 50, '', 'x', '', 'next month'], /row 2 \(Acme\): Until "next month" must be a date/],
    ];
    for (const [row, message] of cases) {
      expect(() => healthScore(accounts, headers, model, 0.5, NOW, withRow(row))).toThrow(message);
    }
    const twice = [...overrides, ['ACME', 50, '', 'again', '', until]];
    expect(() => parseOverrides(twice, NOW)).toThrow(/rows 2 and 6 both set ACME/);
    // An ended override and a new one of the same account are history, not a conflict.
    const renewed = [...overrides, ['Core', 70, '', 'still shaky', '', until]];
    expect(healthScore(accounts, headers, model, 0.5, NOW, renewed)).toEqual([[20], [30], [70], ['']]);
  });

  it('needs its first header to name the account column', () => {
    const other = [['Company', ...overrides[0].slice(1)], ...overrides.slice(1)];
    expect(() => healthScore(accounts, headers, model, 0.5, NOW, other)).toThrow(
      /first column is "Company", which matches no column header/,
    );
    expect(() => healthScore(accounts, headers, model, 0.5, NOW, [['', 'Score', 'Reason', 'Until']])).toThrow(
      /first header \(A1\) must name your accounts column/,
    );
    expect(() => healthScore(accounts, headers, model, 0.5, NOW, [['Account', 'Score', 'Until']])).toThrow(
      /no "Reason" column/,
    );
  });

  it('reads the Until day as the spreadsheet shows it, whatever the zone', () => {
    const tokyo = new Date(Date.UTC(2026, 11, 31) - 9 * 3_600_000);
    const losAngeles = new Date(Date.UTC(2026, 11, 31) + 8 * 3_600_000);
    for (const until of [tokyo, losAngeles, romeMidnight(2026, 12, 31)]) {
      const [override] = parseOverrides([overrides[0], ['Acme', 1, '', 'x', '', until]], NOW)?.all ?? [];
      expect(untilDay(override)).toBe('2026-12-31');
    }
  });

  it('opens a hand-set score’s drivers with the model’s score, read back in every language', () => {
    const languages = [
      [errorsIt, 'it'],
      [errorsFa, 'fa'],
      [errorsTh, 'th'],
    ] as const;
    for (const [messages, locale] of languages) {
      const texts = healthExplain(accounts, headers, model, 3, NOW, driversText(messages, locale), overrides);
      expect(leadingModelScore((texts as string[][])[0][0])).toBe(90);
      expect(leadingModelScore((texts as string[][])[1][0])).toBeNull(); // a band set by hand
    }
    expect(leadingModelScore('۶۴٫۲ طبق مدل')).toBe(64.2);
    expect(leadingModelScore('\u200f64,2 conform modelului')).toBe(64.2);
    expect(leadingModelScore('N/A from the model; override: x')).toBe('N/A');
    expect(leadingModelScore('Usage -10.0')).toBeNull();
    expect(leadingModelScore('2026 logins -3.0')).toBeNull();
  });
});
