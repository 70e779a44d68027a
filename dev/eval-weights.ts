/**
 * npm run eval:weights [-- <file.csv> <outcome column> [metric, …]]
 *
 * Checks HEALTHWEIGHTS on a churn table of your own (a CSV export of the account sheet with a
 * known outcome) the way the contract states its promise: learn on half of the accounts, score
 * the other half with HEALTHSCORE, and compare the held-out AUC with the input model at equal
 * weights. It repeats that over seeded random halves (stratified by outcome) and prints medians.
 * The built add-on (dist/Code.js) does the work, exactly as a sheet would call it. Without a file
 * it runs on examples/churn.csv (made by `npm run examples:churn`).
 *
 * Cells are read as the add-on reads them (src/core/cells.ts): `90%`, `$1,200`, sentiment words;
 * outcomes too (src/core/auc.ts readOutcome): churned / canceled / cancelled / lost / yes / TRUE / 1
 * for churned, retained / renewed / active / no / FALSE / 0 for retained, blank for not known yet.
 *
 * Metrics default to every column whose cells the add-on reads as numbers or words. Two
 * equal-weight input models are tried: thresholds left blank (P0/P100, higher is better, as a
 * first model often is) and thresholds at P10/P90 oriented the way each metric actually goes (a
 * careful hand model).
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readOutcome } from '../src/core/auc';
import { CellKind, type CellReading, normalizeKey, readCell } from '../src/core/cells';
import { parseCsv, sheetValue } from './csv';
import { distFile } from './dist-path.mjs';
import { CHURN_EXAMPLE, OUTCOME_COLUMN } from './examples/churn';
import { seededRandom } from './random';
import { intoRealm, loadScriptFile } from './realm';

export const SPLITS = 15;
/** Below this many churned (or retained) accounts, held-out AUCs swing too much to trust. */
export const TRUSTED_MINIMUM = 30;
/** HEALTHWEIGHTS learns from at least 5 accounts of each outcome (here: of each half). */
const LEARN_MINIMUM = 5;
const USAGE = 'usage: npm run eval:weights [-- <file.csv> <outcome column> [metric, …]]';

/** A problem with the input, told in one line. */
export class UsageError extends Error {}

export interface ChurnTable {
  file: string;
  headers: string[];
  /** Accounts with a known outcome, cells as a sheet holds them. */
  rows: unknown[][];
  churned: boolean[];
  metrics: string[];
  /** Columns not used as metrics, with why. */
  leftOut: string[];
  /** Rows left out because their outcome is blank. */
  unknownOutcome: number;
}

const listed = (names: string[]) => names.map((name) => `"${name}"`).join(', ');

/** Columns whose every non-blank cell reads as an outcome, with both outcomes present. */
function outcomeLikeColumns(headers: string[], body: unknown[][]): string[] {
  return headers.filter((_, c) => {
    const seen = new Set<boolean>();
    for (const row of body) {
      try {
        const outcome = readOutcome(row[c], 0);
        if (outcome !== null) seen.add(outcome);
      } catch {
        return false;
      }
    }
    return seen.size === 2;
  });
}

