/**
 * The scoring engine behind HEALTHSCORE, HEALTHEXPLAIN and HEALTHGROUPS. It resolves each
 * metric's thresholds over the whole call, then walks the rows once, handing each row's
 * sub-scores (NaN = missing) to the caller, who sums, explains or groups them. No rows × metrics
 * matrix is built: at 50,000 rows that allocation alone cost more than the scoring.
 */
import { errorText } from '../shared/messages/errors-render';
import { cellPlace, failWith, type Grid } from './args';
import { CellKind, type CellReading, cellParam, isBlank, normalizeKey, readCell } from './cells';
import { closestName } from './closest';
import { isFiniteNumber, isNotANumber } from './hot';
import { type HealthModel, labelMap, type MetricRule, plainRule, type Threshold } from './model';
import { percentilesInc } from './percentile';

export interface ScoredMetric {
  rule: MetricRule;
  /** Its column in `values`. */
  column: number;
}

/** Receives one row: its index, its sub-scores in metric order (a reused array), and whether it is blank. */
export type RowVisitor = (row: number, subScores: Float64Array, blank: boolean) => void;

export interface RowScorer {
  rowCount: number;
  /** Metrics with weight > 0, in model order. */
  metrics: ScoredMetric[];
  totalWeight: number;
  /** Visits every row in order; a row is blank when every cell of it is blank. */
  forEachRow(visit: RowVisitor): void;
  /**
   * HEALTHSCORE's hot path: each row's Σ wᵢ·sᵢ and Σ wᵢ over its present metrics, and whether
   * it is blank, in one fused pass (no visitor call, no sub-score array per row).
   */
  sumRows(): RowSums;
}

/** Per row: the weighted sum of present sub-scores, the present weight, 1 if the row is blank. */
export interface RowSums {
  sums: Float64Array;
  present: Float64Array;
  blank: Uint8Array;
}

/** Maps each metric with weight > 0 to its column in `headers`, or fails listing those not found. */
export function locateMetrics(model: HealthModel, headers: readonly unknown[]): Map<MetricRule, number> {
  const columnOf = new Map<string, number>();
  headers.forEach((header, column) => {
    if (isBlank(header)) return;
    const key = normalizeKey(header);
    const earlier = columnOf.get(key);
    if (earlier === undefined) columnOf.set(key, column);
    else if (model.metrics.some((rule) => normalizeKey(rule.metric) === key)) {
      failWith('headerTwice', { header: String(header).trim(), first: earlier + 1, second: column + 1 });
    }
  });
  const located = new Map<MetricRule, number>();
  const notFound: string[] = [];
  for (const rule of model.metrics) {
    if (rule.weight <= 0) continue;
    const column = columnOf.get(normalizeKey(rule.metric));
    if (column === undefined) notFound.push(rule.metric);
    else located.set(rule, column);
  }
  if (notFound.length > 0) {
    const names = headers.filter((header) => !isBlank(header)).map((header) => String(header).trim());
    // One message for all of them, each with the header it was probably renamed to.
    const hints = notFound.map((metric) => {
      const header = closestName(metric, names);
      return header === null
        ? errorText('metricFound', { metric })
        : errorText('metricClose', { metric, header });
    });
    if (hints.length === 1) failWith('noColumn', { metric: hints[0] });
    failWith('noColumns', { metrics: hints });
  }
  return located;
}

/** Prepares the scoring of `values` with the model: locates metrics and resolves thresholds. */
export function prepareScorer(
  values: Grid,
  headers: readonly unknown[],
  model: HealthModel,
  nowMs: number,
): RowScorer {
  checkWidth(values, headers.length, 'headers');
  const metrics = [...locateMetrics(model, headers)].map(([rule, column]) => ({ rule, column }));
  const plan = new ScoringPlan(metrics, nowMs);
  const percentileMetrics: number[] = [];
  metrics.forEach(({ rule }, j) => {
    if (rule.red?.kind === 'number' && rule.green?.kind === 'number')
      plan.setThresholds(j, rule.red.value, rule.green.value);
    else percentileMetrics.push(j);
  });
  if (percentileMetrics.length > 0) {
    const numbers = plan.gatherNumbers(values, percentileMetrics);
    percentileMetrics.forEach((j, k) => {
      const [low, high] = resolvePercentiles(metrics[j].rule, numbers.values[k], numbers.counts[k]);
      plan.setThresholds(j, low, high);
    });
  }
  let totalWeight = 0;
  for (const { rule } of metrics) totalWeight += rule.weight;
  return {
    rowCount: values.length,
    metrics,
    totalWeight,
    forEachRow: (visit) => plan.visitRows(values, visit),
    sumRows: () => plan.sumRows(values),
  };
}

