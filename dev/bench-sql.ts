/**
 * The generated SQL (src/core/sql) against HEALTHSCORE at warehouse scale: 1,000,000
 * accounts × 12 metrics (5% blank cells), scored by DuckDB running the generated view and by the
 * core's healthScore on the same rows as 2-D arrays, in one process. Two models (Red/Green numbers,
 * and P10/P90 percentiles), and for each: the score alone, then score + band + drivers (HEALTHBAND
 * and HEALTHEXPLAIN in the core). Each figure is the median of 3 runs; DuckDB uses its default
 * threads (every core), the core one.
 *
 *   npx tsx dev/bench-sql.ts [rows]
 */
import { performance } from 'node:perf_hooks';
import { DuckDBInstance } from '@duckdb/node-api';
import { bandOf, parseBandRule } from '../src/core/bands';
import { healthExplain } from '../src/core/explain';
import { healthScore } from '../src/core/healthscore';
import { generateHealthSql } from '../src/core/sql';
import { seededRandom } from './random';

const ROWS = Number(process.argv[2] ?? 1_000_000);
const METRICS = 12;
const RUNS = 3;
const NOW_MS = Date.UTC(2026, 5, 30);

const random = seededRandom(42);
const headers = ['Account', ...Array.from({ length: METRICS }, (_, j) => `Metric ${j + 1}`)];
const rows: (string | number)[][] = Array.from({ length: ROWS }, (_, i) => [
  `Account ${i + 1}`,
  ...Array.from({ length: METRICS }, () => (random() < 0.05 ? '' : Math.round(random() * 1000) / 10)),
]);
const weights = Array.from({ length: METRICS }, (_, j) => 1 + (j % 4));
const modelWith = (red: (j: number) => unknown, green: (j: number) => unknown): unknown[][] => [
  ['Metric', 'Weight', 'Red', 'Green'],
  ...weights.map((weight, j) => [`Metric ${j + 1}`, weight, red(j), green(j)]),
];
const models: [string, unknown[][]][] = [
  [
    'Red/Green numbers',
    modelWith(
      (j) => (j % 3 === 0 ? 90 : 10),
      (j) => (j % 3 === 0 ? 10 : 90),
    ),
  ],
  [
    'P10/P90 percentiles',
    modelWith(
      (j) => (j % 3 === 0 ? 'P90' : 'P10'),
      (j) => (j % 3 === 0 ? 'P10' : 'P90'),
    ),
  ],
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

async function timed(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const columns = headers.map((name, k) => ({ name, type: k === 0 ? 'VARCHAR' : 'DOUBLE' }));
await connection.run(
  `CREATE TABLE accounts (${columns.map((column) => `"${column.name}" ${column.type}`).join(', ')})`,
);
const loadMs = await timed(async () => {
  const appender = await connection.createAppender('accounts');
  for (const row of rows) {
    appender.appendVarchar(row[0] as string);
    for (let j = 1; j <= METRICS; j++) {
      const cell = row[j];
      if (cell === '') appender.appendNull();
      else appender.appendDouble(cell as number);
    }
    appender.endRow();
  }
  appender.closeSync();
});
console.log(
  `${ROWS.toLocaleString('en-US')} accounts × ${METRICS} metrics; loaded into DuckDB in ${(loadMs / 1000).toFixed(1)} s`,
);

const results: Record<string, string>[] = [];
const rate = (ms: number) => Math.round(ROWS / (ms / 1000)).toLocaleString('en-US');
for (const [name, model] of models) {
  const sql = generateHealthSql(
    { model, columns },
    {
      dialect: 'duckdb',
      table: 'accounts',
      view: 'accounts_health',
      idColumn: 'Account',
      asOf: new Date(NOW_MS),
    },
  );
  await connection.run(sql.view);

  const coreScore = () => healthScore(rows, [headers], model, '', NOW_MS) as unknown[][];
  const coreAll = () => {
    const scores = coreScore();
    const rule = parseBandRule('', '', scores.flat());
    const bands = scores.map((row) => bandOf(row[0], rule));
    const drivers = healthExplain(rows, [headers], model, '', NOW_MS);
    return [scores, bands, drivers];
  };
  // Inside DuckDB, into a table: what a warehouse does with a view it materialises.
  const sqlScore = () =>
    connection.run('CREATE OR REPLACE TABLE scored AS SELECT "Account", score FROM accounts_health');
  const sqlAll = () => connection.run('CREATE OR REPLACE TABLE scored AS SELECT * FROM accounts_health');

  // Same answer before timing anything: a sample of rows.
  const scores = coreScore();
  await sqlScore();
  const sample = (
    await connection.runAndReadAll('SELECT "Account", score FROM scored USING SAMPLE 1000 ROWS')
  )
    .getRows()
    .map(([account, score]) => [Number(String(account).slice(8)) - 1, score as number | null]);
  for (const [i, score] of sample) {
    const expected = scores[i as number][0];
    const same =
      typeof expected === 'number' ? Math.abs((score ?? Number.NaN) - expected) <= 1e-9 : score === null;
    if (!same) throw new Error(`row ${i}: core ${expected}, SQL ${score}`);
  }

  const times = {
    coreScore: [] as number[],
    sqlScore: [] as number[],
    coreAll: [] as number[],
    sqlAll: [] as number[],
  };
  for (let run = 0; run < RUNS; run++) {
    times.coreScore.push(await timed(coreScore));
    times.sqlScore.push(await timed(sqlScore));
    times.coreAll.push(await timed(coreAll));
    times.sqlAll.push(await timed(sqlAll));
  }
  for (const [what, core, duck] of [
    ['score', times.coreScore, times.sqlScore],
    ['score + band + drivers', times.coreAll, times.sqlAll],
  ] as const) {
    results.push({
      model: name,
      computes: what,
      'HEALTHSCORE core (ms)': median(core).toFixed(0),
      'core rows/s': rate(median(core)),
      'DuckDB SQL (ms)': median(duck).toFixed(0),
      'DuckDB rows/s': rate(median(duck)),
    });
  }
}
console.table(results);
connection.closeSync();
instance.closeSync();
