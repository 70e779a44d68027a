/** Backtest of the current and the learned model on synthetic accounts with a known ground truth. */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../dev/random';
import { aucOf } from '../../src/core/auc';
import { modelScores } from '../../src/core/healthscore';
import { type BacktestInput, backtest } from '../../src/core/history/backtest';
import { parseModelTable } from '../../src/core/model';
import { healthWeights } from '../../src/core/weights';

const NOW = Date.UTC(2026, 10, 23);
const HEADERS = ['Account', 'Logins', 'Tickets', 'NPS', 'Noise A', 'Noise B', 'Noise C', 'Sentiment'];

/**
 * Retention driven mostly by Logins, less by Tickets (down), NPS and the CSM's word; three
 * pure-noise columns. Equal weights dilute Logins, so learning the weights pays.
 */
function accounts(count: number, seed: number): { rows: unknown[][]; outcomes: unknown[] } {
  const random = seededRandom(seed);
  const gaussian = () => Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());
  const rows: unknown[][] = [];
  const outcomes: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const [logins, tickets, nps, mood] = [gaussian(), gaussian(), gaussian(), gaussian()];
    const signal = 1.8 * logins - 1.0 * tickets + 0.3 * nps + 0.6 * mood;
    const churned = random() < 1 / (1 + Math.exp(signal + 0.8));
    rows.push([
      `Account ${i}`,
      Math.round(50 + 15 * logins),
      Math.max(0, Math.round(10 + 4 * tickets)),
      Math.max(-100, Math.min(100, Math.round(20 + 40 * nps))),
      Math.round(random() * 1000),
      random() < 0.5 ? 'yes' : 'no',
      random() < 0.1 ? 'n/a' : Math.round(100 * random()),
      mood > 0.5 ? 'green' : mood < -0.5 ? 'red' : 'yellow',
    ]);
    // Every tenth account has no outcome yet; outcomes in the words people type.
    outcomes.push(i % 10 === 9 ? '' : churned ? (i % 2 ? 'churned' : true) : i % 2 ? 'Retained' : 'no');
  }
  return { rows, outcomes };
}

/** Equal weights, Tickets oriented the right way round (Red above Green), noise included. */
const EQUAL_MODEL = [
  ['Metric', 'Weight', 'Red', 'Green', 'Group', 'Missing', 'Notes'],
  ['Logins', 1, 'P10', 'P90', 'Adoption', '', ''],
  ['Tickets', 1, 'P90', 'P10', 'Support', '', 'lower is better'],
  ['NPS', 1, -50, 70, 'Sentiment', '', ''],
  ['Noise A', 1, '', '', '', '', ''],
  ['Noise B', 1, '', '', '', 50, ''],
  ['Noise C', 1, 'P10', 'P90', '', '', ''],
  ['Sentiment', 1, '', '', 'Sentiment', '', ''],
];

const data = accounts(1200, 7);
const input: BacktestInput = {
  headers: HEADERS,
  rows: data.rows,
  model: parseModelTable(EQUAL_MODEL),
  modelTable: EQUAL_MODEL,
  outcomes: data.outcomes,
  bands: { healthyAt: 70, unhealthyBelow: 40 },
  nowMs: NOW,
};

