/**
 * SQL that computes what HEALTHSCORE, HEALTHBAND and HEALTHEXPLAIN compute (contract §1–§3, §8),
 * over a warehouse table instead of a sheet range: `CREATE OR REPLACE VIEW` with the columns
 * `score`, `band` and `drivers`, and a daily snapshot `INSERT` into a history table.
 *
 * Same result, bit for bit where it matters: every double is computed with the core's operations
 * in the core's order (thresholds, percentiles, sums over metrics in model order, the coverage
 * floor), and the drivers text rounds as Number.prototype.toFixed(1) does. Blank rows and rows
 * under the coverage floor, which the sheet shows as "" and "N/A", have a NULL score; their band
 * is '' and the N/A label respectively, and a blank row's drivers are ''.
 *
 * A model with segments (segments.ts) is scored part by part, each part's rows in steps of their
 * own, then put back together (segmentedQuery); a model without them gets the very same SQL.
 */
import type { Grid } from '../args';
import { isDate, normalizeKey } from '../cells';
import { checkModelObject, type HealthModel, type MetricRule, parseModelTable } from '../model';
import { locateMetrics } from '../scoring';
import { isSegmented, type ModelPart, modelParts } from '../segments';
import { type Dialect, dialectOf, type SqlDialect } from './dialect';
import { percentileQuery } from './percentile';
import {
  asciiDigits,
  type ColumnKind,
  columnKind,
  labelProblem,
  normalizedKey,
  numericText,
  sentimentWord,
  trimmed,
  valueLabel,
  WHITESPACE,
} from './read';
import { locateSegmentColumn, noModelDrivers, partCase, type SegmentColumn } from './segments-sql';

export type { SqlDialect } from './dialect';
export type { ColumnKind } from './read';

/** A column of the table, as its schema lists it. */
export interface SqlColumn {
  /** The column's name in the table (the sheet's header). */
  name: string;
  /**
   * Its type as the warehouse spells it (`STRING`, `FLOAT64`, `INT64`, `BOOL`, `DATE`, `TIMESTAMP`,
   * DuckDB's `VARCHAR`, `DOUBLE`…) or `string` / `number` / `boolean` / `date` / `timestamp`.
   */
  type: string;
}

export interface HealthSqlSource {
  /** The Health Model: parsed (model.ts), or its table as the sheet holds it (header row first). */
  model: HealthModel | Grid;
  /**
   * The table's columns the view reads, like HEALTHSCORE's `headers`: the model's metrics are
   * looked up among them, and a row is blank when every one of them is NULL or only spaces.
   */
  columns: readonly SqlColumn[];
}

/** A table or view name: `dataset.table` (split at dots) or its parts. */
export type SqlName = string | readonly string[];

export interface HealthSqlOptions {
  dialect: SqlDialect;
  /** The accounts table. */
  table: SqlName;
  /** The view to create; default: the table's name + `_health`, beside it. */
  view?: SqlName;
  /**
   * The account column. With it the view has four columns (it, score, band, drivers); without it,
   * every column of `columns` and then those three. The snapshot needs it.
   */
  idColumn?: string;
  /**
   * "Now" for date cells (§8 as_of): a Date, or an SQL expression of a DATE or TIMESTAMP
   * (BigQuery scheduled queries: `@run_time`). Default: the current time when the view is read;
   * the snapshot's date is its date (UTC), default the current date.
   */
  asOf?: Date | string;
  /** HEALTHBAND's healthy_at, or 'quartiles'; default 70. */
  healthyAt?: number | 'quartiles';
  /** HEALTHBAND's unhealthy_below; default 40. */
  unhealthyBelow?: number;
  /** HEALTHSCORE's min_coverage: 0–1 or a percent; default 0.5. */
  minCoverage?: number | string;
  /** HEALTHEXPLAIN's top; default 3. */
  top?: number;
  /** Band labels (§8): healthy, at risk, unhealthy, and optionally N/A. */
  labels?: readonly string[];
  /** The history table of the snapshot (`date`, `account`, `score`, `band`); default `history` beside the table. */
  history?: SqlName;
}

export interface HealthSql {
  /** `CREATE OR REPLACE VIEW … AS` the query. */
  view: string;
  /** The view's query alone. */
  query: string;
  /** The view's quoted name. */
  viewName: string;
  /** `INSERT INTO history (date, account, score, band)`: one row per account with a score; needs idColumn. */
  snapshot: string | null;
  /** `CREATE TABLE IF NOT EXISTS` for the history table the snapshot writes. */
  historyTable: string | null;
}

