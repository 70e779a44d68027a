/**
 * The Health Model (contract §2): one rule per metric. The zod schema (model-schema.ts) is the
 * single source of the model's type; the table parser turns the sheet's cells into that type with
 * messages that name the model row at fault.
 */
import { fail, type Grid, toGrid } from './args';
import { describeCell, isBlank, isDate, normalizeKey, parseNumericText, readNumber } from './cells';
import type { HealthModel, MetricRule, Threshold, ValueLabel } from './model-schema';

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
type ModelColumn = (typeof MODEL_COLUMNS)[number];

export function formatThreshold(threshold: Threshold | null): string | number {
  if (threshold === null) return '';
  return threshold.kind === 'number' ? threshold.value : `P${threshold.p}`;
}

export function formatValues(values: readonly ValueLabel[] | null): string {
  return values === null ? '' : values.map(({ label, score }) => `${label}=${score}`).join('; ');
}

/** The model as the Health Model sheet's table, header first. */
export function modelToTable(model: HealthModel): (string | number)[][] {
  return [
    [...MODEL_COLUMNS],
    ...model.metrics.map((rule) => [
      rule.metric,
      rule.weight,
      formatThreshold(rule.red),
      formatThreshold(rule.green),
      rule.group,
      formatValues(rule.values),
      rule.missing ?? '',
      rule.notes ?? '',
    ]),
  ];
}

export interface ModelProblem {
  /** Index of the offending metric in `model.metrics`, or -1 when the model as a whole is at fault. */
  index: number;
  message: string;
}

/**
 * Model-level rules the per-field schema cannot express; the first problem found, or null.
 * Shared by the table parser (which names the sheet row) and the sidebar's save.
 */
export function findModelProblem(model: HealthModel): ModelProblem | null {
  const seen = new Set<string>();
  for (const [index, rule] of model.metrics.entries()) {
    const key = normalizeKey(rule.metric);
    if (seen.has(key)) return { index, message: `metric "${rule.metric}" is listed twice; keep one row.` };
    seen.add(key);
    if ((rule.red === null) !== (rule.green === null)) {
      return { index, message: 'set both Red and Green, or leave both blank (P0 and P100).' };
    }
    if (
      rule.red !== null &&
      rule.green !== null &&
      formatThreshold(rule.red) === formatThreshold(rule.green)
    ) {
      return { index, message: `Red and Green are both ${formatThreshold(rule.red)}; they must differ.` };
    }
  }
  if (!model.metrics.some((rule) => rule.weight > 0)) {
    return { index: -1, message: 'every metric has weight 0; give at least one a weight above 0.' };
  }
  return null;
}

