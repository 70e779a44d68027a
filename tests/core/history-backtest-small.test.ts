/**
 * The Backtest tab's learning on a small portfolio (src/core/history/small-portfolio.ts): a metric
 * the current model weighs, that HEALTHWEIGHTS zeroed as chance on a few dozen churned accounts,
 * gets part of its share back in the table the tab offers; HEALTHWEIGHTS itself is unchanged.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../dev/random';
import { aucOf } from '../../src/core/auc';
import { healthScore } from '../../src/core/healthscore';
import { backtest } from '../../src/core/history/backtest';
import { shrinkTowardCurrent } from '../../src/core/history/small-portfolio';
import { parseModelTable } from '../../src/core/model';
import { FULL_TRUST, healthWeights } from '../../src/core/weights';

const NOW = Date.UTC(2026, 10, 23);
const HEADERS = ['Account', 'Logins', 'Seats used', 'Tickets'];

/** Retention driven by Logins and, less, by Seats used; Tickets is noise. About a quarter churn. */
function accounts(count: number, seed: number): { rows: unknown[][]; churned: boolean[] } {
  const random = seededRandom(seed);
  const gaussian = () => Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());
  const rows: unknown[][] = [];
  const churned: boolean[] = [];
  for (let i = 0; i < count; i++) {
    const [logins, seats, tickets] = [gaussian(), gaussian(), gaussian()];
    churned.push(random() < 1 / (1 + Math.exp(1.2 * logins + 0.8 * seats + 1.3)));
    rows.push([
      `Account ${i}`,
      Math.round(50 + 15 * logins),
      Math.round(40 + 10 * seats),
      Math.max(0, Math.round(10 + 4 * tickets)),
    ]);
  }
  return { rows, churned };
}

const MODEL = [
  ['Metric', 'Weight', 'Red', 'Green'],
  ['Logins', 1, 'P10', 'P90'],
  ['Seats used', 1, 'P10', 'P90'],
  ['Tickets', 1, 'P90', 'P10'],
];

const learnedWith = (data: { rows: unknown[][]; churned: boolean[] }) =>
  backtest({
    headers: HEADERS,
    rows: data.rows,
    model: parseModelTable(MODEL),
    modelTable: MODEL,
    outcomes: data.churned,
    bands: { healthyAt: 70, unhealthyBelow: 40 },
    nowMs: NOW,
  }).learnedModelTable;

const weightsLearned = (data: { rows: unknown[][]; churned: boolean[] }) =>
  healthWeights(
    data.rows,
    [HEADERS],
    MODEL,
    data.churned.map((churned) => [churned]),
    NOW,
  );

function heldOutAuc(table: unknown[][], data: { rows: unknown[][]; churned: boolean[] }): number {
  const scores = (healthScore(data.rows, [HEADERS], table, 0.5, NOW) as unknown[][]).map(
    (row) => row[0] as number,
  );
  return aucOf(
    scores.filter((_, i) => data.churned[i]),
    scores.filter((_, i) => !data.churned[i]),
  );
}

const row = (table: unknown[][], metric: string) => table.find((cells) => cells[0] === metric)!;
const total = (table: unknown[][]) => table.slice(1).reduce((sum, cells) => sum + Number(cells[1]), 0);

