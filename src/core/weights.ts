/**
 * HEALTHWEIGHTS (contract §3): learns from accounts with a known outcome which metrics separate
 * churned from retained ones, and returns a Health Model table HEALTHSCORE accepts as it is.
 *
 * Method: each numeric metric gets the Red/Green pair (among its portfolio percentiles) whose ramp
 * best fits its own link with retention, which also says which way it points; the resulting
 * sub-scores (words and Values as HEALTHSCORE reads them, missing imputed by the Missing cell or
 * the metric's mean) feed a logistic regression of retention with non-negative weights. A lasso
 * chooses the metrics (pure noise stays at exactly 0), then the chosen ones are refitted without
 * it. Newton steps with an exact bounded solve: deterministic, and fast with collinear metrics.
 */
import { failWith, type Grid, listArg, rowArg, toGrid } from './args';
import { aucOf, readOutcome } from './auc';
import { CellKind, type CellReading, isBlank, normalizeKey, readCell } from './cells';
import { formatThreshold, type HealthModel, labelMap, parseModelTable } from './model';
import { percentilesInc } from './percentile';
import { checkWidth } from './scoring';
import { assignRows, isSegmented, type ModelPart, modelParts } from './segments';

/**
 * Math's functions as locals: the hot loops call them per account per fit, and a global lookup
 * per call is costly where the global object is not a plain one (node:vm, the emulator).
 */
const { abs, exp, floor, log, log1p, max, min, round, sqrt } = Math;

/** Model columns copied unchanged after AUC when the input has them. */
const CARRIED = ['Group', 'Values', 'Missing', 'Segment'] as const;

interface Feature {
  /** Sub-scores 0–1 per learning row; NaN where missing. */
  subScores: Float64Array;
  red: number | '';
  green: number | '';
  auc: number | '';
}

/** Below this many accounts of either outcome, any metric can separate them by chance. */
export const MIN_PER_OUTCOME = 5;

export function healthWeights(
  valuesArg: unknown,
  headersArg: unknown,
  modelArg: unknown,
  outcomesArg: unknown,
  nowMs: number,
): unknown[][] {
  const values = toGrid(valuesArg);
  const headers = rowArg(headersArg, 'headers');
  checkWidth(values, headers.length, 'headers');
  const model = parseModelTable(modelArg);
  const outcomes = listArg(outcomesArg, 'outcomes');
  if (outcomes.length !== values.length) {
    failWith('outcomeRows', { name: 'values', rows: values.length, outcomes: outcomes.length });
  }
  const churnedOf = outcomes.map((cell, i) => readOutcome(cell, i + 1));
  const churnedCount = churnedOf.filter((churned) => churned === true).length;
  const retainedCount = churnedOf.filter((churned) => churned === false).length;
  if (Math.min(churnedCount, retainedCount) < MIN_PER_OUTCOME) {
    failWith('weightsFew', { min: MIN_PER_OUTCOME, churned: churnedCount, retained: retainedCount });
  }
  const columnOf = new Map<string, number>();
  headers.forEach((header, column) => {
    if (!isBlank(header) && !columnOf.has(normalizeKey(header))) columnOf.set(normalizeKey(header), column);
  });
  // A model per segment learns each segment from its own accounts (segments.ts).
  const parts: ModelPart[] = isSegmented(model)
    ? modelParts(model)
    : [{ segment: null, model, ruleIndices: model.metrics.map((_, j) => j) }];
  const partOf = parts.length > 1 || parts[0].segment !== null ? assignRows(values, headers, parts) : null;
  const features: (Feature | null)[] = model.metrics.map(() => null);
  const weights: number[] = model.metrics.map(() => 0);
  const kept: ((string | number)[] | null)[] = model.metrics.map(() => null);
  parts.forEach((part, p) => {
    const learning: number[] = [];
    const retained: number[] = [];
    churnedOf.forEach((churned, i) => {
      if (churned === null || (partOf !== null && partOf[i] !== p)) return;
      learning.push(i);
      retained.push(churned ? 0 : 1);
    });
    const learned = learnPart(values, columnOf, part.model, learning, retained, nowMs);
    part.ruleIndices.forEach((j, k) => {
      features[j] = learned.features[k];
      weights[j] = learned.weights[k];
      kept[j] = learned.kept[k];
    });
  });
  return modelTable(toGrid(modelArg), features, weights, kept);
}

