/** HEALTHSCORE, HEALTHBAND, HEALTHEXPLAIN and HEALTHGROUPS through the built Code.js. */
import { beforeAll, describe, expect, it } from 'vitest';
import { type AddonScope, callAsSheets, loadBuiltAddon, plain } from '../support/bundle';
import { ACCOUNTS, HEADERS, MODEL, modelWith } from './fixtures';

let addon: AddonScope;
const call = (name: string, ...args: unknown[]) => plain(callAsSheets(addon, name, ...args));
const score = (...args: unknown[]) => call('HEALTHSCORE', ...args) as unknown[][];

beforeAll(() => {
  addon = loadBuiltAddon();
});

describe('HEALTHSCORE', () => {
  it('scores every row of the range in one call, worked out by hand', () => {
    const result = score(ACCOUNTS, HEADERS, MODEL);
    expect(result).toHaveLength(4);
    expect(result[0][0]).toBeCloseTo(80.5, 10);
    expect(result[1][0]).toBeCloseTo(18 / 70, 10);
    expect(result[2][0]).toBe('N/A'); // only the imputed Tickets is present: coverage 0.2
    expect(result[3][0]).toBe(''); // every cell blank or spaces
  });

  it('honours min_coverage as a fraction or a percent', () => {
    expect(score(ACCOUNTS, HEADERS, MODEL, 0.1)[2][0]).toBe(50);
    expect(score(ACCOUNTS, HEADERS, MODEL, '10%')[2][0]).toBe(50);
    expect(score(ACCOUNTS, HEADERS, MODEL, 10)[2][0]).toBe(50);
    expect(score(ACCOUNTS, HEADERS, MODEL, 0.8)[1][0]).toBe('N/A');
    expect(() => score(ACCOUNTS, HEADERS, MODEL, 'lots')).toThrow(/min_coverage "lots"/);
  });

  it('accepts a single row as a scalar-free range and a scalar cell', () => {
    expect(score([ACCOUNTS[0]], HEADERS, MODEL)).toEqual([[80.5]]);
    const logins = [
      ['Metric', 'Weight'],
      ['Logins', 1],
    ];
    expect(
      call('HEALTHSCORE', 75, 'Logins', [
        ['Metric', 'Weight', 'Red', 'Green'],
        ['Logins', 1, 0, 100],
      ]),
    ).toBe(75);
    expect(call('HEALTHSCORE', 75, 'Logins', logins)).toBe('N/A'); // P0 = P100: one value cannot be ranked
  });

  it('reads booleans, dates, currency, thousands and words as the contract says', () => {
    const headers = [['Paid', 'Last login', 'MRR', 'Health', 'Mood']];
    const model = [
      ['Metric', 'Weight', 'Red', 'Green', 'Values'],
      ['Paid', 1, 0, 1, ''],
      ['Last login', 1, 30, 0, ''],
      ['MRR', 1, 0, 2000, ''],
      ['Health', 1, '', '', ''],
      ['Mood', 1, '', '', 'Churning=0; Stable=60; Expanding=100'],
    ];
    // Dates against a fixed as_of: against the real clock, a pause between building the rows and
    // scoring them moves "days since" (and the score) past the 6 decimals checked.
    const asOf = new Date('2026-06-30T12:00:00Z');
    const daysBefore = (days: number) => new Date(asOf.getTime() - days * 86_400_000);
    const rows = [
      [true, daysBefore(15), '$1,000.00', 'GREEN', 'stable'],
      [false, daysBefore(45), '€ 2,500', 'meh', 'green'],
    ];
    const result = score(rows, headers, model, 0.5, [[asOf]]) as number[][];
    expect(result[0][0]).toBeCloseTo((100 + 50 + 50 + 100 + 60) / 5, 6);
    // "meh" and "green" (not a Mood label: Values replace the built-in words) are missing.
    expect(result[1][0]).toBeCloseTo((0 + 0 + 100) / 3, 6);
  });

  it('resolves Pxx thresholds over the rows of the same call (PERCENTILE.INC)', () => {
    const model = [
      ['Metric', 'Weight', 'Red', 'Green'],
      ['Logins', 1, 'p10', 'P90'],
    ];
    const rows = [[0], [10], [20], [30], [40], [50], [60], [70], [80], [90], [100]];
    const result = score(rows, [['Logins']], model) as number[][];
    // P10 = 10, P90 = 90
    expect(result.map((row) => row[0])).toEqual([0, 0, 12.5, 25, 37.5, 50, 62.5, 75, 87.5, 100, 100]);
    expect(
      score(
        [[1], [2], [3]],
        [['Logins']],
        [
          ['Metric', 'Weight'],
          ['Logins', 1],
        ],
      ),
    ).toEqual([[0], [50], [100]]);
  });

  it('treats a metric that cannot tell accounts apart as missing, with Missing imputation', () => {
    const model = [
      ['Metric', 'Weight', 'Missing'],
      ['Logins', 1, ''],
      ['NPS', 1, 40],
    ];
    const rows = [
      [5, 3],
      [5, 3],
    ];
    // NPS falls back to its Missing 40 and counts as present: coverage 0.5.
    expect(score(rows, [['Logins', 'NPS']], model)).toEqual([[40], [40]]);
    expect(score(rows, [['Logins', 'NPS']], model, 0.6)).toEqual([['N/A'], ['N/A']]);
    const imputed = [
      ['Metric', 'Weight', 'Missing'],
      ['Logins', 1, 20],
      ['NPS', 1, 40],
    ];
    expect(score(rows, [['Logins', 'NPS']], imputed)).toEqual([[30], [30]]);
    // Words still count when the numbers cannot be ranked.
    expect(
      score(
        [['high'], [5], [5]],
        [['Logins']],
        [
          ['Metric', 'Weight'],
          ['Logins', 1],
        ],
      ),
    ).toEqual([[100], ['N/A'], ['N/A']]);
  });

  it('matches metrics to headers trimmed, case-insensitively, with inner spaces collapsed', () => {
    const headers = [['  account ', 'csm   SENTIMENT', 'nps', 'LOGINS', ' tickets']];
    expect(score([ACCOUNTS[0]], headers, MODEL)).toEqual([[80.5]]);
  });

  it('ignores unknown model columns, model rows with a blank Metric, and disabled metrics', () => {
    const model = [
      ['Notes', 'weight', 'METRIC'],
      ['x', 1, 'Logins'],
      ['y', 5, ''],
      ['z', 0, 'Not a column'],
    ];
    expect(score([[80], [40]], [['Logins']], model)).toEqual([[100], [0]]);
  });

  it('inline form: averages sub-scores with a weights row under the same coverage rules', () => {
    expect(score([[80, 60, '']], [[1, 3, 1]])).toEqual([[65]]);
    expect(score([[80, '', '']], [[1, 3, 1]])).toEqual([['N/A']]);
    expect(score([[80, '', '']], [[1, 3, 1]], 0.2)).toEqual([[80]]);
    expect(score([['green', 'no', 50]], [[1, 1, '']])).toEqual([[50]]);
    expect(() => score([[80, 101]], [[1, 1]])).toThrow(
      /values row 1, column 2 is 101; inline sub-scores must be 0–100/,
    );
    expect(() => score([[80, 60]], [[1, 1, 1]])).toThrow(/values is 2 columns wide but weights is 3/);
  });

  describe('errors name the argument, header or model row at fault', () => {
    it('width of values differs from headers', () => {
      expect(() => score(ACCOUNTS, [['Account', 'NPS']], MODEL)).toThrow(
        /values is 5 columns wide but headers is 2/,
      );
    });
    it('a metric missing from headers, with the closest header', () => {
      const headers = [['Account', 'CSM sentiment', 'NPS', 'Login', 'Tickets']];
      expect(() => score(ACCOUNTS, headers, MODEL)).toThrow(
        /Health Model metric "Logins" \(closest header: "Login"\) matches no column header/,
      );
      const none = [['a', 'b', 'c', 'd', 'e']];
      expect(() => score(ACCOUNTS, none, MODEL)).toThrow(
        /Health Model metrics "NPS", "Logins", "Tickets", "CSM sentiment" match no column header/,
      );
    });
    it('blank, negative or non-numeric weight', () => {
      expect(() => score(ACCOUNTS, HEADERS, modelWith(3, 'Weight', ''))).toThrow(
        /Health Model row 3 \("Logins"\): Weight is blank/,
      );
      expect(() => score(ACCOUNTS, HEADERS, modelWith(3, 'Weight', -5))).toThrow(
        /row 3 \("Logins"\): Weight -5 is negative/,
      );
      expect(() => score(ACCOUNTS, HEADERS, modelWith(2, 'Weight', 'lots'))).toThrow(
        /row 2 \("NPS"\): Weight "lots" is not a number/,
      );
    });
    it('percent-formatted weights are fine', () => {
      const model = [
        ['Metric', 'Weight'],
        ['Logins', '25%'],
        ['NPS', 0.75],
      ];
      expect(
        score(
          [
            [0, 100],
            [100, 0],
          ],
          [['Logins', 'NPS']],
          model,
        ),
      ).toEqual([[75], [25]]);
    });
    it('only one of Red and Green, or Red equal to Green', () => {
      expect(() => score(ACCOUNTS, HEADERS, modelWith(3, 'Green', ''))).toThrow(
        /row 3 \("Logins"\): set both Red and Green/,
      );
      expect(() => score(ACCOUNTS, HEADERS, modelWith(3, 'Green', 0))).toThrow(
        /row 3 \("Logins"\): Red and Green are both 0/,
      );
      const both = modelWith(3, 'Red', 'P50');
      both[2][3] = 'p50';
      expect(() => score(ACCOUNTS, HEADERS, both)).toThrow(/row 3 \("Logins"\): Red and Green are both P50/);
      expect(() => score(ACCOUNTS, HEADERS, modelWith(3, 'Red', 'low'))).toThrow(
        /row 3 \("Logins"\): Red "low" is neither a number nor a percentile/,
      );
      expect(() => score(ACCOUNTS, HEADERS, modelWith(3, 'Red', 'P120'))).toThrow(
        /row 3 \("Logins"\): Red "P120": a percentile runs from P0 to P100/,
      );
    });
    it('a metric listed twice', () => {
      const twice = modelWith(6, 'Metric', ' logins');
      twice[5][1] = 5;
      expect(() => score(ACCOUNTS, HEADERS, twice)).toThrow(
        /row 6 \("logins"\): metric "logins" is listed twice/,
      );
    });
    it('bad Values and Missing cells', () => {
      expect(() => score(ACCOUNTS, HEADERS, modelWith(5, 'Values', 'Happy=120'))).toThrow(
        /row 5 \("CSM sentiment"\): Values: the score of "Happy" is 120/,
      );
      expect(() => score(ACCOUNTS, HEADERS, modelWith(5, 'Values', 'Happy'))).toThrow(
        /row 5 \("CSM sentiment"\): Values: "Happy" should look like Label=score/,
      );
      expect(() => score(ACCOUNTS, HEADERS, modelWith(4, 'Missing', 'zero'))).toThrow(
        /row 4 \("Tickets"\): Missing "zero" must be blank, "skip"/,
      );
      expect(() => score(ACCOUNTS, HEADERS, modelWith(4, 'Missing', 140))).toThrow(
        /row 4 \("Tickets"\): Missing 140/,
      );
    });
    it('a model without its Metric or Weight column, a scalar model, an all-zero model', () => {
      expect(() =>
        score(ACCOUNTS, HEADERS, [
          ['Name', 'Weight'],
          ['NPS', 1],
        ]),
      ).toThrow(/no "Metric" column \(found: Name, Weight\)/);
      expect(() => score(ACCOUNTS, HEADERS, 'HealthModel')).toThrow(/model must be the Health Model range/);
      expect(() =>
        score(ACCOUNTS, HEADERS, [
          ['Metric', 'Weight'],
          ['NPS', 0],
        ]),
      ).toThrow(/every metric has weight 0/);
      expect(() => score(ACCOUNTS, HEADERS)).toThrow(/model is missing/);
    });
    it('headers that are not one row, or name a metric twice', () => {
      expect(() => score(ACCOUNTS, [['NPS'], ['Logins']], MODEL)).toThrow(
        /headers must be one row, but it has 2 rows/,
      );
      expect(() =>
        score(
          [[1, 2]],
          [['NPS', 'nps']],
          [
            ['Metric', 'Weight'],
            ['NPS', 1],
          ],
        ),
      ).toThrow(/"nps" appears in columns 1 and 2/);
    });
  });
});

