/** HEALTHSCORE (contract §3): one call scores a whole range of accounts. */
import { asColumn, cellPlace, fail, type Grid, rowArg, scalarArg, toGrid } from './args';
import { CellKind, type CellReading, describeCell, isBlank, readCell, readNumber } from './cells';
import { isWeightsRow, parseModelTable } from './model';
import { buildSubScores, type SubScoreMatrix } from './scoring';

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
  let matrix: SubScoreMatrix;
  let minCoverage: number;
  if (isWeightsRow(secondGrid)) {
    matrix = inlineSubScores(values, secondGrid[0], nowMs);
    minCoverage = parseMinCoverage(third);
  } else {
    if (third === undefined || third === '')
      fail('model is missing: pass the Health Model range, e.g. HealthModel.');
    const headers = rowArg(second, 'headers');
    matrix = buildSubScores(values, headers, parseModelTable(third), nowMs);
    minCoverage = parseMinCoverage(fourth);
  }
  return asColumn(scoreAll(matrix, minCoverage), !Array.isArray(valuesArg));
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

/** One score per row; the hot loop of the add-on, over plain typed arrays. */
export function scoreAll(matrix: SubScoreMatrix, minCoverage: number): ScoreCell[] {
  const { rowCount, blankRows, totalWeight } = matrix;
  const subScores = matrix.metrics.map((metric) => metric.subScores);
  const weights = Float64Array.from(matrix.metrics, (metric) => metric.rule.weight);
  const metricCount = subScores.length;
  const minPresentWeight = minCoverage * totalWeight - COVERAGE_EPSILON * totalWeight;
  const scores: ScoreCell[] = new Array(rowCount);
  for (let i = 0; i < rowCount; i++) {
    if (blankRows[i] === 1) {
      scores[i] = '';
      continue;
    }
    let weighted = 0;
    let presentWeight = 0;
    for (let j = 0; j < metricCount; j++) {
      const sub = subScores[j][i];
      if (!Number.isNaN(sub)) {
        weighted += weights[j] * sub;
        presentWeight += weights[j];
      }
    }
    scores[i] = presentWeight > 0 && presentWeight >= minPresentWeight ? weighted / presentWeight : 'N/A';
  }
  return scores;
}

/** Inline form: the values are sub-scores already, weighted by a row of numbers. */
function inlineSubScores(values: Grid, weightsRow: readonly unknown[], nowMs: number): SubScoreMatrix {
  const width = values[0]?.length ?? 0;
  if (width !== weightsRow.length) {
    fail(
      `values is ${width} column${width === 1 ? '' : 's'} wide but weights is ${weightsRow.length}; they must match.`,
    );
  }
  const rowCount = values.length;
  const reading: CellReading = { kind: CellKind.Missing, value: 0 };
  const matrix: SubScoreMatrix = {
    rowCount,
    metrics: [],
    blankRows: new Uint8Array(rowCount),
    totalWeight: 0,
  };
  weightsRow.forEach((weightCell, column) => {
    const weight = typeof weightCell === 'number' ? weightCell : 0;
    if (weight < 0) fail(`weights column ${column + 1} is ${weight}; weights must be ≥ 0.`);
    if (weight === 0) return;
    const subScores = new Float64Array(rowCount);
    for (let i = 0; i < rowCount; i++) {
      const cell = values[i][column];
      readCell(cell, nowMs, null, reading);
      if (reading.kind === CellKind.Numeric && (reading.value < 0 || reading.value > 100)) {
        fail(
          `${cellPlace('values', i + 1, column + 1)} is ${describeCell(cell)}; inline sub-scores must be 0–100.`,
        );
      }
      subScores[i] = reading.kind === CellKind.Missing ? Number.NaN : reading.value;
    }
    const rule = {
      metric: `column ${column + 1}`,
      weight,
      red: null,
      green: null,
      group: '',
      values: null,
      missing: null,
    };
    matrix.metrics.push({ rule, column, subScores });
    matrix.totalWeight += weight;
  });
  if (matrix.totalWeight === 0) fail('weights are all 0: give at least one column a weight above 0.');
  for (let i = 0; i < rowCount; i++) matrix.blankRows[i] = values[i].every(isBlank) ? 1 : 0;
  return matrix;
}