interface LearnedPart {
  features: (Feature | null)[];
  /** Percentages summing to 100 within the part. */
  weights: number[];
  kept: ((string | number)[] | null)[];
}

/**
 * One model learned from its accounts. A segment with too few of either outcome to learn from
 * keeps its current weights and thresholds (the whole portfolio's minimum is checked first).
 */
function learnPart(
  values: Grid,
  columnOf: ReadonlyMap<string, number>,
  model: HealthModel,
  learning: readonly number[],
  retained: readonly number[],
  nowMs: number,
): LearnedPart {
  const churnedCount = retained.filter((y) => y === 0).length;
  const retainedCount = learning.length - churnedCount;
  const features = model.metrics.map((rule) => {
    const column = columnOf.get(normalizeKey(rule.metric));
    return column === undefined
      ? null
      : featureOf(values, learning, retained, column, rule.values, rule.missing, nowMs);
  });
  const currentThresholds = model.metrics.map((rule) => [
    formatThreshold(rule.red),
    formatThreshold(rule.green),
  ]);
  if (Math.min(churnedCount, retainedCount) < MIN_PER_OUTCOME) {
    return {
      features,
      weights: toPercentages(model.metrics.map((rule) => rule.weight)),
      kept: currentThresholds,
    };
  }
  const weights = fitNonNegativeLogistic(
    features.map((feature) => feature?.subScores ?? null),
    Float64Array.from(retained),
  );
  // Nothing helps on its own terms: fall back to the single best metric rather than no model.
  if (!weights.some((weight) => weight > 0)) {
    let best = -1;
    let bestAuc = 0.5;
    for (const [j, feature] of features.entries()) {
      const auc = feature?.auc;
      if (typeof auc === 'number' && auc > bestAuc) [best, bestAuc] = [j, auc];
    }
    if (best !== -1) weights[best] = 1;
  }
  const trust = trustInData(churnedCount, retainedCount);
  // The blend gives back weight to metrics the lasso dropped on few accounts, except to one that
  // does not help at all (contract §3: weight 0): its own AUC is within chance of 0.5.
  const noise = chanceAucBand(churnedCount, retainedCount);
  const current = model.metrics.map((rule, j) => {
    const auc = features[j]?.auc;
    if (
      features[j] === null ||
      (weights[j] === 0 && (typeof auc !== 'number' || Math.abs(auc - 0.5) < noise))
    )
      return 0;
    return rule.weight;
  });
  const blended = blendWithCurrent(weights, current, trust);
  // A metric the data did not choose keeps the current model's Red/Green along with its share:
  // there is no evidence to move them, and a threshold fitted to noise may point the wrong way.
  const kept = model.metrics.map((_, j) =>
    blended[j] > 0 && weights[j] === 0 ? currentThresholds[j] : null,
  );
  return { features, weights: toPercentages(blended), kept };
}

/**
 * Accounts of the rarer outcome at which the learned weights are trusted fully. Below it they are
 * blended with the current model's in proportion (30 churned: a fifth learned, four fifths
 * current): on a small portfolio two metrics can swap places by chance, and a lasso on few
 * accounts keeps only the strongest one, so the learned model alone ranks worse on new accounts
 * than the model it started from (dev/eval-small.ts).
 */
export const FULL_TRUST = 150;

/**
 * How far from 0.5 a useless metric's AUC strays by chance: two standard errors of the AUC of a
 * random score (Mann–Whitney: √((n₁ + n₂ + 1) / (12 n₁ n₂))).
 */
export function chanceAucBand(churned: number, retained: number): number {
  return 2 * Math.sqrt((churned + retained + 1) / (12 * churned * retained));
}

/** How far the learned weights are trusted, 0–1, from the accounts of each outcome. */
export function trustInData(churned: number, retained: number): number {
  return min(1, min(churned, retained) / FULL_TRUST);
}

/** trust × learned shares + (1 − trust) × current shares; the learned ones alone without a current model. */
export function blendWithCurrent(
  learned: readonly number[],
  current: readonly number[],
  trust: number,
): number[] {
  const learnedTotal = learned.reduce((sum, w) => sum + w, 0);
  const currentTotal = current.reduce((sum, w) => sum + w, 0);
  if (currentTotal <= 0 || trust >= 1) return [...learned];
  if (learnedTotal <= 0) return current.map((w) => w / currentTotal);
  return learned.map((w, j) => (trust * w) / learnedTotal + ((1 - trust) * current[j]) / currentTotal);
}

