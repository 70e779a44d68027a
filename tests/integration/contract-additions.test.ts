/**
 * Contract §8 through the built Code.js: the as_of argument, band labels and native digits; and
 * values that cannot be right are errors naming the argument, never a silent wrong number.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type AddonScope, callAsSheets, loadBuiltAddon, plain } from '../support/bundle';

let addon: AddonScope;
const call = (name: string, ...args: unknown[]) => plain(callAsSheets(addon, name, ...args));

beforeAll(() => {
  addon = loadBuiltAddon();
});

const HEADERS = [['Account', 'Last login', 'Seats used']];
const MODEL = [
  ['Metric', 'Weight', 'Red', 'Green', 'Group'],
  ['Last login', 1, 30, 0, 'Engagement'],
  ['Seats used', 1, 0, 100, 'Adoption'],
];
const ASOF = new Date('2026-06-30T00:00:00Z');
const ROWS = [
  ['Acme', new Date('2026-06-15T00:00:00Z'), 80], // 15 days before as_of: sub-score 50
  ['Globex', new Date('2026-05-01T00:00:00Z'), 20], // 60 days: 0
];

describe('as_of (contract §8)', () => {
  it('measures date cells from as_of instead of now, in every function that reads them', () => {
    expect(call('HEALTHSCORE', ROWS, HEADERS, MODEL, 0.5, ASOF)).toEqual([[65], [10]]);
    expect(call('HEALTHEXPLAIN', ROWS, HEADERS, MODEL, 3, ASOF)).toEqual([
      ['Last login -25.0; Seats used -10.0'],
      ['Last login -50.0; Seats used -40.0'],
    ]);
    expect(call('HEALTHGROUPS', ROWS, HEADERS, MODEL, ASOF)).toEqual([
      [50, 80],
      [0, 20],
    ]);
  });

  it('a blank as_of is now; a 1×1 range holding a date works; anything else names as_of', () => {
    const now = call('HEALTHSCORE', ROWS, HEADERS, MODEL, 0.5, '') as number[][];
    expect(now[0][0]).toBe(40); // both logins are over 30 days before the real now
    expect(call('HEALTHSCORE', ROWS, HEADERS, MODEL, 0.5, [[ASOF]])).toEqual([[65], [10]]);
    expect(() => call('HEALTHSCORE', ROWS, HEADERS, MODEL, 0.5, '2026-06-30')).toThrow(
      /as_of "2026-06-30" is not a date/,
    );
    expect(() => call('HEALTHEXPLAIN', ROWS, HEADERS, MODEL, 3, 45000)).toThrow(/as_of 45000 is not a date/);
  });

  it('HEALTHWEIGHTS learns from the data as of that date', () => {
    const rows: unknown[][] = [];
    const outcomes: unknown[][] = [];
    for (let i = 0; i < 60; i++) {
      const churned = i % 3 === 0;
      rows.push([`A${i}`, new Date(ASOF.getTime() - (churned ? 40 + i : i % 10) * 86_400_000), 50]);
      outcomes.push([churned]);
    }
    const table = call('HEALTHWEIGHTS', rows, HEADERS, MODEL, outcomes, ASOF) as unknown[][];
    expect(table[0].slice(0, 5)).toEqual(['Metric', 'Weight', 'Red', 'Green', 'AUC']);
    expect(table[1][1]).toBeGreaterThan(table[2][1] as number);
  });
});

describe('band labels (contract §8)', () => {
  it('returns the team’s labels, from a row or a column, with an optional fourth for no score', () => {
    expect(
      call('HEALTHBAND', [[80], [50], [10], ['N/A'], ['']], 70, 40, [['Sano', 'A rischio', 'Critico']]),
    ).toEqual([['Sano'], ['A rischio'], ['Critico'], ['N/A'], ['']]);
    expect(
      call('HEALTHBAND', [[80], ['N/A']], 70, 40, [['سالم'], ['در معرض خطر'], ['بحرانی'], ['بدون امتیاز']]),
    ).toEqual([['سالم'], ['بدون امتیاز']]);
    expect(call('HEALTHBAND', 55, 'quartiles', '', [['', '', '']])).toBe('At risk');
  });

  it('two equal labels (case ignored) are an error naming both', () => {
    expect(() => call('HEALTHBAND', 50, 70, 40, [['Good', 'good', 'Bad']])).toThrow(
      /labels 1 and 2 are both "good"/,
    );
    expect(() => call('HEALTHBAND', 50, 70, 40, [['A', 'B', 'C', 'D', 'E']])).toThrow(/labels has 5 cells/);
  });
});

describe('native digits (contract §8)', () => {
  it('reads Persian, Arabic-Indic and Thai digits with ٫ and ٬ as numbers', () => {
    const model = [
      ['Metric', 'Weight', 'Red', 'Green'],
      ['Seats used', 1, 0, 100],
    ];
    const rows = [['A', '', '۴۵']]; // 45
    expect(call('HEALTHSCORE', rows, HEADERS, model)).toEqual([[45]]);
    expect(call('HEALTHSCORE', [['B', '', '٤٢٫٥']], HEADERS, model)).toEqual([[42.5]]);
    expect(call('HEALTHSCORE', [['C', '', '๗๐%']], HEADERS, model)).toEqual([[0.7]]);
    expect(
      call('HEALTHSCORE', [['D', '', '۱٬۰۰۰']], HEADERS, [...model.slice(0, 1), ['Seats used', 1, 0, 2000]]),
    ).toEqual([[50]]);
    expect(call('NPS', [['۱۰'], ['۹'], ['۳']])).toBeCloseTo(100 / 3, 10);
  });
});

describe('values that cannot be right are errors naming the argument', () => {
  it('HEALTHBAND refuses a score outside 0–100', () => {
    expect(() => call('HEALTHBAND', 250)).toThrow(/scores holds 250: health scores run from 0 to 100/);
    expect(() => call('HEALTHBAND', [[50], [-3]])).toThrow(/scores \(row 2, column 1\) holds -3/);
  });

  it('GRR, NRR and CHURNRATE refuse losses larger than what there was', () => {
    expect(() => call('GRR', 1000, 3000, 2000)).toThrow(
      /contraction \+ churned .*5000.* exceed start_mrr 1000/,
    );
    expect(() => call('CHURNRATE', 10, 50)).toThrow(/customers_lost 50 exceeds customers_at_start 10/);
    expect(() => call('NRR', 1000, 0, 800, 400)).toThrow(
      /contraction \+ churned .*1200.* exceed start_mrr 1000/,
    );
    expect(call('GRR', 1000, 100, 100)).toBeCloseTo(0.8, 12);
    expect(call('CHURNRATE', 10, 10)).toBe(1);
  });

  it('thresholds must be finite numbers a sheet can hold', () => {
    const model = [
      ['Metric', 'Weight', 'Red', 'Green'],
      ['Seats used', 1, -1e308, 1e308],
    ];
    expect(() => call('HEALTHSCORE', [['A', '', 50]], HEADERS, model)).toThrow(/Seats used.*Red.*too large/);
  });
});