const DEFAULT_LABELS = ['Healthy', 'At risk', 'Unhealthy', 'N/A'] as const;
const OUTPUT_COLUMNS = ['score', 'band', 'drivers'] as const;
/** healthscore.ts: coverage comparisons tolerate float noise. */
const COVERAGE_EPSILON = 1e-9;
const MICROS_PER_DAY = 86_400_000_000;

interface Metric {
  rule: MetricRule;
  column: SqlColumn;
  kind: ColumnKind;
  /** Its index, in model order among the metrics with weight > 0: the suffix of its SQL aliases. */
  j: number;
}

/** Generates the view (and the snapshot) for `source` with `options`; throws an Error naming what SQL cannot do. */
export function generateHealthSql(source: HealthSqlSource, options: HealthSqlOptions): HealthSql {
  const d = dialectOf(options.dialect);
  const model = Array.isArray(source.model)
    ? parseModelTable(source.model)
    : checkModelObject(source.model as HealthModel);
  const columns = checkColumns(source.columns);
  const parts = isSegmented(model) ? modelParts(model) : null;
  const segment = parts === null ? null : locateSegmentColumn(parts, columns);
  const partMetrics = (parts ?? [{ model }]).map((part) => locateSqlMetrics(part.model, columns));
  const metricCount = partMetrics.reduce((sum, metrics) => sum + metrics.length, 0);
  const segmented = parts !== null && segment !== null ? { parts, segment, partMetrics } : null;
  const settings = readOptions(options, columns);
  const tableParts = nameParts(options.table, 'table');
  const viewParts =
    options.view === undefined
      ? [...tableParts.slice(0, -1), `${tableParts[tableParts.length - 1]}_health`]
      : nameParts(options.view, 'view');
  const outputs = settings.id === null ? columns : [settings.id];
  for (const column of outputs) {
    if (OUTPUT_COLUMNS.some((name) => name === column.name.trim().toLowerCase())) {
      throw new Error(
        `column "${column.name}" has the name of an output column of the view (score, band, drivers): ` +
          'pass idColumn, or rename it.',
      );
    }
  }
  const table = d.path(tableParts);
  const query =
    segmented === null
      ? buildQuery(d, scoreSteps(d, partMetrics[0], columns, outputs, settings, table, ''), outputs, settings)
      : segmentedQuery(d, segmented, columns, outputs, settings, table);
  const viewName = d.path(viewParts);
  const segments = segmented === null ? '' : `, ${segmentsNote(segmented)}`;
  const view =
    `-- Customer Health Score: HEALTHSCORE, HEALTHBAND and HEALTHEXPLAIN of ${table.replace(/[\r\n]/g, ' ')}, ` +
    `generated from the Health Model (${metricCount} metric${metricCount === 1 ? '' : 's'}${segments}); regenerate rather than edit.\n` +
    `CREATE OR REPLACE VIEW ${viewName} AS\n${query}`;
  if (settings.id === null) return { view, query, viewName, snapshot: null, historyTable: null };
  const historyParts =
    options.history === undefined
      ? [...tableParts.slice(0, -1), 'history']
      : nameParts(options.history, 'history');
  return {
    view,
    query,
    viewName,
    snapshot: snapshotSql(d, viewName, d.path(historyParts), settings),
    historyTable: historyTableSql(d, d.path(historyParts)),
  };
}

interface Settings {
  id: SqlColumn | null;
  /** Microseconds of "now", as an SQL expression. */
  nowMicros: string;
  /** The snapshot's date, as an SQL expression. */
  day: string;
  bands: { kind: 'fixed'; healthyAt: number; unhealthyBelow: number } | { kind: 'quartiles' };
  minCoverage: number;
  top: number;
  labels: readonly [string, string, string, string];
}

function readOptions(options: HealthSqlOptions, columns: readonly SqlColumn[]): Settings {
  const d = dialectOf(options.dialect);
  let id: SqlColumn | null = null;
  if (options.idColumn !== undefined) {
    id = columns.find((column) => normalizeKey(column.name) === normalizeKey(options.idColumn)) ?? null;
    if (id === null) {
      throw new Error(`idColumn "${options.idColumn}" is not one of the columns (${names(columns)}).`);
    }
  }
  const { asOf } = options;
  let nowMicros: string;
  let day: string;
  if (asOf === undefined || asOf === '') {
    nowMicros = d.nowMicros();
    day = d.currentDate();
  } else if (isDate(asOf)) {
    const date = asOf as Date;
    if (Number.isNaN(date.getTime())) throw new Error('asOf is an invalid date.');
    nowMicros = d.epochMicros(d.timestampLiteral(date));
    day = d.dateLiteral(date.toISOString().slice(0, 10));
  } else if (typeof asOf === 'string') {
    nowMicros = d.epochMicros(`(${asOf})`);
    day = d.toDate(`(${asOf})`);
  } else {
    throw new Error(`asOf ${String(asOf)} must be a date or an SQL expression of a DATE or TIMESTAMP.`);
  }
  return {
    id,
    nowMicros,
    day,
    bands: readBands(options.healthyAt, options.unhealthyBelow),
    minCoverage: readMinCoverage(options.minCoverage),
    top: readTop(options.top),
    labels: readLabels(options.labels),
  };
}

