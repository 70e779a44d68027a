/**
 * Backtest: how well the current Health Model and the one HEALTHWEIGHTS learns from the same
 * accounts (kept closer to the current model on a small portfolio: small-portfolio.ts) separate
 * churned from retained accounts, overall and on accounts a learned model did not see (k-fold
 * cross-validation), and how churn spreads over the bands.
 */
import { fail, failWith, type Grid, listArg } from '../args';
import { aucOf, readOutcome } from '../auc';
import { BANDS, type Band, type BandRule, bandOf, parseBandRule } from '../bands';
import { modelScores, type ScoreCell } from '../healthscore';
import { type HealthModel, parseModelTable } from '../model';
import { healthWeights, MIN_PER_OUTCOME } from '../weights';
import { shrinkTowardCurrent } from './small-portfolio';

export type BacktestBands = { healthyAt: number; unhealthyBelow: number } | 'quartiles';

export interface BacktestInput {
  headers: readonly unknown[];
  rows: Grid;
  /** The current model, parsed. */
  model: HealthModel;
  /** The Health Model table as on the sheet, header first, so the learned one keeps Group/Values/Missing. */
  modelTable: Grid;
  /** One outcome cell per row (a column range is fine too). */
  outcomes: readonly unknown[];
  bands: BacktestBands;
  nowMs: number;
  /** As HEALTHSCORE's min_coverage (default 0.5): accounts below it have no score. */
  minCoverage?: number;
  /** Folds of the cross-validation (default 2). */
  folds?: number;
  /** Sheet row of `rows[0]`, so errors name the row the user sees (default 1). */
  firstRow?: number;
  /** What errors call the outcome column (default "outcomes"). */
  outcomeName?: string;
}

export interface BandChurn {
  band: Band;
  accounts: number;
  churned: number;
  /** churned ÷ accounts; null when the band has no account. */
  churnRate: number | null;
}

export interface ModelBacktest {
  /** AUC over every account with an outcome and a score (in-sample for the learned model). */
  auc: number | null;
  /**
   * Mean AUC over the folds, on accounts the fold's learned weights did not learn from; for the
   * current model the same accounts. Null with fewer churned or retained accounts than folds.
   */
  heldOutAuc: number | null;
  /** Accounts with an outcome and a score. */
  accounts: number;
  churned: number;
  /** Accounts with an outcome but no score (blank row, or coverage below min_coverage). */
  unscored: number;
  perBand: BandChurn[];
  /** Unhealthy churn rate ÷ Healthy churn rate; null when the Healthy rate is 0 or unknown. */
  lift: number | null;
}

export interface BacktestResult {
  current: ModelBacktest;
  learned: ModelBacktest;
  /**
   * The table learned from every account (HEALTHWEIGHTS', kept closer to the current model on a
   * small portfolio): what "Apply learned weights" writes.
   */
  learnedModelTable: unknown[][];
}

type Scores = ScoreCell[];

export function backtest(input: BacktestInput): BacktestResult {
  const { headers, rows, nowMs } = input;
  const minCoverage = input.minCoverage ?? 0.5;
  const folds = input.folds ?? 2;
  if (!Number.isInteger(folds) || folds < 2) fail(`folds must be a whole number ≥ 2, not ${folds}.`);
  const churned = readOutcomes(input);

  // The model's own scores, never an override (learning and the backtest judge the model), each
  // segment scored by its own rows as HEALTHSCORE does.
  const scoreWith = (model: HealthModel): Scores =>
    modelScores(rows, headers, model, minCoverage, nowMs).map((cell) => cell[0]);
  // HEALTHWEIGHTS' table, kept closer to the current model on a small portfolio (small-portfolio.ts).
  const learnFrom = (indices: readonly number[]): unknown[][] => {
    const learningRows = indices.map((i) => rows[i]);
    const outcomes = indices.map((i) => churned[i]);
    const learned = healthWeights(
      learningRows,
      [headers],
      input.modelTable,
      outcomes.map((outcome) => [outcome]),
      nowMs,
    );
    return shrinkTowardCurrent(learned, {
      headers,
      rows: learningRows,
      churned: outcomes,
      model: input.model,
      nowMs,
    });
  };
  const learnedScores = (table: unknown[][]): Scores | null =>
    hasWeight(table) ? scoreWith(parseModelTable(table)) : null;

  const labelled = churned.flatMap((outcome, i) => (outcome === null ? [] : [i]));
  const learnedModelTable = learnFrom(labelled);
  const currentScores = scoreWith(input.model);
  const fullLearned = learnedScores(learnedModelTable);
  if (fullLearned === null) {
    failWith('backtestNoSignal');
  }

  const held = heldOutAucs(labelled, churned, folds, currentScores, (fold) => learnedScores(learnFrom(fold)));
  return {
    current: summary(currentScores, churned, input.bands, held.current),
    learned: summary(fullLearned, churned, input.bands, held.learned),
    learnedModelTable,
  };
}

