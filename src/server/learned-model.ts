/**
 * "Apply learned weights" and its undo: the learned model replaces the Health Model table, and the
 * table it replaced (band cells included) is kept on the `Health Model (previous)` sheet.
 */
import { asPlainText } from '../core/a1';
import { fail } from '../core/args';
import { readOutcome } from '../core/auc';
import { DEFAULT_HEALTHY_AT, DEFAULT_UNHEALTHY_BELOW } from '../core/bands';
import { isBlank, normalizeKey } from '../core/cells';
import { type HealthModel, MODEL_COLUMNS, parseModelTable } from '../core/model';
import { healthWeights } from '../core/weights';
import type { ApplyWeightsResult, BacktestRequest, BandSettings, SaveModelResult } from '../shared/protocol';
import { readModelState, writeModel } from './model-sheet';
import { MODEL_SHEET, NAMED, PREVIOUS_MODEL_SHEET } from './names';
import { activeSpreadsheet, requireSheet, tableWidth } from './spreadsheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface OutcomeTable {
  headers: unknown[];
  rows: unknown[][];
  outcomes: unknown[];
}

/** The account table and its outcome column, read in one batch. */
export function readOutcomeTable(spreadsheet: Spreadsheet, request: BacktestRequest): OutcomeTable {
  if (typeof request !== 'object' || request === null)
    fail('Choose the account sheet and its outcome column.');
  const sheet = requireSheet(spreadsheet, request.sheet);
  const data = sheet.getDataRange().getValues();
  const width = tableWidth(data[0] ?? []);
  const headers = (data[0] ?? []).slice(0, width);
  const wanted = normalizeKey(String(request.outcomeColumn ?? ''));
  const column = headers.findIndex((header) => !isBlank(header) && normalizeKey(header) === wanted);
  if (wanted === '' || column === -1) {
    fail(`"${sheet.getName()}" has no column headed "${String(request.outcomeColumn ?? '')}" to learn from.`);
  }
  const rows = data.slice(1).map((row) => row.slice(0, width));
  const outcomes = rows.map((row) => row[column]);
  // Checked here so a bad cell is named by its column and sheet row, as the user sees them.
  for (const [i, cell] of outcomes.entries()) readOutcome(cell, i + 2, `"${String(headers[column])}"`);
  return { headers, rows, outcomes };
}

/** The Health Model table as its named range holds it (header row first). */
export function readModelTable(spreadsheet: Spreadsheet): unknown[][] {
  const range = spreadsheet.getRangeByName(NAMED.model);
  return range === null
    ? fail(`No ${NAMED.model} named range yet: run Set up health score.`)
    : range.getValues();
}

/** The learned model, with the user's notes kept on the metrics they wrote them for. */
export function learnedModel(
  table: OutcomeTable,
  modelTable: unknown[][],
  current: HealthModel,
): HealthModel {
  const learned = parseModelTable(
    healthWeights(table.rows, table.headers, modelTable, table.outcomes, Date.now()),
  );
  const notes = new Map(current.metrics.map((rule) => [rule.metric, rule.notes]));
  return {
    metrics: learned.metrics.map((rule) => ({ ...rule, notes: notes.get(rule.metric) || rule.notes })),
  };
}

export function applyLearnedWeightsFrom(request: BacktestRequest): ApplyWeightsResult {
  const spreadsheet = activeSpreadsheet();
  const state = readModelState(spreadsheet);
  if (state.model === null) fail(state.problem ?? 'The Health Model cannot be read.');
  const model = learnedModel(
    readOutcomeTable(spreadsheet, request),
    readModelTable(spreadsheet),
    state.model,
  );
  keepPreviousModel(spreadsheet);
  writeModel(spreadsheet, model, state.bands);
  return { metrics: model.metrics.length, previousSheet: PREVIOUS_MODEL_SHEET };
}

/** Copies the Health Model sheet's values (table and band cells) to the previous-model sheet. */
function keepPreviousModel(spreadsheet: Spreadsheet): void {
  const source = spreadsheet.getSheetByName(MODEL_SHEET);
  if (source === null) fail(`There is no "${MODEL_SHEET}" sheet to keep.`);
  const cells = source.getDataRange().getValues();
  const previous =
    spreadsheet.getSheetByName(PREVIOUS_MODEL_SHEET) ??
    spreadsheet.insertSheet(PREVIOUS_MODEL_SHEET, spreadsheet.getNumSheets());
  previous.clearContents();
  // Model text came from users: keep it text.
  previous.getRange(1, 1, cells.length, cells[0].length).setValues(cells.map((row) => row.map(asPlainText)));
}

export function restorePreviousModelFrom(): SaveModelResult {
  const spreadsheet = activeSpreadsheet();
  const previous = spreadsheet.getSheetByName(PREVIOUS_MODEL_SHEET);
  if (previous === null)
    fail(`There is no "${PREVIOUS_MODEL_SHEET}" sheet to restore: no learned weights were applied.`);
  const cells = previous.getDataRange().getValues();
  let model: HealthModel;
  try {
    model = parseModelTable(cells.map((row) => row.slice(0, MODEL_COLUMNS.length)));
  } catch (error) {
    return fail(`"${PREVIOUS_MODEL_SHEET}" cannot be restored: ${(error as Error).message}`);
  }
  writeModel(spreadsheet, model, previousBands(cells));
  return { metrics: model.metrics.length, savedAt: new Date().toISOString() };
}

/** The band cells as they were (K2 / K3 of the copied sheet, where BAND_BLOCK puts them). */
function previousBands(cells: unknown[][]): BandSettings {
  const column = 10; // K
  const healthy = cells[1]?.[column];
  const unhealthy = cells[2]?.[column];
  if (typeof healthy === 'string' && healthy.trim().toLowerCase() === 'quartiles')
    return { kind: 'quartiles' };
  return {
    kind: 'fixed',
    healthyAt: typeof healthy === 'number' ? healthy : DEFAULT_HEALTHY_AT,
    unhealthyBelow: typeof unhealthy === 'number' ? unhealthy : DEFAULT_UNHEALTHY_BELOW,
  };
}
