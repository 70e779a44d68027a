/**
 * npm run eval:starter and eval:small (dev/eval-starter.ts, dev/eval-small.ts): the figures the
 * README quotes come from these functions, run here on the small committed fixtures.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readChurnCsv, stratifiedSplit } from '../../dev/churn-eval';
import { ROOT } from '../../dev/dist-path.mjs';
import { evaluateSmall } from '../../dev/eval-small';
import { evaluateStarter } from '../../dev/eval-starter';
import { seededRandom } from '../../dev/random';

const fixture = (name: string) => join(ROOT, 'examples/starter', name);

describe('eval:starter', () => {
  it('reads a churn table as set-up would: the outcome found by name, outcome rows only', () => {
    const data = readChurnCsv(fixture('bank.csv'));
    expect(data.outcomeHeader).toBe('Exited');
    expect(data.headers).not.toContain('Exited');
    expect(data.churned.filter(Boolean)).toHaveLength(12);
    expect(data.rows).toHaveLength(36);
  });

  it('splits keep the churn share in both halves', () => {
    const { churned } = readChurnCsv(fixture('telco.csv'));
    const [first, second] = stratifiedSplit(churned, seededRandom(3));
    expect([first, second].map((half) => half.filter((i) => churned[i]).length)).toEqual([6, 6]);
    expect(new Set([...first, ...second]).size).toBe(churned.length);
  });

  it('prints the starter metrics and held-out AUCs of starter and equal weights', () => {
    const figures = evaluateStarter(readChurnCsv(fixture('telco.csv')), 3);
    expect(figures.outcome).toBe('Churn');
    expect(figures.metrics.some((metric) => metric.startsWith('Contract (Commercial'))).toBe(true);
    for (const auc of [figures.starter, figures.equal]) {
      expect(auc).toBeGreaterThanOrEqual(0);
      expect(auc).toBeLessThanOrEqual(1);
    }
  });

  it('runs from npm on the committed fixtures when given no file', () => {
    const run = spawnSync('npx', ['tsx', 'dev/eval-starter.ts'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    for (const name of ['telco.csv', 'bank.csv', 'ecommerce.csv', 'bigml.csv', 'subscription.csv'])
      expect(run.stdout).toContain(`${name}: 36 accounts, 12 churned`);
    expect(run.stdout).toMatch(
      /held-out AUC \(median of 15 half splits\): starter 0\.\d{3}, equal weights 0\.\d{3}/,
    );
  }, 60_000);
});

describe('eval:small', () => {
  it('draws small sheets, learns as the Backtest tab does, and scores both models on other accounts', () => {
    const data = readChurnCsv(join(ROOT, 'examples/churn.csv'));
    const figures = evaluateSmall(data, 60, 4);
    expect(figures.draws + figures.refused).toBe(4);
    expect(figures.draws).toBeGreaterThan(0);
    expect(figures.difference).toBeCloseTo(figures.learned - figures.current, 1);
    expect(evaluateSmall(data, 60, 4)).toEqual(figures);
  }, 60_000);
});