/** Reads the CSV and the chosen columns; every problem is a UsageError of one line. */
export function readChurnTable(
  file: string,
  outcomeHeader: string | undefined,
  chosen: string[],
): ChurnTable {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? error}. ${USAGE}`);
  }
  const [headerRow = [], ...records] = parseCsv(text).filter((row) => row.some((f) => f.trim() !== ''));
  const headers = headerRow.map((h) => h.trim());
  const body = records.map((row) => headers.map((_, c) => sheetValue(row[c] ?? '')));
  const candidates = outcomeLikeColumns(headers, body);
  const hint =
    candidates.length > 0
      ? `columns that read as outcomes: ${listed(candidates)}`
      : 'no column reads as outcomes (churned / canceled / lost / yes / TRUE vs renewed / active / no / FALSE)';
  if (outcomeHeader === undefined || outcomeHeader.trim() === '') {
    throw new UsageError(`Name the outcome column: npm run eval:weights -- ${file} "<column>"; ${hint}.`);
  }
  const find = (name: string) => headers.findIndex((h) => normalizeKey(h) === normalizeKey(name));
  const outcomeColumn = find(outcomeHeader);
  if (outcomeColumn === -1) {
    throw new UsageError(`No column "${outcomeHeader}" in ${file}; ${hint}.`);
  }
  const missing = chosen.filter((name) => find(name) === -1);
  if (missing.length > 0) {
    throw new UsageError(`No column ${listed(missing)} in ${file}; its columns: ${listed(headers)}.`);
  }

  const rows: unknown[][] = [];
  const churned: boolean[] = [];
  let unknownOutcome = 0;
  body.forEach((row, i) => {
    let outcome: boolean | null;
    try {
      // The add-on's own reading and message; rows counted as the sheet counts them (headers = 1).
      outcome = readOutcome(row[outcomeColumn], i + 2, `"${headers[outcomeColumn]}"`);
    } catch (error) {
      throw new UsageError(`${file}: ${(error as Error).message}`);
    }
    if (outcome === null) unknownOutcome++;
    else {
      rows.push(row);
      churned.push(outcome);
    }
  });

  const leftOut: string[] = [];
  const metrics =
    chosen.length > 0
      ? chosen.map((name) => headers[find(name)])
      : headers.filter((header, c) => {
          if (c === outcomeColumn) return false;
          const why = unusable(rows.map((row) => row[c]));
          if (why !== null) leftOut.push(`${header} (${why})`);
          return why === null;
        });
  if (metrics.length === 0)
    throw new UsageError(`No column of ${file} reads as a metric: ${leftOut.join(', ')}.`);
  return { file, headers, rows, churned, metrics, leftOut, unknownOutcome };
}

const reading: CellReading = { kind: CellKind.Missing, value: Number.NaN };
const NOW = Date.now();

/** Why a column is no metric (null: it is one): the add-on must read most cells, as numbers or words. */
function unusable(cells: unknown[]): string | null {
  const readable = cells.filter((cell) => readCell(cell, NOW, null, reading).kind !== CellKind.Missing);
  if (readable.length < 0.9 * cells.length) return 'not numbers or words';
  const distinct = new Set(readable.map(String)).size;
  if (distinct <= 1) return 'one value';
  // An ID column is whole numbers, (nearly) all different: a number per account, not a measure
  // of health. Percentages or hours in a small sheet are all different too, but not whole.
  const whole = readable.every(
    (cell) => readCell(cell, NOW, null, reading).kind === CellKind.Numeric && Number.isInteger(reading.value),
  );
  if (whole && distinct >= 0.95 * cells.length) return 'all different whole numbers, like an ID';
  return null;
}

export interface EvalResult {
  /** Median held-out AUC per equal-weight model, and of the learned one. */
  medians: Record<string, number>;
  gains: Record<string, { median: number; worst: number }>;
  lastModel: unknown[][];
  /** Fits in which HEALTHWEIGHTS gave every metric weight 0 (no signal found). */
  learnedNothing: number;
}

type Call = (name: string, ...args: unknown[]) => unknown;

/** Loads the built Code.js (dist/, or ADDON_DIST) as a sheet's custom functions see it. */
export function builtAddon(): Call {
  const addon = loadScriptFile(distFile('Code.js'));
  return (name, ...args) => addon[name](...args.map((arg) => intoRealm(addon, arg)));
}

const median = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export function evaluate(table: ChurnTable, call: Call, splits = SPLITS): EvalResult {
  const { headers, rows, churned, metrics } = table;
  const columns = metrics.map((metric) => headers.indexOf(metric));
  const outcomes = churned.map((outcome) => [outcome]);

  const equalModel = (thresholds: (column: number) => [unknown, unknown]): unknown[][] => [
    ['Metric', 'Weight', 'Red', 'Green'],
    ...metrics.map((metric, m) => [metric, 1, ...thresholds(columns[m])]),
  ];
  /** P10/P90 in the direction each metric goes on all rows: the best a careful hand can do. */
  const oriented = (column: number): [unknown, unknown] => {
    const numbers = rows.flatMap((row, i) => {
      const cell = readCell(row[column], NOW, null, reading);
      return cell.kind === CellKind.Numeric ? [[cell.value, i]] : [];
    });
    if (numbers.length === 0 || new Set(numbers.map(([, i]) => churned[i])).size < 2) return ['', ''];
    const auc = call(
      'HEALTHAUC',
      numbers.map(([v]) => [v]),
      numbers.map(([, i]) => outcomes[i]),
    ) as number;
    return auc >= 0.5 ? ['P10', 'P90'] : ['P90', 'P10'];
  };

  const split = (seed: number): [number[], number[]] => {
    const random = seededRandom(seed);
    const learn: number[] = [];
    const test: number[] = [];
    for (const outcome of [true, false]) {
      const group = rows.map((_, i) => i).filter((i) => churned[i] === outcome);
      for (let i = group.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [group[i], group[j]] = [group[j], group[i]];
      }
      learn.push(...group.slice(0, group.length >> 1));
      test.push(...group.slice(group.length >> 1));
    }
    return [learn, test];
  };

  const valuesOf = (indices: number[]) => indices.map((i) => columns.map((c) => rows[i][c]));
  const outcomesOf = (indices: number[]) => indices.map((i) => outcomes[i]);
  // A model of weights 0 scores nobody (HEALTHSCORE refuses it): it ranks no better than chance.
  const heldOutAuc = (model: unknown[][], test: number[]) =>
    model.slice(1).every((row) => row[1] === 0)
      ? 0.5
      : (call(
          'HEALTHAUC',
          call('HEALTHSCORE', valuesOf(test), [metrics], model, 0),
          outcomesOf(test),
        ) as number);

  const baselines: Record<string, unknown[][]> = {
    'blank thresholds': equalModel(() => ['', '']),
    'oriented P10/P90': equalModel(oriented),
  };
  const results: Record<string, number[]> = { learned: [] };
  const gains: Record<string, number[]> = {};
  for (const name of Object.keys(baselines)) {
    results[name] = [];
    gains[name] = [];
  }
  let lastModel: unknown[][] = [];
  let learnedNothing = 0;
  for (let seed = 1; seed <= splits; seed++) {
    const [learn, test] = split(seed);
    for (const [name, model] of Object.entries(baselines)) {
      const learned = call(
        'HEALTHWEIGHTS',
        valuesOf(learn),
        [metrics],
        model,
        outcomesOf(learn),
      ) as unknown[][];
      lastModel = learned;
      if (learned.slice(1).every((row) => row[1] === 0)) learnedNothing++;
      const base = heldOutAuc(model, test);
      const mine = heldOutAuc(learned, test);
      results[name].push(base);
      if (name === 'blank thresholds') results.learned.push(mine);
      gains[name].push(mine - base);
    }
  }
  return {
    medians: Object.fromEntries(Object.entries(results).map(([name, list]) => [name, median(list)])),
    gains: Object.fromEntries(
      Object.entries(gains).map(([name, list]) => [name, { median: median(list), worst: Math.min(...list) }]),
    ),
    lastModel,
    learnedNothing,
  };
}

/** The warning printed when either outcome has too few accounts to trust the figures, or null. */
export function smallSampleWarning(churned: number, retained: number): string | null {
  const fewest = Math.min(churned, retained);
  if (fewest >= TRUSTED_MINIMUM) return null;
  const which = churned <= retained ? `${churned} churned` : `${retained} retained`;
  return (
    `Warning: only ${which} accounts (fewer than ${TRUSTED_MINIMUM}): each half split tests on about ` +
    `${Math.floor(fewest / 2)} of them, so these AUCs can swing by 0.1 or more; do not trust small differences.`
  );
}

export function main(argv: string[], log: (line: string) => void = console.log): void {
  const [given, outcomeArg, ...chosen] = argv;
  const file = given ?? relative(process.cwd(), CHURN_EXAMPLE);
  const outcomeHeader = given === undefined ? OUTCOME_COLUMN : outcomeArg;
  if (given === undefined) log(`No file given: using the shipped example, ${file} ("${OUTCOME_COLUMN}").`);
  const table = readChurnTable(file, outcomeHeader, chosen);
  const churnedCount = table.churned.filter(Boolean).length;
  const retainedCount = table.churned.length - churnedCount;
  if (churnedCount < 2 * LEARN_MINIMUM || retainedCount < 2 * LEARN_MINIMUM) {
    throw new UsageError(
      `${file} has ${churnedCount} churned and ${retainedCount} retained accounts: learning on half of ` +
        `them needs at least ${2 * LEARN_MINIMUM} of each (and ${TRUSTED_MINIMUM} to trust the result).`,
    );
  }
  let result: EvalResult;
  try {
    result = evaluate(table, builtAddon());
  } catch (error) {
    // The add-on's own errors (HEALTHWEIGHTS, HEALTHSCORE) come from its realm: told in one line.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new UsageError(`No built add-on at ${distFile('Code.js')}: run npm run build first.`);
    }
    throw new UsageError(`The add-on refused ${file}: ${(error as Error).message}`);
  }
  const f = (x: number) => x.toFixed(3);
  const blanks = table.unknownOutcome > 0 ? ` (${table.unknownOutcome} without an outcome left out)` : '';
  log(`${file}: ${table.rows.length} accounts, ${churnedCount} churned, ${retainedCount} retained${blanks}`);
  const warning = smallSampleWarning(churnedCount, retainedCount);
  if (warning !== null) log(warning);
  log(`metrics: ${table.metrics.join(', ')}`);
  if (table.leftOut.length > 0) log(`left out: ${table.leftOut.join(', ')}`);
  log(`held-out AUC, median of ${SPLITS} stratified half splits:`);
  for (const [name, gain] of Object.entries(result.gains)) {
    log(
      `  equal weights, ${name}: ${f(result.medians[name])}; learned gain median ${f(gain.median)}, ` +
        `worst ${f(gain.worst)}`,
    );
  }
  log(`  learned (from blank thresholds): ${f(result.medians.learned)}`);
  if (result.learnedNothing > 0) {
    log(
      `  (${result.learnedNothing} of ${2 * SPLITS} fits found no signal: every weight 0, counted as AUC 0.5)`,
    );
  }
  log('last learned model:');
  for (const row of result.lastModel) {
    log(`  ${row.map((v) => (typeof v === 'number' ? +v.toFixed(3) : v)).join(' | ')}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    process.exitCode = 2;
  }
}
