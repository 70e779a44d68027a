/**
 * HEALTHWEIGHTS (contract §3): learns from accounts with a known outcome which metrics separate
 * churned from retained ones, and returns a Health Model table HEALTHSCORE accepts as it is.
 *
 * Method: each numeric metric is oriented by its own AUC (does a higher value go with retention?)
 * and given Red/Green at its P10/P90 in that direction; the resulting sub-scores (words and Values
 * as HEALTHSCORE reads them, missing imputed by the Missing cell or the metric's mean) feed a
 * logistic regression of retention with non-negative weights and an elastic-net penalty, solved by
 * FISTA from zero: deterministic, and the L1 part gives pure noise a weight of exactly 0.
 */
import { fail, type Grid, listArg, rowArg, toGrid } from './args';
import { aucOf, readOutcome } from './auc';
import { CellKind, type CellReading, isBlank, normalizeKey, readCell } from './cells';
import { labelMap, parseModelTable } from './model';
import { percentileOf } from './percentile';
import { checkWidth } from './scoring';

/** Model columns copied unchanged after AUC when the input has them. */
const CARRIED = ['Group', 'Values', 'Missing'] as const;

interface Feature {
  /** Sub-scores 0–1 per learning row; NaN where missing. */
  subScores: Float64Array;
  red: number | '';
  green: number | '';
  auc: number | '';
}

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
    fail(`values has ${values.length} rows but outcomes has ${outcomes.length}; they must match.`);
  }
  const learning: number[] = [];
  const retained: number[] = [];
  outcomes.forEach((cell, i) => {
    const churned = readOutcome(cell, i + 1);
    if (churned === null) return;
    learning.push(i);
    retained.push(churned ? 0 : 1);
  });
  const churnedCount = retained.filter((y) => y === 0).length;
  if (churnedCount === 0 || churnedCount === learning.length) {
    fail(
      `HEALTHWEIGHTS needs accounts of both outcomes (found ${churnedCount} churned, ` +
        `${learning.length - churnedCount} retained).`,
    );
  }

  const columnOf = new Map<string, number>();
  headers.forEach((header, column) => {
    if (!isBlank(header) && !columnOf.has(normalizeKey(header))) columnOf.set(normalizeKey(header), column);
  });
  const features = model.metrics.map((rule) => {
    const column = columnOf.get(normalizeKey(rule.metric));
    return column === undefined
      ? null
      : featureOf(values, learning, retained, column, rule.values, rule.missing, nowMs);
  });

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
  return modelTable(toGrid(modelArg), features, toPercentages(weights));
}

/** Sub-scores of one metric over the learning rows, with thresholds oriented by the outcome. */
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
  const numeric = (outcome: number) =>
    rows.flatMap((_, k) => (kinds[k] === CellKind.Numeric && retained[k] === outcome ? [raw[k]] : []));
  const [churnedNumbers, retainedNumbers] = [numeric(0), numeric(1)];
  const all = churnedNumbers.concat(retainedNumbers);
  let red: number | '' = '';
  let green: number | '' = '';
  if (all.length >= 2) {
    let low = percentileOf(all, 10);
    let high = percentileOf(all, 90);
    if (low === high) [low, high] = [Math.min(...all), Math.max(...all)];
    if (low !== high) {
      const higherIsBetter =
        churnedNumbers.length === 0 ||
        retainedNumbers.length === 0 ||
        aucOf(churnedNumbers, retainedNumbers) >= 0.5;
      const [lowShown, highShown] = distinctRounding(low, high);
      [red, green] = higherIsBetter ? [lowShown, highShown] : [highShown, lowShown];
    }
  }
  const subScores = new Float64Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    let sub = Number.NaN;
    if (kinds[k] === CellKind.SubScore) sub = raw[k];
    else if (kinds[k] === CellKind.Numeric && red !== '' && green !== '') {
      sub = Math.min(100, Math.max(0, (100 * (raw[k] - red)) / (green - red)));
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
 * P(retained) = σ(b + Σ wⱼ·xⱼ) with wⱼ ≥ 0, missing values at the metric's mean. Two fits, both by
 * FISTA from zero (deterministic):
 * 1. Selection, a non-negative lasso: metric j pays λⱼ·wⱼ, with λⱼ four standard errors of the
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
    const spread = Math.sqrt(column.reduce((sum, v) => sum + (v - mean) ** 2, 0) / n);
    return (SELECTION_Z * spread * Math.sqrt(rate * (1 - rate))) / Math.sqrt(n);
  });
  const selected = fista(x, y, penalties);
  return fista(
    x.map((column, j) => (selected[j] > 0 ? column : null)),
    y,
    x.map(() => 0),
  );
}