describe('HEALTHBAND', () => {
  it('bands with the defaults 70 / 40, same shape out as in', () => {
    expect(call('HEALTHBAND', [[80.5], [40], [39.99], [70], ['N/A'], [''], ['text']])).toEqual([
      ['Healthy'],
      ['At risk'],
      ['Unhealthy'],
      ['Healthy'],
      ['N/A'],
      [''],
      ['N/A'],
    ]);
    expect(call('HEALTHBAND', [[90, 10]], 80, 20)).toEqual([['Healthy', 'Unhealthy']]);
    expect(call('HEALTHBAND', 55)).toBe('At risk');
  });

  it('quartiles: top 25% Healthy, bottom 25% Unhealthy (PERCENTILE.INC)', () => {
    const scores = [[10], [20], [30], [40], [50], ['N/A']];
    expect(call('HEALTHBAND', scores, 'Quartiles')).toEqual([
      ['Unhealthy'],
      ['Unhealthy'],
      ['At risk'],
      ['Healthy'],
      ['Healthy'],
      ['N/A'],
    ]);
    expect(call('HEALTHBAND', [[5], [5]], 'quartiles')).toEqual([['At risk'], ['At risk']]);
  });

  it('errors: healthy_at not above unhealthy_below, thresholds that are not numbers', () => {
    expect(() => call('HEALTHBAND', [[50]], 40, 40)).toThrow(
      /healthy_at \(40\) must be above unhealthy_below \(40\)/,
    );
    expect(() => call('HEALTHBAND', [[50]], 30)).toThrow(
      /healthy_at \(30\) must be above unhealthy_below \(40\)/,
    );
    expect(() => call('HEALTHBAND', [[50]], 'high')).toThrow(
      /healthy_at "high" must be a number or the word "quartiles"/,
    );
    expect(() => call('HEALTHBAND', [[50]], [[70, 80]])).toThrow(/healthy_at must be a single cell/);
  });
});

