/** Thinning the Health History: daily for 90 days, then the latest snapshot day of each ISO week. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MS_PER_DAY } from '../../src/core/cells';
import { dayKey, dayNumber, keyOfDayNumber, mondayOf } from '../../src/core/history/days';
import {
  DAILY_DAYS,
  estimateCellsAfterThinning,
  periodOf,
  thinHistoryChunk,
  WEEKLY_DAYS,
} from '../../src/core/history/thinning';

type Row = readonly unknown[];

const dateOf = (key: string, hour = 6) => new Date(dayNumber(key) * MS_PER_DAY + hour * 3_600_000);

/** One row per account on each day, the same instant for a whole snapshot as the adapter writes. */
function history(days: readonly string[], accounts = ['Acme', 'Beta']): Row[] {
  return days.flatMap((day) => {
    const date = dateOf(day);
    return accounts.map((account, i) => [date, account, 50 + i, 'At risk']);
  });
}

const dayRange = (first: string, count: number) =>
  Array.from({ length: count }, (_, i) => keyOfDayNumber(dayNumber(first) + i));

const daysOf = (rows: readonly Row[]) => [
  ...new Set(rows.map((row) => (row[0] instanceof Date ? dayKey(row[0]) : String(row[0])))),
];

/** The sheet after one thinning call: kept rows in place of the consumed ones. */
function applied(rows: readonly Row[], cutoff: Date): Row[] {
  const { kept, consumed } = thinHistoryChunk(rows, cutoff, dayKey);
  return [...kept, ...rows.slice(consumed)];
}

/**
 * Thinning chunk by chunk, to show that chunking never changes the result: from each boundary a
 * chunk is thinned, and a chunk that could not consume a whole aged week is doubled. The adapter
 * (src/server/thinning.ts) differs: each snapshot reads one window of CHUNK_DAYS snapshot days per
 * tier from the boundary remembered in the history pointer, and carries on at the next snapshot.
 */
function thinnedInChunks(rows: readonly Row[], cutoff: Date, chunkRows: number): Row[] {
  let sheet = [...rows];
  let start = 0;
  let size = chunkRows;
  while (start < sheet.length) {
    const chunk = sheet.slice(start, start + size);
    const { kept, consumed } = thinHistoryChunk(chunk, cutoff, dayKey);
    sheet = [...sheet.slice(0, start), ...kept, ...sheet.slice(start + consumed)];
    if (consumed > 0) {
      start += kept.length;
      continue;
    }
    const firstDated = chunk.find((row) => row[0] instanceof Date);
    const oldEnough =
      firstDated !== undefined &&
      mondayOf(dayNumber(dayKey(firstDated[0] as Date))) + 6 < dayNumber(dayKey(cutoff));
    if (start + chunk.length >= sheet.length || !oldEnough) break;
    size *= 2;
  }
  return sheet;
}

