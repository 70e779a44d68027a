/** The order of the bands HEALTHBAND writes, read back from cells that may differ in case or spacing. */
import { BANDS, type Band } from '../bands';
import { normalizeKey } from '../cells';

/** Worse bands rank lower: Unhealthy 0, At risk 1, Healthy 2. */
const RANK = new Map<string, { rank: number; band: Band }>([
  [normalizeKey(BANDS.unhealthy), { rank: 0, band: BANDS.unhealthy }],
  [normalizeKey(BANDS.atRisk), { rank: 1, band: BANDS.atRisk }],
  [normalizeKey(BANDS.healthy), { rank: 2, band: BANDS.healthy }],
]);

/** The band a cell names, with its rank, or null for anything else (`N/A`, blank, other text). */
export function readBand(cell: unknown): { rank: number; band: Band } | null {
  return typeof cell === 'string' ? (RANK.get(normalizeKey(cell)) ?? null) : null;
}
