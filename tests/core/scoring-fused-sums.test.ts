/**
 * HEALTHSCORE sums each row in one fused pass with the plain-number case inlined
 * (ScoringPlan.sumRows); HEALTHEXPLAIN and HEALTHGROUPS visit the rows' sub-scores one by one.
 * Both must give each row the same sums, bit for bit, for every kind of cell and threshold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseModelTable } from '../../src/core/model';
import { prepareScorer, sumRowsByVisiting } from '../../src/core/scoring';

const NOW = Date.UTC(2026, 10, 23);

const cell = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: -50, max: 150 }) }, // NaN and ±Infinity included
  { weight: 1, arbitrary: fc.constantFrom('', ' ', 'n/a', 'green', 'Gold', 'basic', '45%', '۴۵', '$1,200') },
  { weight: 1, arbitrary: fc.boolean() },
  {
    weight: 1,
    arbitrary: fc.integer({ min: -400, max: 400 }).map((days) => new Date(NOW - days * 86_400_000)),
  },
);

const threshold = fc.oneof(
  fc.constant(['', '']),
  fc
    .tuple(fc.integer({ min: -50, max: 150 }), fc.integer({ min: -50, max: 150 }))
    .filter(([red, green]) => red !== green),
  fc
    .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
    .filter(([red, green]) => red !== green)
    .map(([r, g]) => [`P${r}`, `P${g}`]),
  fc
    .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: -50, max: 150 }))
    .map(([r, g]) => [`P${r}`, g]),
);

const metricRow = fc.record({
  weight: fc.integer({ min: 1, max: 10 }),
  threshold,
  values: fc.constantFrom('', 'Gold=100, basic=20'),
  missing: fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 100 })),
});

const scene = fc.integer({ min: 1, max: 5 }).chain((metrics) =>
  fc.record({
    rules: fc.array(metricRow, { minLength: metrics, maxLength: metrics }),
    rows: fc.array(
      fc.oneof(
        { weight: 9, arbitrary: fc.array(cell, { minLength: metrics, maxLength: metrics }) },
        { weight: 1, arbitrary: fc.constant(Array.from({ length: metrics }, () => '')) },
      ),
      { minLength: 1, maxLength: 40 },
    ),
  }),
);

describe('the fused sums of HEALTHSCORE', () => {
  it('equal the row-by-row visit for every kind of cell, with number and percentile thresholds', () => {
    fc.assert(
      fc.property(scene, ({ rules, rows }) => {
        const headers = rules.map((_, j) => `Metric ${j + 1}`);
        const model = parseModelTable([
          ['Metric', 'Weight', 'Red', 'Green', 'Values', 'Missing'],
          ...rules.map((rule, j) => [headers[j], rule.weight, ...rule.threshold, rule.values, rule.missing]),
        ]);
        const scorer = prepareScorer(rows, headers, model, NOW);
        expect(scorer.sumRows()).toEqual(sumRowsByVisiting(scorer));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the branch-free clamp of the fused sums', () => {
  const sums = (red: number, green: number, cells: unknown[]) => {
    const model = parseModelTable([
      ['Metric', 'Weight', 'Red', 'Green'],
      ['Usage', 1, red, green],
    ]);
    const scorer = prepareScorer(
      cells.map((c) => [c]),
      ['Usage'],
      model,
      NOW,
    );
    const fused = scorer.sumRows();
    expect(fused).toEqual(sumRowsByVisiting(scorer));
    return Array.from(fused.sums);
  };

  it('gives exactly 0 and 100 beyond the thresholds, and the score itself between', () => {
    expect(sums(10, 90, [-1e300, 5, 10, 50, 90, 95, 1e300, -0])).toEqual([0, 0, 0, 50, 100, 100, 100, 0]);
    expect(sums(90, 10, [95, 90, 50, 10, 5])).toEqual([0, 0, 50, 100, 100]);
  });

  it('still clamps a score that overflows to ±Infinity (thresholds a hair apart, a huge number)', () => {
    expect(sums(0, 1e-300, [1e10, -1e10, 0])).toEqual([100, 0, 0]);
  });
});
