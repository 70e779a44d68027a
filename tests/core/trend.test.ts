/**
 * HEALTHTREND's core against the implementation it replaced (a list of snapshots per account),
 * kept below as the oracle: the typed-array version must give identical results and errors.
 */
import vm from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../dev/random';
import { asColumn, fail, listArg, scalarArg } from '../../src/core/args';
import { describeCell, isBlank, MS_PER_DAY, normalizeKey, readNumber } from '../../src/core/cells';
import { readTime } from '../../src/core/surveys';
import { healthTrend } from '../../src/core/trend';

// ---- The oracle: src/core/trend.ts before the typed-array rewrite, unchanged. ----

interface Snapshot {
  time: number;
  score: number;
}

function oracleHealthTrend(
  keysArg: unknown,
  accountsArg: unknown,
  datesArg: unknown,
  scoresArg: unknown,
  daysArg: unknown,
): number | '' | (number | '')[][] {
  const keys = listArg(keysArg, 'account_keys');
  const accounts = listArg(accountsArg, 'history_accounts');
  const dates = listArg(datesArg, 'history_dates');
  const scores = listArg(scoresArg, 'history_scores');
  if (dates.length !== accounts.length || scores.length !== accounts.length) {
    fail(
      `The history columns must have the same number of rows: history_accounts has ${accounts.length}, ` +
        `history_dates ${dates.length}, history_scores ${scores.length}.`,
    );
  }
  const days = oracleParseDays(daysArg);
  const history = new Map<string, Snapshot[]>();
  accounts.forEach((account, row) => {
    const time = readTime(dates[row]);
    const score = typeof scores[row] === 'number' ? (scores[row] as number) : Number.NaN;
    if (isBlank(account) || Number.isNaN(time) || !Number.isFinite(score)) return;
    const key = normalizeKey(account);
    const snapshots = history.get(key);
    if (snapshots === undefined) history.set(key, [{ time, score }]);
    else snapshots.push({ time, score });
  });
  const results = keys.map((key) => {
    const snapshots = isBlank(key) ? undefined : history.get(normalizeKey(key));
    return snapshots === undefined ? ('' as const) : oracleTrendOf(snapshots, days);
  });
  return asColumn(results, !Array.isArray(keysArg));
}

function oracleTrendOf(snapshots: readonly Snapshot[], days: number): number | '' {
  if (snapshots.length < 2) return '';
  let latest = 0;
  for (let i = 1; i < snapshots.length; i++) if (snapshots[i].time >= snapshots[latest].time) latest = i;
  const target = snapshots[latest].time - days * MS_PER_DAY;
  let base = -1;
  for (let i = 0; i < snapshots.length; i++) {
    if (i === latest) continue;
    if (base === -1) {
      base = i;
      continue;
    }
    const distance = Math.abs(snapshots[i].time - target);
    const best = Math.abs(snapshots[base].time - target);
    if (distance < best || (distance === best && snapshots[i].time < snapshots[base].time)) base = i;
  }
  return snapshots[latest].score - snapshots[base].score;
}

function oracleParseDays(arg: unknown): number {
  const cell = scalarArg(arg, 'days');
  if (cell === undefined || isBlank(cell)) return 30;
  const days = readNumber(cell);
  if (Number.isNaN(days) || days < 0) fail(`days ${describeCell(cell)} must be a number of days ≥ 0.`);
  return days;
}

// ---- Random histories ----

const START = Date.UTC(2026, 0, 1);
const ForeignDate = vm.runInNewContext('Date') as DateConstructor;

/** Few names, spelled many ways, so accounts collide after trimming and lower-casing. */
const accountCell = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.constantFrom('Acme', 'ACME', ' acme ', 'Beta Co', 'beta  co', 'Gamma', 'Δelta'),
  },
  { weight: 1, arbitrary: fc.constantFrom('', '  ', null, 42, '42', true) },
);