/** HEALTHBAND's checks (bands.ts parseBandRule). */
function readBands(healthyAt: unknown, unhealthyBelow: unknown): Settings['bands'] {
  if (typeof healthyAt === 'string' && healthyAt.trim().toLowerCase() === 'quartiles')
    return { kind: 'quartiles' };
  const healthy = healthyAt ?? 70;
  const unhealthy = unhealthyBelow ?? 40;
  if (typeof healthy !== 'number' || !Number.isFinite(healthy)) {
    throw new Error(`healthyAt ${String(healthyAt)} must be a number or the word "quartiles".`);
  }
  if (typeof unhealthy !== 'number' || !Number.isFinite(unhealthy)) {
    throw new Error(`unhealthyBelow ${String(unhealthyBelow)} must be a number.`);
  }
  if (healthy <= unhealthy) {
    throw new Error(`healthy_at (${healthy}) must be above unhealthy_below (${unhealthy}).`);
  }
  return { kind: 'fixed', healthyAt: healthy, unhealthyBelow: unhealthy };
}

/** healthscore.ts parseMinCoverage: 0–1, or a percent (50 or "50%"); default 0.5. */
function readMinCoverage(arg: unknown): number {
  if (arg === undefined || arg === null || arg === '') return 0.5;
  let number = Number.NaN;
  if (typeof arg === 'number') number = arg;
  else if (typeof arg === 'string') {
    const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(%)?\s*$/.exec(arg);
    if (match !== null) number = Number(match[1]) / (match[2] === '%' ? 100 : 1);
  }
  if (number >= 0 && number <= 1) return number;
  if (number > 1 && number <= 100) return number / 100;
  throw new Error(`min_coverage ${String(arg)} must be between 0 and 1 (or 0% and 100%).`);
}

function readTop(arg: unknown): number {
  if (arg === undefined || arg === null) return 3;
  if (typeof arg !== 'number' || !Number.isInteger(arg) || arg < 0) {
    throw new Error(`top ${String(arg)} must be a whole number ≥ 0.`);
  }
  return arg;
}

function readLabels(arg: readonly string[] | undefined): Settings['labels'] {
  if (arg === undefined) return DEFAULT_LABELS;
  if (arg.length < 3 || arg.length > 4) {
    throw new Error(
      `labels must be three texts (healthy, at risk, unhealthy) and optionally a fourth for N/A, not ${arg.length}.`,
    );
  }
  const blankAll = arg.every((label) => label === undefined || String(label).trim() === '');
  if (blankAll) return DEFAULT_LABELS;
  const labels = DEFAULT_LABELS.map((fallback, i) => {
    const label = arg[i];
    return label === undefined || String(label).trim() === '' ? fallback : String(label).trim();
  }) as unknown as Settings['labels'];
  for (let i = 0; i < labels.length; i++) {
    for (let k = i + 1; k < labels.length; k++) {
      if (normalizeKey(labels[i]) === normalizeKey(labels[k])) {
        throw new Error(`labels: "${labels[i]}" is given twice; the band labels must differ.`);
      }
    }
  }
  return labels;
}

function checkColumns(columns: readonly SqlColumn[]): readonly SqlColumn[] {
  if (!Array.isArray(columns) || columns.length === 0) {
    throw new Error("columns must list the table's columns (name and type), like HEALTHSCORE's headers.");
  }
  const seen = new Map<string, string>();
  for (const column of columns) {
    if (typeof column?.name !== 'string' || column.name.trim() === '') {
      throw new Error('columns: every column needs a name.');
    }
    if (typeof column.type !== 'string') throw new Error(`column "${column.name}" needs a type.`);
    if (column.name.toLowerCase().startsWith('__hs_')) {
      throw new Error(`column "${column.name}": names starting with __hs_ are the generator's own.`);
    }
    const key = column.name.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new Error(
        `columns "${earlier}" and "${column.name}" differ only in case; SQL cannot tell them apart.`,
      );
    }
    seen.set(key, column.name);
  }
  return columns;
}

