/**
 * What the model computed for accounts whose shown score is a CSM's override, so the history can
 * keep both (the backtest and learning use the computed one). Set-up's drivers column opens such
 * a row with the model's score (HEALTHEXPLAIN, core/explain.ts), read with the account table at
 * no cost; only when it does not (the column was deleted or has another formula) is the row scored
 * again, reading the Health Model and the score column's formula (3 more calls).
 */
import { normalizeKey } from '../core/cells';
import { leadingModelScore } from '../core/explain';
import { modelScores, parseMinCoverage, type ScoreCell } from '../core/healthscore';
import { parseModelTable } from '../core/model';
import { type Override, type Overrides, overrideKeyColumn, parseOverrides } from '../core/overrides';
import { NAMED } from './names';
import { tableWidth } from './spreadsheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The Overrides table as the formulas read it at `asOfMs`; null on set-ups without one. */
export function readOverrides(spreadsheet: Spreadsheet, asOfMs: number): Overrides | null {
  const range = spreadsheet.getRangeByName(NAMED.overrides);
  return range === null ? null : parseOverrides(range.getValues(), asOfMs);
}

export interface AccountGrid {
  /** The account sheet's columns as read, header row first, from column A. */
  values: unknown[][];
  scoreColumn: number;
  /** The Health drivers column (HEALTHEXPLAIN), or -1. */
  driversColumn: number;
  /** The same range's formulas (one call, made only when a score override holds). */
  formulas: () => string[][];
}

/**
 * The computed score of each row (index into `values`) whose shown score an override replaced.
 * When the score and drivers columns hold set-up's formulas over the same columns (read with one
 * call), the drivers' opening figure is the model's score, as HEALTHSCORE computes it. Otherwise
 * the rows are scored again with core's modelScores over the score formula's columns, model,
 * min_coverage and as-of date, the whole table at once (percentiles and segments rank over every
 * row), and the result is trusted only if it reproduces the score of every row without an
 * override; else the formula is not one this can replay, and the overridden rows map to a blank:
 * no computed score is written rather than a wrong one.
 */
export function computedScores(
  spreadsheet: Spreadsheet,
  grid: AccountGrid,
  overrides: Overrides | null,
  asOfMs: number,
): Map<number, ScoreCell> {
  const computed = new Map<number, ScoreCell>();
  if (overrides === null || overrides.active.size === 0) return computed;
  const { values, scoreColumn } = grid;
  const headers = values[0] ?? [];
  const key = overrideKeyColumn(overrides, headers);
  const held = new Map<number, Override>();
  for (let r = 1; r < values.length; r++) {
    const override = overrides.active.get(normalizeKey(values[r][key]));
    if (override?.score != null) held.set(r, override);
  }
  if (held.size === 0) return computed;
  const formulas = grid.formulas()[1] ?? [];
  const scoring = scoreArguments(formulas[scoreColumn], headers);
  if (grid.driversColumn !== -1 && explainsScoring(formulas[grid.driversColumn], scoring)) {
    for (const [r, override] of held) {
      // The drivers of this very override (its reason in the text), as set-up's formula writes them.
      const text = values[r][grid.driversColumn];
      const read =
        typeof text === 'string' && text.includes(override.reason) ? leadingModelScore(text) : null;
      if (read !== null) computed.set(r, read);
    }
    if (computed.size === held.size) return computed;
    computed.clear();
  }
  const unknown = () => new Map([...held.keys()].map((r): [number, ScoreCell] => [r, '']));
  const modelRange = spreadsheet.getRangeByName(NAMED.model);
  if (modelRange === null) return unknown();
  const model = parseModelTable(modelRange.getValues());
  const { first, last, minCoverage } = scoring;
  const scores = modelScores(
    values.slice(1).map((row) => row.slice(first, last + 1)),
    headers.slice(first, last + 1),
    model,
    minCoverage,
    asOfMs,
  );
  for (let r = 1; r < values.length; r++) {
    const cell = scores[r - 1][0];
    if (held.has(r)) computed.set(r, cell);
    else if (!sameScore(values[r][scoreColumn], cell)) return unknown();
  }
  return computed;
}

/** A shown score and a recomputed one agree (a text or error cell is not checked). */
function sameScore(shown: unknown, cell: ScoreCell): boolean {
  if (typeof shown === 'number') return typeof cell === 'number' && Math.abs(shown - cell) <= 1e-6;
  return shown === 'N/A' || shown === '' ? cell === shown : true;
}

/** Set-up's drivers formula: `=HEALTHEXPLAIN(A2:G, A1:G1, HealthModel, 3, AsOf, HealthOverrides)`. */
const SET_UP_DRIVERS =
  /^=HEALTHEXPLAIN\(\s*([A-Z]{1,3})2:([A-Z]{1,3})\s*,\s*([A-Z]{1,3})1:([A-Z]{1,3})1\s*,\s*HealthModel\s*,[^,()]*,\s*AsOf\s*,\s*HealthOverrides\s*\)$/i;

/**
 * The drivers formula is set-up's, over the columns the score formula scores, which is set-up's
 * too at HEALTHEXPLAIN's coverage (0.5): its opening figure is then the score column's own.
 */
function explainsScoring(formula: unknown, scoring: ScoreArguments): boolean {
  if (!scoring.setUp || scoring.minCoverage !== 0.5) return false;
  const match = SET_UP_DRIVERS.exec(String(formula ?? '').trim());
  if (match === null) return false;
  const [values0, values1, header0, header1] = match.slice(1, 5).map((letters) => columnIndex(letters));
  return values0 === scoring.first && values1 === scoring.last && header0 === values0 && header1 === values1;
}

/** Set-up's score formula: `=HEALTHSCORE(A2:G, A1:G1, HealthModel, 0.5, AsOf[, HealthOverrides])`. */
const SET_UP_SCORE =
  /^=HEALTHSCORE\(\s*([A-Z]{1,3})2:([A-Z]{1,3})\s*,\s*([A-Z]{1,3})1:([A-Z]{1,3})1\s*,\s*HealthModel\s*(?:,\s*([0-9.]+%?)\s*(?:,[^()]*)?)?\)$/i;

/**
 * The columns and min_coverage the score column's formula scores with, when it is set-up's form;
 * else the account table's columns and HEALTHSCORE's default 0.5 (the check above tells).
 */
interface ScoreArguments {
  first: number;
  last: number;
  minCoverage: number;
  /** Read from set-up's form of the formula (else the table's columns and the default 0.5). */
  setUp: boolean;
}

function scoreArguments(formula: unknown, headers: readonly unknown[]): ScoreArguments {
  const match = SET_UP_SCORE.exec(String(formula ?? '').trim());
  if (match !== null) {
    const [values0, values1, header0, header1] = match.slice(1, 5).map((letters) => columnIndex(letters));
    if (values0 === header0 && values1 === header1 && values0 <= values1) {
      return { first: values0, last: values1, minCoverage: parseMinCoverage(match[5] ?? ''), setUp: true };
    }
  }
  return { first: 0, last: Math.max(0, tableWidth(headers) - 1), minCoverage: 0.5, setUp: false };
}

/** `A` → 0, `AB` → 27. */
function columnIndex(letters: string): number {
  let index = 0;
  for (const char of letters.toUpperCase()) index = index * 26 + (char.charCodeAt(0) - 64);
  return index - 1;
}