/** Few distinct days (duplicate dates and ties), in this realm or another, as text, or not a date. */
const dateCell = fc.oneof(
  { weight: 10, arbitrary: fc.integer({ min: 0, max: 12 }).map((day) => new Date(START + day * MS_PER_DAY)) },
  {
    weight: 2,
    arbitrary: fc.integer({ min: 0, max: 12 }).map((day) => new ForeignDate(START + day * MS_PER_DAY)),
  },
  {
    weight: 2,
    arbitrary: fc.integer({ min: 0, max: 12 * 24 }).map((hour) => new Date(START + hour * 3_600_000)),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 1, max: 13 }).map((day) => ` 2026-01-${String(day).padStart(2, '0')} `),
  },
  { weight: 1, arbitrary: fc.constantFrom('', 'soon', new Date(Number.NaN), 45_000, null) },
);

const scoreCell = fc.oneof(
  { weight: 10, arbitrary: fc.integer({ min: 0, max: 100 }) },
  { weight: 2, arbitrary: fc.double({ min: -1000, max: 1000, noNaN: true }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', '45', 'N/A', null, Number.NaN, Number.POSITIVE_INFINITY, true),
  },
);

const keyCell = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.constantFrom('Acme', 'acme', ' BETA CO ', 'Beta Co', 'gamma', 'Δelta', 'δelta'),
  },
  { weight: 1, arbitrary: fc.constantFrom('Zeta', '', '  ', null, 42, '42') },
);

const daysArg = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(-2, 'soon', ''),
  fc.constantFrom('', 0, 1, 3, 7, 30, 2.5, '4', [[5]], Number.MAX_VALUE, '9'.repeat(400)),
  fc.double({ min: 0, max: 20, noNaN: true }),
);

interface Case {
  keys: unknown;
  accounts: unknown;
  dates: unknown;
  scores: unknown;
  days: unknown;
}

const column = (cells: unknown[]) => cells.map((cell) => [cell]);

/** Sheets' shape (one-cell rows) most of the time; sometimes a row, a 1-D list or a scalar. */
const shaped = (cells: unknown[], shape: number): unknown =>
  shape === 0 ? [cells] : shape === 1 ? cells : cells.length === 1 && shape === 2 ? cells[0] : column(cells);

const historyCase: fc.Arbitrary<Case> = fc
  .record({
    rows: fc.array(fc.tuple(accountCell, dateCell, scoreCell), { maxLength: 60, size: 'large' }),
    shortScores: fc.oneof(
      { weight: 19, arbitrary: fc.constant(false) },
      { weight: 1, arbitrary: fc.constant(true) },
    ),
    keys: fc.array(keyCell, { minLength: 1, maxLength: 8 }),
    keyShape: fc.integer({ min: 0, max: 3 }),
    historyShape: fc.oneof({ weight: 6, arbitrary: fc.constant(3) }, { weight: 1, arbitrary: fc.nat(2) }),
    days: daysArg,
  })
  .map(({ rows, keys, keyShape, historyShape, shortScores, days }) => ({
    keys: shaped(keys, keyShape),
    accounts: shaped(
      rows.map((row) => row[0]),
      historyShape,
    ),
    dates: shaped(
      rows.map((row) => row[1]),
      historyShape,
    ),
    // Now and then one score short: the columns differ in length.
    scores: shaped(
      rows.slice(0, shortScores ? -1 : undefined).map((row) => row[2]),
      historyShape,
    ),
    days,
  }));

type Outcome = { value: unknown } | { error: string };