/**
 * What the row loops need per metric, resolved once per call into typed arrays, and the loops
 * themselves as its methods rather than closures made per call: V8 then keeps one set of type
 * feedback and optimised code across calls (a closure made per call re-learned it each call,
 * and the minifier inlines a module function called once back into such a closure).
 */
class ScoringPlan {
  readonly m: number;
  readonly columns: Int32Array;
  readonly red: Float64Array;
  readonly scale: Float64Array;
  /**
   * 1 where numbers cannot tell accounts apart (equal thresholds, or a percentile of nothing):
   * such numbers count as missing.
   */
  readonly unranked: Uint8Array;
  /** The `missing` sub-score of each metric, NaN when a missing value is left out. */
  readonly fallback: Float64Array;
  readonly weights: Float64Array;
  readonly labels: (Map<string, number> | null)[];
  readonly nowMs: number;
  /** readCell's output slot, reused so that reading allocates nothing. */
  readonly reading: CellReading = { kind: CellKind.Missing, value: 0 };

  constructor(metrics: readonly ScoredMetric[], nowMs: number) {
    const m = metrics.length;
    this.m = m;
    this.columns = new Int32Array(m);
    this.red = new Float64Array(m);
    this.scale = new Float64Array(m);
    this.unranked = new Uint8Array(m);
    this.fallback = new Float64Array(m);
    this.weights = new Float64Array(m);
    this.labels = new Array(m);
    for (let j = 0; j < m; j++) {
      const { rule, column } = metrics[j];
      this.columns[j] = column;
      this.fallback[j] = rule.missing ?? Number.NaN;
      this.weights[j] = rule.weight;
      this.labels[j] = labelMap(rule.values);
    }
    this.nowMs = nowMs;
  }

  setThresholds(j: number, low: number, high: number): void {
    this.red[j] = low;
    this.scale[j] = 100 / (high - low);
    this.unranked[j] = isNotANumber(low) || isNotANumber(high) || low === high ? 1 : 0;
  }

  /**
   * The numeric cells of some metrics, in one row-major pass: Sheets hands us one array per row,
   * and sweeping 50,000 rows once per metric costs a cache miss per cell. The k-th metric's
   * numbers fill `values[k]`, a view of one buffer (one allocation, one base in the loop).
   */
  gatherNumbers(
    rows: Grid,
    metricIndices: readonly number[],
  ): { values: Float64Array[]; counts: Int32Array } {
    const m = metricIndices.length;
    const n = rows.length;
    const columns = Int32Array.from(metricIndices, (j) => this.columns[j]);
    const labels = metricIndices.map((j) => this.labels[j]);
    const buffer = new Float64Array(m * n);
    // Where the k-th metric's next number goes: k·n + how many it has so far.
    const next = Int32Array.from(metricIndices, (_, k) => k * n);
    this.fillNumbers(rows, columns, labels, buffer, next);
    return {
      values: metricIndices.map((_, k) => buffer.subarray(k * n, (k + 1) * n)),
      counts: next.map((end, k) => end - k * n),
    };
  }

