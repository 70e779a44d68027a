/**
 * PERCENTILE.INC in SQL, computed the way percentilesInc (../percentile.ts) computes it: the two
 * order statistics around rank = (p / 100) × (count − 1), then low + fraction × (next − low).
 *
 * Why not PERCENTILE_CONT / quantile_cont: they interpolate exactly too, but with their own
 * arithmetic (DuckDB's differs from the core's in the last bit for about a quarter of random
 * samples). A last-bit difference is enough to make P10 and P90 of a column of equal numbers
 * unequal (so its numbers score instead of counting as missing), or to move a driver's points
 * across a rounding boundary; doing the same operations in the same order gives the same double.
 */
import type { Dialect } from './dialect';

export interface PercentileWanted {
  /** Column alias of the result. */
  alias: string;
  /** 0–100. */
  p: number;
}

export interface PercentileColumn {
  /** The values (NULLs are left out), an expression over the `from` table. */
  value: string;
  wanted: readonly PercentileWanted[];
}

/**
 * The body of a CTE with exactly one row holding each wanted percentile of the non-NULL values of
 * each column over `from` (NULL when a column has none). Each column is numbered in a subquery of
 * its own: one SELECT with a window per column makes DuckDB carry every column through every
 * sort (five times slower at a million rows), and BigQuery plans them alike.
 */
export function percentileQuery(d: Dialect, from: string, columns: readonly PercentileColumn[]): string {
  const orders = columns.map(({ value, wanted }, i) => {
    const statistics = wanted.flatMap(({ p }, w) => {
      const low = `FLOOR(${rank(d, p, '__hs_c')})`;
      return [
        `MAX(CASE WHEN __hs_k = ${low} THEN __hs_v END) AS __hs_lo${w}`,
        `MAX(CASE WHEN __hs_k = ${low} + 1 THEN __hs_v END) AS __hs_hi${w}`,
      ];
    });
    const results = wanted.map(({ alias, p }, w) => {
      const r = rank(d, p, '__hs_count');
      const [lo, hi] = [`__hs_lo${w}`, `__hs_hi${w}`];
      const fraction = `(${r} - FLOOR(${r}))`;
      return (
        `CASE WHEN ${fraction} = 0 OR FLOOR(${r}) + 1 >= __hs_count THEN ${lo} ` +
        `ELSE ${lo} + ${fraction} * (${hi} - ${lo}) END AS ${alias}`
      );
    });
    const ranked =
      `SELECT __hs_v, ROW_NUMBER() OVER (ORDER BY __hs_v) - 1 AS __hs_k, COUNT(*) OVER () AS __hs_c ` +
      `FROM (SELECT ${value} AS __hs_v FROM ${from}) AS __hs_values WHERE __hs_v IS NOT NULL`;
    return (
      `(SELECT ${results.join(', ')} FROM (SELECT MAX(__hs_c) AS __hs_count, ${statistics.join(', ')} ` +
      `FROM (${ranked}) AS __hs_ranked) AS __hs_order) AS __hs_column${i}`
    );
  });
  return `SELECT * FROM ${orders.join(' CROSS JOIN ')}`;
}

/** (p / 100) × (count − 1), the division done here in JavaScript exactly as the core does it. */
function rank(d: Dialect, p: number, count: string): string {
  return `${d.number(p / 100)} * (${count} - 1)`;
}
