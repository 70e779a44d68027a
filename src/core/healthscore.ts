/** HEALTHSCORE (contract §3): one call scores a whole range of accounts. */
import { failWith, rowArg, scalarArg, toGrid } from './args';
import { cellParam, isBlank, readNumber } from './cells';
import { isWeightsRow, parseModelTable } from './model';
import { prepareInlineScorer, prepareScorer, type RowScorer } from './scoring';

export type ScoreCell = number | '' | 'N/A';

/** Coverage comparisons tolerate float noise: 0.1 + 0.2 + 0.2 of 1 is still 50%. */
const COVERAGE_EPSILON = 1e-9;

export function healthScore(
  valuesArg: unknown,
  second: unknown,
  third: unknown,
  fourth: unknown,
  nowMs: number,
): ScoreCell | ScoreCell[][] {
  const values = toGrid(valuesArg);
  const secondGrid = toGrid(second);
  let scorer: RowScorer;
  let minCoverage: number;
  if (isWeightsRow(secondGrid)) {
    scorer = prepareInlineScorer(values, secondGrid[0], nowMs);
    minCoverage = parseMinCoverage(third);
  } else {
    if (third === undefined || third === '') failWith('noModel');
    const headers = rowArg(second, 'headers');
    scorer = prepareScorer(values, headers, parseModelTable(third), nowMs);
    minCoverage = parseMinCoverage(fourth);
  }
  const column = scoreColumn(scorer, minCoverage);
  return Array.isArray(valuesArg) ? column : column[0][0];
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
      column[i] = [mean > 100 ? 100 : mean < 0 ? 0 : mean];
    } else column[i] = ['N/A'];
  }
  return column;
}
