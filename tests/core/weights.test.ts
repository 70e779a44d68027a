/** HEALTHWEIGHTS on synthetic accounts with a known ground truth, scored on held-out rows. */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../dev/random';
import { healthAuc } from '../../src/core/auc';
import { healthScore } from '../../src/core/healthscore';
import {
  blendWithCurrent,
  distinctRounding,
  FULL_TRUST,
  healthWeights,
  trustInData,
} from '../../src/core/weights';

const NOW = Date.UTC(2026, 10, 23);
const HEADERS = ['Account', 'Logins', 'Tickets', 'NPS', 'Noise A', 'Noise B', 'Sentiment'];

/** Retention driven by Logins (up), Tickets (down), NPS (up) and the CSM's word; two pure-noise columns. */
function accounts(
  count: number,
  seed: number,
): { rows: unknown[][]; outcomes: unknown[][]; signals: unknown[][] } {
  const random = seededRandom(seed);
  const gaussian = () => Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());
  const rows: unknown[][] = [];
  const outcomes: unknown[][] = [];
  const signals: unknown[][] = [];
  for (let i = 0; i < count; i++) {
    const logins = gaussian();
    const tickets = gaussian();
    const nps = gaussian();
    const mood = gaussian();
    const signal = 1.6 * logins - 1.2 * tickets + 0.8 * nps + 0.9 * mood;
    const churned = random() < 1 / (1 + Math.exp(signal + 0.5));
    rows.push([
      `Account ${i}`,
      Math.round(50 + 15 * logins),
      random() < 0.05 ? '' : Math.max(0, Math.round(10 + 4 * tickets)),
      Math.max(-100, Math.min(100, Math.round(20 + 40 * nps))),
      Math.round(random() * 1000),
      random() < 0.5 ? 'yes' : 'no',
      mood > 0.5 ? 'green' : mood < -0.5 ? 'red' : 'yellow',
    ]);
    outcomes.push([churned ? 'churned' : 'retained']);
    signals.push([signal]);
  }
  return { rows, outcomes, signals };
}

const EQUAL_MODEL = [
  ['Metric', 'Weight', 'Red', 'Green', 'Group', 'Notes'],
  ['Logins', 1, '', '', 'Adoption', ''],
  ['Tickets', 1, '', '', 'Support', ''],
  ['NPS', 1, '', '', 'Sentiment', ''],
  ['Noise A', 1, '', '', '', ''],
  ['Noise B', 1, '', '', '', ''],
  ['Sentiment', 1, '', '', 'Sentiment', ''],
];

const aucOfModel = (model: unknown[][], rows: unknown[][], outcomes: unknown[][]) =>
  healthAuc(healthScore(rows, [HEADERS], model, 0, NOW), outcomes);

