/**
 * Band counts per snapshot day, kept as a compact series in a document property so the sidebar
 * can chart them without reading the Health History sheet. The series is thinned like the sheet:
 * daily for the last 90 days, one day per ISO week before that.
 */
import { fail } from '../args';
import type { BandLabels } from '../bands';
import { readBand } from './band-rank';
import { dayNumber } from './days';
import { DAILY_DAYS, keepLatestPerPeriod } from './thinning';

export interface BandCounts {
  healthy: number;
  atRisk: number;
  unhealthy: number;
  other: number;
}

/** Accounts per band in one snapshot's rows (`Date | Account | Score | Band`). */
export function bandCounts(rows: readonly (readonly unknown[])[], labels?: BandLabels): BandCounts {
  const counts: BandCounts = { healthy: 0, atRisk: 0, unhealthy: 0, other: 0 };
  for (const row of rows) {
    const rank = readBand(row[3], labels)?.rank;
    if (rank === 2) counts.healthy++;
    else if (rank === 1) counts.atRisk++;
    else if (rank === 0) counts.unhealthy++;
    else counts.other++;
  }
  return counts;
}

export interface CountsPoint {
  /** `YYYY-MM-DD`. */
  day: string;
  healthy: number;
  atRisk: number;
  unhealthy: number;
}

/**
 * The series with `entry` added (an entry of the same day replaced), in day order. Days more
 * than `maxDailyDays` before the newest are thinned to the latest of each ISO week that ends
 * before that cutoff.
 */
export function appendCountsSeries(
  series: readonly CountsPoint[],
  entry: CountsPoint,
  options: { maxDailyDays?: number } = {},
): CountsPoint[] {
  if (Number.isNaN(dayNumber(entry.day))) fail(`Band counts day "${entry.day}" is not a YYYY-MM-DD date.`);
  const byDay = new Map<string, CountsPoint>();
  for (const point of series) if (!Number.isNaN(dayNumber(point.day))) byDay.set(point.day, point);
  byDay.set(entry.day, { ...entry });
  const days = [...byDay.keys()].sort();
  const numbers = days.map(dayNumber);
  // The history sheet's own rule: the latest day of each week that ends before the cutoff.
  const cutoff = numbers[numbers.length - 1] - (options.maxDailyDays ?? DAILY_DAYS);
  const kept = new Set(keepLatestPerPeriod(numbers, cutoff, 'week'));
  return days.filter((_, i) => kept.has(numbers[i])).map((day) => byDay.get(day)!);
}

/** A document property holds at most 9 KB; the encoded series stays below this. */
export const COUNTS_MAX_CHARS = 8_500;

/**
 * The series as compact JSON (`[["2026-11-23",812,140,48],…]`, about 33 characters a day); the
 * oldest days are dropped if it would not fit in `maxChars`, so writing the property never fails.
 */
export function encodeCountsSeries(series: readonly CountsPoint[], maxChars = COUNTS_MAX_CHARS): string {
  const items = series.map(({ day, healthy, atRisk, unhealthy }) =>
    JSON.stringify([day, healthy, atRisk, unhealthy]),
  );
  let length = items.reduce((sum, item) => sum + item.length + 1, 1);
  let first = 0;
  while (length > maxChars && first < items.length) length -= items[first++].length + 1;
  return `[${items.slice(first).join(',')}]`;
}

/** Reads what {@link encodeCountsSeries} wrote; a missing or damaged property reads as no history. */
export function decodeCountsSeries(text: string | null | undefined): CountsPoint[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((item): CountsPoint[] => {
    if (!Array.isArray(item) || typeof item[0] !== 'string' || Number.isNaN(dayNumber(item[0]))) return [];
    const [healthy, atRisk, unhealthy] = [1, 2, 3].map((k) =>
      Number.isFinite(item[k]) ? Number(item[k]) : 0,
    );
    return [{ day: item[0], healthy, atRisk, unhealthy }];
  });
}
