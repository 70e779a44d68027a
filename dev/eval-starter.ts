/**
 * npm run eval:starter [-- <file.csv>[=<outcome column>] …]
 *
 * What one-click set-up would build from each churn table (src/core/starter.ts): the outcome
 * column it reports, the metrics it chooses with their orientation or Values, and the held-out
 * AUC of that starter model against the naive first model (every readable column at equal
 * weight, blank thresholds). The starter never sees the outcome; to keep the comparison honest
 * it is built from one stratified half and scored on the other, over seeded splits (medians).
 * Without files it runs on the small fixtures of examples/starter/ (real header layouts).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatThreshold, formatValues, modelToTable } from '../src/core/model';
import { readStarterSheet } from '../src/core/starter';
import {
  aucOn,
  type ChurnData,
  equalWeightsTable,
  fixed,
  median,
  readChurnCsv,
  stratifiedSplit,
} from './churn-eval';
import { seededRandom } from './random';

const NOW = Date.UTC(2026, 11, 1);
const SPLITS = 15;

export interface StarterFigures {
  name: string;
  accounts: number;
  churned: number;
  outcome: string | null;
  metrics: string[];
  starter: number | null;
  equal: number | null;
  starterUnscored: number;
}

export function evaluateStarter(data: ChurnData, splits = SPLITS): StarterFigures {
  // The outcome as set-up sees it: on the whole sheet, outcome column included.
  const sheet = readStarterSheet(
    [...data.headers, data.outcomeHeader],
    data.rows.map((row, i) => [...row, data.churned[i] ? 'Yes' : 'No']),
    NOW,
  );
  const starterAucs: number[] = [];
  const equalAucs: number[] = [];
  const unscored: number[] = [];
  for (let seed = 1; seed <= splits; seed++) {
    const [learn, test] = stratifiedSplit(data.churned, seededRandom(seed));
    const learnRows = learn.map((i) => data.rows[i]);
    const starter = readStarterSheet(data.headers, learnRows, NOW).metrics.map((metric) => metric.rule);
    if (!starter.some((rule) => rule.weight > 0)) continue;
    const scored = aucOn(data, test, modelToTable({ metrics: starter }), NOW);
    const equal = aucOn(data, test, equalWeightsTable(data, NOW), NOW);
    if (scored.auc !== null) starterAucs.push(scored.auc);
    if (equal.auc !== null) equalAucs.push(equal.auc);
    unscored.push(scored.unscored);
  }
  return {
    name: data.name,
    accounts: data.rows.length,
    churned: data.churned.filter(Boolean).length,
    outcome: sheet.outcome?.header ?? null,
    metrics: sheet.metrics.map(({ rule }) => {
      const shape =
        rule.values !== null
          ? `Values ${formatValues(rule.values)}`
          : `${formatThreshold(rule.red)}→${formatThreshold(rule.green)}`;
      return `${rule.metric} (${rule.group}, w ${rule.weight}, ${shape})`;
    }),
    starter: starterAucs.length > 0 ? median(starterAucs) : null,
    equal: equalAucs.length > 0 ? median(equalAucs) : null,
    starterUnscored: unscored.length > 0 ? median(unscored) : 0,
  };
}

function main(args: string[]): void {
  const files =
    args.length > 0
      ? args
      : readdirSync(fileURLToPath(new URL('../examples/starter', import.meta.url)))
          .filter((file) => file.endsWith('.csv'))
          .map((file) => join(fileURLToPath(new URL('../examples/starter', import.meta.url)), file));
  for (const arg of files) {
    const [file, outcome] = arg.split('=');
    const figures = evaluateStarter(readChurnCsv(file, outcome));
    console.log(`\n${figures.name}: ${figures.accounts} accounts, ${figures.churned} churned`);
    console.log(`  outcome column set-up reports: ${figures.outcome ?? 'none'}`);
    for (const metric of figures.metrics) console.log(`  - ${metric}`);
    console.log(
      `  held-out AUC (median of ${SPLITS} half splits): starter ${fixed(figures.starter)}, ` +
        `equal weights ${fixed(figures.equal)}; starter leaves ${(100 * figures.starterUnscored).toFixed(1)}% unscored`,
    );
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1])
  main(process.argv.slice(2));
