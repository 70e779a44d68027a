import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentileInc, percentileOf } from '../../src/core/percentile';

/** PERCENTILE.INC by the book: sort, then interpolate. */
function bySorting(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low] + (rank - low) * (sorted[high] - sorted[low]);
}

describe('percentileInc', () => {
  it('matches PERCENTILE.INC on known values', () => {
    expect(percentileOf([1, 2, 3, 4], 25)).toBe(1.75);
    expect(percentileOf([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentileOf([10, 20, 30, 40, 50], 75)).toBe(40);
    expect(percentileOf([7], 90)).toBe(7);
    expect(percentileOf([], 50)).toBeNaN();
  });

  it('agrees with sorting for any values and percentile (quickselect, no full sort)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 0, max: 100 }),
        (values, p) => {
          const buffer = Float64Array.from(values);
          expect(percentileInc(buffer, values.length, p)).toBeCloseTo(bySorting(values, p), 6);
        },
      ),
    );
  });

  it('handles many duplicates', () => {
    const values = Array.from({ length: 1000 }, (_, i) => i % 3);
    for (const p of [0, 10, 33, 50, 67, 90, 100])
      expect(percentileOf(values, p)).toBeCloseTo(bySorting(values, p), 12);
  });
});
