/**
 * npm run eval:weights -- <file.csv> <outcome column> [metric, …]
 *
 * Checks HEALTHWEIGHTS on a churn table of your own (a CSV export of the account sheet with a
 * known outcome) the way the contract states its promise: learn on half of the accounts, score
 * the other half with HEALTHSCORE, and compare the held-out AUC with the input model at equal
 * weights. It repeats that over seeded random halves (stratified by outcome) and prints medians.
 * The built add-on (dist/Code.js) does the work, exactly as a sheet would call it.
 *
 * Metrics default to every column that is mostly numbers or yes/no words. Two equal-weight input
 * models are tried: thresholds left blank (P0/P100, higher is better, as a first model often is)
 * and thresholds at P10/P90 oriented the way each metric actually goes (a careful hand model).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCsv } from './csv';
import { seededRandom } from './random';
import { intoRealm, loadScriptFile } from './realm';

const [file, outcomeHeader, ...chosen] = process.argv.slice(2);
if (file === undefined || outcomeHeader === undefined) {
  console.error('usage: npm run eval:weights -- <file.csv> <outcome column> [metric, …]');
  process.exit(2);
}
const SPLITS = 15;

const addon = loadScriptFile(fileURLToPath(new URL('../dist/Code.js', import.meta.url)));
const call = (name: string, ...args: unknown[]) =>
  addon[name](...args.map((arg) => intoRealm(addon, arg))) as unknown;

const [headers, ...body] = parseCsv(readFileSync(file, 'utf8')).filter((row) => row.some((f) => f !== ''));
const rows = body.map((row) => row.map(cellOf));
const outcomeColumn = headers.findIndex((h) => h.trim().toLowerCase() === outcomeHeader.trim().toLowerCase());
if (outcomeColumn === -1) throw new Error(`No column "${outcomeHeader}" in ${file}.`);
const metrics = chosen.length > 0 ? chosen : headers.filter((_, c) => c !== outcomeColumn && usable(c));
const outcomes = rows.map((row) => [row[outcomeColumn]]);
const churned = (i: number) => /^(true|1|yes|y|churned|lost|cancelled)$/i.test(String(outcomes[i][0]).trim());

/** What a sheet would hold: numbers as numbers, the rest as text. */
function cellOf(field: string): unknown {
  const trimmed = field.trim();
  return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : field;
}

function usable(column: number): boolean {
  const cells = rows.map((row) => row[column]);
  const readable = cells.filter(
    (cell) => typeof cell === 'number' || /^(yes|no|true|false)$/i.test(String(cell).trim()),
  );
  const distinct = new Set(cells.map(String)).size;
  // An ID column is all distinct: a number per account, not a measure of health.
  return readable.length >= 0.9 * cells.length && distinct > 1 && distinct < 0.95 * cells.length;
}

function equalModel(thresholds: (metric: string) => [unknown, unknown]): unknown[][] {
  return [
    ['Metric', 'Weight', 'Red', 'Green'],
    ...metrics.map((metric) => [metric, 1, ...thresholds(metric)]),
  ];
}

/** P10/P90 in the direction each metric goes on all rows: the best a careful hand can do. */
function orientedThresholds(metric: string): [unknown, unknown] {
  const column = headers.indexOf(metric);
  const numbers = rows.flatMap((row, i) =>
    typeof row[column] === 'number' ? [[row[column] as number, i]] : [],
  );
  if (numbers.length === 0) return ['', ''];
  const auc = call(
    'HEALTHAUC',
    numbers.map(([v]) => [v]),
    numbers.map(([, i]) => outcomes[i]),
  ) as number;
  return auc >= 0.5 ? ['P10', 'P90'] : ['P90', 'P10'];
}

function split(seed: number): [number[], number[]] {
  const random = seededRandom(seed);
  const learn: number[] = [];
  const test: number[] = [];
  for (const outcome of [true, false]) {
    const group = rows.map((_, i) => i).filter((i) => churned(i) === outcome);
    for (let i = group.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [group[i], group[j]] = [group[j], group[i]];
    }
    learn.push(...group.slice(0, group.length >> 1));
    test.push(...group.slice(group.length >> 1));
  }
  return [learn, test];
}

const columns = metrics.map((metric) => headers.indexOf(metric));
const valuesOf = (indices: number[]) => indices.map((i) => columns.map((c) => rows[i][c]));
const outcomesOf = (indices: number[]) => indices.map((i) => outcomes[i]);
const heldOutAuc = (model: unknown[][], test: number[]) =>
  call('HEALTHAUC', call('HEALTHSCORE', valuesOf(test), [metrics], model, 0), outcomesOf(test)) as number;

const baselines = {
  'blank thresholds': equalModel(() => ['', '']),
  'oriented P10/P90': equalModel(orientedThresholds),
};
const results: Record<string, number[]> = { learned: [] };
for (const name of Object.keys(baselines)) results[name] = [];
const gains: Record<string, number[]> = Object.fromEntries(Object.keys(baselines).map((n) => [n, []]));
let lastModel: unknown[][] = [];
for (let seed = 1; seed <= SPLITS; seed++) {
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
    const base = heldOutAuc(model, test);
    const mine = heldOutAuc(learned, test);
    results[name].push(base);
    if (name === 'blank thresholds') results.learned.push(mine);
    gains[name].push(mine - base);
  }
}

const median = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const f = (x: number) => x.toFixed(3);
console.log(`${file}: ${rows.length} accounts, ${rows.filter((_, i) => churned(i)).length} churned`);
console.log(`metrics: ${metrics.join(', ')}`);
console.log(`held-out AUC, median of ${SPLITS} stratified half splits:`);
for (const name of Object.keys(baselines)) {
  console.log(
    `  equal weights, ${name}: ${f(median(results[name]))}; learned gain median ${f(median(gains[name]))}, ` +
      `worst ${f(Math.min(...gains[name]))}`,
  );
}
console.log(`  learned (from blank thresholds): ${f(median(results.learned))}`);
console.log('last learned model:');
for (const row of lastModel)
  console.log(`  ${row.map((v) => (typeof v === 'number' ? +v.toFixed(3) : v)).join(' | ')}`);
