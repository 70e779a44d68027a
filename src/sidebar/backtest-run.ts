/**
 * The backtest, computed in the sidebar from the sheet data it already reads for the live preview
 * (the server bundle stays small), by the core's backtest.
 */
import { fail } from '../core/args';
import { isBlank, normalizeKey } from '../core/cells';
import { backtest } from '../core/history/backtest';
import { type HealthModel, modelToTable } from '../core/model';
import { format, type Messages } from '../shared/messages';
import { en } from '../shared/messages/en';
import type { BacktestResult, BandSettings, SheetData } from '../shared/protocol';
import { coreRows } from './preview';

export function runBacktestLocally(
  data: SheetData,
  state: { model: HealthModel; bands: BandSettings },
  outcomeColumn: string,
  nowMs: number,
  t: Pick<Messages, 'backtestNoColumn'> = en,
): BacktestResult {
  const { headers } = data;
  const wanted = normalizeKey(String(outcomeColumn ?? ''));
  const column = headers.findIndex((header) => !isBlank(header) && normalizeKey(header) === wanted);
  if (wanted === '' || column === -1) {
    fail(format(t.backtestNoColumn, { sheet: data.name, column: String(outcomeColumn ?? '') }));
  }
  const rows = coreRows(data);
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
    current: result.current,
    learned: result.learned,
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
