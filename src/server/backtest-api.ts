/** The sidebar's Backtest tab: current vs learned model on the account sheet's known outcomes. */
import { fail } from '../core/args';
import { backtest } from '../core/history/backtest';
import type { BacktestRequest, BacktestResult, BacktestStats } from '../shared/protocol';
import { readModelTable, readOutcomeTable } from './learned-model';
import { readModelState } from './model-sheet';
import { activeSpreadsheet } from './spreadsheet';

export function runBacktestFor(request: BacktestRequest): BacktestResult {
  const spreadsheet = activeSpreadsheet();
  const state = readModelState(spreadsheet);
  if (state.model === null) fail(state.problem ?? 'The Health Model cannot be read.');
  const table = readOutcomeTable(spreadsheet, request);
  const result = backtest({
    headers: table.headers,
    rows: table.rows,
    model: state.model,
    modelTable: readModelTable(spreadsheet),
    outcomes: table.outcomes,
    bands:
      state.bands.kind === 'quartiles'
        ? 'quartiles'
        : { healthyAt: state.bands.healthyAt, unhealthyBelow: state.bands.unhealthyBelow },
    nowMs: Date.now(),
    firstRow: 2,
    outcomeName: `"${request.outcomeColumn}"`,
  });
  const [header, ...rows] = result.learnedModelTable;
  const column = (name: string) => header.findIndex((cell) => String(cell).toLowerCase() === name);
  const [metric, weight, auc] = [column('metric'), column('weight'), column('auc')];
  return {
    outcomeColumn: request.outcomeColumn,
    current: stats(result.current),
    learned: stats(result.learned),
    learnedWeights: rows.map((row) => ({
      metric: String(row[metric]),
      weight: Number(row[weight]) || 0,
      auc: typeof row[auc] === 'number' ? row[auc] : null,
    })),
  };
}

function stats(model: ReturnType<typeof backtest>['current']): BacktestStats {
  const { auc, heldOutAuc, accounts, churned, unscored, perBand, lift } = model;
  return {
    auc,
    heldOutAuc,
    accounts,
    churned,
    unscored,
    perBand: perBand.map((band) => ({ ...band })),
    lift,
  };
}
