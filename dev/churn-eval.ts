/**
 * Shared pieces of the starter and small-sample evaluations (eval-starter.ts, eval-small.ts): a
 * churn CSV read as a sheet holds it, with its outcome column found as set-up finds it, stratified
 * random splits, and the held-out AUC of a model table scored as HEALTHSCORE scores it.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { aucOf, readOutcome } from '../src/core/auc';
import { CellKind, type CellReading, isBlank, readCell } from '../src/core/cells';
import { healthScore } from '../src/core/healthscore';
import { isIdentifierColumn, outcomeColumn } from '../src/core/starter-columns';
import { parseCsv, sheetValue } from './csv';

export interface ChurnData {
  name: string;
  headers: string[];
  /** Rows with a known outcome, without the outcome column. */
  rows: unknown[][];
  churned: boolean[];
  outcomeHeader: string;
}

/** A churn CSV; the outcome column is the one set-up would report (or `outcome` if given). */
export function readChurnCsv(file: string, outcome?: string): ChurnData {
  const [header, ...body] = parseCsv(readFileSync(file, 'utf8')).filter((row) =>
    row.some((f) => f.trim() !== ''),
  );
  const cells = body.map((row) => row.map(sheetValue));
  const at = outcome === undefined ? outcomeColumn(header, cells) : header.indexOf(outcome);
  if (at === -1) throw new Error(`${file}: no outcome column found (name one after the file)`);
  const rows: unknown[][] = [];
  const churned: boolean[] = [];
  cells.forEach((row, i) => {
    let result: boolean | null;
    try {
      result = readOutcome(row[at], i + 2, header[at]);
    } catch {
      result = null;
    }
    if (result === null) return;
    rows.push(row.filter((_, c) => c !== at));
    churned.push(result);
  });
  return {
    name: basename(file),
    headers: header.filter((_, c) => c !== at),
    rows,
    churned,
    outcomeHeader: header[at],
  };
}

/** Indices split in two, each half holding the same share of churned accounts. */
export function stratifiedSplit(
  churned: readonly boolean[],
  random: () => number,
  share = 0.5,
): [number[], number[]] {
  const first: number[] = [];
  const second: number[] = [];
  for (const outcome of [true, false]) {
    const group = shuffled(
      churned.flatMap((c, i) => (c === outcome ? [i] : [])),
      random,
    );
    const cut = Math.round(group.length * share);
    first.push(...group.slice(0, cut));
    second.push(...group.slice(cut));
  }
  return [first, second];
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export interface Scored {
  auc: number | null;
  /** Share of accounts without a score (coverage below 50%). */
  unscored: number;
}

/** AUC of the model's scores (higher = healthier) on the given accounts, as the sheet scores them. */
export function aucOn(
  data: ChurnData,
  indices: readonly number[],
  modelTable: unknown[][],
  nowMs: number,
): Scored {
  const rows = indices.map((i) => data.rows[i]);
  const scores = healthScore(rows, [data.headers], modelTable, 0.5, nowMs) as unknown[][];
  const lost: number[] = [];
  const kept: number[] = [];
  let unscored = 0;
  indices.forEach((i, k) => {
    const score = scores[k][0];
    if (typeof score !== 'number') {
      unscored++;
      return;
    }
    (data.churned[i] ? lost : kept).push(score);
  });
  return {
    auc: lost.length > 0 && kept.length > 0 ? aucOf(lost, kept) : null,
    unscored: unscored / indices.length,
  };
}

/**
 * The naive first model: every column the add-on reads as numbers or words, weight 1, thresholds
 * blank (P0/P100, higher is better), identifiers left out.
 */
export function equalWeightsTable(data: ChurnData, nowMs: number): unknown[][] {
  const reading: CellReading = { kind: CellKind.Missing, value: 0 };
  const metrics = data.headers.filter((header, c) => {
    const cells = data.rows.map((row) => row[c]);
    if (isBlank(header) || isIdentifierColumn(header, cells)) return false;
    let read = 0;
    let present = 0;
    for (const cell of cells) {
      if (isBlank(cell)) continue;
      present++;
      if (readCell(cell, nowMs, null, reading).kind !== CellKind.Missing) read++;
    }
    return present > 0 && read >= 0.9 * present;
  });
  return [['Metric', 'Weight', 'Red', 'Green'], ...metrics.map((metric) => [metric, 1, '', ''])];
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export const fixed = (value: number | null, digits = 3) => (value === null ? '—' : value.toFixed(digits));