describe('Backtest learning on a small portfolio', () => {
  // 100 accounts, 23 churned: the lasso keeps Logins alone and Seats used looks like chance.
  const small = accounts(100, 12);
  const fresh = accounts(4000, 999);

  it('gives a useful metric of the current model back part of its share where HEALTHWEIGHTS zeroed it', () => {
    const weights = weightsLearned(small);
    const offered = learnedWith(small);
    // HEALTHWEIGHTS keeps its rule (contract §3): the metric that looks like chance weighs 0.
    expect(row(weights, 'Seats used')[1]).toBe(0);
    // The tab's table keeps it with its current Red/Green, at most (1 − trust) × its current share
    // (a half: Tickets, noise pointing against the model here, stays out of the blend).
    const trust = small.churned.filter(Boolean).length / FULL_TRUST;
    expect(row(weights, 'Tickets')[1]).toBe(0);
    expect(row(offered, 'Tickets')[1]).toBe(0);
    expect(row(offered, 'Seats used')[1]).toBeGreaterThan(10);
    expect(row(offered, 'Seats used')[1]).toBeLessThanOrEqual(((1 - trust) * 100) / 2);
    expect(row(offered, 'Seats used').slice(2, 4)).toEqual(['P10', 'P90']);
    expect(total(offered)).toBeCloseTo(100, 6);
    // Scored on accounts neither learned from, it ranks them better than HEALTHWEIGHTS' table.
    expect(heldOutAuc(offered, fresh)).toBeGreaterThan(heldOutAuc(weights, fresh) + 0.02);
  });

  it('applies the rule within each segment of a segmented model', () => {
    // Every account in the one segment: the same accounts and rules as the plain model.
    const table = [[...MODEL[0], 'Segment'], ...MODEL.slice(1).map((cells) => [...cells, 'Tier = Pro'])];
    const offered = backtest({
      headers: [...HEADERS, 'Tier'],
      rows: small.rows.map((cells) => [...cells, 'Pro']),
      model: parseModelTable(table),
      modelTable: table,
      outcomes: small.churned,
      bands: { healthyAt: 70, unhealthyBelow: 40 },
      nowMs: NOW,
    }).learnedModelTable;
    expect(offered.map((cells) => cells.slice(0, 4))).toEqual(
      learnedWith(small).map((cells) => cells.slice(0, 4)),
    );
  });

  it('offers exactly what HEALTHWEIGHTS learns once it trusts the data fully', () => {
    const large = accounts(1400, 3);
    expect(
      Math.min(...[true, false].map((c) => large.churned.filter((x) => x === c).length)),
    ).toBeGreaterThanOrEqual(FULL_TRUST);
    expect(learnedWith(large)).toEqual(weightsLearned(large));
  });
});

describe('shrinkTowardCurrent', () => {
  // 40 accounts, 10 churned: Logins separates them fully, Seats used is a little higher on
  // retained accounts, Tickets is higher on churned ones.
  const churned = Array.from({ length: 40 }, (_, i) => i < 10);
  const rows = churned.map((lost, i) => [
    `Account ${i}`,
    i,
    ((i * 7) % 20) + (lost ? 0 : 4),
    lost ? 30 + i : i % 25,
  ]);
  const sample = { headers: HEADERS, rows, churned, nowMs: NOW };
  // What HEALTHWEIGHTS might learn here: Logins alone, the other two zeroed.
  const learned = [
    ['Metric', 'Weight', 'Red', 'Green', 'AUC'],
    ['Logins', 100, 9, 30, 1],
    ['Seats used', 0, 3, 20, 0.6],
    ['Tickets', 0, 40, 2, 0.9],
  ];

  it('keeps a zeroed metric that points the model’s way, and leaves one pointing against it at 0', () => {
    // Tickets read the other way round (more is better) points against what the data shows.
    const model = parseModelTable([
      ['Metric', 'Weight', 'Red', 'Green'],
      ['Logins', 1, 'P10', 'P90'],
      ['Seats used', 1, 'P10', 'P90'],
      ['Tickets', 1, 'P10', 'P90'],
    ]);
    const offered = shrinkTowardCurrent(learned, { ...sample, model });
    expect(row(offered, 'Seats used')[1]).toBeGreaterThan(0);
    expect(row(offered, 'Seats used').slice(2, 4)).toEqual(['P10', 'P90']);
    expect(row(offered, 'Tickets')).toEqual(learned[3]);
    expect(row(offered, 'Logins')[1]).toBeGreaterThanOrEqual((100 * 10) / FULL_TRUST);
    expect(total(offered)).toBeCloseTo(100, 6);
  });

  it('leaves the table alone when the current model ranks the accounts no better than chance', () => {
    // Logins the wrong way round: the current model puts churned accounts on top.
    const model = parseModelTable([
      ['Metric', 'Weight', 'Red', 'Green'],
      ['Logins', 3, 'P90', 'P10'],
      ['Seats used', 1, 'P10', 'P90'],
      ['Tickets', 0, '', ''],
    ]);
    expect(shrinkTowardCurrent(learned, { ...sample, model })).toEqual(learned);
  });
});