describe('HEALTHEXPLAIN', () => {
  it('names the metrics that cost the most points, then the missing ones', () => {
    expect(call('HEALTHEXPLAIN', ACCOUNTS, HEADERS, MODEL)).toEqual([
      ['Logins -8.0; NPS -7.5; Tickets -4.0'],
      ['Logins -56.9; Tickets -28.6; CSM sentiment -14.3; missing: NPS'],
      ['Tickets -50.0; missing: NPS, Logins, CSM sentiment'],
      [''],
    ]);
    expect(call('HEALTHEXPLAIN', ACCOUNTS, HEADERS, MODEL, 1)).toEqual([
      ['Logins -8.0'],
      ['Logins -56.9; missing: NPS'],
      ['Tickets -50.0; missing: NPS, Logins, CSM sentiment'],
      [''],
    ]);
  });
  it('a perfect row explains nothing; top must be a whole number', () => {
    expect(call('HEALTHEXPLAIN', [['x', 'green', 100, 100, 0]], HEADERS, MODEL)).toEqual([['']]);
    expect(() => call('HEALTHEXPLAIN', ACCOUNTS, HEADERS, MODEL, 1.5)).toThrow(
      /top 1.5 must be a whole number/,
    );
  });
});

describe('HEALTHGROUPS', () => {
  it('one column per Group in order of first appearance, re-normalised within the group', () => {
    expect(call('HEALTHGROUPS', ACCOUNTS, HEADERS, MODEL)).toEqual([
      [81.25, 80, 80],
      [0, 0.45, 0],
      ['', '', 50],
      ['', '', ''],
    ]);
  });
  it('a model without groups is an error', () => {
    expect(() =>
      call('HEALTHGROUPS', ACCOUNTS, HEADERS, [
        ['Metric', 'Weight'],
        ['NPS', 1],
      ]),
    ).toThrow(/no metric has a Group/);
  });
});