/** The metrics with weight > 0, in model order, each with its column (HEALTHSCORE's lookup and errors). */
function locateSqlMetrics(model: HealthModel, columns: readonly SqlColumn[]): Metric[] {
  const located = locateMetrics(
    model,
    columns.map((column) => column.name),
  );
  const metrics: Metric[] = [];
  for (const [rule, index] of located) {
    const column = columns[index];
    const kind = columnKind(column.type);
    if (kind === null) {
      throw new Error(
        `metric "${rule.metric}": its column "${column.name}" is of type ${column.type}, which SQL cannot read ` +
          'as a sheet cell; use a string, number, boolean, DATE or TIMESTAMP column.',
      );
    }
    for (const { label } of rule.values ?? []) {
      const problem = labelProblem(label);
      if (problem !== null)
        throw new Error(`metric "${rule.metric}": ${problem}; spell the label without it.`);
    }
    metrics.push({ rule, column, kind, j: metrics.length });
  }
  return metrics;
}

/** A row is blank when every column is NULL or (text) only spaces, as `values.every(isBlank)`. */
function blankRow(d: Dialect, columns: readonly SqlColumn[], c: (column: SqlColumn) => string): string {
  const blank = columns.map((column) =>
    columnKind(column.type) === 'string'
      ? `(${c(column)} IS NULL OR ${d.matches(c(column), `^${WHITESPACE}*$`)})`
      : `${c(column)} IS NULL`,
  );
  return `(${blank.join(' AND ')})`;
}

interface Segments {
  parts: readonly ModelPart[];
  segment: SegmentColumn;
  /** Each part's metrics, as `parts`. */
  partMetrics: readonly (readonly Metric[])[];
}

/**
 * A segmented model (segments.ts bySegment): each row goes to one part (__hs_part), each part's
 * rows are scored by its own steps, as a call of their own (percentiles rank within the part),
 * and the parts are put back together before the bands, which HEALTHBAND draws over the whole
 * score column. Rows no part scores (no default rows) have no score and say which segment.
 */
function segmentedQuery(
  d: Dialect,
  { parts, segment, partMetrics }: Segments,
  columns: readonly SqlColumn[],
  outputs: readonly SqlColumn[],
  settings: Settings,
  table: string,
): string {
  const ctes: [string, string][] = [
    [
      '__hs_segments',
      `SELECT *, ${partCase(d, parts, segment, '__hs_src')} AS __hs_part FROM ${table} AS __hs_src`,
    ],
  ];
  const carried = [
    ...outputs.map((column) => d.ident(column.name)),
    '__hs_blank',
    '__hs_score',
    '__hs_drivers',
  ];
  const arms = parts.map((_, p) => {
    const rows = `(SELECT * FROM __hs_segments WHERE __hs_part = ${p})`;
    ctes.push(...scoreSteps(d, partMetrics[p], columns, outputs, settings, rows, `p${p}_`));
    return `SELECT ${carried.join(', ')} FROM __hs_p${p}_explained`;
  });
  if (!parts.some((part) => part.segment === null)) {
    const c = (column: SqlColumn) => `__hs_src.${d.ident(column.name)}`;
    const unscored = [
      ...outputs.map(c),
      `${blankRow(d, columns, c)} AS __hs_blank`,
      `CAST(NULL AS ${d.name === 'bigquery' ? 'FLOAT64' : 'DOUBLE'}) AS __hs_score`,
      `${noModelDrivers(d, segment, '__hs_src')} AS __hs_drivers`,
    ];
    arms.push(`SELECT ${unscored.join(', ')} FROM __hs_segments AS __hs_src WHERE __hs_part = -1`);
  }
  ctes.push(['__hs_explained', arms.join('\n  UNION ALL\n  ')]);
  return buildQuery(d, ctes, outputs, settings);
}

/** `segmented by Tier: 3 segments and the default rows`, for the view's comment. */
function segmentsNote({ parts, segment }: Segments): string {
  const keyed = parts.filter((part) => part.segment !== null).length;
  const fallback = parts.some((part) => part.segment === null)
    ? 'and the default rows'
    : 'and no default rows';
  return `segmented by ${segment.written}: ${keyed} segment${keyed === 1 ? '' : 's'} ${fallback}`;
}

/**
 * The CTEs that score the rows of `table` under one model, up to `__hs_explained` (each row's
 * view columns, __hs_blank, __hs_score and __hs_drivers). `prefix` goes into every CTE name, so
 * the parts of a segmented model each have their own steps in one WITH.
 */