function outcome(fn: typeof healthTrend, { keys, accounts, dates, scores, days }: Case): Outcome {
  try {
    return { value: fn(keys, accounts, dates, scores, days) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe('healthTrend', () => {
  it('matches the snapshot-list implementation on random histories', () => {
    const seen = { trends: 0, blanks: 0, errors: 0 };
    fc.assert(
      fc.property(historyCase, (input) => {
        const expected = outcome(oracleHealthTrend, input);
        expect(outcome(healthTrend, input)).toEqual(expected);
        if ('error' in expected) seen.errors++;
        else
          for (const cell of [expected.value].flat(2)) {
            if (cell === '') seen.blanks++;
            else seen.trends++;
          }
      }),
      { numRuns: 3000 },
    );
    // Not vacuous: most keys get a trend, some get "" and some inputs are errors.
    expect(seen.trends).toBeGreaterThan(4000);
    expect(seen.blanks).toBeGreaterThan(1000);
    expect(seen.errors).toBeGreaterThan(100);
  });

  it('matches it over thousands of accounts, in shuffled rows', () => {
    const random = seededRandom(11);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
    const rows: unknown[][] = [];
    for (let account = 0; account < 5000; account++) {
      for (let day = 0; day < 4; day++) {
        if (random() < 0.1) continue;
        rows.push([
          pick([`Account ${account}`, ` ACCOUNT ${account}`, `account  ${account}`]),
          new Date(START + Math.floor(random() * 40) * MS_PER_DAY),
          random() < 0.05 ? '' : Math.round(random() * 100),
        ]);
      }
    }
    for (let i = rows.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [rows[i], rows[j]] = [rows[j], rows[i]];
    }
    const keys = column(Array.from({ length: 5200 }, (_, account) => `account ${account}`));
    const [accounts, dates, scores] = [0, 1, 2].map((c) => column(rows.map((row) => row[c])));
    const expected = oracleHealthTrend(keys, accounts, dates, scores, 14) as unknown[][];
    expect(healthTrend(keys, accounts, dates, scores, 14)).toEqual(expected);
    expect(expected.filter(([trend]) => typeof trend === 'number').length).toBeGreaterThan(4000);
  });

  it('matches it on bad shapes, unequal columns and bad days', () => {
    const dates = column([new Date(START), new Date(START + MS_PER_DAY)]);
    const cases: Case[] = [
      { keys: 'Acme', accounts: column(['Acme', 'Acme']), dates, scores: column([1, 2]), days: -1 },
      { keys: 'Acme', accounts: column(['Acme', 'Acme']), dates, scores: column([1, 2]), days: 'soon' },
      { keys: 'Acme', accounts: column(['Acme', 'Acme']), dates, scores: column([1, 2]), days: [[1, 2]] },
      { keys: 'Acme', accounts: column(['Acme']), dates, scores: column([1, 2]), days: -1 },
      { keys: 'Acme', accounts: column(['Acme', 'Acme']), dates, scores: [[1], [2, 3]], days: 7 },
      { keys: 'Acme', accounts: [['Acme', 'x'], ['Acme']], dates, scores: [[1, 2]], days: 7 },
      {
        keys: [['Acme', 'Beta'], ['Gamma']],
        accounts: column(['Acme', 'Acme']),
        dates,
        scores: column([1, 2]),
        days: 7,
      },
      { keys: 'Acme', accounts: [], dates: [], scores: [], days: undefined },
    ];
    for (const input of cases) {
      const expected = outcome(oracleHealthTrend, input);
      expect(outcome(healthTrend, input)).toEqual(expected);
    }
    expect(cases.filter((input) => 'error' in outcome(healthTrend, input))).toHaveLength(7);
  });

  it('breaks ties as before: the last row at the latest moment, then the older, then the first row', () => {
    const day = (n: number) => new Date(START + n * MS_PER_DAY);
    // Latest moment (day 10) twice: the later row (score 90) is the latest; the earlier one may be the base.
    expect(
      healthTrend(
        'Acme',
        column(['Acme', 'Acme', 'Acme']),
        column([day(10), day(0), day(10)]),
        column([70, 50, 90]),
        0,
      ),
    ).toBe(20);
    // Days 3 and 7 equally close to day 5 (10 − 5): the older one, day 3; of two rows on day 3 the first.
    expect(
      healthTrend(
        'acme',
        column(['Acme', 'ACME', ' acme', 'Acme']),
        column([day(7), day(3), day(3), day(10)]),
        column([60, 40, 45, 100]),
        5,
      ),
    ).toBe(60);
  });
});
