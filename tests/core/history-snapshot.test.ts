/** Health History snapshots: the rows a snapshot appends, and the same-day block it replaces. */
import { describe, expect, it } from 'vitest';
import { cellDayKeys, dayKey, dayNumber, keyOfDayNumber, mondayOf } from '../../src/core/history/days';
import { HISTORY_HEADER, sameDayBlock, snapshotRows } from '../../src/core/history/snapshot';

const DAY = new Date(Date.UTC(2026, 10, 23, 6, 30));

describe('snapshotRows', () => {
  it('writes Date | Account | Score | Band | Computed score, one row per account, names and bands trimmed', () => {
    const { rows, skipped } = snapshotRows(DAY, [
      { key: '  Acme ', score: 81.25, band: 'Healthy ' },
      { key: 1042, score: 12, band: 'Unhealthy' },
      { key: 'Beta', score: 55, band: '' },
    ]);
    expect(HISTORY_HEADER).toEqual(['Date', 'Account', 'Score', 'Band', 'Computed score']);
    expect(rows).toEqual([
      [DAY, 'Acme', 81.25, 'Healthy', 81.25],
      [DAY, '1042', 12, 'Unhealthy', 12],
      [DAY, 'Beta', 55, '', 55],
    ]);
    expect(skipped).toEqual([]);
  });

  it('records the computed score beside an overridden one, blank when the model had none', () => {
    const { rows } = snapshotRows(DAY, [
      { key: 'Acme', score: 20, band: 'Unhealthy', computed: 84.5 },
      { key: 'Beta', score: 90, band: 'Healthy', computed: 'N/A' },
      { key: 'Gamma', score: 61, band: 'At risk' },
    ]);
    expect(rows).toEqual([
      [DAY, 'Acme', 20, 'Unhealthy', 84.5],
      [DAY, 'Beta', 90, 'Healthy', ''],
      [DAY, 'Gamma', 61, 'At risk', 61],
    ]);
  });

  it('skips rows without a name or a numeric score, and counts them with a reason', () => {
    const accounts = [
      { key: '', score: 50, band: 'At risk' },
      { key: '   ', score: 50, band: 'At risk' },
      { key: 'NA Co', score: 'N/A', band: 'N/A' },
      { key: 'Blank Co', score: '', band: '' },
      { key: 'Text Co', score: '55', band: 'At risk' },
      { key: 'Inf Co', score: Number.POSITIVE_INFINITY, band: '' },
      { key: 'Good Co', score: 70, band: 'Healthy' },
    ];
    const { rows, skipped } = snapshotRows(DAY, accounts);
    expect(rows.map((row) => row[1])).toEqual(['Good Co']);
    expect(skipped).toEqual([
      { reason: 'no account', count: 2, examples: [], message: '2 rows had no account name' },
      {
        reason: 'no score',
        count: 4,
        examples: ['NA Co', 'Blank Co', 'Text Co', 'Inf Co'],
        message: '4 accounts had no score: NA Co, Blank Co, Text Co, Inf Co',
      },
    ]);
  });

  it('keeps the first row of a name listed twice (trimmed, any case) and reports the others', () => {
    const { rows, skipped } = snapshotRows(DAY, [
      { key: 'Acme', score: 80, band: 'Healthy' },
      { key: ' ACME  ', score: 20, band: 'Unhealthy' },
      { key: 'acme', score: 30, band: 'Unhealthy' },
      { key: 'Beta', score: 'N/A', band: 'N/A' },
      { key: 'beta', score: 60, band: 'At risk' },
    ]);
    expect(rows).toEqual([[DAY, 'Acme', 80, 'Healthy', 80]]);
    expect(skipped.map(({ reason, count }) => [reason, count])).toEqual([
      ['no score', 1],
      ['duplicate', 3],
    ]);
    expect(skipped[1].examples).toEqual(['ACME', 'acme', 'beta']);
    expect(skipped[1].message).toMatch(/^3 accounts were listed twice/);
  });

  it('lists at most five names in a message', () => {
    const accounts = Array.from({ length: 12 }, (_, i) => ({ key: `A${i}`, score: '', band: '' }));
    const [noScore] = snapshotRows(DAY, accounts).skipped;
    expect(noScore.count).toBe(12);
    expect(noScore.examples).toHaveLength(5);
    expect(noScore.message).toBe('12 accounts had no score: A0, A1, A2, A3, A4…');
  });
});