/** Sub-scores of one metric over the learning rows, with thresholds fitted to the outcome. */
function featureOf(
  values: Grid,
  rows: readonly number[],
  retained: readonly number[],
  column: number,
  valueLabels: Parameters<typeof labelMap>[0],
  imputed: number | null,
  nowMs: number,
): Feature {
  const labels = labelMap(valueLabels);
  const reading: CellReading = { kind: CellKind.Missing, value: 0 };
  const kinds = new Uint8Array(rows.length);
  const raw = new Float64Array(rows.length);
  rows.forEach((row, k) => {
    readCell(values[row][column], nowMs, labels, reading);
    kinds[k] = reading.kind;
    raw[k] = reading.value;
  });
  const thresholds = chooseThresholds(raw, kinds, retained);
  const red: number | '' = thresholds?.red ?? '';
  const green: number | '' = thresholds?.green ?? '';
  const subScores = new Float64Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    let sub = Number.NaN;
    if (kinds[k] === CellKind.SubScore) sub = raw[k];
    else if (kinds[k] === CellKind.Numeric && red !== '' && green !== '') {
      sub = min(100, max(0, (100 * (raw[k] - red)) / (green - red)));
    }
    if (Number.isNaN(sub) && imputed !== null) sub = imputed;
    subScores[k] = sub / 100;
  }
  const present = (outcome: number) =>
    rows.flatMap((_, k) => (!Number.isNaN(subScores[k]) && retained[k] === outcome ? [subScores[k]] : []));
  const [churnedSubs, retainedSubs] = [present(0), present(1)];
  const auc = churnedSubs.length > 0 && retainedSubs.length > 0 ? aucOf(churnedSubs, retainedSubs) : '';
  return { subScores, red, green, auc };
}

/** Where Red and Green may sit: portfolio percentiles of the learning rows. */
const SHAPE_PERCENTILES = [0, 5, 10, 25, 50, 75, 90, 95, 100];
const SHAPE_SAMPLE = 2000;

/**
 * Red and Green that fit the metric's link with retention best. A sub-score is a ramp between
 * the two, flat beyond them, so where they sit is the shape: a wide ramp for a steady effect, a
 * short one for a cliff (four support calls and over, the first months of tenure). Every pair of
 * percentiles is tried as a one-metric logistic regression (slope of either sign) on the numeric
 * rows; the best log-likelihood wins, and the sign of its slope says which end is Green.
 */
function chooseThresholds(
  raw: Float64Array,
  kinds: Uint8Array,
  retained: readonly number[],
): { red: number; green: number } | null {
  const numeric: number[] = [];
  for (let k = 0; k < raw.length; k++) if (kinds[k] === CellKind.Numeric) numeric.push(k);
  // The shape is a coarse choice: an even sample of SHAPE_SAMPLE accounts settles it as well as
  // all of them, and keeps 36 fits per metric quick on a sheet of many thousand.
  const step = max(1, numeric.length / SHAPE_SAMPLE);
  const xs: number[] = [];
  const retainedRows: number[] = [];
  for (let at = 0; at < numeric.length; at += step) {
    const k = numeric[floor(at)];
    xs.push(raw[k]);
    retainedRows.push(retained[k]);
  }
  const percentiles = percentilesInc(Float64Array.from(xs), xs.length, SHAPE_PERCENTILES);
  const cuts = [...new Set(percentiles)];
  if (cuts.length < 2) return null;
  const y = Float64Array.from(retainedRows);
  const fitRamp = (low: number, high: number) => {
    const ramp = Float64Array.from(xs, (x) => min(1, max(0, (x - low) / (high - low))));
    const fit = penalisedLogistic([ramp], y, [0], false);
    return { slope: fit.weights[0], likelihood: -fit.loss * xs.length, low, high };
  };
  // The plain P10–P90 ramp (P0–P100 when those two are equal) unless another shape fits clearly
  // better: trying 36 pairs finds a "cliff" in pure noise too, and on a few hundred accounts
  // a chance cliff would both mislead and sneak past the selection below.
  const [p10, p90] = [percentiles[SHAPE_PERCENTILES.indexOf(10)], percentiles[SHAPE_PERCENTILES.indexOf(90)]];
  const [plainLow, plainHigh] = p10 < p90 ? [p10, p90] : [cuts[0], cuts[cuts.length - 1]];
  // Numbers only on accounts of one outcome say nothing about direction: keep the plain ramp.
  if (retainedRows.every((v) => v === retainedRows[0])) {
    const [low, high] = distinctRounding(plainLow, plainHigh);
    return { red: low, green: high };
  }
  let best = fitRamp(plainLow, plainHigh);
  const plain = best.likelihood;
  for (let a = 0; a < cuts.length; a++) {
    for (let b = a + 1; b < cuts.length; b++) {
      if (cuts[a] === plainLow && cuts[b] === plainHigh) continue; // fitted above
      const fit = fitRamp(cuts[a], cuts[b]);
      if (fit.likelihood > best.likelihood + 1e-9 && fit.likelihood > plain + SHAPE_GAIN) best = fit;
    }
  }
  const [low, high] = distinctRounding(best.low, best.high);
  return best.slope >= 0 ? { red: low, green: high } : { red: high, green: low };
}