/** true churned, false retained, null blank; fails on bad text, or with too few of either. */
function readOutcomes(input: BacktestInput): (boolean | null)[] {
  const name = input.outcomeName ?? 'outcomes';
  const firstRow = input.firstRow ?? 1;
  const cells = listArg(input.outcomes, name);
  if (cells.length !== input.rows.length) {
    failWith('backtestRows', { rows: input.rows.length, name, outcomes: cells.length });
  }
  const churned = cells.map((cell, i) => readOutcome(cell, firstRow + i, name));
  const lost = churned.filter((outcome) => outcome === true).length;
  const kept = churned.filter((outcome) => outcome === false).length;
  if (lost + kept === 0) {
    failWith('backtestBlank', { name });
  }
  if (Math.min(lost, kept) < MIN_PER_OUTCOME) {
    failWith('backtestFew', { min: MIN_PER_OUTCOME, name, churned: lost, retained: kept });
  }
  return churned;
}

function hasWeight(table: readonly (readonly unknown[])[]): boolean {
  return table.slice(1).some((row) => typeof row[1] === 'number' && row[1] > 0);
}

/**
 * k-fold cross-validation, split deterministically and stratified: the n-th churned account goes
 * to fold n mod k, and so does the n-th retained one, so every fold holds both outcomes. Each
 * fold's held-out accounts are scored by the model learned from the other folds, and by the
 * current model; only accounts both score count, so both AUCs rest on the same accounts. A fold
 * whose learned weights are all 0 scores every account alike: AUC 0.5.
 */
function heldOutAucs(
  labelled: readonly number[],
  churned: readonly (boolean | null)[],
  folds: number,
  currentScores: Scores,
  learnOthers: (training: number[]) => Scores | null,
): { current: number | null; learned: number | null } {
  const counts = [0, 0];
  const foldOf = new Map<number, number>();
  for (const i of labelled) {
    const kind = churned[i] ? 1 : 0;
    foldOf.set(i, counts[kind]++ % folds);
  }
  // Each fold learns from the others: both outcomes must leave enough accounts there to learn from.
  const training = (count: number) => count - Math.ceil(count / folds);
  if (Math.min(training(counts[0]), training(counts[1])) < MIN_PER_OUTCOME)
    return { current: null, learned: null };
  const current: number[] = [];
  const learned: number[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const heldOut = labelled.filter((i) => foldOf.get(i) === fold);
    const scores = learnOthers(labelled.filter((i) => foldOf.get(i) !== fold));
    const both = heldOut.filter(
      (i) => typeof currentScores[i] === 'number' && (scores === null || typeof scores[i] === 'number'),
    );
    const currentAuc = aucOver(both, currentScores, churned);
    const learnedAuc = scores === null ? 0.5 : aucOver(both, scores, churned);
    if (currentAuc === null || learnedAuc === null) continue;
    current.push(currentAuc);
    learned.push(learnedAuc);
  }
  return { current: mean(current), learned: mean(learned) };
}

function aucOver(
  indices: readonly number[],
  scores: Scores,
  churned: readonly (boolean | null)[],
): number | null {
  const lost: number[] = [];
  const kept: number[] = [];
  for (const i of indices) {
    const score = scores[i];
    if (typeof score === 'number' && churned[i] !== null) (churned[i] ? lost : kept).push(score);
  }
  return lost.length > 0 && kept.length > 0 ? aucOf(lost, kept) : null;
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** AUC, accounts and churn per band; bands as HEALTHBAND draws them over this model's scores. */
function summary(
  scores: Scores,
  churned: readonly (boolean | null)[],
  bands: BacktestBands,
  heldOutAuc: number | null,
): ModelBacktest {
  const numeric = scores.filter((score): score is number => typeof score === 'number');
  const rule: BandRule =
    bands === 'quartiles'
      ? parseBandRule('quartiles', '', numeric)
      : parseBandRule(bands.healthyAt, bands.unhealthyBelow, []);
  const perBand = [BANDS.healthy, BANDS.atRisk, BANDS.unhealthy].map((band) => ({
    band,
    accounts: 0,
    churned: 0,
    churnRate: null as number | null,
  }));
  let unscored = 0;
  const scored: number[] = [];
  churned.forEach((outcome, i) => {
    if (outcome === null) return;
    const score = scores[i];
    if (typeof score !== 'number') {
      unscored++;
      return;
    }
    scored.push(i);
    const entry = perBand.find(({ band }) => band === bandOf(score, rule))!;
    entry.accounts++;
    if (outcome) entry.churned++;
  });
  for (const entry of perBand) entry.churnRate = entry.accounts === 0 ? null : entry.churned / entry.accounts;
  const [healthy, , unhealthy] = perBand;
  const lift =
    healthy.churnRate !== null && healthy.churnRate > 0 && unhealthy.churnRate !== null
      ? unhealthy.churnRate / healthy.churnRate
      : null;
  return {
    auc: aucOver(scored, scores, churned),
    heldOutAuc,
    accounts: scored.length,
    churned: scored.filter((i) => churned[i]).length,
    unscored,
    perBand,
    lift,
  };
}
