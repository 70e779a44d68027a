/**
 * "Apply learned weights" (with its undo), through the built add-on. The backtest view itself is
 * computed in the sidebar (tests/sidebar/backtest*.test.ts) from the same core.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../dev/random';
import type { ApplyWeightsRequest } from '../../src/shared/protocol';
import { untyped, workbookWith } from './helpers';

/** Accounts whose churn is driven by usage and tickets; the model starts with equal weights. */
function churnHistory(count: number): unknown[][] {
  const random = seededRandom(42);
  const rows: unknown[][] = [
    ['Account', 'Active users %', 'Support tickets', 'Office plants', 'Logo hue', 'Churned'],
  ];
  for (let i = 0; i < count; i++) {
    const usage = Math.round(random() * 100);
    const tickets = Math.round(random() * 20);
    const [plants, hue] = [Math.round(random() * 10), Math.round(random() * 360)];
    const risk = 1 / (1 + Math.exp(0.1 * (usage - 40) - 0.05 * (tickets - 10)));
    rows.push([`Account ${i + 1}`, usage, tickets, plants, hue, random() < risk ? 'yes' : 'no']);
  }
  return rows;
}

/** The model's rows: metric, weight, red, green, group, values, missing, notes. */
const equalRows: [string, number, string, string, string, string, string, string][] = [
  ['Active users %', 1, 'P10', 'P90', '', '', '', 'usage'],
  ['Support tickets', 1, 'P90', 'P10', '', '', '', ''],
  ['Office plants', 1, 'P10', 'P90', '', '', '', 'my own note'],
  ['Logo hue', 1, 'P10', 'P90', '', '', '', ''],
];
const equalModel: ApplyWeightsRequest['table'] = [
  ['Metric', 'Weight', 'Red', 'Green', 'Group', 'Values', 'Missing', 'Notes'],
  ...equalRows,
];

function setUp() {
  const { workbook, addon } = workbookWith({ Accounts: churnHistory(400) });
  addon.setUpHealthScore('Accounts');
  const state = addon.getSidebarState();
  addon.saveModel({
    model: {
      metrics: equalRows.map(([metric, weight, red, green, , , , notes]) => ({
        metric,
        weight,
        red: { kind: 'percentile', p: Number(String(red).slice(1)) },
        green: { kind: 'percentile', p: Number(String(green).slice(1)) },
        group: '',
        values: null,
        missing: null,
        notes,
      })),
    },
    bands: state.bands,
  });
  return { workbook, addon };
}

/** What the Backtest tab sends: the table HEALTHWEIGHTS learns from the sheet. */
function learnedTable(
  workbook: ReturnType<typeof setUp>['workbook'],
  addon: ReturnType<typeof setUp>['addon'],
) {
  const [headers, ...rows] = workbook.values('Accounts');
  const data = rows.map((row) => row.slice(0, 5));
  const outcomes = rows.map((row) => [row[5]]);
  return addon.HEALTHWEIGHTS(data, [headers.slice(0, 5)], equalModel, outcomes) as (string | number)[][];
}

describe('applyLearnedWeights: what it accepts', () => {
  it('refuses a missing or broken table, naming the model row, and changes nothing', () => {
    const { workbook, addon } = setUp();
    const before = workbook.values('Health Model');
    expect(() => untyped(addon).applyLearnedWeights({})).toThrow(
      'Run the backtest first: there is no learned model to apply.',
    );
    const broken = [
      ['Metric', 'Weight', 'Red', 'Green'],
      ['Active users %', -5, 10, 90],
    ];
    expect(() => addon.applyLearnedWeights({ table: broken })).toThrow(
      /^The learned model cannot be applied: .*row 2/,
    );
    expect(() => workbook.values('Health Model (previous)')).toThrow();
    expect(workbook.values('Health Model')).toEqual(before);
  });
});

describe('applyLearnedWeights', () => {
  it('writes the learned weights, keeps the old model on "Health Model (previous)", and can undo', () => {
    const { workbook, addon } = setUp();
    const before = workbook.values('Health Model');
    const scoresBefore = workbook.values('Accounts').map((row) => row[6]);
    const table = learnedTable(workbook, addon);
    const result = addon.applyLearnedWeights({ table });
    expect(result).toEqual({ metrics: 4, previousSheet: 'Health Model (previous)' });
    expect(workbook.values('Health Model (previous)')).toEqual(before);
    const model = workbook.values('Health Model');
    const plants = model.find((row) => row[0] === 'Office plants')!;
    expect(model.slice(1, 5).map((row) => row[1])).toEqual(table.slice(1).map((row) => row[1]));
    expect(plants[1]).toBe(0);
    expect(plants[7]).toBe('my own note'); // the user's notes stay with their metric
    expect(model.slice(1, 5).reduce((sum, row) => sum + (row[1] as number), 0)).toBeCloseTo(100, 6);
    // The score column follows the new model at once.
    expect(workbook.values('Accounts').map((row) => row[6])).not.toEqual(scoresBefore);

    addon.restorePreviousModel();
    expect(workbook.values('Health Model')).toEqual(before);
    expect(workbook.values('Accounts').map((row) => row[6])).toEqual(scoresBefore);
  });

  it('says there is nothing to restore before any learned weights were applied', () => {
    const { addon } = setUp();
    expect(() => addon.restorePreviousModel()).toThrow(/no learned weights were applied/);
  });
});
