/**
 * The Backtest tab's learning on a small portfolio: HEALTHWEIGHTS' table, made more conservative
 * where the data is too thin to judge a metric the current model relies on.
 *
 * HEALTHWEIGHTS blends its learned weights with the current model's (trust m / FULL_TRUST, m the
 * accounts of the rarer outcome) but gives weight 0 to a metric whose own AUC is within chance of
 * 0.5 (contract §3: a metric that does not help weighs 0). On a few dozen churned accounts a
 * useful metric often looks like chance, so the learned model drops metrics the current one rightly
 * weighs and ranks new accounts worse than it (the bank churn table in docs/learning.md): too
 * little data to show that a metric helps is not evidence that it does not.
 *
 * So what the tab offers (and "Apply learned weights" writes) gives such a metric back part of its
 * place in the blend when its own AUC under the current model's Red/Green points the model's way:
 * up to (1 − trust) × its current share, in proportion to how far that AUC is from 0.5 towards
 * the edge of the chance band (a metric at the edge keeps all of it, one at 0.5 none), with its
 * current Red/Green. It does so only when the current model itself separates these accounts (its
 * AUC more than half the band above 0.5): a model no better than chance is what learning should
 * replace. A metric pointing the other way, or without a column, stays at 0; with FULL_TRUST
 * accounts of each outcome nothing changes. HEALTHWEIGHTS itself is unchanged.
 */
import type { Grid } from '../args';
import { aucOf } from '../auc';
import { modelScores } from '../healthscore';
import { formatThreshold, type HealthModel, type MetricRule } from '../model';
import { assignRows, isSegmented, modelParts } from '../segments';
import { chanceAucBand, MIN_PER_OUTCOME, toPercentages, trustInData } from '../weights';

export interface LearningSample {
  headers: readonly unknown[];
  /** The accounts HEALTHWEIGHTS learned from. */
  rows: Grid;
  /** Their outcomes: true churned, false retained, null unknown. */
  churned: readonly (boolean | null)[];
  /** The current model, whose table HEALTHWEIGHTS learned from. */
  model: HealthModel;
  nowMs: number;
}

/** HEALTHWEIGHTS' table with the metrics the rule keeps given back their blended share. */
export function shrinkTowardCurrent(
  learnedTable: readonly (readonly unknown[])[],
  sample: LearningSample,
): unknown[][] {
  const table = learnedTable.map((row) => [...row]);
  // Table rows of the model's metrics, in order (blank rows between metrics stay in the table).
  const metricRows = table.flatMap((row, r) => (r > 0 && String(row[0] ?? '').trim() !== '' ? [r] : []));
  if (metricRows.length !== sample.model.metrics.length) return table;
  const segments = isSegmented(sample.model) ? modelParts(sample.model) : null;
  const parts = segments ?? [{ model: sample.model, ruleIndices: sample.model.metrics.map((_, j) => j) }];
  const partOf = segments === null ? null : assignRows(sample.rows, sample.headers, segments);
  parts.forEach((part, p) => {
    const rows = sample.rows.flatMap((_, i) =>
      sample.churned[i] !== null && (partOf === null || partOf[i] === p) ? [i] : [],
    );
    const learned = part.ruleIndices.map((j) => Number(table[metricRows[j]][1]) || 0);
    const shares = partShares(part.model.metrics, learned, rows, sample);
    if (shares === null) return;
    const percentages = toPercentages(shares.weights);
    part.ruleIndices.forEach((j, k) => {
      const row = table[metricRows[j]];
      row[1] = percentages[k];
      // A metric kept from the current model keeps its Red/Green: no evidence moved them.
      if (shares.kept[k])
        [row[2], row[3]] = [
          formatThreshold(part.model.metrics[k].red),
          formatThreshold(part.model.metrics[k].green),
        ];
    });
  });
  return table;
}

/**
 * One part's weights (fractions) after the rule, or null when it changes nothing. HEALTHWEIGHTS'
 * percentages W are trust × learned + (1 − trust) × current, the current shares taken over the
 * metrics it did not zero; the learned part is W minus that current part, and the blend is redone
 * with the zeroed metrics the rule keeps back among the current shares, each at `kept` × its weight.
 */
function partShares(
  rules: readonly MetricRule[],
  learnedPercent: readonly number[],
  rows: readonly number[],
  sample: LearningSample,
): { weights: number[]; kept: boolean[] } | null {
  const lost = rows.filter((i) => sample.churned[i]).length;
  const retained = rows.length - lost;
  const trust = trustInData(lost, retained);
  // Too few to learn from (HEALTHWEIGHTS kept the current weights) or enough to trust the data.
  if (Math.min(lost, retained) < MIN_PER_OUTCOME || trust >= 1) return null;
  const current = rules.map((rule) => rule.weight);
  const zeroed = current.map((weight, k) => weight > 0 && learnedPercent[k] === 0);
  if (!zeroed.some(Boolean)) return null;
  const band = chanceAucBand(lost, retained);
  const alone = (metrics: MetricRule[]) =>
    aucAlone({ metrics: metrics.map((rule) => ({ ...rule, segment: undefined })) }, rows, sample);
  // Only a current model that itself separates these accounts (AUC one standard error, half the
  // band, above chance) is worth keeping closer to: one that ranks them no better than chance is
  // what learning should replace (the Orange / BigML starter).
  if (alone([...rules]) <= 0.5 + band / 2) return null;
  const kept = zeroed.map((isZeroed, k) => {
    if (!isZeroed) return 0;
    const auc = alone([{ ...rules[k], weight: 1 }]);
    return Math.max(0, Math.min(1, (auc - 0.5) / band));
  });
  if (!kept.some((share) => share > 0)) return null;
  const before = current.reduce((total, w, k) => total + (zeroed[k] ? 0 : w), 0);
  const blended = current.map((w, k) => (zeroed[k] ? kept[k] * w : w));
  const after = blended.reduce((total, w) => total + w, 0);
  const weights = learnedPercent.map((percent, k) => {
    const learnedPart =
      before > 0
        ? Math.max(0, percent / 100 - ((1 - trust) * (zeroed[k] ? 0 : current[k])) / before)
        : (trust * percent) / 100;
    return learnedPart + ((1 - trust) * blended[k]) / after;
  });
  return { weights, kept: kept.map((share) => share > 0) };
}

/** AUC of the model's scores over the learning accounts (0.5 when one outcome has no score). */
function aucAlone(alone: HealthModel, rows: readonly number[], sample: LearningSample): number {
  const scores = modelScores(
    rows.map((i) => sample.rows[i]),
    sample.headers,
    alone,
    0.5,
    sample.nowMs,
  );
  const lost: number[] = [];
  const kept: number[] = [];
  rows.forEach((i, k) => {
    const score = scores[k][0];
    if (typeof score === 'number') (sample.churned[i] ? lost : kept).push(score);
  });
  return lost.length > 0 && kept.length > 0 ? aucOf(lost, kept) : 0.5;
}
