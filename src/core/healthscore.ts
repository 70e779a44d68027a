/** HEALTHSCORE (contract §3): one call scores a whole range of accounts. */
import { fail, rowArg, scalarArg, toGrid } from './args';
import { describeCell, isBlank, readNumber } from './cells';
import { isNotANumber } from './hot';
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
    if (third === undefined || third === '')
      fail('model is missing: pass the Health Model range, e.g. HealthModel.');
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
  return fail(`min_coverage ${describeCell(cell)} must be between 0 and 1 (or 0% and 100%).`);
}

/** One score per row, Σ wᵢ·sᵢ / Σ wᵢ over present metrics, written straight into the output column. */
export function scoreColumn(scorer: RowScorer, minCoverage: number): ScoreCell[][] {
  const { totalWeight } = scorer;
  const weights = Float64Array.from(scorer.metrics, (metric) => metric.rule.weight);
  const metricCount = weights.length;
  const minPresentWeight = minCoverage * totalWeight - COVERAGE_EPSILON * totalWeight;
  const column: ScoreCell[][] = new Array(scorer.rowCount);
  scorer.forEachRow((i, subScores, blank) => {
    if (blank) {
      column[i] = [''];
      return;
    }
    let weighted = 0;
    let presentWeight = 0;
    for (let j = 0; j < metricCount; j++) {
      const sub = subScores[j];
      if (!isNotANumber(sub)) {
        weighted += weights[j] * sub;
        presentWeight += weights[j];
      }
    }
    if (presentWeight > 0 && presentWeight >= minPresentWeight) {
      // Sub-scores are 0–100, so the mean is too; this only trims float noise (100.00000000000001).
      const mean = weighted / presentWeight;
      column[i] = [mean > 100 ? 100 : mean < 0 ? 0 : mean];
    } else column[i] = ['N/A'];
  });
  return column;
}