  /**
   * gatherNumbers' loop, in a method of its own that returns right after it: code V8 compiles
   * while a loop runs (on-stack replacement) has not seen what follows the loop, and would
   * deoptimise there on every later call.
   */
  fillNumbers(
    rows: Grid,
    columns: Int32Array,
    labels: readonly (Map<string, number> | null)[],
    buffer: Float64Array,
    next: Int32Array,
  ): void {
    const { nowMs, reading } = this;
    const m = columns.length;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      for (let k = 0; k < m; k++) {
        const cell = row[columns[k]];
        if (typeof cell === 'number') {
          // cell − cell is 0 for every finite number, NaN for NaN and ±Infinity.
          if (cell - cell === 0) buffer[next[k]++] = cell;
        } else if (cell !== '' && readCell(cell, nowMs, labels[k], reading).kind === CellKind.Numeric) {
          buffer[next[k]++] = reading.value;
        }
      }
    }
  }

  /** Sub-score of a cell that is not a plain number: text, a boolean, a date, or blank. */
  otherCellScore(cell: unknown, j: number): number {
    const reading = readCell(cell, this.nowMs, this.labels[j], this.reading);
    if (reading.kind === CellKind.SubScore) return reading.value;
    if (reading.kind === CellKind.Missing || this.unranked[j] === 1) return this.fallback[j];
    const score = (reading.value - this.red[j]) * this.scale[j];
    return score < 0 ? 0 : score > 100 ? 100 : score;
  }

  /** RowScorer.forEachRow. */
  visitRows(rows: Grid, visit: RowVisitor): void {
    const { m, columns, red, scale, unranked, fallback } = this;
    const subScores = new Float64Array(m);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      let hasContent = false;
      // The hot loop: plain numbers inline, everything else in otherCellScore.
      for (let j = 0; j < m; j++) {
        const cell = row[columns[j]];
        if (typeof cell === 'number' && unranked[j] === 0 && isFiniteNumber(cell)) {
          const score = (cell - red[j]) * scale[j];
          subScores[j] = score < 0 ? 0 : score > 100 ? 100 : score;
          hasContent = true;
        } else if (cell === '') {
          subScores[j] = fallback[j];
        } else {
          subScores[j] = this.otherCellScore(cell, j);
          hasContent ||= !isBlank(cell);
        }
      }
      visit(i, subScores, !hasContent && isBlankRow(row));
    }
  }

  /** RowScorer.sumRows: HEALTHSCORE's hot path. */
  sumRows(rows: Grid): RowSums {
    const n = rows.length;
    // Made before the loop, not returned as a literal after it: code V8 compiles while the loop
    // runs (on-stack replacement) has never seen the literal and would deoptimise on it each call.
    const result: RowSums = {
      sums: new Float64Array(n),
      present: new Float64Array(n),
      blank: new Uint8Array(n),
    };
    const { sums, present, blank } = result;
    const { m, columns, red, scale, unranked, fallback, weights } = this;
    for (let i = 0; i < n; i++) {
      const row = rows[i];
      let sum = 0;
      let presentWeight = 0;
      let hasContent = false;
      for (let j = 0; j < m; j++) {
        const cell = row[columns[j]];
        let sub: number;
        if (typeof cell === 'number') {
          hasContent = true;
          // The clamp to 0–100 without a branch on the data: one account in five may lie beyond
          // a threshold, at random, and a mispredicted branch per such cell cost a third of the
          // loop. A comparison as a number is 0 or 1, so this picks `score`, 0 or 100 exactly
          // (x · 1 + 0 = x, x · 0 + 100 = 100), as the ternary clamp everywhere else does.
          const score = (cell - red[j]) * scale[j];
          const above = +(score > 100);
          const clamped = score * (1 - above - +(score < 0)) + 100 * above;
          // NaN only when `score` is ±Infinity or NaN: ±Infinity or NaN in the cell (never from
          // Sheets), a metric whose numbers cannot rank (equal or NaN thresholds, so its scale is
          // ±Infinity or NaN), or an overflow. Those take the long way below.
          if (!isNotANumber(clamped)) {
            sum += weights[j] * clamped;
            presentWeight += weights[j];
            continue;
          }
          // cell − cell is 0 for every finite number. NaN and ±Infinity, and any number of a
          // metric whose numbers cannot rank, take the Missing sub-score, as otherCellScore gives
          // them; a NaN from the arithmetic itself stays missing, as before.
          if (cell - cell === 0 && unranked[j] === 0) {
            sub = score < 0 ? 0 : score > 100 ? 100 : score;
          } else sub = fallback[j];
        } else if (cell === '') {
          sub = fallback[j];
        } else {
          sub = this.otherCellScore(cell, j);
          hasContent ||= !isBlank(cell);
        }
        if (!isNotANumber(sub)) {
          sum += weights[j] * sub;
          presentWeight += weights[j];
        }
      }
      sums[i] = sum;
      present[i] = presentWeight;
      if (!hasContent && isBlankRow(row)) blank[i] = 1;
    }
    return result;
  }
}

