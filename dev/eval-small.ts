/**
 * npm run eval:small [-- <file.csv>[=<outcome column>] …]
 *
 * Learning on a small portfolio, as a team would meet it: draw a random sheet of 60–300 accounts
 * from a public churn table, set it up (the starter model is the current model), run the Backtest
 * tab's computation on it (src/core/history/backtest.ts), and score both the current model and
 * the learned one on 2,000 other accounts of the same table that neither saw. Over many draws it
 * prints the median held-out AUC of each, the median difference, and how often the learned model
 * is worse by more than 0.01. "Following the verdict" is the model the user keeps when they click
 * the tab's primary button: the learned one only when the tab says it is better. Without files
 * it runs on examples/churn.csv; the README's figures come from the public tables it names.
 */
import { fileURLToPath } from 'node:url';
import { backtest } from '../src/core/history/backtest';
import { modelToTable } from '../src/core/model';
import { readStarterSheet } from '../src/core/starter';
import { compareModels } from '../src/sidebar/backtest-summary';
import { aucOn, type ChurnData, fixed, median, readChurnCsv, shuffled } from './churn-eval';
import { seededRandom } from './random';

const NOW = Date.UTC(2026, 11, 1);
export const SIZES = [60, 100, 150, 200, 300];
const DRAWS = 40;
const TEST_ACCOUNTS = 2000;

export interface SmallFigures {
  size: number;
  draws: number;
  /** Draws where the tab could not learn (too few churned) and said so. */
  refused: number;
  current: number;
  learned: number;
  /** Median of learned − current over the draws. */
  difference: number;
  /** Share of draws where learned is worse than current by more than 0.01. */
  worse: number;
  /** Median of (the model the primary button keeps) − current. */
  followed: number;
}

export function evaluateSmall(data: ChurnData, size: number, draws = DRAWS, seed = 1): SmallFigures {
  const random = seededRandom(seed * 7919 + size);
  const currents: number[] = [];
  const learneds: number[] = [];
  const differences: number[] = [];
  const followed: number[] = [];
  let refused = 0;
  for (let draw = 0; draw < draws; draw++) {
    const order = shuffled(
      data.rows.map((_, i) => i),
      random,
    );
    const sample = order.slice(0, size);
    const test = order.slice(size, size + TEST_ACCOUNTS);
    const rows = sample.map((i) => data.rows[i]);
    const model = { metrics: readStarterSheet(data.headers, rows, NOW).metrics.map((metric) => metric.rule) };
    if (!model.metrics.some((rule) => rule.weight > 0)) continue;
    let result: ReturnType<typeof backtest>;
    try {
      result = backtest({
        headers: data.headers,
        rows,
        model,
        modelTable: modelToTable(model),
        outcomes: sample.map((i) => [data.churned[i]]),
        bands: { healthyAt: 70, unhealthyBelow: 40 },
        nowMs: NOW,
      });
    } catch {
      refused++; // too few churned or retained accounts: the tab says so and offers nothing
      continue;
    }
    const current = aucOn(data, test, modelToTable(model), NOW).auc;
    const learned = aucOn(data, test, result.learnedModelTable, NOW).auc;
    if (current === null || learned === null) continue;
    currents.push(current);
    learneds.push(learned);
    differences.push(learned - current);
    const verdict = compareModels(result.current, result.learned);
    followed.push(verdict.better === 'learned' ? learned - current : 0);
  }
  return {
    size,
    draws: differences.length,
    refused,
    current: median(currents),
    learned: median(learneds),
    difference: median(differences),
    worse: differences.filter((d) => d < -0.01).length / differences.length,
    followed: median(followed),
  };
}

function main(args: string[]): void {
  // Without files: the made-up example (320 accounts), so the command always shows its columns.
  const files = args.length > 0 ? args : [fileURLToPath(new URL('../examples/churn.csv', import.meta.url))];
  for (const arg of files) {
    const [file, outcome] = arg.split('=');
    const data = readChurnCsv(file, outcome);
    console.log(
      `\n${data.name}: ${data.rows.length} accounts, ${data.churned.filter(Boolean).length} churned`,
    );
    console.log('  size  draws  refused  current  learned  median diff  worse>0.01  following verdict');
    // Only sizes that leave at least 100 other accounts to score both models on.
    for (const size of SIZES.filter((size) => data.rows.length - size >= 100)) {
      const f = evaluateSmall(data, size);
      console.log(
        `  ${String(size).padStart(4)}  ${String(f.draws).padStart(5)}  ${String(f.refused).padStart(7)}  ` +
          `${fixed(f.current).padStart(7)}  ${fixed(f.learned).padStart(7)}  ${fixed(f.difference).padStart(11)}  ` +
          `${`${(100 * f.worse).toFixed(0)}%`.padStart(10)}  ${fixed(f.followed).padStart(17)}`,
      );
    }
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1])
  main(process.argv.slice(2));