function scoreSteps(
  d: Dialect,
  metrics: readonly Metric[],
  columns: readonly SqlColumn[],
  outputs: readonly SqlColumn[],
  settings: Settings,
  table: string,
  prefix: string,
): [string, string][] {
  const n = (name: string) => `__hs_${prefix}${name}`;
  const ctes: [string, string][] = [];
  // Each step names the columns it carries on (the view's own, __hs_blank, and what later steps
  // read) and the ones it adds; dropping the rest keeps the plan small for the binder.
  const always = [...outputs.map((column) => d.ident(column.name)), '__hs_blank'];
  const step = (name: string, from: string, keep: readonly string[], add: readonly string[]): void => {
    ctes.push([n(name), `SELECT ${[...always, ...keep, ...add].join(', ')} FROM ${from}`]);
  };
  const each = (list: readonly Metric[], alias: (j: number) => string) => list.map(({ j }) => alias(j));
  const c = (column: SqlColumn) => `__hs_src.${d.ident(column.name)}`;
  const strings = metrics.filter((metric) => metric.kind === 'string');
  const others = metrics.filter((metric) => metric.kind !== 'string');

  // 1. Each cell as the core reads it: numbers, booleans and dates straight to a value; text trimmed.
  const first = [
    ...outputs.map((column) => c(column)),
    `${blankRow(d, columns, c)} AS __hs_blank`,
    ...metrics.map((metric) => {
      const cell = c(metric.column);
      const j = metric.j;
      if (metric.kind === 'string') return `${trimmed(d, cell)} AS __hs_t${j}`;
      if (metric.kind === 'number') return `${d.finiteDouble(cell)} AS __hs_n${j}`;
      if (metric.kind === 'boolean') {
        return `CASE WHEN ${cell} THEN ${d.number(1)} WHEN NOT ${cell} THEN ${d.number(0)} END AS __hs_n${j}`;
      }
      // Days elapsed since the date, unrounded: exactly (now − date) in ms / 86,400,000 (the
      // microsecond counts are the milliseconds × 1000, so the quotient is the same double).
      return `(${settings.nowMicros} - ${d.epochMicros(cell)}) / ${MICROS_PER_DAY} AS __hs_n${j}`;
    }),
  ];
  ctes.push([n('text'), `SELECT ${first.join(', ')} FROM ${table} AS __hs_src`]);
  const numbers = each(others, (j) => `__hs_n${j}`);

  if (strings.length > 0) {
    // 2. Text: local digits made ASCII; the Values label (or, without Values, sentiment word) it names.
    step(
      'parsed',
      n('text'),
      numbers,
      strings.flatMap(({ j, rule }) => [
        `${asciiDigits(d, `__hs_t${j}`)} AS __hs_a${j}`,
        rule.values === null
          ? `${sentimentWord(d, `__hs_t${j}`)} AS __hs_k${j}`
          : `${valueLabel(d, normalizedKey(d, `__hs_t${j}`), rule.values)} AS __hs_k${j}`,
      ]),
    );
    // 3. Numeric text.
    step(
      'numbers',
      n('parsed'),
      [...numbers, ...each(strings, (j) => `__hs_k${j}`)],
      strings.map(({ j }) => `${numericText(d, `__hs_a${j}`)} AS __hs_x${j}`),
    );
    // 4. Values labels come first, then numbers, then words: a value (__hs_n) or a sub-score (__hs_w).
    step(
      'cells',
      n('numbers'),
      numbers,
      strings.flatMap(({ j, rule }) =>
        rule.values === null
          ? [`__hs_x${j} AS __hs_n${j}`, `CASE WHEN __hs_x${j} IS NULL THEN __hs_k${j} END AS __hs_w${j}`]
          : [`CASE WHEN __hs_k${j} IS NULL THEN __hs_x${j} END AS __hs_n${j}`, `__hs_k${j} AS __hs_w${j}`],
      ),
    );
  } else {
    step('cells', n('text'), numbers, []);
  }
  const words = each(strings, (j) => `__hs_w${j}`);

  // 5. Percentile thresholds, over the metric's numeric cells of the whole table (of the part).
  const thresholds = metrics.map((metric) => thresholdsOf(d, metric));
  const percentiles = metrics.flatMap(({ rule, j }) => {
    const wanted = [
      { alias: `__hs_red${j}`, threshold: rule.red ?? { kind: 'percentile' as const, p: 0 } },
      { alias: `__hs_green${j}`, threshold: rule.green ?? { kind: 'percentile' as const, p: 100 } },
    ].flatMap(({ alias, threshold }) => (threshold.kind === 'percentile' ? [{ alias, p: threshold.p }] : []));
    return wanted.length > 0 ? [{ value: `__hs_n${j}`, wanted }] : [];
  });
  if (percentiles.length > 0) ctes.push([n('limits'), percentileQuery(d, n('cells'), percentiles)]);

  // 6. A number through Red/Green: (x − Red) × 100 / (Green − Red), unless the thresholds cannot
  // rank (equal, or a percentile of nothing); NULL then, and for cells that are not numbers.
  const scaled = metrics.map((metric, i) => {
    const { red, scale, flat } = thresholds[i];
    const j = metric.j;
    if (flat === 'TRUE') return `CAST(NULL AS ${d.name === 'bigquery' ? 'FLOAT64' : 'DOUBLE'}) AS __hs_v${j}`;
    const ranked = flat === 'FALSE' ? '' : ` AND NOT ${flat}`;
    return `CASE WHEN __hs_n${j} IS NOT NULL${ranked} THEN (__hs_n${j} - ${red}) * ${scale} END AS __hs_v${j}`;
  });
  step(
    'scaled',
    percentiles.length > 0 ? `${n('cells')} CROSS JOIN ${n('limits')}` : n('cells'),
    words,
    scaled,
  );

  // 7. Sub-scores: a word or label as it is; a scaled number clamped to 0–100 (NaN, from thresholds
  // a hair apart, stays missing as in the core); else the Missing imputation or NULL.
  const subs = metrics.map((metric) => {
    const { j, rule } = metric;
    const fallback = rule.missing === null ? 'NULL' : d.number(rule.missing);
    const v = `__hs_v${j}`;
    const word = metric.kind === 'string' ? `WHEN __hs_w${j} IS NOT NULL THEN __hs_w${j} ` : '';
    return (
      `CASE ${word}WHEN ${v} IS NULL THEN ${fallback} WHEN ${d.isNaN(v)} THEN NULL ` +
      `WHEN ${v} < 0 THEN ${d.number(0)} WHEN ${v} > 100 THEN ${d.number(100)} ELSE ${v} END AS __hs_s${j}`
    );
  });
  step('sub', n('scaled'), [], subs);
  const subScores = each(metrics, (j) => `__hs_s${j}`);

  // 8. Score: Σ wᵢ·sᵢ / Σ wᵢ over present metrics, summed in model order as the core does.
  const w = (metric: Metric) => d.number(metric.rule.weight);
  const presentWeight = metrics
    .map((m) => `CASE WHEN __hs_s${m.j} IS NULL THEN 0 ELSE ${w(m)} END`)
    .join(' + ');
  const weighted = metrics.map((m) => `COALESCE(${w(m)} * __hs_s${m.j}, 0)`).join(' + ');
  step('sums', n('sub'), subScores, [`${presentWeight} AS __hs_pw`, `${weighted} AS __hs_sum`]);
  const totalWeight = metrics.reduce((sum, { rule }) => sum + rule.weight, 0);
  const minPresentWeight = settings.minCoverage * totalWeight - COVERAGE_EPSILON * totalWeight;
  // Sub-scores are 0–100, so the mean is too: the clamp only trims float noise (100.00000000000001),
  // as the core's does; untrimmed, such a score set the quartile above an exact 100.
  const mean = d.divide('__hs_sum', '__hs_pw');
  const score =
    `CASE WHEN __hs_blank THEN NULL WHEN __hs_pw > 0 AND __hs_pw >= ${d.number(minPresentWeight)} ` +
    `THEN CASE WHEN ${mean} > 100 THEN ${d.number(100)} WHEN ${mean} < 0 THEN ${d.number(0)} ELSE ${mean} END END`;
  // 9. Points lost per metric: (wᵢ / Σ present w) × (100 − sᵢ), for sub-scores under 100; -1
  // (below any loss) for the others, so comparing losses never meets a NULL.
  step('losses', n('sums'), subScores, [
    `${score} AS __hs_score`,
    ...metrics.map(
      (m) =>
        `CASE WHEN __hs_s${m.j} < 100 THEN ${d.divide(w(m), '__hs_pw')} * (100 - __hs_s${m.j}) ELSE -1 END AS __hs_l${m.j}`,
    ),
  ]);
  always.push('__hs_score');
  explainSteps(d, metrics, settings.top, step, n);
  return ctes;
}