describe('backtest', () => {
  const result = backtest(input);

  it('counts the accounts with an outcome and a score', () => {
    const labelled = data.outcomes.filter((outcome) => outcome !== '');
    const churned = labelled.filter((outcome) => outcome === true || outcome === 'churned');
    for (const model of [result.current, result.learned]) {
      expect(model.accounts + model.unscored).toBe(labelled.length);
      expect(model.churned).toBeLessThanOrEqual(churned.length);
      expect(model.perBand.map((band) => band.band)).toEqual(['Healthy', 'At risk', 'Unhealthy']);
      expect(model.perBand.reduce((sum, band) => sum + band.accounts, 0)).toBe(model.accounts);
      expect(model.perBand.reduce((sum, band) => sum + band.churned, 0)).toBe(model.churned);
    }
    expect(result.current.unscored).toBe(0);
    expect(result.current.churned).toBe(churned.length);
  });

  it('the learned model separates churn better on accounts it did not learn from', () => {
    const { current, learned } = result;
    expect(current.heldOutAuc).not.toBeNull();
    expect(learned.heldOutAuc! - current.heldOutAuc!).toBeGreaterThan(0.03);
    expect(learned.heldOutAuc).toBeGreaterThan(0.75);
    // The ground truth: Logins matters most, the noise columns not at all.
    const weight = Object.fromEntries(result.learnedModelTable.slice(1).map((row) => [row[0], row[1]]));
    expect(Math.max(...Object.values(weight).map(Number))).toBe(weight['Logins']);
    expect([weight['Noise A'], weight['Noise B'], weight['Noise C']]).toEqual([0, 0, 0]);
    // In-sample AUC is optimistic: at least the held-out one, give or take noise.
    expect(learned.auc! + 0.02).toBeGreaterThan(learned.heldOutAuc!);
    expect(current.auc).toBeGreaterThan(0.6);
  });

  it('churn falls from Unhealthy to Healthy, and the lift says by how much', () => {
    expect(result.current.perBand[0].churned).toBeGreaterThan(0); // so the ratio is checked below
    for (const model of [result.current, result.learned]) {
      const [healthy, , unhealthy] = model.perBand;
      expect(healthy.accounts).toBeGreaterThan(20);
      expect(unhealthy.accounts).toBeGreaterThan(20);
      expect(unhealthy.churnRate!).toBeGreaterThan(healthy.churnRate!);
      if (healthy.churned === 0) {
        // No Healthy account churned: the ratio has no finite value, and none is shown.
        expect(model.lift).toBeNull();
      } else {
        expect(model.lift).toBeCloseTo(unhealthy.churnRate! / healthy.churnRate!, 12);
        expect(model.lift!).toBeGreaterThan(1.5);
      }
      for (const band of model.perBand) {
        expect(band.churnRate).toBe(band.accounts === 0 ? null : band.churned / band.accounts);
      }
    }
  });

  it('returns the table HEALTHWEIGHTS learns from every account with an outcome', () => {
    const labelled = data.rows.filter((_, i) => data.outcomes[i] !== '');
    const outcomes = data.outcomes.filter((outcome) => outcome !== '').map((outcome) => [outcome]);
    expect(result.learnedModelTable).toEqual(healthWeights(labelled, [HEADERS], EQUAL_MODEL, outcomes, NOW));
    expect(result.learnedModelTable[0]).toEqual([
      'Metric',
      'Weight',
      'Red',
      'Green',
      'AUC',
      'Group',
      'Missing',
    ]);
    expect(() => parseModelTable(result.learnedModelTable)).not.toThrow();
  });

  it('draws quartile bands over each model’s own scores', () => {
    const quartiles = backtest({ ...input, bands: 'quartiles' });
    for (const model of [quartiles.current, quartiles.learned]) {
      const [healthy, atRisk, unhealthy] = model.perBand;
      // A quarter of the accounts each side, give or take ties and unlabelled accounts.
      expect(healthy.accounts / model.accounts).toBeGreaterThan(0.2);
      expect(unhealthy.accounts / model.accounts).toBeGreaterThan(0.2);
      expect(atRisk.accounts / model.accounts).toBeGreaterThan(0.4);
      expect(model.lift!).toBeGreaterThan(2);
    }
    expect(quartiles.current.auc).toBe(result.current.auc);
  });

  it('leaves out accounts without a score and counts them', () => {
    const rows = data.rows.map((row, i) => (i < 30 ? row.map(() => '') : row));
    const partial = backtest({ ...input, rows });
    const labelledBlank = data.outcomes.slice(0, 30).filter((outcome) => outcome !== '').length;
    expect(partial.current.unscored).toBe(labelledBlank);
    expect(partial.current.accounts).toBe(result.current.accounts - labelledBlank);
  });

  it('is deterministic', () => {
    expect(backtest(input)).toEqual(result);
  });
});

