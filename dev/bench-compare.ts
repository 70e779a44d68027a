/**
 * npx tsx dev/bench-compare.ts OLD/Code.js NEW/Code.js: HEALTHSCORE of two builds and the plain
 * loop, interleaved in one process on the same rows (the data of dev/bench.ts), so a change to
 * the hot path is judged by ratios taken in the same moment, not by runs minutes apart on a
 * shared machine. Each timed call starts with an empty young generation (bench-gc.ts). Prints
 * medians and each build's ratio to the loop.
 */
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { BASELINE, headers, numberModel, percentileModel, rows, weights } from './bench-data';
import { emptyNursery } from './bench-gc';
import { intoRealm, loadScriptFile } from './realm';

const [oldPath, newPath] = process.argv.slice(2);
if (!oldPath || !newPath) {
  console.error('usage: npx tsx dev/bench-compare.ts OLD/Code.js NEW/Code.js');
  process.exit(1);
}
const RUNS = 31;

function build(path: string) {
  const scope = loadScriptFile(path);
  vm.runInContext(BASELINE, scope);
  const [r, h, n, p] = [rows, [headers], numberModel, percentileModel].map((v) => intoRealm(scope, v));
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
      emptyNursery();
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
