/**
 * The Health Model (contract §2): one rule per metric. The zod schema (model-schema.ts) is the
 * single source of the model's type; the table parser turns the sheet's cells into that type with
 * messages that name the model row at fault.
 */
import { type ErrorParam, type ErrorText, errorText, inEnglish } from '../shared/messages/errors-render';
import { fail, failWith, type Grid, toGrid } from './args';
import { cellParam, isBlank, isDate, normalizeKey, parseNumericText, readNumber } from './cells';
import type { HealthModel, MetricRule, Threshold, ValueLabel } from './model-schema';
import { formatSegment, isSegmented, modelParts, parseSegmentText } from './segments';

export type { HealthModel, MetricRule, Threshold, ValueLabel } from './model-schema';

/** A rule with only a name and a weight: no thresholds (P0/P100), no group, Values or imputation. */
export function plainRule(metric: string, weight: number, extra: Partial<MetricRule> = {}): MetricRule {
  return {
    metric,
    weight,
    red: null,
    green: null,
    group: '',
    values: null,
    missing: null,
    notes: '',
    ...extra,
  };
}

/** The model's columns, in the order the add-on writes them (contract §4). */
export const MODEL_COLUMNS = [
  'Metric',
  'Weight',
  'Red',
  'Green',
  'Group',
  'Values',
  'Missing',
  'Notes',
] as const;
/**
 * With the optional ninth column, Segment (a model per segment, segments.ts): the Health Model
 * sheet's table is A1:I, the column between the table and the band settings (J:K).
 */
export const TABLE_COLUMNS = [...MODEL_COLUMNS, 'Segment'] as const;
type ModelColumn = (typeof TABLE_COLUMNS)[number];

export function formatThreshold(threshold: Threshold | null): string | number {
  if (threshold === null) return '';
  return threshold.kind === 'number' ? threshold.value : `P${threshold.p}`;
}

export function formatValues(values: readonly ValueLabel[] | null): string {
  return values === null ? '' : values.map(({ label, score }) => `${label}=${score}`).join('; ');
}

/** The model as the Health Model sheet's table, header first (with Segment when it has segments). */
export function modelToTable(model: HealthModel): (string | number)[][] {
  const segmented = isSegmented(model);
  return [
    segmented ? [...TABLE_COLUMNS] : [...MODEL_COLUMNS],
    ...model.metrics.map((rule) => [
      rule.metric,
      rule.weight,
      formatThreshold(rule.red),
      formatThreshold(rule.green),
      rule.group,
      formatValues(rule.values),
      rule.missing ?? '',
      rule.notes ?? '',
      ...(segmented ? [rule.segment ?? ''] : []),
    ]),
  ];
}

export interface ModelProblem {
  /** Index of the offending metric in `model.metrics`, or -1 when the model as a whole is at fault. */
  index: number;
  /** In English (the sidebar matches it); `text` is the same message for other languages. */
  message: string;
  text: ErrorText;
}

function problemAt(index: number, text: ErrorText): ModelProblem {
  return { index, message: inEnglish(text), text };
}

/**
 * Model-level rules the per-field schema cannot express; the first problem found, or null.
 * Shared by the table parser (which names the sheet row) and the sidebar's save.
 */
export function findModelProblem(model: HealthModel): ModelProblem | null {
  const seen = new Set<string>();
  for (const [index, rule] of model.metrics.entries()) {
    const key = `${normalizeKey(rule.segment ?? '')}\u0000${normalizeKey(rule.metric)}`;
    if (seen.has(key)) return problemAt(index, errorText('metricTwice', { metric: rule.metric }));
    seen.add(key);
    if ((rule.red === null) !== (rule.green === null)) {
      return problemAt(index, errorText('redGreenPair'));
    }
    if (
      rule.red !== null &&
      rule.green !== null &&
      formatThreshold(rule.red) === formatThreshold(rule.green)
    ) {
      return problemAt(index, errorText('redGreenEqual', { value: formatThreshold(rule.red) }));
    }
  }
  if (!model.metrics.some((rule) => rule.weight > 0)) {
    return problemAt(-1, errorText('weightsZero'));
  }
  return isSegmented(model) ? findSegmentProblem(model) : null;
}

