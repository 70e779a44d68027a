/** HEALTHSCORE (contract §3): one call scores a whole range of accounts. */
import { failWith, type Grid, rowArg, scalarArg, toGrid } from './args';
import { cellParam, isBlank, readNumber } from './cells';
import { type HealthModel, isWeightsRow, parseModelTable } from './model';
import { overrideKeyColumn, overridesByRow, parseOverrides } from './overrides';
import { prepareInlineScorer, prepareScorer, type RowScorer } from './scoring';
import { bySegment, isSegmented } from './segments';

export type ScoreCell = number | '' | 'N/A';

/** Coverage comparisons tolerate float noise: 0.1 + 0.2 + 0.2 of 1 is still 50%. */
const COVERAGE_EPSILON = 1e-9;

export function healthScore(
  valuesArg: unknown,
  second: unknown,
  third: unknown,
  fourth: unknown,
  nowMs: number,
  overridesArg?: unknown,
): ScoreCell | ScoreCell[][] {
  const values = toGrid(valuesArg);
  const secondGrid = toGrid(second);
  let column: ScoreCell[][];
  if (isWeightsRow(secondGrid)) {
    column = scoreColumn(prepareInlineScorer(values, secondGrid[0], nowMs), parseMinCoverage(third));
  } else {
    if (third === undefined || third === '') failWith('noModel');
    const headers = rowArg(second, 'headers');
    const model = parseModelTable(third);
    const minCoverage = parseMinCoverage(fourth);
    column = modelScores(values, headers, model, minCoverage, nowMs);
    // A score set by hand shows while it holds; a band set by hand is HEALTHBAND's to show.
    const held = overridesByRow(parseOverrides(overridesArg, nowMs), values, (overrides) =>
      overrideKeyColumn(overrides, headers),
    );
    held?.forEach((override, i) => {
      if (override?.score != null) column[i] = [override.score];
    });
  }
  return Array.isArray(valuesArg) ? column : column[0][0];
}

/** The computed scores: one call, or one call per segment (percentiles rank within it). */
export function modelScores(
  values: Grid,
  headers: readonly unknown[],
  model: HealthModel,
  minCoverage: number,
  nowMs: number,
): ScoreCell[][] {
  if (!isSegmented(model)) return scoreColumn(prepareScorer(values, headers, model, nowMs), minCoverage);
  return bySegment(
    values,
    headers,
    model,
    (rows, segmentModel) => scoreColumn(prepareScorer(rows, headers, segmentModel, nowMs), minCoverage),
    (i) => [values[i].every(isBlank) ? '' : 'N/A'],
  );
}

/** `min_coverage`: 0–1, or a percent (50 or "50%"); default 0.5. */
export function parseMinCoverage(arg: unknown): number {
  const cell = scalarArg(arg, 'min_coverage');
  if (cell === undefined || isBlank(cell)) return 0.5;
  const number = readNumber(cell);
  if (number >= 0 && number <= 1) return number;
  if (number > 1 && number <= 100) return number / 100;
  return failWith('minCoverage', { cell: cellParam(cell) });
}

/**
 * One score per row, Σ wᵢ·sᵢ / Σ wᵢ over present metrics. The sums come from one fused pass;
 * the rows Sheets needs (one small array per account) are built afterwards in a tight loop of
 * their own, which costs V8 far less than allocating them between the sums (measured in bench).
 */
export function scoreColumn(scorer: RowScorer, minCoverage: number): ScoreCell[][] {
  const { totalWeight } = scorer;
  const minPresentWeight = minCoverage * totalWeight - COVERAGE_EPSILON * totalWeight;
  const { sums, present, blank } = scorer.sumRows();
  const n = scorer.rowCount;
  const column: ScoreCell[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const weight = present[i];
    if (blank[i] === 1) column[i] = [''];
    else if (weight > 0 && weight >= minPresentWeight) {
      // Sub-scores are 0–100, so the mean is too; this only trims float noise (100.00000000000001).
      const mean = sums[i] / weight;
      column[i] = scoreRow(mean > 100 ? 100 : mean < 0 ? 0 : mean);
    } else column[i] = ['N/A'];
  }
  return column;
}

const SCORE_ROW: number[] = [0.5];

/**
 * `[score]`, copied from a template rather than written as a literal. V8 tracks where a literal
 * allocates, and once a garbage collection finds most of its arrays still alive (as it does
 * while 50,000 of them are being built), it moves that literal to the old generation for good:
 * every later call then allocates slower and leaves garbage only a full collection frees. The
 * bench showed that switch at random, doubling the time of whole runs; a copy is never moved.
 */
function scoreRow(score: number): ScoreCell[] {
  const row: ScoreCell[] = SCORE_ROW.slice();
  row[0] = score;
  return row;
}
