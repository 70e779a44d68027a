/**
 * PERCENTILE.INC (inclusive, linear interpolation) without a full sort: order statistics by
 * Floyd–Rivest selection (the `quickselect` package) are O(n), where sorting 50,000 values per
 * metric per call is O(n log n).
 */
import quickselect from 'quickselect';

/**
 * Percentiles `ps` (each 0–100) of `values[0..count)`, in the order given. Reorders that part of
 * `values`. Asking for several at once lets each selection start where the previous one ended.
 */
export function percentilesInc(values: Float64Array, count: number, ps: readonly number[]): number[] {
  const results = new Array<number>(ps.length);
  if (count === 0) return results.fill(Number.NaN);
  // Select in ascending rank: everything right of a selected index is ≥ it, so the next (higher)
  // rank is found inside that right part only.
  const order = ps.map((_, i) => i).sort((a, b) => ps[a] - ps[b]);
  let left = 0;
  for (const i of order) {
    const rank = (ps[i] / 100) * (count - 1);
    const lowIndex = Math.floor(rank);
    quickselect(values as unknown as number[], lowIndex, left, count - 1);
    const low = values[lowIndex];
    left = lowIndex;
    const fraction = rank - lowIndex;
    if (fraction === 0 || lowIndex + 1 >= count) {
      results[i] = low;
      continue;
    }
    // The next order statistic is the minimum of the part right of lowIndex.
    let next = values[lowIndex + 1];
    for (let k = lowIndex + 2; k < count; k++) if (values[k] < next) next = values[k];
    results[i] = low + fraction * (next - low);
  }
  return results;
}

/** The p-th percentile (p in 0–100) of `values[0..count)`. Reorders that part of `values`. */
export function percentileInc(values: Float64Array, count: number, p: number): number {
  return percentilesInc(values, count, [p])[0];
}

/** Convenience for small arrays of plain numbers. */
export function percentileOf(values: readonly number[], p: number): number {
  return percentileInc(Float64Array.from(values), values.length, p);
}