/** Segments of one model key on one column, each value has one segment, each segment a weight. */
function findSegmentProblem(model: HealthModel): ModelProblem | null {
  let column: string | null = null;
  const owner = new Map<string, { key: string; label: string }>();
  for (const [index, rule] of model.metrics.entries()) {
    if (!rule.segment) continue;
    const spec = parseSegmentText(rule.segment);
    if (spec === null) return problemAt(index, errorText('segmentCell', { cell: rule.segment }));
    column ??= spec.column;
    if (normalizeKey(spec.column) !== normalizeKey(column)) {
      return problemAt(index, errorText('segmentColumns', { column: spec.column, first: column }));
    }
    const label = formatSegment(spec);
    const key = normalizeKey(label);
    for (const value of spec.values) {
      const first = owner.get(normalizeKey(value));
      if (first !== undefined && first.key !== key) {
        return problemAt(index, errorText('segmentValueTwice', { value, first: first.label }));
      }
      owner.set(normalizeKey(value), { key, label });
    }
  }
  for (const part of modelParts(model)) {
    if (part.model.metrics.some((rule) => rule.weight > 0)) continue;
    const index = part.ruleIndices[0];
    if (part.segment === null) return problemAt(index, errorText('weightsZero'));
    return problemAt(index, errorText('segmentWeightsZero', { segment: formatSegment(part.segment) }));
  }
  return null;
}

/**
 * Checks a model that arrives as an object (from the sidebar) the way the sheet will read it: as
 * the table it becomes. Whatever passes is exactly what the Health Model sheet can hold, with the
 * table parser's messages naming the metric at fault; and the server needs no schema library
 * (every custom-function call loads the whole script); the sidebar runs the same check.
 */
export function checkModelObject(candidate: unknown): HealthModel {
  const metrics = (candidate as { metrics?: unknown } | null)?.metrics;
  if (!Array.isArray(metrics) || metrics.length === 0) fail('Invalid Health Model: it has no metrics.');
  metrics.forEach((rule, i) => {
    const { metric, weight } = (rule ?? {}) as { metric?: unknown; weight?: unknown };
    if (typeof metric !== 'string' || typeof weight !== 'number') {
      fail(`Invalid Health Model: metric ${i + 1} needs a name and a numeric weight.`);
    }
  });
  return parseModelTable(modelToTable(candidate as HealthModel));
}

/** Reads the Health Model range (header row first) into a validated model. */
export function parseModelTable(arg: unknown): HealthModel {
  if (!Array.isArray(arg)) {
    return failWith('modelCell');
  }
  const grid = toGrid(arg);
  const columns = locateColumns(grid[0] ?? []);
  const metrics: MetricRule[] = [];
  const sheetRows: number[] = [];
  for (let r = 1; r < grid.length; r++) {
    if (isBlank(grid[r][columns.Metric])) continue;
    metrics.push(parseModelRow(grid[r], columns, r + 1));
    sheetRows.push(r + 1);
  }
  if (metrics.length === 0) return failWith('modelEmpty');
  const model = { metrics };
  const problem = findModelProblem(model);
  if (problem === null) return model;
  if (problem.index === -1) return failWith('modelProblem', { problem: problem.text });
  const row = modelRow(sheetRows[problem.index], metrics[problem.index].metric);
  return failWith('modelRowProblem', { row, problem: problem.text });
}

type ColumnIndex = Record<ModelColumn, number>;

const modelRow = (row: number, metric: string): ErrorText => errorText('modelRow', { row, metric });

function locateColumns(header: readonly unknown[]): ColumnIndex {
  const index = {} as ColumnIndex;
  for (const column of TABLE_COLUMNS) index[column] = -1;
  header.forEach((cell, i) => {
    const name = TABLE_COLUMNS.find((column) => column.toLowerCase() === normalizeKey(cell));
    if (name === undefined) return;
    if (index[name] !== -1) failWith('headerDouble', { name, first: index[name] + 1, second: i + 1 });
    index[name] = i;
  });
  for (const required of ['Metric', 'Weight'] as const) {
    if (index[required] === -1) {
      const found = header.filter((cell) => !isBlank(cell)).map(String);
      failWith('headerMissing', { name: required, found: found.length > 0 ? found : errorText('nothing') });
    }
  }
  return index;
}

