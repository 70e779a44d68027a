/** HEALTHBAND: Healthy / At risk / Unhealthy from scores, by fixed thresholds or quartiles. */
import { failWith, listArg, scalarArg, toGrid } from './args';
import { cellParam, isBlank, normalizeKey, readNumber } from './cells';
import { type Override, parseOverrides } from './overrides';
import { percentileOf } from './percentile';

export const BANDS = { healthy: 'Healthy', atRisk: 'At risk', unhealthy: 'Unhealthy' } as const;
export type Band = (typeof BANDS)[keyof typeof BANDS];
export type BandKey = keyof typeof BANDS;
/** A band as HEALTHBAND writes it: one of the team's labels (English by default), or "". */
export type BandCell = string;

/** The texts HEALTHBAND writes (contract §8, `BandLabels`): the team may rename every band. */
export interface BandLabels {
  healthy: string;
  atRisk: string;
  unhealthy: string;
  /** Shown for a score that is not a number (N/A from HEALTHSCORE, text). */
  noScore: string;
}

export const DEFAULT_BAND_LABELS: Readonly<BandLabels> = { ...BANDS, noScore: 'N/A' };
const LABEL_ORDER = ['healthy', 'atRisk', 'unhealthy', 'noScore'] as const;

/**
 * `labels`: a row or column of three texts (healthy, at risk, unhealthy) and optionally a fourth
 * for no score; blank or omitted → the English defaults (a blank entry keeps its default).
 */
export function parseBandLabels(arg: unknown): BandLabels {
  if (arg === undefined) return DEFAULT_BAND_LABELS;
  const list = listArg(arg, 'labels');
  if (list.every(isBlank)) return DEFAULT_BAND_LABELS;
  if (list.length > 4) {
    failWith('labelsCount', { count: list.length });
  }
  const labels = { ...DEFAULT_BAND_LABELS };
  list.forEach((cell, i) => {
    if (!isBlank(cell)) labels[LABEL_ORDER[i]] = String(cell).trim();
  });
  const seen = new Map<string, number>();
  LABEL_ORDER.forEach((key, i) => {
    const text = normalizeKey(labels[key]);
    const first = seen.get(text);
    if (first !== undefined) {
      failWith('labelsTwice', { first: first + 1, second: i + 1, label: labels[key] });
    }
    seen.set(text, i);
  });
  return labels;
}

/** The band key of a label text (case and spaces ignored), for reading bands back from cells. */
export function bandKeyOf(text: unknown, labels: BandLabels = DEFAULT_BAND_LABELS): BandKey | null {
  if (typeof text !== 'string') return null;
  const key = normalizeKey(text);
  for (const band of ['healthy', 'atRisk', 'unhealthy'] as const) {
    if (normalizeKey(labels[band]) === key) return band;
  }
  return null;
}

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
    failWith('bandOrder', { healthy: healthyAt, unhealthy: unhealthyBelow });
  }
  return { kind: 'fixed', healthyAt, unhealthyBelow };
}

function thresholdArg(cell: unknown, name: string, fallback: number): number {
  if (cell === undefined || isBlank(cell)) return fallback;
  const value = readNumber(cell);
  if (Number.isNaN(value)) {
    failWith(name === 'healthy_at' ? 'healthyNaN' : 'unhealthyNaN', { cell: cellParam(cell) });
  }
  return value;
}

/** The band key of a numeric score under a rule. */
export function bandKey(score: number, rule: BandRule): BandKey {
  if (rule.kind === 'fixed') {
    if (score >= rule.healthyAt) return 'healthy';
    return score < rule.unhealthyBelow ? 'unhealthy' : 'atRisk';
  }
  const top = score >= rule.p75;
  const bottom = score <= rule.p25;
  if (top && bottom) return 'atRisk';
  return top ? 'healthy' : bottom ? 'unhealthy' : 'atRisk';
}

export function bandOf(score: unknown, rule: BandRule, labels: BandLabels = DEFAULT_BAND_LABELS): BandCell {
  if (typeof score !== 'number' || !Number.isFinite(score)) return isBlank(score) ? '' : labels.noScore;
  return labels[bandKey(score, rule)];
}

const SCORE_NOISE = 1e-9;

/** Scores run 0–100: a number outside that is a wrong range or a wrong column, never a band. */
function checkScores(grid: readonly (readonly unknown[])[]): void {
  for (const [r, row] of grid.entries()) {
    for (const [c, score] of row.entries()) {
      // A hair of float noise (100.00000000000001 from weights like 0.013) is still a score.
      if (typeof score === 'number' && (score < -SCORE_NOISE || score > 100 + SCORE_NOISE)) {
        if (grid.length === 1 && row.length === 1) failWith('scoreRange', { score });
        failWith('scoreRangeAt', { row: r + 1, column: c + 1, score });
      }
    }
  }
}

/** Same shape out as in: a band per score cell; a band set by hand (overrides) shows while it holds. */
export function healthBand(
  scoresArg: unknown,
  healthyArg: unknown,
  unhealthyArg: unknown,
  labelsArg?: unknown,
  accountsArg?: unknown,
  overridesArg?: unknown,
  nowMs: number = Date.now(),
): BandCell | BandCell[][] {
  const grid = toGrid(scoresArg);
  checkScores(grid);
  const rule = parseBandRule(healthyArg, unhealthyArg, grid.flat());
  const labels = parseBandLabels(labelsArg);
  if (!Array.isArray(scoresArg)) return bandOf(scoresArg, rule, labels);
  const bands = grid.map((row) => row.map((score) => bandOf(score, rule, labels)));
  const overrides = parseOverrides(overridesArg, nowMs);
  if (overrides === null || overrides.active.size === 0) return bands;
  const accounts = accountsArg === undefined ? [] : listArg(accountsArg, 'accounts');
  const cells = grid.length * (grid[0]?.length ?? 0);
  if (accounts.length !== cells) failWith('overrideAccounts', { accounts: accounts.length, scores: cells });
  const width = grid[0].length;
  accounts.forEach((account, k) => {
    const override = overrides.active.get(normalizeKey(account));
    if (override?.band == null) return;
    bands[Math.floor(k / width)][k % width] = labels[overrideBandKey(override, labels)];
  });
  return bands;
}

/** The band an override names: in the team's labels, or the English defaults. */
function overrideBandKey(override: Override, labels: BandLabels): BandKey {
  const key = bandKeyOf(override.band, labels) ?? bandKeyOf(override.band, DEFAULT_BAND_LABELS);
  if (key !== null) return key;
  return failWith('overrideBand', {
    row: override.row,
    account: override.account,
    cell: cellParam(override.band),
    labels: [labels.healthy, labels.atRisk, labels.unhealthy],
  });
}
