/** HEALTHAUC: how well scores separate churned from retained accounts (Mann–Whitney). */
import { errorText } from '../shared/messages/errors-render';
import { failWith, listArg } from './args';
import { cellParam, isBlank, readNumber } from './cells';

const CHURNED = new Set(['true', '1', 'yes', 'y', 'churned', 'lost', 'cancelled', 'canceled']);
const RETAINED = new Set(['false', '0', 'no', 'n', 'retained', 'renewed', 'active']);

/** true = churned, false = retained, null = blank; anything else fails naming the row. */
export function readOutcome(cell: unknown, row: number, name = 'outcomes'): boolean | null {
  if (isBlank(cell)) return null;
  const word = String(cell).trim().toLowerCase();
  if (CHURNED.has(word)) return true;
  if (RETAINED.has(word)) return false;
  return failWith('outcomeWord', { where: errorText('argRow', { name, row }), cell: cellParam(cell) });
}

export function healthAuc(scoresArg: unknown, outcomesArg: unknown): number {
  const scores = listArg(scoresArg, 'scores');
  const outcomes = listArg(outcomesArg, 'outcomes');
  if (scores.length !== outcomes.length) {
    failWith('outcomeRows', { name: 'scores', rows: scores.length, outcomes: outcomes.length });
  }
  const churned: number[] = [];
  const retained: number[] = [];
  outcomes.forEach((outcome, i) => {
    if (isBlank(outcome)) return;
    const score = readNumber(scores[i]);
    if (Number.isNaN(score)) return;
    (readOutcome(outcome, i + 1) ? churned : retained).push(score);
  });
  if (churned.length === 0 || retained.length === 0) {
    failWith('aucFew', { churned: churned.length, retained: retained.length });
  }
  return aucOf(churned, retained);
}

/**
 * P(a churned account scored lower than a retained one), ties counting half, from rank sums:
 * O(n log n) instead of comparing every pair.
 */
export function aucOf(churned: readonly number[], retained: readonly number[]): number {
  const all = churned
    .map((score) => ({ score, retained: false }))
    .concat(retained.map((score) => ({ score, retained: true })));
  all.sort((a, b) => a.score - b.score);
  let retainedRankSum = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j].score === all[i].score) j++;
    const averageRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (all[k].retained) retainedRankSum += averageRank;
    i = j;
  }
  const r = retained.length;
  return (retainedRankSum - (r * (r + 1)) / 2) / (r * churned.length);
}