/** `ctes`, which end with `__hs_explained`, then the bands and the view's columns. */
function buildQuery(
  d: Dialect,
  ctes: readonly [string, string][],
  outputs: readonly SqlColumn[],
  settings: Settings,
): string {
  // 10. Bands, over the scores of the whole table when they are quartiles.
  const bandFrom =
    settings.bands.kind === 'quartiles' ? '__hs_explained CROSS JOIN __hs_quartiles' : '__hs_explained';
  const quartiles: [string, string][] = [];
  if (settings.bands.kind === 'quartiles') {
    quartiles.push([
      '__hs_quartiles',
      percentileQuery(d, '__hs_explained', [
        {
          value: '__hs_score',
          wanted: [
            { alias: '__hs_p25', p: 25 },
            { alias: '__hs_p75', p: 75 },
          ],
        },
      ]),
    ]);
  }
  const selected = [
    ...outputs.map((column) => d.ident(column.name)),
    `__hs_score AS ${d.ident('score')}`,
    `${bandCase(d, settings)} AS ${d.ident('band')}`,
    `CASE WHEN __hs_blank THEN '' ELSE __hs_drivers END AS ${d.ident('drivers')}`,
  ];
  const withs = [...ctes, ...quartiles].map(([name, body]) => `${name} AS (\n  ${body}\n)`).join(',\n');
  return `WITH\n${withs}\nSELECT ${selected.join(', ')}\nFROM ${bandFrom}`;
}

