/**
 * PERCENTILE.INC (inclusive, linear interpolation) without a full sort: two order statistics by
 * quickselect are O(n), where sorting 50,000 values per metric per call is O(n log n).
 */

/** The p-th percentile (p in 0–100) of `values[0..count)`. Reorders that part of `values`. */
export function percentileInc(values: Float64Array, count: number, p: number): number {
  if (count === 0) return Number.NaN;
  const rank = (p / 100) * (count - 1);
  const lowIndex = Math.floor(rank);
  const low = selectKth(values, count, lowIndex);
  const fraction = rank - lowIndex;
  if (fraction === 0 || lowIndex + 1 >= count) return low;
  // After selection everything right of lowIndex is ≥ low: the next order statistic is their minimum.
  let next = Number.POSITIVE_INFINITY;
  for (let i = lowIndex + 1; i < count; i++) if (values[i] < next) next = values[i];
  return low + fraction * (next - low);
}

/** Hoare-style quickselect with median-of-three pivots: puts the k-th smallest at index k. */
export function selectKth(values: Float64Array, count: number, k: number): number {
  let left = 0;
  let right = count - 1;
  while (right > left) {
    const middle = (left + right) >>> 1;
    const pivot = medianOfThree(values[left], values[middle], values[right]);
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const swap = values[i];
        values[i] = values[j];
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return values[k];
}

function medianOfThree(a: number, b: number, c: number): number {
  if (a < b) return b < c ? b : a < c ? c : a;
  return a < c ? a : b < c ? c : b;
}

/** Convenience for small arrays of plain numbers. */
export function percentileOf(values: readonly number[], p: number): number {
  return percentileInc(Float64Array.from(values), values.length, p);
}