describe('thinHistoryChunk', () => {
  // 2026-01-05 is a Monday: ten whole ISO weeks of daily snapshots, then the cutoff's week.
  const days = dayRange('2026-01-05', 75);
  const rows = history(days);
  const cutoff = dateOf('2026-03-04'); // a Wednesday in week 9

  it('keeps the latest snapshot day of each week that ends before the cutoff, and every later day', () => {
    const { kept, consumed, nextBoundaryDay } = thinHistoryChunk(rows, cutoff, dayKey);
    const sundays = Array.from({ length: 8 }, (_, week) =>
      keyOfDayNumber(dayNumber('2026-01-11') + 7 * week),
    );
    expect(sundays[7]).toBe('2026-03-01'); // the last week ending before the cutoff
    expect(daysOf(kept)).toEqual(sundays);
    expect(kept).toHaveLength(2 * 8); // both accounts' rows of each kept day
    expect(consumed).toBe(2 * 56);
    expect(nextBoundaryDay).toBe('2026-03-02'); // Monday of the cutoff's week
    expect(daysOf(applied(rows, cutoff))).toEqual([...sundays, ...dayRange('2026-03-02', 75 - 56)]);
  });

  it('keeps the latest day a week has when its Sunday is missing', () => {
    const sparse = history(['2026-01-05', '2026-01-07', '2026-01-09', '2026-01-13', '2026-03-30']);
    const after = applied(sparse, dateOf('2026-03-30'));
    expect(daysOf(after)).toEqual(['2026-01-09', '2026-01-13', '2026-03-30']);
  });

  it('leaves the week a chunk ends in for next time', () => {
    const chunk = rows.slice(0, 2 * 17); // three days into week 3
    const { kept, consumed, nextBoundaryDay } = thinHistoryChunk(chunk, cutoff, dayKey);
    expect(daysOf(kept)).toEqual(['2026-01-11', '2026-01-18']);
    expect(consumed).toBe(2 * 14);
    expect(nextBoundaryDay).toBe('2026-01-19');
  });

  it('makes no progress on a chunk of one week, and says where it stands', () => {
    const { kept, consumed, nextBoundaryDay } = thinHistoryChunk(rows.slice(0, 14), cutoff, dayKey);
    expect([kept, consumed, nextBoundaryDay]).toEqual([[], 0, '2026-01-05']);
  });

  it('thins nothing when every week is recent', () => {
    const { kept, consumed } = thinHistoryChunk(rows, dateOf('2026-01-01'), dayKey);
    expect([kept.length, consumed]).toEqual([0, 0]);
  });

  it('keeps rows without a date in place and never drops them', () => {
    const odd = [
      ['', '', '', ''],
      ...rows.slice(0, 4),
      ['not a date', 'Acme', 1, 'Healthy'],
      [new Date(Number.NaN), 'Beta', 2, 'Healthy'],
      ...rows.slice(4, 40),
      ['2026-01-20', 'typed text', 3, ''],
      ...rows.slice(40),
    ];
    const after = applied(odd, cutoff);
    const undated = (row: Row) => !(row[0] instanceof Date) || Number.isNaN(row[0].getTime());
    expect(after.filter(undated)).toEqual([odd[0], odd[5], odd[6], odd[43]]);
    expect(after.filter((row) => !undated(row))).toEqual(applied(rows, cutoff));
    // In place: before, between and after the same dated rows as on the way in.
    expect(after.slice(0, 4)).toEqual([odd[0], odd[5], odd[6], rows[12]]); // rows[12]: Sunday 2026-01-11
  });

  it("groups days in the spreadsheet's time zone", () => {
    // Sunday 23:30 UTC is Monday in Tokyo: the rows move to the next ISO week there.
    const late = (key: string) => new Date(dayNumber(key) * MS_PER_DAY + 23.5 * 3_600_000);
    const tokyo = (date: Date) => dayKey(new Date(date.getTime() + 9 * 3_600_000));
    const sheet = [
      [late('2026-01-10'), 'Acme', 1, ''],
      [late('2026-01-11'), 'Acme', 2, ''],
      [late('2026-03-29'), 'Acme', 3, ''],
    ];
    const cut = dateOf('2026-03-29');
    expect(thinHistoryChunk(sheet, cut, dayKey).kept.map((row) => row[2])).toEqual([2]);
    expect(thinHistoryChunk(sheet, cut, tokyo).kept.map((row) => row[2])).toEqual([1, 2]);
  });
});

/** Chronological histories: snapshot days with gaps, 1–3 accounts, rows without dates here and there. */
const histories = fc
  .record({
    first: fc.integer({ min: 0, max: 13 }),
    gaps: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 0, maxLength: 80 }),
    accounts: fc.integer({ min: 1, max: 3 }),
    undated: fc.array(fc.nat({ max: 400 }), { maxLength: 4 }),
    cutoffOffset: fc.integer({ min: -5, max: 200 }),
    chunkRows: fc.integer({ min: 1, max: 40 }),
  })
  .map(({ first, gaps, accounts, undated, cutoffOffset, chunkRows }) => {
    const start = dayNumber('2025-12-01') + first;
    const days = [start];
    for (const gap of gaps) days.push(days[days.length - 1] + gap);
    const rows = history(days.map(keyOfDayNumber), ['Acme', 'Beta', 'Gamma'].slice(0, accounts));
    for (const at of undated) rows.splice(at % (rows.length + 1), 0, ['', `note ${at}`, '', '']);
    const cutoff = new Date((start + cutoffOffset) * MS_PER_DAY);
    return { rows, cutoff, chunkRows };
  });

/** The rule stated directly: what a history should look like once thinned. */
function expected(rows: readonly Row[], cutoff: Date): Row[] {
  const day = (row: Row) => (row[0] instanceof Date ? dayNumber(dayKey(row[0])) : null);
  const dated = rows.map(day).filter((d): d is number => d !== null);
  const lastWeek = dated.length > 0 ? mondayOf(dated[dated.length - 1]) : null;
  const latest = new Map<number, number>();
  for (const d of dated) latest.set(mondayOf(d), Math.max(d, latest.get(mondayOf(d)) ?? d));
  const cutoffDay = dayNumber(dayKey(cutoff));
  return rows.filter((row) => {
    const d = day(row);
    if (d === null) return true;
    const week = mondayOf(d);
    return week + 6 >= cutoffDay || week === lastWeek || latest.get(week) === d;
  });
}