function parseModelRow(cells: readonly unknown[], columns: ColumnIndex, row: number): MetricRule {
  const metric = String(cells[columns.Metric]).trim().replace(/\s+/g, ' ');
  const at = modelRow(row, metric);
  const cell = (column: ModelColumn): unknown => (columns[column] === -1 ? '' : cells[columns[column]]);

  const weightCell = cell('Weight');
  const weight = readNumber(weightCell);
  if (isBlank(weightCell)) failWith('weightBlank', { row: at });
  if (Number.isNaN(weight)) failWith('weightNaN', { row: at, cell: cellParam(weightCell) });
  if (weight < 0) failWith('weightNegative', { row: at, weight });

  const missingCell = cell('Missing');
  let missing: number | null = null;
  if (!isBlank(missingCell) && normalizeKey(missingCell) !== 'skip') {
    missing = readNumber(missingCell);
    if (Number.isNaN(missing) || missing < 0 || missing > 100) {
      failWith('missingCell', { row: at, cell: cellParam(missingCell) });
    }
  }

  return {
    metric,
    weight,
    red: parseThreshold(cell('Red'), errorText('modelField', { row: at, column: 'Red' })),
    green: parseThreshold(cell('Green'), errorText('modelField', { row: at, column: 'Green' })),
    group: isBlank(cell('Group')) ? '' : String(cell('Group')).trim(),
    values: isBlank(cell('Values'))
      ? null
      : parseValueLabels(String(cell('Values')), errorText('modelField', { row: at, column: 'Values' })),
    missing,
    notes: isBlank(cell('Notes')) ? '' : String(cell('Notes')),
    ...segmentOf(cell('Segment'), at),
  };
}

/** `{ segment }` in its canonical spelling, or nothing for the default model (contract unchanged). */
function segmentOf(cell: unknown, at: ErrorText): { segment?: string } {
  if (isBlank(cell)) return {};
  const spec = parseSegmentText(String(cell));
  if (spec === null) {
    return failWith('modelRowProblem', {
      row: at,
      problem: errorText('segmentCell', { cell: cellParam(cell) }),
    });
  }
  return { segment: formatSegment(spec) };
}

const PERCENTILE = /^p\s*(\d{1,3}(?:\.\d+)?)$/i;

/**
 * The largest threshold magnitude: beyond it Green − Red loses every digit that tells accounts
 * apart (−1e308 to 1e308 even overflows to Infinity and would score everyone 0).
 */
export const MAX_THRESHOLD = 1e15;

function finiteThreshold(value: number, cell: unknown, what: ErrorParam): Threshold {
  if (Math.abs(value) > MAX_THRESHOLD) failWith('thresholdLarge', { what, cell: cellParam(cell) });
  return { kind: 'number', value };
}

/**
 * A threshold cell: blank, a number (numeric text and percent formatting accepted), or `Pxx`.
 * `what` names the cell in errors (a model row's Red, or the sidebar's field).
 */
export function parseThreshold(cell: unknown, what: ErrorParam): Threshold | null {
  if (isBlank(cell)) return null;
  if (typeof cell === 'number' && Number.isFinite(cell)) return finiteThreshold(cell, cell, what);
  if (typeof cell === 'string') {
    const percentile = PERCENTILE.exec(cell.trim());
    if (percentile !== null) {
      const p = Number(percentile[1]);
      if (p > 100) failWith('percentile', { what, cell: cellParam(cell) });
      return { kind: 'percentile', p };
    }
    const value = parseNumericText(cell);
    if (!Number.isNaN(value)) return finiteThreshold(value, cell, what);
  }
  return failWith(isDate(cell) ? 'thresholdDate' : 'threshold', { what, cell: cellParam(cell) });
}

/** `Churning=0; Stable=60; Expanding=100` (separators `;` or `,`, `=` or `:`). */
export function parseValueLabels(text: string, what: ErrorParam): ValueLabel[] | null {
  const labels: ValueLabel[] = [];
  const seen = new Set<string>();
  for (const entry of text.split(/[;,]/)) {
    if (entry.trim() === '') continue;
    const match = /^(.*?)\s*[=:]\s*([^=:]*)$/.exec(entry.trim());
    const label = match?.[1].trim() ?? '';
    const score = match ? readNumber(match[2]) : Number.NaN;
    if (label === '' || Number.isNaN(score)) {
      failWith('valuesEntry', { what, entry: entry.trim() });
    }
    if (score < 0 || score > 100) failWith('valuesScore', { what, label, score });
    const key = normalizeKey(label);
    if (seen.has(key)) failWith('valuesTwice', { what, label });
    seen.add(key);
    labels.push({ label, score });
  }
  return labels.length > 0 ? labels : null;
}

/** Values labels as a lookup by normalised label. */
export function labelMap(values: readonly ValueLabel[] | null): Map<string, number> | null {
  return values === null ? null : new Map(values.map(({ label, score }) => [normalizeKey(label), score]));
}

/** Inline form check: a single row of numbers and blanks (at least one number) is a weights row. */
export function isWeightsRow(grid: Grid): boolean {
  if (grid.length !== 1) return false;
  let numbers = 0;
  for (const cell of grid[0]) {
    if (typeof cell === 'number') numbers++;
    else if (!isBlank(cell)) return false;
  }
  return numbers > 0;
}
