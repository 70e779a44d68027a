/**
 * NPS and CSAT metrics for the Health Model, so the new columns count in the score at once. New
 * rows go below the table, in the table's own column order; nothing of the user's is rewritten.
 */
import { asPlainText } from '../../core/a1';
import { isBlank, normalizeKey } from '../../core/cells';
import { parseModelTable } from '../../core/model';
import type { ServerText } from '../../shared/messages/server';
import type { MessageParams } from '../../shared/messages/text';
import { NAMED } from '../names';
import { messageOf, type SurveyMessage, say } from './say';
import { CSAT_COLUMN, NPS_COLUMN } from './score-columns';

const GROUP = 'Customer sentiment';
/** NPS −100…100 and CSAT % top-two-box 0–100. */
const METRICS: Readonly<Record<string, { red: number; green: number; weight: number }>> = {
  [NPS_COLUMN]: { red: 0, green: 50, weight: 10 },
  [CSAT_COLUMN]: { red: 60, green: 90, weight: 10 },
};

/** The model rows adding these columns brings (for the preview to state, and the user to decline). */
export function metricRowsFor(columns: readonly string[]): { metric: string; weight: number }[] {
  return columns
    .filter((column) => Object.hasOwn(METRICS, column))
    .map((metric) => ({ metric, weight: METRICS[metric].weight }));
}

/** Adds the metrics the model lacks; returns what was added and, when it could not, why. */
export function addSurveyMetrics(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  columns: readonly string[],
  text: () => ServerText,
): { added: string[]; problem: string | null } {
  const wanted = columns.filter((column) => Object.hasOwn(METRICS, column));
  if (wanted.length === 0) return { added: [], problem: null };
  const range = spreadsheet.getRangeByName(NAMED.model);
  const cannot = (key: SurveyMessage, params: MessageParams) => ({
    added: [],
    problem: say(
      'surveyAddMetricsYourself',
      { why: say(key, params, text()), metrics: wanted.join(', ') },
      text(),
    ),
  });
  if (range === null) return cannot('surveyNoModelRange', { range: NAMED.model });
  const cells = range.getValues();
  let present: Set<string>;
  try {
    present = new Set(parseModelTable(cells).metrics.map((rule) => normalizeKey(rule.metric)));
  } catch (error) {
    return cannot('surveyModelUnreadable', { message: messageOf(error, text()) });
  }
  const missing = wanted.filter((metric) => !present.has(normalizeKey(metric)));
  if (missing.length === 0) return { added: [], problem: null };
  const used = cells.reduce((last, row, i) => (row.some((cell) => !isBlank(cell)) ? i + 1 : last), 0);
  if (used + missing.length > cells.length) return cannot('surveyModelFull', { range: NAMED.model });
  const header = cells[0].map((cell) => normalizeKey(cell ?? ''));
  // In the user's words: the spreadsheet's locale would cost a call the import's budget lacks.
  const notes = say('surveyMetricNote', {}, text());
  const rows = missing.map((metric) => {
    const { red, green, weight } = METRICS[metric];
    const byColumn: Record<string, unknown> = { metric, weight, red, green, group: GROUP, notes };
    return header.map((column) => asPlainText(byColumn[column] ?? ''));
  });
  range.offset(used, 0, rows.length, header.length).setValues(rows);
  return { added: missing, problem: null };
}
