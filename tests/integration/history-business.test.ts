/** HEALTHTREND, HEALTHAUC and the business metrics through the built Code.js. */
import { beforeAll, describe, expect, it } from 'vitest';
import { type AddonScope, callAsSheets, daysAgo, loadBuiltAddon, plain } from '../support/bundle';

let addon: AddonScope;
const call = (name: string, ...args: unknown[]) => plain(callAsSheets(addon, name, ...args));

beforeAll(() => {
  addon = loadBuiltAddon();
});

describe('HEALTHTREND', () => {
  const accounts = [['Acme'], ['Acme'], ['Acme'], ['Beta'], ['acme'], ['Gamma'], ['Gamma']];
  const dates = [
    [daysAgo(40)],
    [daysAgo(31)],
    [daysAgo(10)],
    [daysAgo(5)],
    [daysAgo(1)],
    [daysAgo(3)],
    [daysAgo(2)],
  ];
  const scores = [[50], [55], [60], [80], [70], [40], ['N/A']];

  it('is the latest score minus the snapshot closest to `days` before it', () => {
    expect(call('HEALTHTREND', [['Acme'], ['Beta'], ['Gamma'], ['Zeta']], accounts, dates, scores)).toEqual([
      [15],
      [''],
      [''],
      [''],
    ]);
    expect(call('HEALTHTREND', [['ACME']], accounts, dates, scores, 7)).toEqual([[10]]);
    expect(call('HEALTHTREND', 'Acme', accounts, dates, scores, 60)).toBe(20);
  });

  it('errors on unequal history columns and on negative days', () => {
    expect(() => call('HEALTHTREND', [['Acme']], accounts, dates.slice(1), scores)).toThrow(
      /history_accounts has 7, history_dates 6, history_scores 7/,
    );
    expect(() => call('HEALTHTREND', [['Acme']], accounts, dates, scores, -3)).toThrow(
      /days -3 must be a number of days ≥ 0/,
    );
  });
});

describe('HEALTHAUC', () => {
  it('is the probability that a churned account scored lower than a retained one', () => {
    expect(call('HEALTHAUC', [[10], [20], [30], [40]], [['churned'], [true], ['Retained'], ['no']])).toBe(1);
    expect(call('HEALTHAUC', [[10], [20], [30], [40]], [[false], [0], ['lost'], ['yes']])).toBe(0);
    expect(call('HEALTHAUC', [[10], [10]], [['y'], ['n']])).toBe(0.5);
    // churned 20, 35; retained 30, 40, 20 → pairs: 20<30,20<40,20=20(½),35>30,35<40,35>20 → 3.5/6
    const scores = [[20], [35], [30], [40], [20], ['N/A'], [99]];
    const outcomes = [['cancelled'], [1], ['renewed'], ['active'], ['FALSE'], ['churned'], ['']];
    expect(call('HEALTHAUC', scores, outcomes)).toBeCloseTo(3.5 / 6, 12);
  });

  it('errors: unknown outcome with its row, one class only, unequal lengths', () => {
    expect(() => call('HEALTHAUC', [[1], [2]], [['yes'], ['maybe']])).toThrow(/outcomes row 2 is "maybe"/);
    expect(() => call('HEALTHAUC', [[1], [2]], [['yes'], ['lost']])).toThrow(
      /at least one churned and one retained .*2 churned, 0 retained/,
    );
    expect(() => call('HEALTHAUC', [[1], [2]], [['yes']])).toThrow(/scores has 2 rows but outcomes has 1/);
  });
});