/**
 * Checks a model that arrives as an object (from the sidebar) the way the sheet will read it: as
 * the table it becomes. Whatever passes is exactly what the Health Model sheet can hold, with the
 * table parser's messages naming the metric at fault; and the server needs no schema library
 * (every custom-function call loads the whole script; the sidebar checks with the zod schema).
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
    return fail(
      "model must be the Health Model range (e.g. HealthModel or 'Health Model'!A1:H10), not a single cell.",
    );
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
  if (metrics.length === 0) return fail('Health Model: no metrics below the header row.');
  const model = { metrics };
  const problem = findModelProblem(model);
  if (problem === null) return model;
  if (problem.index === -1) return fail(`Health Model: ${problem.message}`);
  return fail(
    `Health Model row ${sheetRows[problem.index]} ("${metrics[problem.index].metric}"): ${problem.message}`,
  );
}

type ColumnIndex = Record<ModelColumn, number>;

function locateColumns(header: readonly unknown[]): ColumnIndex {
  const index = {} as ColumnIndex;
  for (const column of MODEL_COLUMNS) index[column] = -1;
  header.forEach((cell, i) => {
    const name = MODEL_COLUMNS.find((column) => column.toLowerCase() === normalizeKey(cell));
    if (name === undefined) return;
    if (index[name] !== -1)
      fail(`Health Model header: "${name}" appears twice (columns ${index[name] + 1} and ${i + 1}).`);
    index[name] = i;
  });
  for (const required of ['Metric', 'Weight'] as const) {
    if (index[required] === -1) {
      const found = header.filter((cell) => !isBlank(cell)).map(String);
      fail(
        `Health Model: the header row has no "${required}" column (found: ${found.join(', ') || 'nothing'}). ` +
          'The first row of the model range must be its header.',
      );
    }
  }
  return index;
}

function parseModelRow(cells: readonly unknown[], columns: ColumnIndex, row: number): MetricRule {
  const metric = String(cells[columns.Metric]).trim().replace(/\s+/g, ' ');
  const at = `Health Model row ${row} ("${metric}")`;
  const cell = (column: ModelColumn): unknown => (columns[column] === -1 ? '' : cells[columns[column]]);

  const weightCell = cell('Weight');
  const weight = readNumber(weightCell);
  if (isBlank(weightCell)) fail(`${at}: Weight is blank. Enter a number ≥ 0 (0 turns the metric off).`);
  if (Number.isNaN(weight)) fail(`${at}: Weight ${describeCell(weightCell)} is not a number.`);
  if (weight < 0) fail(`${at}: Weight ${weight} is negative; weights must be ≥ 0.`);

  const missingCell = cell('Missing');
  let missing: number | null = null;
  if (!isBlank(missingCell) && normalizeKey(missingCell) !== 'skip') {
    missing = readNumber(missingCell);
    if (Number.isNaN(missing) || missing < 0 || missing > 100) {
      fail(
        `${at}: Missing ${describeCell(missingCell)} must be blank, "skip", or a sub-score from 0 to 100.`,
      );
    }
  }

  return {
    metric,
    weight,
    red: parseThreshold(cell('Red'), `${at}: Red`),
    green: parseThreshold(cell('Green'), `${at}: Green`),
    group: isBlank(cell('Group')) ? '' : String(cell('Group')).trim(),
    values: isBlank(cell('Values')) ? null : parseValueLabels(String(cell('Values')), `${at}: Values`),
    missing,
    notes: isBlank(cell('Notes')) ? '' : String(cell('Notes')),
  };
}

const PERCENTILE = /^p\s*(\d{1,3}(?:\.\d+)?)$/i;

/**
 * The largest threshold magnitude: beyond it Green − Red loses every digit that tells accounts
 * apart (−1e308 to 1e308 even overflows to Infinity and would score everyone 0).
 */
export const MAX_THRESHOLD = 1e15;

function finiteThreshold(value: number, cell: unknown, what: string): Threshold {
  if (Math.abs(value) > MAX_THRESHOLD) {
    fail(`${what} ${describeCell(cell)} is too large: thresholds run from -1e15 to 1e15.`);
  }
  return { kind: 'number', value };
}

/** A threshold cell: blank, a number (numeric text and percent formatting accepted), or `Pxx`. */
export function parseThreshold(cell: unknown, what: string): Threshold | null {
  if (isBlank(cell)) return null;
  if (typeof cell === 'number' && Number.isFinite(cell)) return finiteThreshold(cell, cell, what);
  if (typeof cell === 'string') {
    const percentile = PERCENTILE.exec(cell.trim());
    if (percentile !== null) {
      const p = Number(percentile[1]);
      if (p > 100) fail(`${what} ${describeCell(cell)}: a percentile runs from P0 to P100.`);
      return { kind: 'percentile', p };
    }
    const value = parseNumericText(cell);
    if (!Number.isNaN(value)) return finiteThreshold(value, cell, what);
  }
  const hint = isDate(cell) ? ' (the cell is formatted as a date: format it as a number)' : '';
  return fail(`${what} ${describeCell(cell)} is neither a number nor a percentile like P10${hint}.`);
}

/** `Churning=0; Stable=60; Expanding=100` (separators `;` or `,`, `=` or `:`). */
export function parseValueLabels(text: string, what: string): ValueLabel[] | null {
  const labels: ValueLabel[] = [];
  const seen = new Set<string>();
  for (const entry of text.split(/[;,]/)) {
    if (entry.trim() === '') continue;
    const match = /^(.*?)\s*[=:]\s*([^=:]*)$/.exec(entry.trim());
    const label = match?.[1].trim() ?? '';
    const score = match ? readNumber(match[2]) : Number.NaN;
    if (label === '' || Number.isNaN(score)) {
      fail(
        `${what}: "${entry.trim()}" should look like Label=score, e.g. Churning=0; Stable=60; Expanding=100.`,
      );
    }
    if (score < 0 || score > 100)
      fail(`${what}: the score of "${label}" is ${score}; scores run from 0 to 100.`);
    const key = normalizeKey(label);
    if (seen.has(key)) fail(`${what}: the label "${label}" is listed twice.`);
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
