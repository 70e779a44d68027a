/**
 * The scoring engine behind HEALTHSCORE, HEALTHEXPLAIN and HEALTHGROUPS: reads each metric's
 * column once into typed arrays, resolves its thresholds over the whole call, and leaves a
 * sub-score matrix (NaN = missing) the three functions summarise in their own way.
 */
import { fail, type Grid } from './args';
import { CellKind, type CellReading, isBlank, normalizeKey, readCell } from './cells';
import { closestName } from './closest';
import { type HealthModel, labelMap, type MetricRule, type Threshold } from './model';
import { percentileInc } from './percentile';

export interface ScoredMetric {
  rule: MetricRule;
  column: number;
  /** Sub-score 0–100 per row after Missing imputation; NaN where the metric is missing. */
  subScores: Float64Array;
}

export interface SubScoreMatrix {
  rowCount: number;
  /** Metrics with weight > 0, in model order. */
  metrics: ScoredMetric[];
  /** 1 where every cell of the row is blank: such rows get "" from every function. */
  blankRows: Uint8Array;
  totalWeight: number;
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
      fail(
        `headers: "${String(header).trim()}" appears in columns ${earlier + 1} and ${column + 1}; rename one.`,
      );
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
    const hints = notFound.map((metric) => {
      const close = closestName(metric, names);
      return close === null ? `"${metric}"` : `"${metric}" (closest header: "${close}")`;
    });
    fail(`headers has no column for model metric${notFound.length > 1 ? 's' : ''} ${hints.join(', ')}.`);
  }
  return located;
}

/** Reads and scores every metric of the model over `values`. */
export function buildSubScores(
  values: Grid,
  headers: readonly unknown[],
  model: HealthModel,
  nowMs: number,
): SubScoreMatrix {
  const width = values[0]?.length ?? 0;
  if (width !== headers.length) {
    fail(
      `values is ${width} column${width === 1 ? '' : 's'} wide but headers is ${headers.length}; they must match.`,
    );
  }
  const rowCount = values.length;
  const located = locateMetrics(model, headers);
  const rowHasContent = new Uint8Array(rowCount);
  const scratch = new Float64Array(rowCount);
  const reading: CellReading = { kind: CellKind.Missing, value: 0 };
  const metrics: ScoredMetric[] = [];
  let totalWeight = 0;

  for (const [rule, column] of located) {
    const labels = labelMap(rule.values);
    const raw = new Float64Array(rowCount);
    const kinds = new Uint8Array(rowCount);
    let numericCount = 0;
    for (let i = 0; i < rowCount; i++) {
      const cell = values[i][column];
      if (typeof cell === 'number' && Number.isFinite(cell)) {
        // Fast path: most cells are plain numbers.
        raw[i] = cell;
        kinds[i] = CellKind.Numeric;
        scratch[numericCount++] = cell;
        rowHasContent[i] = 1;
        continue;
      }
      if (isBlank(cell)) continue;
      rowHasContent[i] = 1;
      readCell(cell, nowMs, labels, reading);
      kinds[i] = reading.kind;
      raw[i] = reading.value;
      if (reading.kind === CellKind.Numeric) scratch[numericCount++] = reading.value;
    }
    const [red, green] = resolveThresholds(rule, scratch, numericCount);
    metrics.push({ rule, column, subScores: toSubScores(raw, kinds, red, green, rule.missing) });
    totalWeight += rule.weight;
  }

  const blankRows = new Uint8Array(rowCount);
  for (let i = 0; i < rowCount; i++) {
    if (rowHasContent[i] === 0) blankRows[i] = values[i].every(isBlank) ? 1 : 0;
  }
  return { rowCount, metrics, blankRows, totalWeight };
}

/** Red and Green as numbers for this call; both blank means P0 and P100. */
function resolveThresholds(rule: MetricRule, numeric: Float64Array, count: number): [number, number] {
  const red = rule.red ?? { kind: 'percentile', p: 0 };
  const green = rule.green ?? { kind: 'percentile', p: 100 };
  return [resolve(red, numeric, count), resolve(green, numeric, count)];
}

function resolve(threshold: Threshold, numeric: Float64Array, count: number): number {
  if (threshold.kind === 'number') return threshold.value;
  return percentileInc(numeric, count, threshold.p);
}

function toSubScores(
  raw: Float64Array,
  kinds: Uint8Array,
  red: number,
  green: number,
  imputed: number | null,
): Float64Array {
  const subScores = new Float64Array(raw.length);
  // Equal thresholds (or a percentile of nothing) cannot tell accounts apart: numbers count as missing.
  const usable = !Number.isNaN(red) && !Number.isNaN(green) && red !== green;
  const scale = 100 / (green - red);
  const fallback = imputed ?? Number.NaN;
  for (let i = 0; i < raw.length; i++) {
    const kind = kinds[i];
    if (kind === CellKind.Numeric && usable) {
      const score = (raw[i] - red) * scale;
      subScores[i] = score < 0 ? 0 : score > 100 ? 100 : score;
    } else if (kind === CellKind.SubScore) {
      subScores[i] = raw[i];
    } else {
      subScores[i] = fallback;
    }
  }
  return subScores;
}