describe('HEALTHWEIGHTS', () => {
  it('returns a model table that HEALTHSCORE accepts as it is, with weight 0 for a metric that does not help', () => {
    const headers = [['Account', 'Logins', 'Coin']];
    const rows: unknown[][] = [];
    const outcomes: unknown[][] = [];
    for (let i = 0; i < 200; i++) {
      const logins = (i * 37) % 100;
      rows.push([`A${i}`, logins, i % 2]);
      outcomes.push([logins < 30 ? 'churned' : 'renewed']);
    }
    const model = [
      ['Metric', 'Weight', 'Missing'],
      ['Logins', 1, ''],
      ['Coin', 1, 50],
    ];
    const learned = call('HEALTHWEIGHTS', rows, headers, model, outcomes) as unknown[][];
    expect(learned[0]).toEqual(['Metric', 'Weight', 'Red', 'Green', 'AUC', 'Missing']);
    expect(learned[1].slice(0, 2)).toEqual(['Logins', 100]);
    expect(learned[2].slice(0, 2)).toEqual(['Coin', 0]);
    expect(learned[1][4]).toBe(1);
    expect(learned[2][5]).toBe(50);
    const scores = call('HEALTHSCORE', rows, headers, learned) as unknown[][];
    expect(call('HEALTHAUC', scores, outcomes)).toBe(1);
  });

  it('errors name what is wrong', () => {
    const model = [
      ['Metric', 'Weight'],
      ['Logins', 1],
    ];
    expect(() => call('HEALTHWEIGHTS', [[1], [2]], [['Logins']], model, [['yes'], ['yes']])).toThrow(
      /both outcomes/,
    );
    // Two accounts always "separate" perfectly: the error says how many are needed.
    expect(() => call('HEALTHWEIGHTS', [[1], [2]], [['Logins']], model, [['yes'], ['no']])).toThrow(
      /at least 5 accounts of both outcomes .*found 1 churned, 1 retained/,
    );
    expect(() => call('HEALTHWEIGHTS', [[1], [2]], [['Logins', 'x']], model, [['yes'], ['no']])).toThrow(
      /values is 1 column wide but headers is 2/,
    );
  });
});

describe('business metrics', () => {
  it('compute the standard formulas from values', () => {
    expect(call('CHURNRATE', 100, 5)).toBe(0.05);
    expect(call('GRR', 50000, 1000, 2000)).toBe(0.94);
    expect(call('NRR', 50000, 4000, 1000, 2000)).toBe(1.02);
    expect(call('CLV', 250, 0.8, 0.02)).toBeCloseTo(10000, 8);
    expect(call('CLV', '$250', '80%', '2%')).toBeCloseTo(10000, 8);
    expect(call('CACPAYBACK', 1200, 250, 0.8)).toBe(6);
  });

  it('a column in gives a column out; single values broadcast; blank rows stay blank', () => {
    expect(call('CHURNRATE', [[100], [200], ['']], [[5], [10], ['']])).toEqual([[0.05], [0.05], ['']]);
    expect(call('NRR', [[100], [200]], 10, [[0], [20]], 0)).toEqual([[1.1], [0.95]]);
    expect(() => call('CHURNRATE', [[100], [200]], [[5], [10], [1]])).toThrow(
      /customers_at_start 2, customers_lost 3 rows/,
    );
  });

  it('errors name the argument: start ≤ 0, negative amounts, margin outside 0–1, churn ≤ 0', () => {
    expect(() => call('CHURNRATE', 0, 5)).toThrow(/customers_at_start is 0: it must be above 0/);
    expect(() => call('CHURNRATE', 10, -1)).toThrow(/customers_lost is -1: it must not be negative/);
    expect(() => call('GRR', 100, -1, 0)).toThrow(/contraction is -1/);
    expect(() => call('GRR', -100, 1, 0)).toThrow(/start_mrr is -100/);
    expect(() => call('NRR', 100, -5, 0, 0)).toThrow(/expansion is -5/);
    expect(() => call('NRR', 100, 5, 0, -2)).toThrow(/churned is -2/);
    expect(() => call('CLV', 250, 80, 0.02)).toThrow(/gross_margin is 80: it must be a fraction from 0 to 1/);
    expect(() => call('CLV', 250, 0.8, 0)).toThrow(/churn_rate is 0: it must be above 0/);
    expect(() => call('CLV', -1, 0.8, 0.1)).toThrow(/arpu is -1/);
    expect(() => call('CACPAYBACK', 1200, 250, 1.5)).toThrow(/gross_margin is 1.5/);
    expect(() => call('CACPAYBACK', 1200, 0, 0.5)).toThrow(/arpu × gross_margin is 0/);
    expect(() => call('CACPAYBACK', -1, 10, 0.5)).toThrow(/cac is -1/);
    expect(() => call('CHURNRATE', [[100], ['many']], [[5], [1]])).toThrow(
      /customers_at_start row 2 is "many", not a number/,
    );
    expect(() => call('CHURNRATE', [[100], ['']], [[5], [1]])).toThrow(/customers_at_start row 2 is blank/);
  });
});