/** Standard errors above noise a metric's gradient must reach to be chosen. */
const SELECTION_Z = 4;
/** A touch of ridge keeps the refit finite when two metrics say the same thing. */
const RIDGE = 1e-4;

/** Mean log-loss + Σ λⱼwⱼ + ½·RIDGE·Σwⱼ², wⱼ ≥ 0; a null column keeps weight 0. */
function fista(x: readonly (Float64Array | null)[], y: Float64Array, penalties: readonly number[]): number[] {
  const n = y.length;
  const m = x.length;
  const columns = x.map((column) => column ?? new Float64Array(n));
  const step = 1 / (lipschitz(columns, n) + RIDGE);
  const rate = y.reduce((sum, v) => sum + v, 0) / n;
  let w = new Float64Array(m);
  let b = Math.log(rate / (1 - rate));
  let vw = w.slice();
  let vb = b;
  let t = 1;
  const p = new Float64Array(n);
  for (let iteration = 0; iteration < 5000; iteration++) {
    for (let i = 0; i < n; i++) {
      let z = vb;
      for (let j = 0; j < m; j++) z += vw[j] * columns[j][i];
      p[i] = 1 / (1 + Math.exp(-z)) - y[i];
    }
    const next = new Float64Array(m);
    let change = 0;
    for (let j = 0; j < m; j++) {
      if (x[j] === null) continue;
      let gradient = 0;
      for (let i = 0; i < n; i++) gradient += p[i] * columns[j][i];
      gradient = gradient / n + RIDGE * vw[j];
      next[j] = Math.max(0, vw[j] - step * (gradient + penalties[j]));
      change = Math.max(change, Math.abs(next[j] - w[j]));
    }
    let gradientB = 0;
    for (let i = 0; i < n; i++) gradientB += p[i];
    const nextB = vb - (step * gradientB) / n;
    const nextT = (1 + Math.sqrt(1 + 4 * t * t)) / 2;
    const momentum = (t - 1) / nextT;
    vw = next.map((value, j) => value + momentum * (value - w[j]));
    vb = nextB + momentum * (nextB - b);
    w = next;
    b = nextB;
    t = nextT;
    if (change < 1e-9 && iteration > 10) break;
  }
  return Array.from(w);
}

/** ¼ of the largest eigenvalue of [1 X]ᵀ[1 X] / n (power iteration): the log-loss's smoothness. */
function lipschitz(x: readonly Float64Array[], n: number): number {
  const m = x.length;
  let vector = new Float64Array(m + 1).fill(1);
  let eigen = 1;
  for (let iteration = 0; iteration < 30; iteration++) {
    const product = new Float64Array(m + 1);
    for (let i = 0; i < n; i++) {
      let dot = vector[0];
      for (let j = 0; j < m; j++) dot += vector[j + 1] * x[j][i];
      product[0] += dot / n;
      for (let j = 0; j < m; j++) product[j + 1] += (dot * x[j][i]) / n;
    }
    eigen = Math.sqrt(product.reduce((sum, v) => sum + v * v, 0));
    vector = product.map((v) => v / eigen);
  }
  return 0.25 * eigen;
}

/** Weights as percentages with one decimal that add up to exactly 100. */
function toPercentages(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (total === 0) return weights.map(() => 0);
  const rounded = weights.map((w) => Math.round((1000 * w) / total) / 10);
  const largest = rounded.indexOf(Math.max(...rounded));
  rounded[largest] = Math.round((rounded[largest] + 100 - rounded.reduce((sum, w) => sum + w, 0)) * 10) / 10;
  return rounded;
}

/** Metric | Weight | Red | Green | AUC, then the input's Group / Values / Missing cells unchanged. */
function modelTable(
  input: Grid,
  features: readonly (Feature | null)[],
  weights: readonly number[],
): unknown[][] {
  const header = input[0].map((cell) => normalizeKey(cell ?? ''));
  const metricColumn = header.indexOf('metric');
  const carried = CARRIED.map((name) => ({ name, at: header.indexOf(name.toLowerCase()) }))
    .filter(({ at }) => at !== -1)
    .sort((a, b) => a.at - b.at);
  const rows: unknown[][] = [['Metric', 'Weight', 'Red', 'Green', 'AUC', ...carried.map(({ name }) => name)]];
  let j = 0;
  for (const cells of input.slice(1)) {
    if (isBlank(cells[metricColumn])) continue;
    const feature = features[j];
    const words = feature !== null && feature.red === '';
    rows.push([
      String(cells[metricColumn]).trim().replace(/\s+/g, ' '),
      weights[j],
      feature === null || words ? '' : feature.red,
      feature === null || words ? '' : feature.green,
      feature?.auc ?? '',
      ...carried.map(({ at }) => cells[at]),
    ]);
    j++;
  }
  return rows;
}
