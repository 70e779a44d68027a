/**
 * "Use this model in BigQuery": the view and the daily snapshot of the model being edited,
 * written in the browser by the core's generateHealthSql over the sheet's columns, with their
 * types read from the sheet data the panel already has. No DOM here (testable without a browser);
 * the generator's refusals come back in the user's language, naming the metric.
 */
import { isBlank, isDate } from '../core/cells';
import type { HealthModel } from '../core/model';
import { generateHealthSql, type SqlColumn } from '../core/sql';
import { format, type Messages } from '../shared/messages';
import type { BandSettings } from '../shared/protocol';

const MS_PER_DAY = 86_400_000;
const QUARTER_HOUR = 15 * 60_000;

/**
 * The sheet's columns as a BigQuery table would type them: numbers FLOAT64, TRUE/FALSE BOOL, dates
 * DATE (TIMESTAMP when they carry times of day), anything else (text, a mix, nothing) STRING.
 * Blank headers are left out, and a header repeated (case aside) counts once.
 */
export function inferColumns(headers: readonly string[], rows: readonly (readonly unknown[])[]): SqlColumn[] {
  const seen = new Set<string>();
  const columns: SqlColumn[] = [];
  headers.forEach((header, c) => {
    const name = String(header ?? '').trim();
    const key = name.toLowerCase();
    if (name === '' || seen.has(key)) return;
    seen.add(key);
    columns.push({ name, type: columnType(rows, c) });
  });
  return columns;
}

function columnType(rows: readonly (readonly unknown[])[], column: number): string {
  let numbers = 0;
  let booleans = 0;
  let dates = 0;
  const times = new Set<number>();
  for (const row of rows) {
    const cell = row[column];
    if (isDate(cell)) {
      const time = cell.getTime();
      if (Number.isNaN(time)) continue;
      dates++;
      times.add(((time % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY);
    } else if (typeof cell === 'number') numbers++;
    else if (typeof cell === 'boolean') booleans++;
    else if (!isBlank(cell)) return 'STRING';
  }
  const kinds = [numbers, booleans, dates].filter((count) => count > 0).length;
  if (kinds !== 1) return 'STRING';
  if (numbers > 0) return 'FLOAT64';
  if (booleans > 0) return 'BOOL';
  // Date cells are midnight in the spreadsheet's zone: one time of day in UTC (two across a
  // daylight-saving change), on a quarter hour. Anything else holds times of day.
  const dateOnly = times.size <= 2 && [...times].every((time) => time % QUARTER_HOUR === 0);
  return dateOnly ? 'DATE' : 'TIMESTAMP';
}

/** `project.dataset.table` or `dataset.table`, each part trimmed; null when it is not such a name. */
export function tableName(text: string): string[] | null {
  const parts = text
    .trim()
    .split('.')
    .map((part) => part.trim());
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => part === '' || /[`\s]/.test(part))) {
    return null;
  }
  return parts;
}

export interface BigQueryRequest {
  /** What the user typed as the table. */
  table: string;
  /** The account ID column, or null for none (then no snapshot). */
  idColumn: string | null;
  /** The history table as typed; blank for the generator's default (`history` beside the table). */
  history: string;
}

export type BigQueryOutcome =
  | { kind: 'empty' }
  /** Something to fix, in the user's words. */
  | { kind: 'problem'; message: string }
  | { kind: 'sql'; viewName: string; view: string; snapshot: string | null };

/** The statements for the model and bands being edited, or what stands in the way. */
export function bigQuerySql(
  model: HealthModel,
  bands: BandSettings,
  columns: readonly SqlColumn[],
  request: BigQueryRequest,
  t: Messages,
): BigQueryOutcome {
  if (request.table.trim() === '') return { kind: 'empty' };
  const table = tableName(request.table);
  if (table === null) return { kind: 'problem', message: t.bigQueryTableInvalid };
  let history: string[] | undefined;
  if (request.history.trim() !== '') {
    const parts = tableName(request.history);
    if (parts === null) return { kind: 'problem', message: t.bigQueryHistoryInvalid };
    history = parts;
  }
  try {
    const sql = generateHealthSql(
      { model, columns },
      {
        dialect: 'bigquery',
        table,
        idColumn: request.idColumn ?? undefined,
        healthyAt: bands.kind === 'quartiles' ? 'quartiles' : bands.healthyAt,
        unhealthyBelow: bands.kind === 'fixed' ? bands.unhealthyBelow : undefined,
        history,
      },
    );
    // The snapshot needs its table: creating it if missing makes the scheduled script self-contained.
    const snapshot =
      sql.snapshot === null || sql.historyTable === null ? null : `${sql.historyTable};\n\n${sql.snapshot};`;
    return { kind: 'sql', viewName: sql.viewName, view: `${sql.view};`, snapshot };
  } catch (error) {
    return { kind: 'problem', message: sqlProblem(error, t) };
  }
}

/**
 * The generator's refusal in the user's words: what SQL cannot express names its metric
 * (`metric "NPS": …`); anything else is shown with the generator's own text.
 */
export function sqlProblem(error: unknown, t: Messages): string {
  const message = error instanceof Error ? error.message : String(error);
  const about = /^metric "(.+?)": /.exec(message);
  if (about === null) return format(t.sqlFailed, { message });
  const metric = about[1];
  const detail = message.slice(about[0].length);
  if (/ are so close that /.test(detail)) return format(t.sqlRedGreenClose, { metric });
  const label = /^its label "(.*)" holds "(.+?)", /.exec(detail);
  if (label !== null) return format(t.sqlValuesLetter, { metric, label: label[1], letter: label[2] });
  if (/which SQL cannot read/.test(detail)) return format(t.sqlColumnType, { metric });
  return format(t.sqlMetricProblem, { metric, message: detail });
}