/**
 * Log-likelihood a shape must gain over the plain ramp: a likelihood ratio of e³ (χ² = 6), which
 * the best of these few, strongly correlated tries seldom reaches by chance, and a real cliff
 * (support calls, tenure) passes by far.
 */
const SHAPE_GAIN = 3;

/**
 * Four significant digits, thresholds that read well without moving the ranking; more when four
 * would make two close thresholds equal (1000.01 and 1000.04), which the model table refuses.
 */
export function distinctRounding(low: number, high: number): [number, number] {
  for (let digits = 4; digits < 17; digits++) {
    const [a, b] = [low, high].map((value) => (value === 0 ? 0 : Number(value.toPrecision(digits))));
    if (a !== b) return [a, b];
  }
  return [low, high];
}

/**
 * P(retained) = σ(b + Σ wⱼ·xⱼ) with wⱼ ≥ 0, missing values at the metric's mean. Two fits:
 * 1. Selection, a non-negative lasso: metric j pays λⱼ·wⱼ, with λⱼ three standard errors of the
 *    gradient that a metric unrelated to the outcome would show (∝ its spread, 1/√n). Noise stays
 *    at exactly 0; a metric that carries signal enters.
 * 2. The chosen metrics refitted without the L1 term (a "relaxed lasso"). The L1 term shrinks every
 *    weight by about the same amount, which skews their ratios towards the strongest metric, and a
 *    score's ranking (its AUC) depends on those ratios alone.
 */
export function fitNonNegativeLogistic(columns: readonly (Float64Array | null)[], y: Float64Array): number[] {
  const n = y.length;
  const rate = y.reduce((sum, v) => sum + v, 0) / n;
  const x = columns.map((column) => {
    if (column === null || !column.some((v) => !Number.isNaN(v))) return null;
    const present = column.filter((v) => !Number.isNaN(v));
    const mean = present.reduce((sum, v) => sum + v, 0) / present.length;
    return column.map((v) => (Number.isNaN(v) ? mean : v));
  });
  const penalties = x.map((column) => {
    if (column === null) return 0;
    const mean = column.reduce((sum, v) => sum + v, 0) / n;
    const spread = sqrt(column.reduce((sum, v) => sum + (v - mean) ** 2, 0) / n);
    return (SELECTION_Z * spread * sqrt(rate * (1 - rate))) / sqrt(n);
  });
  const selected = penalisedLogistic(x, y, penalties).weights;
  return penalisedLogistic(
    x.map((column, j) => (selected[j] > 0 ? column : null)),
    y,
    x.map(() => 0),
  ).weights;
}

/** Standard errors above noise a metric's gradient must reach to be chosen. */
const SELECTION_Z = 3;
/** A touch of ridge keeps the refit finite when two metrics say the same thing. */
const RIDGE = 1e-4;

/**
 * Mean log-loss + Σ λⱼwⱼ + ½·RIDGE·Σwⱼ², wⱼ ≥ 0; a null column keeps weight 0. Newton's method
 * (IRLS): each step minimises the quadratic model of the loss under the bounds exactly, by an
 * active-set solve over the few metrics, and is halved while it would not lower the objective.
 * Metrics that say the same thing (minutes and their charge) slow first-order and coordinate
 * methods to a crawl; Newton steps do not mind.
 */
