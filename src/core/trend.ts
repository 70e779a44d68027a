/** HEALTHTREND: how far each account's score moved over about `days` days of history. */
import { asColumn, fail, listArg, scalarArg } from './args';
import { describeCell, isBlank, MS_PER_DAY, normalizeKey, readNumber } from './cells';
import { readTime } from './surveys';

interface Snapshot {
  time: number;
  score: number;
}

export function healthTrend(
  keysArg: unknown,
  accountsArg: unknown,
  datesArg: unknown,
  scoresArg: unknown,
  daysArg: unknown,
): number | '' | (number | '')[][] {
  const keys = listArg(keysArg, 'account_keys');
  const accounts = listArg(accountsArg, 'history_accounts');
  const dates = listArg(datesArg, 'history_dates');
  const scores = listArg(scoresArg, 'history_scores');
  if (dates.length !== accounts.length || scores.length !== accounts.length) {
    fail(
      `The history columns must have the same number of rows: history_accounts has ${accounts.length}, ` +
        `history_dates ${dates.length}, history_scores ${scores.length}.`,
    );
  }
  const days = parseDays(daysArg);
  const history = new Map<string, Snapshot[]>();
  accounts.forEach((account, row) => {
    const time = readTime(dates[row]);
    const score = typeof scores[row] === 'number' ? (scores[row] as number) : Number.NaN;
    if (isBlank(account) || Number.isNaN(time) || !Number.isFinite(score)) return;
    const key = normalizeKey(account);
    const snapshots = history.get(key);
    if (snapshots === undefined) history.set(key, [{ time, score }]);
    else snapshots.push({ time, score });
  });
  const results = keys.map((key) => {
    const snapshots = isBlank(key) ? undefined : history.get(normalizeKey(key));
    return snapshots === undefined ? ('' as const) : trendOf(snapshots, days);
  });
  return asColumn(results, !Array.isArray(keysArg));
}

/** Latest score minus the score of the snapshot closest to `days` before the latest one. */
export function trendOf(snapshots: readonly Snapshot[], days: number): number | '' {
  if (snapshots.length < 2) return '';
  let latest = 0;
  // Later rows win ties: a re-taken snapshot of the same moment replaces the earlier one.
  for (let i = 1; i < snapshots.length; i++) if (snapshots[i].time >= snapshots[latest].time) latest = i;
  const target = snapshots[latest].time - days * MS_PER_DAY;
  let base = -1;
  for (let i = 0; i < snapshots.length; i++) {
    if (i === latest) continue;
    if (base === -1) {
      base = i;
      continue;
    }
    const distance = Math.abs(snapshots[i].time - target);
    const best = Math.abs(snapshots[base].time - target);
    // Equally close: prefer the older snapshot, so the span is at least `days`.
    if (distance < best || (distance === best && snapshots[i].time < snapshots[base].time)) base = i;
  }
  return snapshots[latest].score - snapshots[base].score;
}

function parseDays(arg: unknown): number {
  const cell = scalarArg(arg, 'days');
  if (cell === undefined || isBlank(cell)) return 30;
  const days = readNumber(cell);
  if (Number.isNaN(days) || days < 0) fail(`days ${describeCell(cell)} must be a number of days ≥ 0.`);
  return days;
}
