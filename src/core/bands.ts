/** HEALTHBAND: Healthy / At risk / Unhealthy from scores, by fixed thresholds or quartiles. */
import { fail, scalarArg, toGrid } from './args';
import { describeCell, isBlank, readNumber } from './cells';
import { percentileOf } from './percentile';

export const BANDS = { healthy: 'Healthy', atRisk: 'At risk', unhealthy: 'Unhealthy' } as const;
export type Band = (typeof BANDS)[keyof typeof BANDS];
export type BandCell = Band | '' | 'N/A';

export const DEFAULT_HEALTHY_AT = 70;
export const DEFAULT_UNHEALTHY_BELOW = 40;

export type BandRule =
  | { kind: 'fixed'; healthyAt: number; unhealthyBelow: number }
  | { kind: 'quartiles'; p25: number; p75: number };

/** Parses the two threshold arguments; quartiles are computed over the numeric `scores`. */
export function parseBandRule(
  healthyArg: unknown,
  unhealthyArg: unknown,
  scores: readonly unknown[],
): BandRule {
  const healthyCell = scalarArg(healthyArg, 'healthy_at');
  if (typeof healthyCell === 'string' && healthyCell.trim().toLowerCase() === 'quartiles') {
    const numeric = scores.filter(
      (score): score is number => typeof score === 'number' && Number.isFinite(score),
    );
    return { kind: 'quartiles', p25: percentileOf(numeric, 25), p75: percentileOf(numeric, 75) };
  }
  const healthyAt = thresholdArg(healthyCell, 'healthy_at', DEFAULT_HEALTHY_AT);
  const unhealthyBelow = thresholdArg(
    scalarArg(unhealthyArg, 'unhealthy_below'),
    'unhealthy_below',
    DEFAULT_UNHEALTHY_BELOW,
  );
  if (healthyAt <= unhealthyBelow) {
    fail(`healthy_at (${healthyAt}) must be above unhealthy_below (${unhealthyBelow}).`);
  }
  return { kind: 'fixed', healthyAt, unhealthyBelow };
}

function thresholdArg(cell: unknown, name: string, fallback: number): number {
  if (cell === undefined || isBlank(cell)) return fallback;
  const value = readNumber(cell);
  if (Number.isNaN(value)) {
    const hint = name === 'healthy_at' ? ' or the word "quartiles"' : '';
    fail(`${name} ${describeCell(cell)} must be a number${hint}.`);
  }
  return value;
}

export function bandOf(score: unknown, rule: BandRule): BandCell {
  if (typeof score !== 'number' || !Number.isFinite(score)) return isBlank(score) ? '' : 'N/A';
  if (rule.kind === 'fixed') {
    if (score >= rule.healthyAt) return BANDS.healthy;
    return score < rule.unhealthyBelow ? BANDS.unhealthy : BANDS.atRisk;
  }
  const top = score >= rule.p75;
  const bottom = score <= rule.p25;
  if (top && bottom) return BANDS.atRisk;
  return top ? BANDS.healthy : bottom ? BANDS.unhealthy : BANDS.atRisk;
}

/** Same shape out as in: a band per score cell. */
export function healthBand(
  scoresArg: unknown,
  healthyArg: unknown,
  unhealthyArg: unknown,
): BandCell | BandCell[][] {
  const grid = toGrid(scoresArg);
  const rule = parseBandRule(healthyArg, unhealthyArg, grid.flat());
  if (!Array.isArray(scoresArg)) return bandOf(scoresArg, rule);
  return grid.map((row) => row.map((score) => bandOf(score, rule)));
}