/** `row.every(isBlank)` as a plain loop (no callback in the hot function). */
function isBlankRow(row: readonly unknown[]): boolean {
  for (let k = 0; k < row.length; k++) if (!isBlank(row[k])) return false;
  return true;
}

/** The fused sums from any scorer's visitor: for scorers whose rows are not the hot path. */
export function sumRowsByVisiting(scorer: Pick<RowScorer, 'rowCount' | 'metrics' | 'forEachRow'>): RowSums {
  const n = scorer.rowCount;
  const sums = new Float64Array(n);
  const present = new Float64Array(n);
  const blank = new Uint8Array(n);
  const weights = Float64Array.from(scorer.metrics, (metric) => metric.rule.weight);
  scorer.forEachRow((i, subScores, isBlankRow) => {
    let sum = 0;
    let presentWeight = 0;
    for (let j = 0; j < weights.length; j++) {
      const sub = subScores[j];
      if (!isNotANumber(sub)) {
        sum += weights[j] * sub;
        presentWeight += weights[j];
      }
    }
    sums[i] = sum;
    present[i] = presentWeight;
    blank[i] = isBlankRow ? 1 : 0;
  });
  return { sums, present, blank };
}

export function checkWidth(values: Grid, width: number, name: string): void {
  // No rows: a segment no account belongs to, whose metrics are still checked against headers.
  if (values.length === 0) return;
  const valuesWidth = values[0]?.length ?? 0;
  if (valuesWidth !== width) {
    failWith('width', { width: valuesWidth, name, other: width });
  }
}

/** Red and Green of a metric with at least one `Pxx` (a blank pair means P0 and P100). */
function resolvePercentiles(rule: MetricRule, numbers: Float64Array, count: number): [number, number] {
  const red: Threshold = rule.red ?? { kind: 'percentile', p: 0 };
  const green: Threshold = rule.green ?? { kind: 'percentile', p: 100 };
  const ps = [red, green].flatMap((threshold) => (threshold.kind === 'percentile' ? [threshold.p] : []));
  const selected = percentilesInc(numbers, count, ps);
  const redValue = red.kind === 'number' ? red.value : selected[0];
  const greenValue = green.kind === 'number' ? green.value : selected[selected.length - 1];
  return [redValue, greenValue];
}

/**
 * Inline form: `values` are sub-scores 0–100 already, weighted by a row of numbers; outside
 * 0–100 is an error naming the cell.
 */
export function prepareInlineScorer(values: Grid, weightsRow: readonly unknown[], nowMs: number): RowScorer {
  checkWidth(values, weightsRow.length, 'weights');
  const metrics: ScoredMetric[] = [];
  weightsRow.forEach((weightCell, column) => {
    const weight = typeof weightCell === 'number' ? weightCell : 0;
    if (weight < 0) failWith('inlineWeight', { column: column + 1, weight });
    if (weight === 0) return;
    metrics.push({ rule: plainRule(`column ${column + 1}`, weight), column });
  });
  const totalWeight = metrics.reduce((sum, { rule }) => sum + rule.weight, 0);
  if (totalWeight === 0) failWith('inlineZero');
  const forEachRow = (visit: RowVisitor): void => {
    const subScores = new Float64Array(metrics.length);
    const reading: CellReading = { kind: CellKind.Missing, value: 0 };
    for (let i = 0; i < values.length; i++) {
      metrics.forEach(({ column }, j) => {
        const cell = values[i][column];
        readCell(cell, nowMs, null, reading);
        if (reading.kind === CellKind.Numeric && (reading.value < 0 || reading.value > 100)) {
          failWith('inlineScore', { place: cellPlace('values', i + 1, column + 1), cell: cellParam(cell) });
        }
        subScores[j] = reading.kind === CellKind.Missing ? Number.NaN : reading.value;
      });
      visit(i, subScores, values[i].every(isBlank));
    }
  };
  const scorer = { rowCount: values.length, metrics, totalWeight, forEachRow };
  return { ...scorer, sumRows: () => sumRowsByVisiting(scorer) };
}