/** Red, 100 / (Green − Red) and "cannot rank" of a metric: literals, or SQL over its percentile CTE. */
function thresholdsOf(d: Dialect, metric: Metric): { red: string; scale: string; flat: string } {
  const { rule, j } = metric;
  if (rule.red?.kind === 'number' && rule.green?.kind === 'number') {
    const low = rule.red.value;
    const high = rule.green.value;
    if (low === high) return { red: d.number(low), scale: 'NULL', flat: 'TRUE' };
    const scale = 100 / (high - low);
    if (!Number.isFinite(scale)) {
      throw new Error(
        `metric "${rule.metric}": Red ${low} and Green ${high} are so close that 100 / (Green − Red) is not a ` +
          'finite number, which SQL cannot score as Sheets does; move them apart.',
      );
    }
    return { red: d.number(low), scale: d.number(scale), flat: 'FALSE' };
  }
  const red = rule.red?.kind === 'number' ? d.number(rule.red.value) : `__hs_red${j}`;
  const green = rule.green?.kind === 'number' ? d.number(rule.green.value) : `__hs_green${j}`;
  return {
    red,
    scale: d.divide(d.number(100), `(${green} - ${red})`),
    flat: `(${red} IS NULL OR ${green} IS NULL OR ${red} = ${green})`,
  };
}

/**
 * HEALTHEXPLAIN's text: the `top` largest losses, largest first (equal losses in model order),
 * each as `Metric -12.3`, then `missing: A, B`. The order is each loss's rank among the row's
 * losses (no arrays or sorting per row, so both dialects run the same arithmetic), and only the
 * losses that make the text are formatted.
 */
function explainSteps(
  d: Dialect,
  metrics: readonly Metric[],
  top: number,
  step: (name: string, from: string, keep: readonly string[], add: readonly string[]) => void,
  n: (name: string) => string,
): void {
  const all = (alias: string) => metrics.map(({ j }) => `${alias}${j}`);
  const ranks = metrics.map((m) => {
    const ahead = metrics
      .filter((other) => other.j !== m.j)
      .map((other) => d.oneIf(`__hs_l${other.j} ${other.j < m.j ? '>=' : '>'} __hs_l${m.j}`));
    return `CASE WHEN __hs_l${m.j} >= 0 THEN 1${ahead.map((term) => ` + ${term}`).join('')} END AS __hs_r${m.j}`;
  });
  // toFixed(1) rounds the exact value half up. 10x is split into 8x + 2x (both exact) and summed
  // with its rounding error (Knuth's TwoSum), so a sum that lands on a half tells which way it went.
  step(
    'ranks',
    n('losses'),
    [...all('__hs_s'), ...all('__hs_l')],
    [...ranks, ...metrics.map((m) => `__hs_l${m.j} * 8 + __hs_l${m.j} * 2 AS __hs_q${m.j}`)],
  );
  step(
    'rounding',
    n('ranks'),
    [...all('__hs_s'), ...all('__hs_r'), ...all('__hs_q')],
    metrics.map((m) => {
      const [a, b, s] = [`__hs_l${m.j} * 8`, `__hs_l${m.j} * 2`, `__hs_q${m.j}`];
      return `(${a} - (${s} - (${s} - ${a}))) + (${b} - (${s} - ${a})) AS __hs_e${m.j}`;
    }),
  );
  const part = (m: Metric) => {
    const [s, e] = [`__hs_q${m.j}`, `__hs_e${m.j}`];
    const tenths =
      `CASE WHEN ${s} - FLOOR(${s}) > 0.5 THEN FLOOR(${s}) + 1 WHEN ${s} - FLOOR(${s}) < 0.5 THEN FLOOR(${s}) ` +
      `WHEN ${e} >= 0 THEN FLOOR(${s}) + 1 ELSE FLOOR(${s}) END`;
    return `${d.text(`${m.rule.metric} -`)} || ${d.tenthsText(`(${tenths})`)}`;
  };
  const missingNames = d.joinNonNull(
    ', ',
    metrics.map((m) => `CASE WHEN __hs_s${m.j} IS NULL THEN ${d.text(m.rule.metric)} END`),
  );
  step(
    'missing',
    n('rounding'),
    [...all('__hs_r'), ...all('__hs_q'), ...all('__hs_e')],
    [`${missingNames} AS __hs_missing`],
  );
  const positions = Array.from({ length: Math.min(top, metrics.length) }, (_, i) => {
    const arms = metrics.map((m) => `WHEN __hs_r${m.j} = ${i + 1} THEN ${part(m)}`);
    return `CASE ${arms.join(' ')} END`;
  });
  const missing = `CASE WHEN __hs_missing <> '' THEN 'missing: ' || __hs_missing END`;
  step('explained', n('missing'), [], [`${d.joinNonNull('; ', [...positions, missing])} AS __hs_drivers`]);
}

