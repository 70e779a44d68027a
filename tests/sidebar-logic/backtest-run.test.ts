/** The backtest as the sidebar computes it: the core's backtest on the sheet data, as the server gave it. */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../dev/random';
import { type BacktestInput, backtest } from '../../src/core/history/backtest';
import { type HealthModel, modelToTable, parseModelTable } from '../../src/core/model';
import { type BandSettings, type SheetData, toWireCell } from '../../src/shared/protocol';
import { runBacktestLocally } from '../../src/sidebar/backtest-run';
import { accountSheet, churnColumns, churnModel, FIXED_BANDS, OUTCOME_COLUMN } from '../sidebar/fixture';

const NOW = Date.parse('2026-01-15T12:00:00Z');
const DAY = 86_400_000;

/** The core's backtest of a sheet under its own model, to compare the tab's result with. */
function coreBacktest(
  sheet: { headers: string[]; rows: unknown[][]; model: HealthModel },
  outcomeColumn: number,
  bands: BacktestInput['bands'],
  naming: Pick<BacktestInput, 'firstRow' | 'outcomeName'> = {},
) {
  const { headers, rows, model } = sheet;
  return backtest({
    headers,
    rows,
    model,
    modelTable: modelToTable(model),
    outcomes: rows.map((row) => row[outcomeColumn]),
    bands,
    nowMs: NOW,
    ...naming,
  });
}

/** Accounts whose churn follows how long ago they last logged in (a date column), plus noise. */
function dateSheet(count = 120): { headers: string[]; rows: unknown[][]; model: HealthModel } {
  const random = seededRandom(5);
  const rows: unknown[][] = [];
  for (let i = 0; i < count; i++) {
    const daysAgo = Math.round(random() * 90);
    const churned = random() < (daysAgo > 45 ? 0.6 : 0.1);
    rows.push([
      `Account ${i + 1}`,
      new Date(NOW - daysAgo * DAY),
      Math.round(random() * 100),
      i % 20 === 19 ? '' : churned ? 'churned' : 'renewed',
    ]);
  }
  const model = parseModelTable([
    ['Metric', 'Weight', 'Red', 'Green', 'Group', 'Values', 'Missing', 'Notes'],
    ['Last login', 50, 60, 0, 'Engagement', '', '', 'Days since'],
    ['Noise', 50, 0, 100, 'Other', '', '', ''],
  ]);
  return { headers: ['Account', 'Last login', 'Noise', 'Status'], rows, model };
}

const wire = (name: string, headers: string[], rows: unknown[][]): SheetData => ({
  name,
  headers,
  rows: rows.map((row) => row.map(toWireCell)),
  nameColumn: 0,
});

