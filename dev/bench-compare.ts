/**
 * npx tsx dev/bench-compare.ts OLD/Code.js NEW/Code.js: HEALTHSCORE of two builds and the plain
 * loop, interleaved in one process on the same rows (the data of dev/bench.ts), so a change to
 * the hot path is judged by ratios taken in the same moment, not by runs minutes apart on a
 * shared machine. Prints medians and each build's ratio to the loop.
 */
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { seededRandom } from './random';
import { intoRealm, loadScriptFile } from './realm';

const [oldPath, newPath] = process.argv.slice(2);
if (!oldPath || !newPath) {
  console.error('usage: npx tsx dev/bench-compare.ts OLD/Code.js NEW/Code.js');
  process.exit(1);
}
const ROWS = 50_000;
const METRICS = 12;
const RUNS = 31;
const random = seededRandom(42);
const headers = ['Account', ...Array.from({ length: METRICS }, (_, j) => `Metric ${j + 1}`)];
const rows = Array.from({ length: ROWS }, (_, i) => [
  `Account ${i + 1}`,
  ...Array.from({ length: METRICS }, () => (random() < 0.05 ? '' : Math.round(random() * 1000) / 10)),
]);
const weights = Array.from({ length: METRICS }, (_, j) => 1 + (j % 4));
const model = (red: (j: number) => unknown, green: (j: number) => unknown) => [
  ['Metric', 'Weight', 'Red', 'Green'],
  ...weights.map((weight, j) => [`Metric ${j + 1}`, weight, red(j), green(j)]),
];
const models = {
  numbers: model(
    (j) => (j % 3 === 0 ? 90 : 10),
    (j) => (j % 3 === 0 ? 10 : 90),
  ),
  percentiles: model(
    (j) => (j % 3 === 0 ? 'P90' : 'P10'),
    (j) => (j % 3 === 0 ? 'P10' : 'P90'),
  ),
};
const LOOP = `function plainWeightedSum_(rows, weights) {
  const n = rows.length, m = weights.length, out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    let sum = 0, total = 0;
    for (let j = 0; j < m; j++) {
      const v = row[j + 1];
      if (typeof v === 'number') { sum += weights[j] * v; total += weights[j]; }
    }
    out[i] = total > 0 ? sum / total : NaN;
  }
  return out;
}`;

function build(path: string) {
  const scope = loadScriptFile(path);
  vm.runInContext(LOOP, scope);
  const [r, h, n, p] = [rows, [headers], models.numbers, models.percentiles].map((v) => intoRealm(scope, v));
  const w = vm.runInContext(`new Float64Array(${JSON.stringify(weights)})`, scope);
  return {
    loop: () => scope.plainWeightedSum_(r, w),
    numbers: () => scope.HEALTHSCORE(r, h, n),
    percentiles: () => scope.HEALTHSCORE(r, h, p),
  };
}

const builds = { old: build(oldPath), new: build(newPath) };
const samples: Record<string, number[]> = {};
for (let run = 0; run < RUNS + 3; run++) {
  for (const [name, fns] of Object.entries(builds)) {
    for (const [what, fn] of Object.entries(fns)) {
      const start = performance.now();
      fn();
      const took = performance.now() - start;
      if (run < 3) continue; // warm-up: let V8 optimise every path
      const key = `${name} ${what}`;
      samples[key] = [...(samples[key] ?? []), took];
    }
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
for (const name of Object.keys(builds)) {
  const loop = median(samples[`${name} loop`]);
  const line = ['numbers', 'percentiles']
    .map((what) => {
      const ms = median(samples[`${name} ${what}`]);
      return `${what} ${ms.toFixed(2)} ms (${(ms / loop).toFixed(2)}×)`;
    })
    .join(', ');
  console.log(`${name}: loop ${loop.toFixed(2)} ms; ${line}`);
}
