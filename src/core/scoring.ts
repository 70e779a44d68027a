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
  const m = metrics.length;
  const red = new Float64Array(m);
  const scale = new Float64Array(m);
  // 1 where numbers cannot tell accounts apart (equal thresholds, or a percentile of nothing):
  // such numbers count as missing.
  const unranked = new Uint8Array(m);
  const percentileMetrics: number[] = [];
  metrics.forEach(({ rule }, j) => {
    if (rule.red?.kind === 'number' && rule.green?.kind === 'number')
      setThresholds(j, rule.red.value, rule.green.value);
    else percentileMetrics.push(j);
  });
  function setThresholds(j: number, low: number, high: number): void {
    red[j] = low;
    scale[j] = 100 / (high - low);
    unranked[j] = isNotANumber(low) || isNotANumber(high) || low === high ? 1 : 0;
  }
  if (percentileMetrics.length > 0) {
    const numbers = gatherNumbers(
      values,
      percentileMetrics.map((j) => metrics[j]),
      nowMs,
    );
    percentileMetrics.forEach((j, k) => {
      const [low, high] = resolvePercentiles(metrics[j].rule, numbers.values[k], numbers.counts[k]);
      setThresholds(j, low, high);
    });
  }

  const columns = Int32Array.from(metrics, (metric) => metric.column);
  const labels = metrics.map((metric) => labelMap(metric.rule.values));
  const fallback = Float64Array.from(metrics, (metric) => metric.rule.missing ?? Number.NaN);
  const reading: CellReading = { kind: CellKind.Missing, value: 0 };
  /** Sub-score of a cell that is not a plain number: text, a boolean, a date, or blank. */
  const otherCell = (cell: unknown, j: number): number => {
    readCell(cell, nowMs, labels[j], reading);
    if (reading.kind === CellKind.SubScore) return reading.value;
    if (reading.kind === CellKind.Missing || unranked[j] === 1) return fallback[j];
    const score = (reading.value - red[j]) * scale[j];
    return score < 0 ? 0 : score > 100 ? 100 : score;
  };
  const forEachRow = (visit: RowVisitor): void => {
    const subScores = new Float64Array(m);
    // Locals rather than captured variables: TurboFan keeps them in registers in the hot loop.
    const [rows, cols, low, factor, flat, missing] = [values, columns, red, scale, unranked, fallback];
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      let hasContent = false;
      // The hot loop: plain numbers inline, everything else in otherCell.
      for (let j = 0; j < m; j++) {
        const cell = row[cols[j]];
        if (typeof cell === 'number' && flat[j] === 0 && isFiniteNumber(cell)) {
          const score = (cell - low[j]) * factor[j];
          subScores[j] = score < 0 ? 0 : score > 100 ? 100 : score;
          hasContent = true;
        } else if (cell === '') {
          subScores[j] = missing[j];
        } else {
          subScores[j] = otherCell(cell, j);
          hasContent ||= !isBlank(cell);
        }
      }
      visit(i, subScores, !hasContent && row.every(isBlank));
    }
  };
  const weights = Float64Array.from(metrics, (metric) => metric.rule.weight);
  const sumRows = (): RowSums => {
    const n = values.length;
    const sums = new Float64Array(n);
    const present = new Float64Array(n);
    const blank = new Uint8Array(n);
    const [rows, cols, low, factor, flat, missing, weight] = [
      values,
      columns,
      red,
      scale,
      unranked,
      fallback,
      weights,
    ];
    for (let i = 0; i < n; i++) {
      const row = rows[i];
      let sum = 0;
      let presentWeight = 0;
      let hasContent = false;
      for (let j = 0; j < m; j++) {
        const cell = row[cols[j]];
        let sub: number;
        if (typeof cell === 'number') {
          hasContent = true;
          // cell − cell is 0 for every finite number. NaN and ±Infinity (never from Sheets), and
          // any number of a metric whose numbers cannot rank, take the Missing sub-score, as
          // otherCell gives them; a NaN from the arithmetic itself stays missing, as before.
          if (cell - cell === 0 && flat[j] === 0) {
            const score = (cell - low[j]) * factor[j];
            sub = score < 0 ? 0 : score > 100 ? 100 : score;
          } else sub = missing[j];
        } else if (cell === '') {
          sub = missing[j];
        } else {
          sub = otherCell(cell, j);
          hasContent ||= !isBlank(cell);
        }
        if (!isNotANumber(sub)) {
          sum += weight[j] * sub;
          presentWeight += weight[j];
        }
      }
      sums[i] = sum;
      present[i] = presentWeight;
      if (!hasContent && row.every(isBlank)) blank[i] = 1;
    }
    return { sums, present, blank };
  };
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  return { rowCount: values.length, metrics, totalWeight, forEachRow, sumRows };
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

/**
 * The numeric cells of some metrics, in one row-major pass: Sheets hands us one array per row,
 * and sweeping 50,000 rows once per metric costs a cache miss per cell.
 */
function gatherNumbers(
  values: Grid,
  metrics: readonly ScoredMetric[],
  nowMs: number,
): { values: Float64Array[]; counts: Int32Array } {
  const m = metrics.length;
  const columns = Int32Array.from(metrics, (metric) => metric.column);
  const labels = metrics.map((metric) => labelMap(metric.rule.values));
  const gathered = metrics.map(() => new Float64Array(values.length));
  const counts = new Int32Array(m);
  const reading: CellReading = { kind: CellKind.Missing, value: 0 };
  for (let i = 0; i < values.length; i++) {
    const row = values[i];
    for (let k = 0; k < m; k++) {
      const cell = row[columns[k]];
      if (typeof cell === 'number') {
        // cell − cell is 0 for every finite number, NaN for NaN and ±Infinity.
        if (cell - cell === 0) gathered[k][counts[k]++] = cell;
      } else if (cell !== '' && readCell(cell, nowMs, labels[k], reading).kind === CellKind.Numeric) {
        gathered[k][counts[k]++] = reading.value;
      }
    }
  }
  return { values: gathered, counts };
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