describe('HEALTHWEIGHTS', () => {
  const learn = accounts(1500, 1);
  const test = accounts(1500, 2);
  const learned = healthWeights(learn.rows, [HEADERS], EQUAL_MODEL, learn.outcomes, NOW);

  it('returns a model table HEALTHSCORE accepts, weights summing to 100, Group carried over', () => {
    expect(learned[0]).toEqual(['Metric', 'Weight', 'Red', 'Green', 'AUC', 'Group']);
    expect(learned.slice(1).map((row) => row[0])).toEqual([
      'Logins',
      'Tickets',
      'NPS',
      'Noise A',
      'Noise B',
      'Sentiment',
    ]);
    const total = learned.slice(1).reduce((sum, row) => sum + (row[1] as number), 0);
    expect(total).toBeCloseTo(100, 9);
    expect(learned.slice(1).map((row) => row[5])).toEqual([
      'Adoption',
      'Support',
      'Sentiment',
      '',
      '',
      'Sentiment',
    ]);
    expect(() => healthScore(test.rows, [HEADERS], learned, 0, NOW)).not.toThrow();
  });

  it('recovers the informative metrics, orients lower-is-better, and gives pure noise weight 0', () => {
    const byMetric = Object.fromEntries(learned.slice(1).map((row) => [row[0], row]));
    expect(byMetric['Logins'][1]).toBeGreaterThan(10);
    expect(byMetric['Tickets'][1]).toBeGreaterThan(10);
    expect(byMetric['NPS'][1]).toBeGreaterThan(5);
    expect(byMetric['Sentiment'][1]).toBeGreaterThan(5);
    expect(byMetric['Noise A'][1]).toBe(0);
    expect(byMetric['Noise B'][1]).toBe(0);
    expect(byMetric['Tickets'][2]).toBeGreaterThan(byMetric['Tickets'][3] as number); // Red above Green
    expect(byMetric['Logins'][2]).toBeLessThan(byMetric['Logins'][3] as number);
    expect(byMetric['Sentiment'].slice(2, 4)).toEqual(['', '']); // words keep blank Red/Green
    expect(byMetric['Logins'][4]).toBeGreaterThan(0.7);
    expect(Math.abs((byMetric['Noise A'][4] as number) - 0.5)).toBeLessThan(0.06);
  });

  it('separates churn on held-out accounts clearly better than the equal-weight model', () => {
    const equal = aucOfModel(EQUAL_MODEL, test.rows, test.outcomes);
    const better = aucOfModel(learned, test.rows, test.outcomes);
    expect(better - equal).toBeGreaterThan(0.015);
    expect(better).toBeGreaterThan(0.85);
    // The ground truth's own signal is the best any model can rank these accounts by.
    const truth = healthAuc(test.signals, test.outcomes);
    expect(truth - better).toBeLessThan(0.02);
  });

  it('keeps the true effects in proportion (no shrinkage towards the strongest metric)', () => {
    // A linear effect gets a ramp over the whole range, so weight ÷ |Green − Red| is the effect
    // per unit. Logins move retention 1.6 per 15 logins, Tickets 1.2 per 4 tickets.
    const perUnit = (metric: string) => {
      const [, weight, red, green] = learned.find((row) => row[0] === metric) as number[];
      return weight / Math.abs(green - red);
    };
    const truth = 1.6 / 15 / (1.2 / 4);
    expect(perUnit('Logins') / perUnit('Tickets')).toBeGreaterThan(truth * 0.85);
    expect(perUnit('Logins') / perUnit('Tickets')).toBeLessThan(truth * 1.15);
  });

  it('places Red and Green around a cliff: churn that jumps at four support calls', () => {
    const random = seededRandom(7);
    const rows: unknown[][] = [];
    const outcomes: unknown[][] = [];
    for (let i = 0; i < 2000; i++) {
      const calls = Math.floor(random() * 10);
      rows.push([calls]);
      outcomes.push([random() < (calls >= 4 ? 0.5 : 0.1) ? 'churned' : 'retained']);
    }
    const model = [
      ['Metric', 'Weight'],
      ['Calls', 1],
    ];
    const [, [, weight, red, green]] = healthWeights(rows, [['Calls']], model, outcomes, NOW) as number[][];
    expect(weight).toBe(100);
    // Fewer calls are better, and the whole ramp sits between 2 and 5 calls: 0–3 calls score
    // near Green, 4 and more near Red. A P10–P90 ramp (1 to 8 calls) would blur the cliff.
    expect(red).toBeGreaterThan(green);
    expect(green).toBeGreaterThanOrEqual(2);
    expect(red).toBeLessThanOrEqual(5);
  });

  it('keeps the plain P10–P90 ramp, higher better, for a metric known only on one outcome', () => {
    const rows: unknown[][] = [];
    const outcomes: unknown[][] = [];
    for (let i = 0; i < 40; i++) {
      const churned = i % 4 === 0;
      rows.push([churned ? '' : i, i % 3]);
      outcomes.push([churned ? 'yes' : 'no']);
    }
    // Off in the current model, so nothing of it is kept from there: these are the learned thresholds.
    const model = [
      ['Metric', 'Weight'],
      ['Only retained', 0],
      ['Other', 1],
    ];
    const [, only] = healthWeights(rows, [['Only retained', 'Other']], model, outcomes, NOW);
    expect(only.slice(2, 5)).toEqual([4.8, 35.2, '']); // P10 and P90 of 1…39 without every 4th
  });

  describe('on a small portfolio', () => {
    // 100 accounts, under 50 churned: the lasso alone keeps two or three of the model's six metrics.
    const small = accounts(100, 7);
    const churned = small.outcomes.filter(([outcome]) => outcome === 'churned').length;
    const table = healthWeights(small.rows, [HEADERS], EQUAL_MODEL, small.outcomes, NOW);
    const weightOf = (metric: string) => table.find((row) => row[0] === metric)?.[1] as number;

    it('trusts the data in proportion to the rarer outcome, fully from FULL_TRUST accounts', () => {
      expect(trustInData(30, 170)).toBeCloseTo(30 / FULL_TRUST);
      expect(trustInData(FULL_TRUST, 5000)).toBe(1);
      expect(trustInData(400, 60)).toBeCloseTo(60 / FULL_TRUST);
    });

    it('blends the learned weights with the current model: no real driver drops to 0 on little data, noise does', () => {
      const trust = trustInData(churned, 100 - churned);
      expect(trust).toBeLessThan(0.5);
      // Each real driver keeps at least its share of the current model × (1 − trust), among the
      // metrics that help (the two noise columns are left out of the current model's shares).
      for (const metric of ['Logins', 'Tickets', 'NPS', 'Sentiment'])
        expect(weightOf(metric), metric).toBeGreaterThanOrEqual(((1 - trust) * 100) / 4 - 0.1);
      expect(Math.max(...HEADERS.slice(1).map(weightOf))).toBeLessThan(60);
      // A metric that does not help gets weight 0 (contract §3), however little the data.
      expect([weightOf('Noise A'), weightOf('Noise B')]).toEqual([0, 0]);
      // The learned signal still shows: Logins, the strongest driver, leads.
      expect(weightOf('Logins')).toBeGreaterThan(weightOf('NPS'));
    });

    it('keeps the current Red/Green of a helpful metric the data did not choose', () => {
      const model = [
        ['Metric', 'Weight', 'Red', 'Green'],
        ...EQUAL_MODEL.slice(1).map(([metric]) => [
          metric,
          1,
          metric === 'NPS' ? -100 : '',
          metric === 'NPS' ? 100 : '',
        ]),
      ];
      const rows = healthWeights(small.rows, [HEADERS], model, small.outcomes, NOW);
      // On these 100 accounts the lasso keeps Logins, Tickets and Sentiment; NPS (AUC 0.66, well
      // beyond chance) comes back through the blend with the thresholds the team set.
      const nps = rows.find((row) => row[0] === 'NPS')!;
      expect(nps[1]).toBeGreaterThan(0);
      expect(nps.slice(2, 4)).toEqual([-100, 100]);
    });

    it('blendWithCurrent: shares, and the learned weights alone when there is no current model', () => {
      expect(blendWithCurrent([1, 0], [1, 1], 0.5)).toEqual([0.75, 0.25]);
      expect(blendWithCurrent([3, 1], [0, 0], 0.2)).toEqual([3, 1]);
      expect(blendWithCurrent([0, 0], [1, 3], 0.2)).toEqual([0.25, 0.75]);
    });
  });

  it('is deterministic', () => {
    expect(healthWeights(learn.rows, [HEADERS], EQUAL_MODEL, learn.outcomes, NOW)).toEqual(learned);
  });

  it('errors: outcomes of one kind, unequal lengths, an unknown outcome word', () => {
    const same = learn.outcomes.map(() => ['retained']);
    expect(() => healthWeights(learn.rows, [HEADERS], EQUAL_MODEL, same, NOW)).toThrow(
      /at least 5 accounts of both outcomes .*\(found 0 churned, 1500 retained\)/,
    );
    expect(() => healthWeights(learn.rows, [HEADERS], EQUAL_MODEL, learn.outcomes.slice(1), NOW)).toThrow(
      /values has 1500 rows but outcomes has 1499/,
    );
    const odd = learn.outcomes.map((row, i) => (i === 3 ? ['maybe'] : row));
    expect(() => healthWeights(learn.rows, [HEADERS], EQUAL_MODEL, odd, NOW)).toThrow(
      /outcomes row 4 is "maybe"/,
    );
  });
});

describe('distinctRounding', () => {
  it('rounds thresholds to four significant digits unless that makes them equal', () => {
    expect(distinctRounding(12.345678, 98.76543)).toEqual([12.35, 98.77]);
    expect(distinctRounding(1000.01, 1000.04)).toEqual([1000.01, 1000.04]);
    expect(distinctRounding(0, 0.000123456)).toEqual([0, 0.0001235]);
  });
});