describe('runBacktestLocally', () => {
  it('is the core backtest of the sheet, dates revived, mapped as the server did', () => {
    const { headers, rows, model } = dateSheet();
    const bands: BandSettings = { kind: 'fixed', healthyAt: 65, unhealthyBelow: 35 };
    const result = runBacktestLocally(wire('Accounts', headers, rows), { model, bands }, 'Status', NOW);
    const core = coreBacktest(
      { headers, rows, model },
      3,
      { healthyAt: 65, unhealthyBelow: 35 },
      {
        firstRow: 2,
        outcomeName: '"Status"',
      },
    );
    const aucAt = core.learnedModelTable[0].findIndex((cell) => String(cell).toLowerCase() === 'auc');
    expect(aucAt).toBeGreaterThan(1);
    expect(result).toEqual({
      outcomeColumn: 'Status',
      current: core.current,
      learned: core.learned,
      learnedWeights: core.learnedModelTable.slice(1).map((row) => ({
        metric: row[0],
        weight: row[1],
        auc: typeof row[aucAt] === 'number' ? row[aucAt] : null,
      })),
      learnedModelTable: core.learnedModelTable,
    });
    // The learned weights found the date column: the dates were read as dates, not text.
    expect(result.current.unscored).toBe(0);
    const lastLogin = result.learnedWeights.find((entry) => entry.metric === 'Last login')!;
    expect(lastLogin.weight).toBeGreaterThan(50);
    expect(lastLogin.auc).toBeGreaterThan(0.7);
    expect(result.current.accounts + result.current.unscored).toBe(rows.length - 6);
  });

  it('reads the learned table by its headers: Metric, Weight and AUC', () => {
    const { headers, rows, model } = dateSheet();
    const core = coreBacktest({ headers, rows, model }, 3, 'quartiles');
    const header = core.learnedModelTable[0].map((cell) => String(cell).toLowerCase());
    const result = runBacktestLocally(
      wire('Accounts', headers, rows),
      { model, bands: { kind: 'quartiles' } },
      'Status',
      NOW,
    );
    expect(result.learnedWeights).toEqual(
      core.learnedModelTable.slice(1).map((row) => ({
        metric: String(row[header.indexOf('metric')]),
        weight: Number(row[header.indexOf('weight')]) || 0,
        auc: typeof row[header.indexOf('auc')] === 'number' ? row[header.indexOf('auc')] : null,
      })),
    );
    expect(result.current).toEqual(core.current);
    expect(result.learned).toEqual(core.learned);
  });

  it('matches the core on the sidebar fixture, quartile bands included', () => {
    const { headers, rows } = accountSheet(200);
    for (const [name, cell] of Object.entries(churnColumns())) {
      headers.push(name);
      for (const [i, row] of rows.entries()) row.push(cell(i));
    }
    const model = churnModel();
    for (const bands of [FIXED_BANDS, { kind: 'quartiles' } as const]) {
      const result = runBacktestLocally(
        wire('Accounts', headers, rows),
        { model, bands },
        OUTCOME_COLUMN,
        NOW,
      );
      const core = coreBacktest(
        { headers, rows, model },
        headers.indexOf(OUTCOME_COLUMN),
        bands.kind === 'quartiles' ? 'quartiles' : { healthyAt: 70, unhealthyBelow: 40 },
      );
      expect(result.current).toEqual(core.current);
      expect(result.learned).toEqual(core.learned);
      expect(result.learnedWeights.map((entry) => entry.metric)).toEqual(
        model.metrics.map((rule) => rule.metric),
      );
    }
  });

  it('finds the outcome column as the server did: case, spaces and blank headers', () => {
    const { headers, rows, model } = dateSheet(40);
    const state = { model, bands: FIXED_BANDS };
    const data = wire('Accounts', [...headers.slice(0, 3), ' STATUS '], rows);
    expect(runBacktestLocally(data, state, 'status', NOW).outcomeColumn).toBe('status');
    // Rows shorter than the header read as blank.
    const short = { ...wire('Accounts', [...headers, ''], rows) };
    expect(runBacktestLocally(short, state, 'Status', NOW).current).toEqual(
      runBacktestLocally(wire('Accounts', headers, rows), state, 'Status', NOW).current,
    );
  });

  it('names the sheet and the column when there is no such column', () => {
    const { headers, rows, model } = dateSheet(40);
    const data = wire('Key accounts', headers, rows);
    const state = { model, bands: FIXED_BANDS };
    expect(() => runBacktestLocally(data, state, 'Churned?', NOW)).toThrow(
      '"Key accounts" has no column headed "Churned?" to learn from.',
    );
    expect(() => runBacktestLocally(data, state, '', NOW)).toThrow(
      '"Key accounts" has no column headed "" to learn from.',
    );
    expect(() => runBacktestLocally(wire('Key accounts', [...headers, ''], rows), state, '  ', NOW)).toThrow(
      '"Key accounts" has no column headed "  " to learn from.',
    );
  });

  it('names the row of a bad outcome as the sheet numbers it', () => {
    const { headers, rows, model } = dateSheet(40);
    rows[4][3] = 'perhaps';
    expect(() =>
      runBacktestLocally(wire('Accounts', headers, rows), { model, bands: FIXED_BANDS }, 'Status', NOW),
    ).toThrow(/^"Status" row 6 is .*perhaps/);
  });
});