function penalisedLogistic(
  x: readonly (Float64Array | null)[],
  y: Float64Array,
  penalties: readonly number[],
  bounded = true,
): { weights: number[]; loss: number } {
  const n = y.length;
  const active = x.flatMap((column, j) => (column === null ? [] : [j]));
  // Variable 0 is the intercept; variable k ≥ 1 is metric active[k − 1].
  const columns = [new Float64Array(n).fill(1), ...active.map((j) => x[j]!)];
  const size = columns.length;
  const lambda = [0, ...active.map((j) => penalties[j])];
  const rate = y.reduce((sum, v) => sum + v, 0) / n;
  let theta: Float64Array = new Float64Array(size);
  theta[0] = log(rate / (1 - rate));
  const objective = (t: Float64Array) => {
    let loss = 0;
    for (let i = 0; i < n; i++) {
      let z = 0;
      for (let k = 0; k < size; k++) z += t[k] * columns[k][i];
      loss += y[i] === 1 ? log1p(exp(-z)) : log1p(exp(z));
    }
    let penalty = 0;
    for (let k = 1; k < size; k++) penalty += lambda[k] * t[k] + 0.5 * RIDGE * t[k] * t[k];
    return loss / n + penalty;
  };
  let current = objective(theta);
  for (let step = 0; step < 50; step++) {
    // Gradient and Hessian of the objective at theta.
    const gradient = new Float64Array(size);
    const hessian = Array.from({ length: size }, () => new Float64Array(size));
    for (let i = 0; i < n; i++) {
      let z = 0;
      for (let k = 0; k < size; k++) z += theta[k] * columns[k][i];
      const p = 1 / (1 + exp(-z));
      const r = (p - y[i]) / n;
      const v = max(p * (1 - p), 1e-9) / n;
      for (let k = 0; k < size; k++) {
        const xk = columns[k][i];
        gradient[k] += r * xk;
        for (let l = 0; l <= k; l++) hessian[k][l] += v * xk * columns[l][i];
      }
    }
    for (let k = 0; k < size; k++) {
      for (let l = 0; l < k; l++) hessian[l][k] = hessian[k][l];
      if (k > 0) {
        gradient[k] += lambda[k] + RIDGE * theta[k];
        hessian[k][k] += RIDGE;
      }
    }
    hessian[0][0] += 1e-12;
    // The quadratic model in the new point t: ½tᵀHt − (Hθ − g)ᵀt, with t ≥ 0 past the intercept.
    const linear = new Float64Array(size);
    for (let k = 0; k < size; k++) {
      let sum = 0;
      for (let l = 0; l < size; l++) sum += hessian[k][l] * theta[l];
      linear[k] = sum - gradient[k];
    }
    const target = bounded
      ? boundedQuadratic(hessian, linear, theta)
      : solveFree(hessian, linear, Array(size).fill(true));
    let scale = 1;
    let next: Float64Array = target;
    let value = objective(next);
    // Halve only while the step clearly overshoots: near the optimum rounding alone can make the
    // full Newton step look a hair worse, and halving then would only burn passes over the data.
    const tolerance = 1e-12 * (1 + abs(current));
    while (value > current + tolerance && scale > 1e-6) {
      scale /= 2;
      next = theta.map((t, k) => t + scale * (target[k] - t));
      value = objective(next);
    }
    if (value > current + tolerance) break;
    const moved = next.reduce((most, t, k) => max(most, abs(t - theta[k])), 0);
    theta = next;
    current = min(current, value);
    if (moved < 1e-7) break;
  }
  const weights = new Array<number>(x.length).fill(0);
  active.forEach((j, k) => {
    weights[j] = theta[k + 1];
  });
  return { weights, loss: current };
}

/**
 * min ½tᵀHt − qᵀt with t[k] ≥ 0 for k ≥ 1 (H positive definite), by the primal active-set method
 * of Lawson and Hanson, started from the feasible point `start`.
 */
