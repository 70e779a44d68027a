/**
 * The data every HEALTHSCORE benchmark scores: 50,000 accounts × 12 metrics with 5% blank cells,
 * the same weights with number or P10/P90 thresholds, and the yardstick loop that any scorer
 * must at least match (read each cell, skip non-numbers, accumulate a weighted mean into a
 * typed array). Shared by dev/bench.ts and dev/bench-compare.ts so both measure the same thing.
 */
import { seededRandom } from './random';

export const ROWS = 50_000;
export const METRICS = 12;

/** Seeded, so every run scores the same rows; the generator goes on for the caller's other data. */
export const random = seededRandom(42);
export const headers = ['Account', ...Array.from({ length: METRICS }, (_, j) => `Metric ${j + 1}`)];
export const rows = Array.from({ length: ROWS }, (_, i) => [
  `Account ${i + 1}`,
  ...Array.from({ length: METRICS }, () => (random() < 0.05 ? '' : Math.round(random() * 1000) / 10)),
]);
export const weights = Array.from({ length: METRICS }, (_, j) => 1 + (j % 4));
export const modelWith = (red: (j: number) => unknown, green: (j: number) => unknown) => [
  ['Metric', 'Weight', 'Red', 'Green'],
  ...weights.map((weight, j) => [`Metric ${j + 1}`, weight, red(j), green(j)]),
];
export const numberModel = modelWith(
  (j) => (j % 3 === 0 ? 90 : 10),
  (j) => (j % 3 === 0 ? 10 : 90),
);
export const percentileModel = modelWith(
  (j) => (j % 3 === 0 ? 'P90' : 'P10'),
  (j) => (j % 3 === 0 ? 'P10' : 'P90'),
);

/** The yardstick, defined inside the add-on's V8 context as `plainWeightedSum_(rows, weights)`. */
export const BASELINE = `
function plainWeightedSum_(rows, weights) {
  const n = rows.length, m = weights.length, out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    let sum = 0, total = 0;
    for (let j = 0; j < m; j++) {
      const v = row[j + 1];
      if (typeof v === 'number') { sum += weights[j] * v; total += weights[j]; }
    }
    out[i] = total > 0 ? sum / total : NaN;
  }
  return out;
}`;