describe('backtest errors', () => {
  const small = accounts(60, 3);
  const base = { ...input, rows: small.rows, outcomes: small.outcomes };

  it('names the row of an outcome it cannot read, counting from the sheet row given', () => {
    const outcomes = small.outcomes.map((outcome, i) => (i === 4 ? 'maybe' : outcome));
    expect(() => backtest({ ...base, outcomes })).toThrow(/outcomes row 5 is "maybe"/);
    expect(() => backtest({ ...base, outcomes, firstRow: 2, outcomeName: 'Churned' })).toThrow(
      /^Churned row 6 is "maybe": use TRUE/,
    );
  });

  it('needs outcome values, and at least one churned and one retained account', () => {
    expect(() => backtest({ ...base, outcomes: small.outcomes.map(() => '') })).toThrow(
      /outcomes is blank on every row/,
    );
    expect(() => backtest({ ...base, outcomes: small.outcomes.map((o) => (o === '' ? '' : 'no')) })).toThrow(
      /at least 5 churned and 5 retained accounts in outcomes \(found 0 churned, 54 retained\)/,
    );
    expect(() => backtest({ ...base, outcomes: small.outcomes.slice(1) })).toThrow(
      /has 60 rows but outcomes has 59/,
    );
  });

  it('accepts the outcome column as a range, and reports no held-out AUC with too few of one kind', () => {
    // Six churned: enough to learn from all, not from half of them in each fold.
    const six = small.outcomes.map((o, i) => [i % 10 === 0 ? 'churned' : o === '' ? '' : 'retained']);
    const result = backtest({ ...base, outcomes: six });
    expect(result.current.churned).toBe(6);
    expect(result.current.heldOutAuc).toBeNull();
    expect(result.learned.heldOutAuc).toBeNull();
    expect(result.current.auc).toBeGreaterThanOrEqual(0);
    const one = small.outcomes.map((o, i) => [i === 0 ? 'churned' : o === '' ? '' : 'retained']);
    expect(() => backtest({ ...base, outcomes: one })).toThrow(/at least 5 churned .*found 1 churned/);
  });

  it('rejects band thresholds in the wrong order and a fold count below 2', () => {
    expect(() => backtest({ ...base, bands: { healthyAt: 40, unhealthyBelow: 70 } })).toThrow(
      /healthy_at \(40\) must be above unhealthy_below \(70\)/,
    );
    expect(() => backtest({ ...base, folds: 1 })).toThrow(/folds must be a whole number ≥ 2/);
  });
});

describe('backtest of a segmented model', () => {
  // Three segments: Enterprise scored on Logins alone, Strategic on Tickets alone, the rest on all.
  const headers = [...HEADERS, 'Tier'];
  const tiers = ['Enterprise', 'Strategic', 'SMB'];
  const rows = data.rows.map((row, i) => [...row, tiers[i % 3]]);
  const table = [
    [...EQUAL_MODEL[0], 'Segment'],
    ...EQUAL_MODEL.slice(1).map((row) => [...row, '']),
    ['Logins', 1, 'P10', 'P90', 'Adoption', '', '', 'Tier = Enterprise'],
    ['Tickets', 1, 'P90', 'P10', 'Support', '', '', 'Tier = Strategic'],
  ];
  const model = parseModelTable(table);
  const result = backtest({ ...input, headers, rows, model, modelTable: table });

  it('scores each segment with its own rows, as HEALTHSCORE does', () => {
    const scores = modelScores(rows, headers, model, 0.5, NOW).map((cell) => cell[0]);
    const churned = (outcome: unknown) => outcome === true || outcome === 'churned';
    const [lost, kept] = [true, false].map((wanted) =>
      data.outcomes.flatMap((outcome, i) =>
        outcome !== '' && churned(outcome) === wanted && typeof scores[i] === 'number'
          ? [scores[i] as number]
          : [],
      ),
    );
    expect(result.current.auc).toBeCloseTo(aucOf(lost, kept), 12);
    expect(result.current.accounts).toBe(lost.length + kept.length);
    // Scoring the whole table with the default rows alone would rank Enterprise accounts otherwise.
    const unsegmented = modelScores(rows, headers, parseModelTable(EQUAL_MODEL), 0.5, NOW);
    expect(unsegmented.map((cell) => cell[0])).not.toEqual(scores);
  });

  it('learns each segment apart and keeps the Segment column in the learned table', () => {
    const [header, ...learned] = result.learnedModelTable;
    expect(header.at(-1)).toBe('Segment');
    const segments = new Set(learned.map((row) => String(row.at(-1))));
    expect(segments).toEqual(new Set(['', 'Tier = Enterprise', 'Tier = Strategic']));
  });
});
