/**
 * PERCENTILE.INC (inclusive, linear interpolation) without a full sort. Large inputs go through
 * a histogram: one pass counts values per bucket of equal width, which names the bucket holding
 * each wanted rank, a second pass copies just those buckets out, and only they are sorted.
 * Small inputs, and spreads a histogram cannot split (an infinite range), use Floyd–Rivest
 * selection (the `quickselect` package). Both are O(n) where sorting 50,000 values per metric
 * per call is O(n log n); the histogram's passes are plain loops with predictable branches,
 * which run several times faster than selection's swaps.
 */
import quickselect from 'quickselect';

/** Below this many values selection is as fast, and a histogram is not worth its setup. */
const HISTOGRAM_FROM = 4096;
/** About 12 values per bucket at the size of the bench (47,500 numbers); the counts fit in L1 cache. */
const BUCKETS = 4096;

/**
 * Percentiles `ps` (each 0–100) of `values[0..count)`, in the order given. May reorder that
 * part of `values`.
 */
export function percentilesInc(values: Float64Array, count: number, ps: readonly number[]): number[] {
  const results = new Array<number>(ps.length);
  if (count === 0) return results.fill(Number.NaN);
  const wanted = new Float64Array(ps.length * 2);
  const ranks = ps.map((p) => (p / 100) * (count - 1));
  // Each percentile needs the order statistics at floor(rank) and, unless rank is whole (or the
  // last), the next one: the value to interpolate towards.
  ranks.forEach((rank, i) => {
    const low = Math.floor(rank);
    wanted[2 * i] = low;
    wanted[2 * i + 1] = rank - low === 0 || low + 1 >= count ? low : low + 1;
  });
  const statistics = orderStatistics(values, count, wanted);
  ranks.forEach((rank, i) => {
    const low = statistics[2 * i];
    const next = statistics[2 * i + 1];
    const fraction = rank - Math.floor(rank);
    const value = fraction === 0 || wanted[2 * i + 1] === wanted[2 * i] ? low : low + fraction * (next - low);
    // `+ 0` turns −0 into 0, as the interpolation by the book does (−0 + 0 · (next − low) is 0):
    // the percentile of a column holding both is the same 0 whichever the sort put first.
    results[i] = value + 0;
  });
  return results;
}

/** The p-th percentile (p in 0–100) of `values[0..count)`. May reorder that part of `values`. */
export function percentileInc(values: Float64Array, count: number, p: number): number {
  return percentilesInc(values, count, [p])[0];
}

/** Convenience for small arrays of plain numbers. */
export function percentileOf(values: readonly number[], p: number): number {
  return percentileInc(Float64Array.from(values), values.length, p);
}

/**
 * The values at sorted positions `ranks` (whole numbers in 0..count−1) of `values[0..count)`.
 * Each long loop is a function of its own that returns right after it: code V8 compiles while a
 * loop runs (on-stack replacement) has not seen what follows the loop, and deoptimises there on
 * every later call; what follows is done here, after the loop's function has returned.
 */
function orderStatistics(values: Float64Array, count: number, ranks: Float64Array): Float64Array {
  const range = new Float64Array([values[0], values[0]]);
  findRange(values, count, range);
  const [min, max] = range;
  if (min === max) return new Float64Array(ranks.length).fill(min);
  const perWidth = BUCKETS / (max - min);
  // An infinite range (or one so narrow that its inverse is infinite) cannot be cut in buckets.
  if (count < HISTOGRAM_FROM || !(perWidth > 0 && perWidth < Number.POSITIVE_INFINITY)) {
    return bySelection(values, count, ranks);
  }
  // (value − min) · perWidth only grows with value, so buckets keep the values' order; the
  // index BUCKETS holds max itself (and rounding just above the last edge), so counts as the last.
  const counts = new Int32Array(BUCKETS + 1);
  countBuckets(values, count, min, perWidth, counts);
  counts[BUCKETS - 1] += counts[BUCKETS];
  counts[BUCKETS] = 0;
  // Which bucket holds each rank, and where that bucket starts in sorted order.
  const bucketOf = new Int32Array(ranks.length);
  const before = new Int32Array(ranks.length);
  const order = Array.from(ranks.keys()).sort((a, b) => ranks[a] - ranks[b]);
  let bucket = 0;
  let start = 0;
  for (const r of order) {
    while (start + counts[bucket] <= ranks[r]) start += counts[bucket++];
    bucketOf[r] = bucket;
    before[r] = start;
  }
  // Copy out the values of the buckets wanted (each bucket once), then sort just those.
  const slotOf = new Int32Array(BUCKETS + 1).fill(-1);
  const picked: Float64Array[] = [];
  for (const b of bucketOf) {
    if (slotOf[b] !== -1) continue;
    slotOf[b] = picked.length;
    picked.push(new Float64Array(counts[b]));
  }
  slotOf[BUCKETS] = slotOf[BUCKETS - 1];
  copyBuckets(values, count, min, perWidth, slotOf, picked, new Int32Array(picked.length));
  for (const bucketValues of picked) bucketValues.sort();
  const found = new Float64Array(ranks.length);
  for (let r = 0; r < ranks.length; r++) found[r] = picked[slotOf[bucketOf[r]]][ranks[r] - before[r]];
  return found;
}

/** Narrows `range` ([first value, first value]) to [min, max] of `values[0..count)`. */
function findRange(values: Float64Array, count: number, range: Float64Array): void {
  for (let i = 1; i < count; i++) {
    const value = values[i];
    if (value < range[0]) range[0] = value;
    else if (value > range[1]) range[1] = value;
  }
}

function countBuckets(
  values: Float64Array,
  count: number,
  min: number,
  perWidth: number,
  counts: Int32Array,
): void {
  for (let i = 0; i < count; i++) counts[((values[i] - min) * perWidth) | 0]++;
}

/** Appends each value whose bucket has a slot to that slot's array. */
function copyBuckets(
  values: Float64Array,
  count: number,
  min: number,
  perWidth: number,
  slotOf: Int32Array,
  picked: Float64Array[],
  filled: Int32Array,
): void {
  for (let i = 0; i < count; i++) {
    const value = values[i];
    const slot = slotOf[((value - min) * perWidth) | 0];
    if (slot !== -1) picked[slot][filled[slot]++] = value;
  }
}

/** Floyd–Rivest selection, lowest rank first: each next selection searches only right of the last. */
function bySelection(values: Float64Array, count: number, ranks: Float64Array): Float64Array {
  const found = new Float64Array(ranks.length);
  const order = Array.from(ranks.keys()).sort((a, b) => ranks[a] - ranks[b]);
  let left = 0;
  for (const r of order) {
    const rank = ranks[r];
    quickselect(values as unknown as number[], rank, left, count - 1);
    found[r] = values[rank];
    left = rank;
  }
  return found;
}