describe('thinning properties', () => {
  it('thinning everything at once follows the rule', () => {
    fc.assert(
      fc.property(histories, ({ rows, cutoff }) => {
        expect(applied(rows, cutoff)).toEqual(expected(rows, cutoff));
      }),
    );
  });

  it('is idempotent: thinning thinned rows changes nothing', () => {
    fc.assert(
      fc.property(histories, ({ rows, cutoff }) => {
        const once = applied(rows, cutoff);
        expect(applied(once, cutoff)).toEqual(once);
        expect(thinHistoryChunk(once, cutoff, dayKey).kept).toHaveLength(
          thinHistoryChunk(once, cutoff, dayKey).consumed,
        );
      }),
    );
  });

  it('thinning chunk by chunk gives what thinning everything at once gives', () => {
    fc.assert(
      fc.property(histories, ({ rows, cutoff, chunkRows }) => {
        expect(thinnedInChunks(rows, cutoff, chunkRows)).toEqual(applied(rows, cutoff));
      }),
    );
  });

  it('never drops a row of the latest day of any week, nor a recent or undated row', () => {
    fc.assert(
      fc.property(histories, ({ rows, cutoff }) => {
        const after = new Set(applied(rows, cutoff));
        const mustStay = expected(rows, cutoff);
        for (const row of mustStay) expect(after.has(row)).toBe(true);
      }),
    );
  });
});

describe('estimateCellsAfterThinning', () => {
  it('10,000 accounts × 2 years stay well inside the 10 M-cell limit', () => {
    const { keptDays, rows, cells } = estimateCellsAfterThinning(10_000, 730);
    // 90 daily days (+ a week of lag), weekly to 180 days, then one per month.
    const weekly = Math.floor((WEEKLY_DAYS - DAILY_DAYS) / 7);
    const monthly = Math.floor((730 - WEEKLY_DAYS) / 31);
    expect(keptDays).toBeGreaterThanOrEqual(DAILY_DAYS + weekly + monthly);
    expect(keptDays).toBeLessThanOrEqual(DAILY_DAYS + 13 + weekly + 3 + monthly + 2);
    expect(rows).toBe(keptDays * 10_000);
    // Five columns: Date | Account | Score | Band | Computed score.
    expect(cells).toBe(rows * 5);
    expect(cells).toBeLessThan(7_000_000);
    // Five years still leave room for the rest of the spreadsheet.
    expect(estimateCellsAfterThinning(10_000, 5 * 365).cells).toBeLessThan(9_000_000);
    // Without thinning the same history would need 36.5 M cells.
    expect(estimateCellsAfterThinning(10_000, 730, { dailyDays: 730, weeklyDays: 730 }).cells).toBe(
      36_500_000,
    );
  });

  it('bounds the days an actual thinned calendar keeps', () => {
    // One account, a year of daily snapshots, thinned on the day (no lag): weeks, then months.
    const actual = [0, 1, 2, 3, 4, 5, 6].map((shift) => {
      const days = dayRange(keyOfDayNumber(dayNumber('2025-11-24') + shift), 365);
      const today = days[days.length - 1];
      const weekCutoff = dateOf(keyOfDayNumber(dayNumber(today) - DAILY_DAYS));
      const monthCutoff = dateOf(keyOfDayNumber(dayNumber(today) - WEEKLY_DAYS));
      const weekly = applied(history(days, ['Acme']), weekCutoff);
      const { kept, consumed } = thinHistoryChunk(weekly, monthCutoff, dayKey, 'month');
      return daysOf([...kept, ...weekly.slice(consumed)]).length;
    });
    // The estimate is the worst case over every calendar alignment, these seven among them.
    const estimate = estimateCellsAfterThinning(1, 365, { thinEveryDays: 1 }).keptDays;
    expect(estimate).toBeGreaterThanOrEqual(Math.max(...actual));
    expect(estimate).toBeLessThanOrEqual(Math.max(...actual) + 3);
  });

  it('thins by calendar month when asked, keeping the latest day of each whole month', () => {
    const days = dayRange('2026-01-01', 120);
    const { kept, consumed } = thinHistoryChunk(
      history(days, ['Acme']),
      dateOf('2026-04-15'),
      dayKey,
      'month',
    );
    // January, February and March end before the cutoff; April does not.
    expect(daysOf(kept)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
    expect(consumed).toBe(31 + 28 + 31);
  });

  it('knows the bounds of weeks and months', () => {
    const day = dayNumber('2026-02-11'); // a Wednesday
    expect(periodOf(day, 'week').map(keyOfDayNumber)).toEqual(['2026-02-09', '2026-02-15']);
    expect(periodOf(day, 'month').map(keyOfDayNumber)).toEqual(['2026-02-01', '2026-02-28']);
    expect(periodOf(dayNumber('2028-02-29'), 'month').map(keyOfDayNumber)).toEqual([
      '2028-02-01',
      '2028-02-29',
    ]);
    expect(periodOf(dayNumber('2026-12-31'), 'month').map(keyOfDayNumber)).toEqual([
      '2026-12-01',
      '2026-12-31',
    ]);
  });

  it('the daily part alone is 90 days × accounts × 5 columns', () => {
    expect(estimateCellsAfterThinning(10_000, 90).cells).toBe(4_500_000);
  });
});