/** HEALTHBAND of the score: '' for a blank row, the N/A label for a row without a score. */
function bandCase(d: Dialect, settings: Settings): string {
  const [healthy, atRisk, unhealthy, notAvailable] = settings.labels.map((label) => d.text(label));
  const head = `CASE WHEN __hs_blank THEN '' WHEN __hs_score IS NULL THEN ${notAvailable} `;
  if (settings.bands.kind === 'fixed') {
    return (
      `${head}WHEN __hs_score >= ${d.number(settings.bands.healthyAt)} THEN ${healthy} ` +
      `WHEN __hs_score < ${d.number(settings.bands.unhealthyBelow)} THEN ${unhealthy} ELSE ${atRisk} END`
    );
  }
  // Quartiles: ≥ P75 healthy, ≤ P25 unhealthy, both (or neither) at risk.
  return (
    `${head}WHEN __hs_score >= __hs_p75 AND __hs_score <= __hs_p25 THEN ${atRisk} ` +
    `WHEN __hs_score >= __hs_p75 THEN ${healthy} WHEN __hs_score <= __hs_p25 THEN ${unhealthy} ELSE ${atRisk} END`
  );
}

/**
 * One history row per account with a score, dated the as-of day, as the add-on's snapshot keeps
 * them: account trimmed, no row for a blank account or a missing score, one row per account
 * (trimmed, case-insensitive; of duplicates the highest score), none for a day already there (so
 * running it twice in a day adds nothing).
 */
function snapshotSql(d: Dialect, view: string, history: string, settings: Settings): string {
  const id = settings.id!;
  const account = trimmed(d, d.toText(d.ident(id.name)));
  const key = (expr: string) => normalizedKey(d, expr);
  const [date, accountCol, score, band] = ['date', 'account', 'score', 'band'].map((name) => d.ident(name));
  const candidates =
    `SELECT ${account} AS __hs_account, ${score} AS __hs_score, ${band} AS __hs_band, ` +
    `ROW_NUMBER() OVER (PARTITION BY ${key(account)} ORDER BY ${score} DESC) AS __hs_nth ` +
    `FROM ${view} WHERE ${score} IS NOT NULL AND ${account} <> ''`;
  return (
    `INSERT INTO ${history} (${date}, ${accountCol}, ${score}, ${band})\n` +
    `SELECT ${settings.day}, __hs_account, __hs_score, __hs_band\n` +
    `FROM (${candidates}) AS __hs_today\n` +
    `WHERE __hs_nth = 1 AND NOT EXISTS (SELECT 1 FROM ${history} AS __hs_h ` +
    `WHERE __hs_h.${date} = ${settings.day} AND ${key(`__hs_h.${accountCol}`)} = ${key('__hs_today.__hs_account')})`
  );
}

function historyTableSql(d: Dialect, history: string): string {
  const [text, double] = d.name === 'bigquery' ? ['STRING', 'FLOAT64'] : ['VARCHAR', 'DOUBLE'];
  return (
    `CREATE TABLE IF NOT EXISTS ${history} (${d.ident('date')} DATE, ${d.ident('account')} ${text}, ` +
    `${d.ident('score')} ${double}, ${d.ident('band')} ${text})`
  );
}

function nameParts(name: SqlName, what: string): string[] {
  const parts = typeof name === 'string' ? name.split('.') : [...name];
  if (parts.length === 0 || parts.some((part) => typeof part !== 'string' || part.trim() === '')) {
    throw new Error(`${what} "${String(name)}" must be a name like dataset.table.`);
  }
  return parts;
}

function names(columns: readonly SqlColumn[]): string {
  return columns.map((column) => `"${column.name}"`).join(', ');
}