describe('sameDayBlock', () => {
  const at = (day: number, hour = 9) => new Date(Date.UTC(2026, 10, day, hour));

  it('finds where the trailing run of the same calendar day starts', () => {
    const tail = [at(21), at(21), at(22), at(23, 1), at(23, 2), at(23, 2)];
    expect(sameDayBlock(tail, at(23, 20), dayKey)).toBe(3);
  });

  it('is null when the tail ends with another day, is empty, or the day is invalid', () => {
    expect(sameDayBlock([at(22), at(23), at(22)], at(23), dayKey)).toBeNull();
    expect(sameDayBlock([], at(23), dayKey)).toBeNull();
    expect(sameDayBlock([at(23)], new Date(Number.NaN), dayKey)).toBeNull();
  });

  it('takes blanks inside and after the run into it; text ends the run', () => {
    expect(sameDayBlock([at(22), at(23), '', at(23), '', ''], at(23), dayKey)).toBe(1);
    expect(sameDayBlock([at(23), 'Date', at(23)], at(23), dayKey)).toBe(2);
    expect(sameDayBlock([at(22), '', at(23)], at(23), dayKey)).toBe(2);
  });

  it('returns 0 when the whole tail is that day (the run may go on above)', () => {
    expect(sameDayBlock([at(23), at(23)], at(23), dayKey)).toBe(0);
  });

  it("uses the spreadsheet's time zone through the injected day key", () => {
    // 23:30 UTC on the 22nd is already the 23rd in Berlin (UTC+1 in November).
    const berlin = (date: Date) => dayKey(new Date(date.getTime() + 3_600_000));
    const tail = [at(22, 12), at(22, 23)];
    expect(sameDayBlock(tail, at(23, 8), dayKey)).toBeNull();
    expect(sameDayBlock(tail, at(23, 8), berlin)).toBe(1);
  });

  it('fails clearly when the day key is not YYYY-MM-DD', () => {
    expect(() => sameDayBlock([at(23)], at(23), (date) => date.toDateString())).toThrow(
      /must return YYYY-MM-DD/,
    );
  });
});

describe('day keys', () => {
  it('round-trips and rejects non-days', () => {
    expect(keyOfDayNumber(dayNumber('2026-11-23'))).toBe('2026-11-23');
    expect(keyOfDayNumber(dayNumber('2026-12-30') + 3)).toBe('2027-01-02');
    expect(dayNumber('2026-02-30')).toBeNaN();
    expect(dayNumber('23/11/2026')).toBeNaN();
  });

  it('finds the ISO Monday, including before 1970', () => {
    expect(keyOfDayNumber(mondayOf(dayNumber('2026-11-23')))).toBe('2026-11-23'); // a Monday
    expect(keyOfDayNumber(mondayOf(dayNumber('2026-11-29')))).toBe('2026-11-23'); // its Sunday
    expect(keyOfDayNumber(mondayOf(dayNumber('2027-01-01')))).toBe('2026-12-28');
    expect(keyOfDayNumber(mondayOf(dayNumber('1969-12-31')))).toBe('1969-12-29');
  });

  it('calls a slow formatter once per instant', () => {
    let calls = 0;
    const keyOf = cellDayKeys((date) => {
      calls++;
      return dayKey(date);
    });
    for (let i = 0; i < 1000; i++) keyOf(new Date(DAY.getTime()));
    expect(keyOf('2026-11-23')).toBeNull();
    expect(calls).toBe(1);
  });
});
