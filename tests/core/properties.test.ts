/** Invariants of HEALTHSCORE over random models and account tables (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { healthScore } from '../../src/core/healthscore';

const NOW = Date.UTC(2026, 10, 23);

interface Case {
  model: unknown[][];
  headers: string[];
  rows: unknown[][];
}

const cell = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: -50, max: 150, noNaN: true }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', ' ', 'n/a', 'green', 'Yellow', 'red', 'yes', 'no', '45%', '$1,200'),
  },
  { weight: 1, arbitrary: fc.boolean() },
);

const threshold = fc.oneof(
  fc.constant(['', ''] as const),
  fc
    .tuple(fc.integer({ min: -50, max: 150 }), fc.integer({ min: -50, max: 150 }))
    .filter(([red, green]) => red !== green),
  fc
    .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
    .filter(([red, green]) => red !== green)
    .map(([red, green]) => [`P${red}`, `P${green}`] as const),
);

function caseOf(fixedThresholds: boolean): fc.Arbitrary<Case> {
  return fc.integer({ min: 1, max: 5 }).chain((metricCount) =>
    fc
      .record({
        weights: fc
          .array(fc.integer({ min: 0, max: 10 }), { minLength: metricCount, maxLength: metricCount })
          .filter((w) => w.some((x) => x > 0)),
        thresholds: fc.array(
          fixedThresholds
            ? fc
                .tuple(fc.integer({ min: -50, max: 150 }), fc.integer({ min: -50, max: 150 }))
                .filter(([r, g]) => r !== g)
            : threshold,
          {
            minLength: metricCount,
            maxLength: metricCount,
          },
        ),
        missing: fc.array(fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 100 })), {
          minLength: metricCount,
          maxLength: metricCount,
        }),
        rows: fc.array(fc.array(cell, { minLength: metricCount + 1, maxLength: metricCount + 1 }), {
          minLength: 1,
          maxLength: 25,
        }),
      })
      .map(({ weights, thresholds, missing, rows }) => {
        const headers = ['Account', ...weights.map((_, j) => `Metric ${j + 1}`)];
        const model = [
          ['Metric', 'Weight', 'Red', 'Green', 'Missing'],
          ...weights.map((weight, j) => [
            `Metric ${j + 1}`,
            weight,
            thresholds[j][0],
            thresholds[j][1],
            missing[j],
          ]),
        ];
        return { model, headers, rows: rows.map((row, i) => [`Account ${i}`, ...row.slice(1)]) };
      }),
  );
}

const scoreOf = ({ model, headers, rows }: Case, minCoverage: unknown = 0) =>
  (healthScore(rows, [headers], model, minCoverage, NOW) as unknown[][]).map((row) => row[0]);

describe('HEALTHSCORE invariants', () => {
  it('every score is 0–100, or N/A', () => {
    fc.assert(
      fc.property(caseOf(false), fc.double({ min: 0, max: 1, noNaN: true }), (input, minCoverage) => {
        for (const score of scoreOf(input, minCoverage)) {
          if (typeof score === 'number') {
            expect(score).toBeGreaterThanOrEqual(0);
            expect(score).toBeLessThanOrEqual(100);
          } else expect(score).toBe('N/A');
        }
      }),
    );
  });

  it('a better value never lowers the score', () => {
    fc.assert(
      fc.property(
        caseOf(true),
        fc.nat(),
        fc.nat(),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (input, r, m, step) => {
          const row = r % input.rows.length;
          const metric = m % (input.headers.length - 1);
          const value = input.rows[row][metric + 1];
          if (typeof value !== 'number') return;
          const [red, green] = [input.model[metric + 1][2] as number, input.model[metric + 1][3] as number];
          const better = input.rows.map((cells) => [...cells]);
          better[row][metric + 1] = value + Math.sign(green - red) * step;
          const before = scoreOf(input)[row];
          const after = scoreOf({ ...input, rows: better })[row];
          if (typeof before === 'number' && typeof after === 'number')
            expect(after).toBeGreaterThanOrEqual(before - 1e-9);
        },
      ),
    );
  });

  it('multiplying every weight by a constant changes nothing', () => {
    fc.assert(
      fc.property(caseOf(false), fc.double({ min: 0.01, max: 1000, noNaN: true }), (input, factor) => {
        const scaled = input.model.map((cells, i) =>
          i === 0 ? cells : [cells[0], (cells[1] as number) * factor, ...cells.slice(2)],
        );
        const before = scoreOf(input, 0.5);
        const after = scoreOf({ ...input, model: scaled }, 0.5);
        after.forEach((score, i) => {
          if (typeof score === 'number') expect(score).toBeCloseTo(before[i] as number, 8);
          else expect(score).toBe(before[i]);
        });
      }),
    );
  });

  it('reordering columns changes nothing; reordering rows only reorders the scores', () => {
    fc.assert(
      fc.property(caseOf(false), fc.nat(), (input, seed) => {
        const width = input.headers.length;
        const columnOrder = Array.from({ length: width }, (_, i) => i).sort(
          (a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101),
        );
        const permuted = {
          ...input,
          headers: columnOrder.map((j) => input.headers[j]),
          rows: input.rows.map((row) => columnOrder.map((j) => row[j])),
        };
        expect(scoreOf(permuted)).toEqual(scoreOf(input));
        const reversed = { ...input, rows: [...input.rows].reverse() };
        expect(scoreOf(reversed)).toEqual([...scoreOf(input)].reverse());
      }),
    );
  });
});
