/** NPS, CSAT, CES and SURVEYSCORE through the built Code.js. */
import { beforeAll, describe, expect, it } from 'vitest';
import { type AddonScope, callAsSheets, daysAgo, loadBuiltAddon, plain } from '../support/bundle';

let addon: AddonScope;
const call = (name: string, ...args: unknown[]) => plain(callAsSheets(addon, name, ...args));

beforeAll(() => {
  addon = loadBuiltAddon();
});

describe('NPS', () => {
  it('is % promoters minus % detractors; passives count; blanks are skipped', () => {
    expect(call('NPS', [[10], [9], [8], [7], [6], [0], ['']])).toBe(0);
    expect(call('NPS', [[10], ['9'], [6]])).toBeCloseTo(100 / 3, 10);
    expect(
      call('NPS', [
        [10, 10],
        [10, 10],
      ]),
    ).toBe(100);
    expect(call('NPS', 3)).toBe(-100);
    expect(call('NPS', [[''], ['  ']])).toBe('N/A');
  });
  it('names the value and its row and column when an answer is not 0–10', () => {
    expect(() => call('NPS', [[5], ['abc']])).toThrow(
      /responses row 2, column 1 is "abc": NPS answers are whole numbers from 0 to 10/,
    );
    expect(() => call('NPS', [[5, 11]])).toThrow(/responses row 1, column 2 is 11/);
    expect(() => call('NPS', [[7.5]])).toThrow(/row 1, column 1 is 7.5/);
    expect(() => call('NPS', [[true]])).toThrow(/row 1, column 1 is true/);
  });
});

describe('CSAT and CES', () => {
  it('CSAT is top-two-box on the scale', () => {
    expect(call('CSAT', [[5], [4], [3], [1]])).toBe(50);
    expect(call('CSAT', [[6], [7], [5]], 7)).toBeCloseTo(200 / 3, 10);
    expect(call('CSAT', [['']])).toBe('N/A');
    expect(() => call('CSAT', [[0]])).toThrow(
      /responses row 1, column 1 is 0: CSAT answers are whole numbers from 1 to 5/,
    );
    expect(() => call('CSAT', [[6]], 5)).toThrow(/is 6: CSAT answers are whole numbers from 1 to 5/);
    expect(() => call('CSAT', [[4]], 1)).toThrow(/scale 1 must be a whole number of at least 2/);
  });
  it('CES is the mean on 1–7 by default', () => {
    expect(call('CES', [[1], [2], ['3'], ['']])).toBe(2);
    expect(call('CES', [[5]], 5)).toBe(5);
    expect(() => call('CES', [[8]])).toThrow(/is 8: CES answers are whole numbers from 1 to 7/);
    expect(call('CES', '')).toBe('N/A');
  });
});

describe('SURVEYSCORE', () => {
  const accounts = [['ACME'], ['Beta'], [' acme '], ['Gamma'], ['Beta']];
  const values = [[10], [3], [6], [''], [9]];
  const dates = [[daysAgo(10)], [daysAgo(400)], [daysAgo(2)], [daysAgo(1)], [daysAgo(30)]];
  const keys = [['Acme'], ['beta '], ['Zeta'], ['Gamma'], ['']];

  it('summarises each account, trimmed and case-insensitive; no responses gives ""', () => {
    expect(call('SURVEYSCORE', keys, accounts, values)).toEqual([[0], [0], [''], [''], ['']]);
    expect(call('SURVEYSCORE', keys, accounts, values, 'mean')).toEqual([[8], [6], [''], [''], ['']]);
    expect(call('SURVEYSCORE', keys, accounts, values, 'COUNT')).toEqual([[2], [2], [''], [''], ['']]);
    expect(call('SURVEYSCORE', keys, accounts, [[5], [3], [4], [''], [1]], 'CSAT')).toEqual([
      [100],
      [0],
      [''],
      [''],
      [''],
    ]);
    expect(call('SURVEYSCORE', keys, accounts, [[5], [3], [4], [''], [1]], 'CES')).toEqual([
      [4.5],
      [2],
      [''],
      [''],
      [''],
    ]);
    expect(call('SURVEYSCORE', 'Acme', accounts, values)).toBe(0);
  });

  it('LAST is the most recent response; within_days keeps recent ones', () => {
    expect(call('SURVEYSCORE', keys, accounts, values, 'LAST', dates)).toEqual([[6], [9], [''], [''], ['']]);
    expect(call('SURVEYSCORE', keys, accounts, values, 'NPS', dates, 180)).toEqual([
      [0],
      [100],
      [''],
      [''],
      [''],
    ]);
    expect(call('SURVEYSCORE', keys, accounts, values, 'COUNT', dates, 5)).toEqual([
      [1],
      [''],
      [''],
      [''],
      [''],
    ]);
  });

  it('errors: unequal response columns, unknown kind, LAST or within_days without dates, bad values', () => {
    expect(() => call('SURVEYSCORE', keys, accounts, [[1], [2]])).toThrow(
      /same number of rows: response_accounts has 5, response_values 2/,
    );
    expect(() => call('SURVEYSCORE', keys, accounts, values, 'NPS', [[daysAgo(1)]])).toThrow(
      /response_dates 1/,
    );
    expect(() => call('SURVEYSCORE', keys, accounts, values, 'median')).toThrow(
      /kind "median" must be one of NPS, CSAT, CES, MEAN, COUNT, LAST/,
    );
    expect(() => call('SURVEYSCORE', keys, accounts, values, 'LAST')).toThrow(/LAST needs response_dates/);
    expect(() => call('SURVEYSCORE', keys, accounts, values, 'NPS', '', 30)).toThrow(
      /within_days needs response_dates/,
    );
    expect(() => call('SURVEYSCORE', keys, accounts, [[10], [3], [12], [''], [9]])).toThrow(
      /response_values row 3 is 12: NPS answers/,
    );
    expect(() => call('SURVEYSCORE', keys, accounts, [[10], [3], ['great'], [''], [9]], 'MEAN')).toThrow(
      /response_values row 3 is "great", not a number/,
    );
  });
});
