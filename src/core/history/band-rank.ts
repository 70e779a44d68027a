/**
 * The order of the bands HEALTHBAND writes, read back from cells that may differ in case or
 * spacing. The team's own labels (contract §8) are read first; the English defaults still read,
 * so history written before a rename keeps its meaning.
 */
import { type BandKey, type BandLabels, bandKeyOf, DEFAULT_BAND_LABELS } from '../bands';

/** Worse bands rank lower: Unhealthy 0, At risk 1, Healthy 2. */
const RANK: Readonly<Record<BandKey, number>> = { unhealthy: 0, atRisk: 1, healthy: 2 };

/**
 * The band a cell names, with its rank and its text in the current labels, or null for anything
 * else (`N/A`, blank, other text).
 */
export function readBand(
  cell: unknown,
  labels: BandLabels = DEFAULT_BAND_LABELS,
): { rank: number; band: string; key: BandKey } | null {
  const key = bandKeyOf(cell, labels) ?? bandKeyOf(cell, DEFAULT_BAND_LABELS);
  return key === null ? null : { rank: RANK[key], band: labels[key], key };
}
