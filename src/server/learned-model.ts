/**
 * "Apply learned weights" and its undo: the learned model replaces the Health Model table, and the
 * table it replaced (band cells included) is kept on the `Health Model (previous)` sheet.
 */
import { asPlainText } from '../core/a1';
import { fail } from '../core/args';
import { DEFAULT_HEALTHY_AT, DEFAULT_UNHEALTHY_BELOW } from '../core/bands';
import { type HealthModel, modelToTable, parseModelTable, TABLE_COLUMNS } from '../core/model';
import type {
  ApplyWeightsRequest,
  ApplyWeightsResult,
  BandSettings,
  SaveModelResult,
} from '../shared/protocol';
import { readModelState, writeModel } from './model-sheet';
import { MODEL_SHEET, NAMED, PREVIOUS_MODEL_SHEET } from './names';
import { refuse } from './refuse';
import { activeSpreadsheet } from './spreadsheet';
import { inUserLanguage } from './user-errors';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Writes the model the Backtest tab learned and showed (HEALTHWEIGHTS' table, kept closer to the
 * current model on a small portfolio: core/history/small-portfolio.ts), checked here as any model
 * table is, with the user's notes kept on the metrics they wrote them for.
 */
export function applyLearnedWeightsFrom(request: ApplyWeightsRequest): ApplyWeightsResult {
  const table = typeof request === 'object' && request !== null ? request.table : undefined;
  if (!Array.isArray(table)) refuse('learnedRunBacktestFirst');
  let learned: HealthModel;
  try {
    learned = parseModelTable(table);
  } catch (error) {
    return refuse('learnedCannotApply', { message: (inUserLanguage(error) as Error).message });
  }
  const spreadsheet = activeSpreadsheet();
  const state = readModelState(spreadsheet);
  if (state.model === null) fail(state.problem ?? 'The Health Model cannot be read.');
  // One metric may have a row per segment: notes follow the row of the same segment.
  const keyOf = (rule: HealthModel['metrics'][number]) => `${rule.segment ?? ''}\u0000${rule.metric}`;
  const notes = new Map(state.model.metrics.map((rule) => [keyOf(rule), rule.notes]));
  const model = {
    metrics: learned.metrics.map((rule) => ({ ...rule, notes: notes.get(keyOf(rule)) || rule.notes })),
  };
  // A retry after a failed write finds the learned model (or part of it) already there: the model
  // kept as "previous" must stay the one the team had, never the learned one.
  const already = JSON.stringify(modelToTable(state.model)) === JSON.stringify(modelToTable(model));
  if (!already) keepPreviousModel(spreadsheet);
  writeModel(spreadsheet, model, state.bands);
  return { metrics: model.metrics.length, previousSheet: PREVIOUS_MODEL_SHEET };
}

/** Copies the Health Model sheet's values (table and band cells) to the previous-model sheet. */
function keepPreviousModel(spreadsheet: Spreadsheet): void {
  const source = spreadsheet.getSheetByName(MODEL_SHEET);
  if (source === null) refuse('learnedNoModelSheet', { sheet: MODEL_SHEET });
  const cells = source.getDataRange().getValues();
  let previous = spreadsheet.getSheetByName(PREVIOUS_MODEL_SHEET);
  if (previous === null) {
    // insertSheet makes the new sheet the active one: the user stays where they were.
    previous = stayingOnActiveSheet(spreadsheet, () =>
      spreadsheet.insertSheet(PREVIOUS_MODEL_SHEET, spreadsheet.getNumSheets()),
    );
  }
  previous.clearContents();
  // Model text came from users: keep it text.
  previous.getRange(1, 1, cells.length, cells[0].length).setValues(cells.map((row) => row.map(asPlainText)));
}

export function restorePreviousModelFrom(): SaveModelResult {
  const spreadsheet = activeSpreadsheet();
  const previous = spreadsheet.getSheetByName(PREVIOUS_MODEL_SHEET);
  if (previous === null) refuse('learnedNothingToRestore', { sheet: PREVIOUS_MODEL_SHEET });
  const cells = previous.getDataRange().getValues();
  let model: HealthModel;
  try {
    model = parseModelTable(cells.map((row) => row.slice(0, TABLE_COLUMNS.length)));
  } catch (error) {
    return refuse('learnedCannotRestore', {
      sheet: PREVIOUS_MODEL_SHEET,
      message: (inUserLanguage(error) as Error).message,
    });
  }
  // A Health Model sheet deleted since is made again, and that would make it the active sheet.
  const recreates = spreadsheet.getRangeByName(NAMED.model) === null;
  const write = () => writeModel(spreadsheet, model, previousBands(cells));
  if (recreates) stayingOnActiveSheet(spreadsheet, write);
  else write();
  return { metrics: model.metrics.length, savedAt: new Date().toISOString() };
}

/**
 * Runs `insert` (which makes a new sheet the active one) and puts the user back on the sheet
 * they were on, even when it fails half way: no later menu action may take the add-on's own
 * sheet for the user's.
 */
function stayingOnActiveSheet<T>(spreadsheet: Spreadsheet, insert: () => T): T {
  const active = spreadsheet.getActiveSheet();
  try {
    return insert();
  } finally {
    spreadsheet.setActiveSheet(active);
  }
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