function boundedQuadratic(hessian: Float64Array[], q: Float64Array, start: Float64Array): Float64Array {
  const size = q.length;
  const t = start.map((v, k) => (k === 0 ? v : max(0, v)));
  const free = Array.from(t, (v, k) => k === 0 || v > 0);
  for (let round = 0; round < 10 * size; round++) {
    const solution = solveFree(hessian, q, free);
    const blocked = solution.some((v, k) => k > 0 && free[k] && v <= 0);
    if (!blocked) {
      t.set(solution);
      // Optimal unless a bound metric would lower the objective by leaving 0.
      let enter = -1;
      let steepest = -1e-12;
      for (let k = 1; k < size; k++) {
        if (free[k]) continue;
        let slope = -q[k];
        for (let l = 0; l < size; l++) slope += hessian[k][l] * t[l];
        if (slope < steepest) [enter, steepest] = [k, slope];
      }
      if (enter === -1) return t;
      free[enter] = true;
      continue;
    }
    // Walk towards the solution until the first metric reaches 0, and hold it there.
    let alpha = 1;
    for (let k = 1; k < size; k++) {
      if (free[k] && solution[k] <= 0) alpha = min(alpha, t[k] / (t[k] - solution[k]));
    }
    for (let k = 0; k < size; k++) {
      t[k] += alpha * (solution[k] - t[k]);
      if (k > 0 && free[k] && t[k] <= 1e-15) {
        t[k] = 0;
        free[k] = false;
      }
    }
  }
  return t;
}

/** Solves H_FF t_F = q_F (Gaussian elimination with partial pivoting); t is 0 off F. */
function solveFree(hessian: Float64Array[], q: Float64Array, free: readonly boolean[]): Float64Array {
  const index = free.flatMap((isFree, k) => (isFree ? [k] : []));
  const a = index.map((k) => [...index.map((l) => hessian[k][l]), q[k]]);
  const m = index.length;
  for (let col = 0; col < m; col++) {
    let pivot = col;
    for (let row = col + 1; row < m; row++) if (abs(a[row][col]) > abs(a[pivot][col])) pivot = row;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    for (let row = col + 1; row < m; row++) {
      const factor = a[row][col] / a[col][col];
      for (let c = col; c <= m; c++) a[row][c] -= factor * a[col][c];
    }
  }
  const out = new Float64Array(free.length);
  for (let row = m - 1; row >= 0; row--) {
    let sum = a[row][m];
    for (let c = row + 1; c < m; c++) sum -= a[row][c] * out[index[c]];
    out[index[row]] = sum / a[row][row];
  }
  return out;
}

/** Weights as percentages with one decimal that add up to exactly 100. */
export function toPercentages(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (total === 0) return weights.map(() => 0);
  const rounded = weights.map((w) => round((1000 * w) / total) / 10);
  const largest = rounded.indexOf(max(...rounded));
  rounded[largest] = round((rounded[largest] + 100 - rounded.reduce((sum, w) => sum + w, 0)) * 10) / 10;
  return rounded;
}

/** Metric | Weight | Red | Green | AUC, then the input's Group / Values / Missing cells unchanged. */
function modelTable(
  input: Grid,
  features: readonly (Feature | null)[],
  weights: readonly number[],
  /** Red/Green to write instead of the learned ones (a metric kept from the current model). */
  kept: readonly ((string | number)[] | null)[] = [],
): unknown[][] {
  const header = input[0].map((cell) => normalizeKey(cell ?? ''));
  const metricColumn = header.indexOf('metric');
  const carried = CARRIED.map((name) => ({ name, at: header.indexOf(name.toLowerCase()) }))
    .filter(({ at }) => at !== -1)
    .sort((a, b) => a.at - b.at);
  const rows: unknown[][] = [['Metric', 'Weight', 'Red', 'Green', 'AUC', ...carried.map(({ name }) => name)]];
  let j = 0;
  // Blank rows between metrics stay, so the table lines up row for row with the model it was
  // learned from: pasted over it, no old row is left behind or read against the wrong metric.
  let blanks = 0;
  for (const cells of input.slice(1)) {
    if (isBlank(cells[metricColumn])) {
      blanks++;
      continue;
    }
    for (; blanks > 0; blanks--) rows.push(rows[0].map(() => ''));
    const feature = features[j];
    const words = feature !== null && feature.red === '';
    const [red, green] = kept[j] ?? (feature === null || words ? ['', ''] : [feature.red, feature.green]);
    rows.push([
      String(cells[metricColumn]).trim().replace(/\s+/g, ' '),
      weights[j],
      red,
      green,
      feature?.auc ?? '',
      ...carried.map(({ at }) => cells[at]),
    ]);
    j++;
  }
  return rows;
}
