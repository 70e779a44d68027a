/** Calendar days in the spreadsheet's time zone, computed with Intl (no service call). */
import { describe, expect, it } from 'vitest';
import { zonedDayKey, zonedMidnight } from '../../src/core/history/zoned';

describe('zoned days', () => {
  it('gives the day of an instant in the zone, which may differ from the UTC day', () => {
    const tehran = zonedDayKey('Asia/Tehran');
    expect(tehran(new Date('2026-11-22T21:00:00Z'))).toBe('2026-11-23');
    expect(zonedDayKey('America/Los_Angeles')(new Date('2026-11-23T05:00:00Z'))).toBe('2026-11-22');
  });

  it('gives the instant a day starts, across a daylight-saving change', () => {
    expect(zonedMidnight('2026-11-23', 'Asia/Tehran').toISOString()).toBe('2026-11-22T20:30:00.000Z');
    expect(zonedMidnight('2026-03-29', 'Europe/Rome').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(zonedMidnight('2026-03-30', 'Europe/Rome').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(zonedMidnight('2026-11-23', 'Etc/UTC').toISOString()).toBe('2026-11-23T00:00:00.000Z');
  });

  it('round-trips: the midnight of a day is on that day', () => {
    for (const zone of ['Asia/Bangkok', 'Pacific/Auckland', 'America/Sao_Paulo']) {
      const keyOf = zonedDayKey(zone);
      for (const day of ['2026-01-01', '2026-04-05', '2026-10-04', '2026-12-31'])
        expect(keyOf(zonedMidnight(day, zone))).toBe(day);
    }
  });

  it('names an unknown zone and a bad day', () => {
    expect(() => zonedDayKey('Mars/Olympus')).toThrow('"Mars/Olympus" is not a time zone');
    expect(() => zonedMidnight('2026-02-30', 'Etc/UTC')).toThrow('"2026-02-30" is not a day');
  });
});
