/**
 * The backtest, computed in the sidebar from the sheet data it already reads for the live preview
 * (the server bundle stays small). Gives exactly what the server's runBacktest used to answer.
 */
import { fail } from '../core/args';
import { isBlank, normalizeKey } from '../core/cells';
import { backtest, type ModelBacktest } from '../core/history/backtest';
import { type HealthModel, modelToTable } from '../core/model';
import {
  type BacktestResult,
  type BacktestStats,
  type BandSettings,
  fromWireCell,
  type SheetData,
} from '../shared/protocol';

export function runBacktestLocally(
  data: SheetData,
  state: { model: HealthModel; bands: BandSettings },
  outcomeColumn: string,
  nowMs: number,
): BacktestResult {
  const { headers } = data;
  const width = headers.length;
  const wanted = normalizeKey(String(outcomeColumn ?? ''));
  const column = headers.findIndex((header) => !isBlank(header) && normalizeKey(header) === wanted);
  if (wanted === '' || column === -1) {
    fail(`"${data.name}" has no column headed "${String(outcomeColumn ?? '')}" to learn from.`);
  }
  // Rows as the core reads them: dates revived, every row as wide as the header.
  const rows = data.rows.map((row) => {
    const cells = new Array<unknown>(width);
    for (let c = 0; c < width; c++) cells[c] = c < row.length ? fromWireCell(row[c]) : '';
    return cells;
  });
  const { bands } = state;
  const result = backtest({
    headers,
    rows,
    model: state.model,
    modelTable: modelToTable(state.model),
    outcomes: rows.map((row) => row[column]),
    bands:
      bands.kind === 'quartiles'
        ? 'quartiles'
        : { healthyAt: bands.healthyAt, unhealthyBelow: bands.unhealthyBelow },
    nowMs,
    firstRow: 2,
    outcomeName: `"${outcomeColumn}"`,
  });
  const [header, ...learned] = result.learnedModelTable;
  const at = (name: string) => header.findIndex((cell) => String(cell).toLowerCase() === name);
  const [metric, weight, auc] = [at('metric'), at('weight'), at('auc')];
  return {
    outcomeColumn,
    current: stats(result.current),
    learned: stats(result.learned),
    learnedWeights: learned.map((row) => ({
      metric: String(row[metric]),
      weight: Number(row[weight]) || 0,
      auc: typeof row[auc] === 'number' ? row[auc] : null,
    })),
    learnedModelTable: result.learnedModelTable.map((row) =>
      row.map((cell) => (typeof cell === 'number' ? cell : String(cell ?? ''))),
    ),
  };
}

function stats(model: ModelBacktest): BacktestStats {
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
