/** Band counts per snapshot, and the compact series the sidebar charts. */
import { describe, expect, it } from 'vitest';
import {
  appendCountsSeries,
  bandCounts,
  COUNTS_MAX_CHARS,
  type CountsPoint,
  decodeCountsSeries,
  encodeCountsSeries,
} from '../../src/core/history/counts';
import { dayNumber, keyOfDayNumber, mondayOf } from '../../src/core/history/days';

const point = (day: string, healthy = 1, atRisk = 2, unhealthy = 3): CountsPoint => ({
  day,
  healthy,
  atRisk,
  unhealthy,
});

/** Daily snapshots for `days` days from 2025-01-01, with counts of up to five digits. */
function series(days: number, maxDailyDays?: number): CountsPoint[] {
  let result: CountsPoint[] = [];
  const first = dayNumber('2025-01-01');
  for (let i = 0; i < days; i++) {
    const entry = point(keyOfDayNumber(first + i), 10_000 - i, 1_000 + i, 100 + (i % 900));
    result = appendCountsSeries(result, entry, maxDailyDays === undefined ? {} : { maxDailyDays });
  }
  return result;
}

describe('bandCounts', () => {
  it('counts one snapshot by band, any case; anything else is other', () => {
    const day = new Date(Date.UTC(2026, 10, 23));
    const rows = [
      [day, 'A', 80, 'Healthy'],
      [day, 'B', 75, 'healthy '],
      [day, 'C', 50, 'At risk'],
      [day, 'D', 10, 'Unhealthy'],
      [day, 'E', 10, 'N/A'],
      [day, 'F', 10, ''],
    ];
    expect(bandCounts(rows)).toEqual({ healthy: 2, atRisk: 1, unhealthy: 1, other: 2 });
    expect(bandCounts([])).toEqual({ healthy: 0, atRisk: 0, unhealthy: 0, other: 0 });
  });
});

describe('appendCountsSeries', () => {
  it('replaces an entry of the same day and keeps days in order', () => {
    let s = appendCountsSeries([], point('2026-11-23'));
    s = appendCountsSeries(s, point('2026-11-21'));
    s = appendCountsSeries(s, point('2026-11-23', 9, 9, 9));
    expect(s).toEqual([point('2026-11-21'), point('2026-11-23', 9, 9, 9)]);
  });

  it('keeps 90 days daily and one day (the latest) per ISO week before that', () => {
    const s = series(400);
    const newest = dayNumber(s[s.length - 1].day);
    const cutoff = newest - 90;
    const days = s.map((p) => dayNumber(p.day));
    const daily = days.filter((d) => mondayOf(d) + 6 >= cutoff);
    expect(daily[daily.length - 1] - daily[0] + 1).toBe(daily.length); // no gaps
    expect(daily[0]).toBeLessThanOrEqual(cutoff);
    const weekly = days.filter((d) => mondayOf(d) + 6 < cutoff);
    expect(new Set(weekly.map(mondayOf)).size).toBe(weekly.length);
    // The latest day of each full week is its Sunday; the first (partial) week keeps its last day too.
    expect(weekly.slice(1).every((d) => d === mondayOf(d) + 6)).toBe(true);
    expect(s[s.length - 1]).toEqual(point('2026-02-04', 10_000 - 399, 1_399, 100 + 399));
  });

  it('rejects a day that is not YYYY-MM-DD', () => {
    expect(() => appendCountsSeries([], point('23/11/2026'))).toThrow(/not a YYYY-MM-DD date/);
  });
});

describe('encoded series', () => {
  it('two years of daily snapshots (10,000 accounts) stay well below 9 KB', () => {
    const s = series(730);
    const json = encodeCountsSeries(s);
    expect(s.length).toBeLessThan(200);
    expect(json.length).toBeLessThan(7_000);
    expect(new TextEncoder().encode(json).length).toBe(json.length); // ASCII: characters are bytes
    expect(decodeCountsSeries(json)).toEqual(s);
    // Why the compact encoding: the same points as JSON objects would not fit.
    expect(JSON.stringify(s).length).toBeGreaterThan(9 * 1024);
  });

  it('drops the oldest days rather than outgrow the property', () => {
    const s = series(1_500);
    const json = encodeCountsSeries(s);
    expect(json.length).toBeLessThanOrEqual(COUNTS_MAX_CHARS);
    const decoded = decodeCountsSeries(json);
    expect(decoded[decoded.length - 1]).toEqual(s[s.length - 1]);
    expect(decoded).toEqual(s.slice(s.length - decoded.length));
    const last = s[s.length - 1];
    expect(encodeCountsSeries(s, 40)).toBe(
      JSON.stringify([[last.day, last.healthy, last.atRisk, last.unhealthy]]),
    );
  });

  it('reads a missing or damaged property as no history, and skips damaged entries', () => {
    expect(decodeCountsSeries(null)).toEqual([]);
    expect(decodeCountsSeries('{oops')).toEqual([]);
    expect(decodeCountsSeries('{"day":1}')).toEqual([]);
    expect(decodeCountsSeries('[["2026-11-23",1,2,3],["nope",1,2,3],5,["2026-11-24","x",2]]')).toEqual([
      point('2026-11-23'),
      point('2026-11-24', 0, 2, 0),
    ]);
  });
});
