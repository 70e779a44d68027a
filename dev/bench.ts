/**
 * npm run bench: HEALTHSCORE on 50,000 rows × 12 metrics (5% blank cells) against a plain
 * typed-array weighted-sum loop over the same rows in the same V8 context; HEALTHWEIGHTS learning
 * from 5,000 accounts × 12 metrics (a custom function must finish within 30 s); HEALTHTREND over
 * 50,000 accounts × 97 days of history; cold start; size.
 * Figures are medians of interleaved runs, and each ratio is taken within one run; each timed call
 * starts with an empty young generation (bench-gc.ts).
 */
import { readFileSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import {
  BASELINE,
  headers,
  METRICS,
  modelWith,
  numberModel,
  percentileModel,
  ROWS,
  random,
  rows,
  weights,
} from './bench-data';
import { emptyNursery } from './bench-gc';
import { distFile } from './dist-path.mjs';
import { seededRandom } from './random';
import { intoRealm, loadScriptFile, runScript } from './realm';

const CODE = distFile('Code.js');
const RUNS = 31;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** One timed call, started with an empty young generation (bench-gc.ts). */
function time(fn: () => unknown): number {
  emptyNursery();
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const scope = loadScriptFile(CODE);
vm.runInContext(BASELINE, scope);
const realmRows = intoRealm(scope, rows);
const realmHeaders = intoRealm(scope, [headers]);
const realmNumberModel = intoRealm(scope, numberModel);
const realmPercentileModel = intoRealm(scope, percentileModel);
const realmWeights = vm.runInContext(`new Float64Array(${JSON.stringify(weights)})`, scope);

const score = (model: unknown) => () => scope.HEALTHSCORE(realmRows, realmHeaders, model);
const baseline = () => scope.plainWeightedSum_(realmRows, realmWeights);

// Sanity: both produce one value per row.
const check = scope.HEALTHSCORE(realmRows, realmHeaders, realmNumberModel) as unknown[];
if (check.length !== ROWS) throw new Error('HEALTHSCORE returned the wrong number of rows');

const samples = { baseline: [] as number[], numbers: [] as number[], percentiles: [] as number[] };
for (let run = 0; run < RUNS + 3; run++) {
  const b = time(baseline);
  const n = time(score(realmNumberModel));
  const p = time(score(realmPercentileModel));
  if (run < 3) continue; // warm-up: let V8 optimise all three
  samples.baseline.push(b);
  samples.numbers.push(n);
  samples.percentiles.push(p);
}

const code = readFileSync(CODE, 'utf8');
const coldModel = [
  ['Metric', 'Weight', 'Red', 'Green'],
  ['Logins', 1, 0, 100],
  ['NPS', 1, -100, 100],
];
const cold: number[] = [];
for (let run = 0; run < 25; run++) {
  cold.push(
    time(() => {
      const fresh = runScript(code);
      fresh.HEALTHSCORE(
        intoRealm(fresh, [[80, 50]]),
        intoRealm(fresh, [['Logins', 'NPS']]),
        intoRealm(fresh, coldModel),
      );
    }),
  );
}

// HEALTHWEIGHTS: the first 5,000 rows, churn driven by three of the twelve metrics.
const LEARN_ROWS = 5_000;
const learnRows = rows.slice(0, LEARN_ROWS);
const learnOutcomes = learnRows.map((row) => {
  const signal = [1, 4, 7].reduce(
    (sum, c) => sum + (typeof row[c] === 'number' ? (row[c] as number) - 50 : 0),
    0,
  );
  return [random() < 1 / (1 + Math.exp(signal / 40)) ? 'churned' : 'retained'];
});
const equalModel = intoRealm(
  scope,
  modelWith(
    () => '',
    () => '',
  ),
);
const [realmLearnRows, realmLearnOutcomes] = [intoRealm(scope, learnRows), intoRealm(scope, learnOutcomes)];
const learning: number[] = [];
for (let run = 0; run < 7; run++) {
  learning.push(
    time(() => scope.HEALTHWEIGHTS(realmLearnRows, realmHeaders, equalModel, realmLearnOutcomes)),
  );
}

const ms = (value: number) => `${value.toFixed(2)} ms`;
const baselineMedian = median(samples.baseline);
console.log(
  `HEALTHSCORE, ${ROWS.toLocaleString('en')} rows × ${METRICS} metrics, 5% blank cells; medians of ${RUNS} runs`,
);
console.log(`  plain typed-array weighted-sum loop   ${ms(baselineMedian)}`);
console.log(
  `  number thresholds                     ${ms(median(samples.numbers))}   ${(median(samples.numbers) / baselineMedian).toFixed(2)}× the loop (target ≤ 3×)`,
);
console.log(
  `  P10/P90 thresholds                    ${ms(median(samples.percentiles))}   ${(median(samples.percentiles) / baselineMedian).toFixed(2)}× the loop (target ≤ 6×)`,
);
console.log(
  `Cold start (fresh context, load Code.js, score one row): ${ms(median(cold))} median of 25 (target ≤ 5 ms)`,
);
console.log(
  `HEALTHWEIGHTS, ${LEARN_ROWS.toLocaleString('en')} accounts × ${METRICS} metrics: ${ms(median(learning))} median of 7`,
);

// HEALTHTREND over a Health History of 50,000 accounts × 97 daily snapshots (4.85 M rows), as
// Sheets passes it: one-column grids, a Date and a name string of its own in every cell. Short
// account IDs keep each name a flat string, as Sheets hands them (longer template strings would
// be V8 cons strings, flattened on first use). Columns move into the add-on's realm one at a time.
const TREND_ACCOUNTS = 50_000;
const TREND_DAYS = 97;
const trendRandom = seededRandom(97);
const trendStart = Date.UTC(2026, 0, 1);
const trendId = (account: number) => `ACC-${String(account + 1).padStart(5, '0')}`;
const trendColumn = (cell: (account: number, day: number) => unknown) => {
  const cells: unknown[][] = [];
  for (let day = 0; day < TREND_DAYS; day++)
    for (let account = 0; account < TREND_ACCOUNTS; account++) cells.push([cell(account, day)]);
  return intoRealm(scope, cells);
};
const trendArgs = [
  intoRealm(
    scope,
    Array.from({ length: TREND_ACCOUNTS }, (_, account) => [trendId(account)]),
  ),
  trendColumn((account) => trendId(account)),
  trendColumn((_, day) => new Date(trendStart + day * 86_400_000)),
  trendColumn(() => Math.round(trendRandom() * 1000) / 10),
];
const trends: number[] = [];
for (let run = 0; run < 3; run++) {
  trends.push(
    time(() => {
      if ((scope.HEALTHTREND(...trendArgs) as unknown[]).length !== TREND_ACCOUNTS)
        throw new Error('HEALTHTREND returned the wrong number of rows');
    }),
  );
}
console.log(
  `HEALTHTREND, ${TREND_ACCOUNTS.toLocaleString('en')} accounts × ${TREND_DAYS} days of history: ${ms(median(trends))} median of 3 (limit 30 s)`,
);

const bytes = statSync(CODE).size;
console.log(`Code.js: ${bytes.toLocaleString('en')} bytes (budget 150 KB, 153,600 bytes)`);
