/**
 * One snapshot of every account for the Health History sheet (contract §4): `Date | Account |
 * Score | Band | Computed score`, one row per account per snapshot day, appended in chronological
 * order. Score and Band are what the sheet showed (a CSM's override while it held); Computed score
 * is what the model computed, the same as Score on a row without a score override, blank when the
 * model had no score for it. Rows written before the column existed leave it blank: their Score
 * was computed.
 */
import { isBlank, normalizeKey } from '../cells';
import { cellDayKeys, type DayKeyFn, dayKey } from './days';

export const HISTORY_HEADER = ['Date', 'Account', 'Score', 'Band', 'Computed score'] as const;
/** The columns of a history written before Computed score existed. */
export const HISTORY_HEADER_BEFORE_OVERRIDES = HISTORY_HEADER.slice(0, 4);
export type HistoryRow = [Date, string, number, string, number | ''];

export interface SnapshotAccount {
  key: unknown;
  score: unknown;
  band: unknown;
  /** The model's own score when an override replaced the shown one; absent: `score` is computed. */
  computed?: unknown;
}

export type SkipReason = 'no account' | 'no score' | 'duplicate';

export interface SkippedAccounts {
  reason: SkipReason;
  count: number;
  /** The first few account names, for the message (none for rows without a name). */
  examples: string[];
  /** What the sidebar says, e.g. "12 accounts had no score". */
  message: string;
}

export interface Snapshot {
  rows: HistoryRow[];
  /** One entry per reason that left accounts out, in the order no account, no score, duplicate. */
  skipped: SkippedAccounts[];
}

const EXAMPLES = 5;

/**
 * A row per account with a name and a numeric score (HEALTHSCORE's `""` and `N/A` are not
 * scores). A name listed twice (trimmed, case-insensitive, as HEALTHTREND matches them) keeps its
 * first row whatever that row holds, so the history never has two rows of one account on one day.
 */
export function snapshotRows(day: Date, accounts: readonly SnapshotAccount[]): Snapshot {
  const rows: HistoryRow[] = [];
  const left: Record<SkipReason, string[]> = { 'no account': [], 'no score': [], duplicate: [] };
  const seen = new Set<string>();
  for (const { key, score, band, computed } of accounts) {
    if (isBlank(key)) {
      left['no account'].push('');
      continue;
    }
    const account = String(key).trim();
    const normalized = normalizeKey(account);
    if (seen.has(normalized)) {
      left.duplicate.push(account);
      continue;
    }
    seen.add(normalized);
    if (typeof score !== 'number' || !Number.isFinite(score)) {
      left['no score'].push(account);
      continue;
    }
    const own = computed === undefined ? score : computed;
    const computedScore = typeof own === 'number' && Number.isFinite(own) ? own : '';
    rows.push([day, account, score, isBlank(band) ? '' : String(band).trim(), computedScore]);
  }
  const skipped = (Object.keys(left) as SkipReason[])
    .filter((reason) => left[reason].length > 0)
    .map((reason) => skippedOf(reason, left[reason]));
  return { rows, skipped };
}

function skippedOf(reason: SkipReason, accounts: string[]): SkippedAccounts {
  const count = accounts.length;
  const examples = reason === 'no account' ? [] : accounts.slice(0, EXAMPLES);
  const some = examples.length === 0 ? '' : `: ${examples.join(', ')}${count > examples.length ? '…' : ''}`;
  const [one, many] = {
    'no account': ['row had no account name', 'rows had no account name'],
    'no score': ['account had no score', 'accounts had no score'],
    duplicate: [
      'account was listed twice (its first row was kept)',
      'accounts were listed twice (their first rows were kept)',
    ],
  }[reason];
  return { reason, count, examples, message: `${count} ${count === 1 ? one : many}${some}` };
}

/**
 * Where the trailing run of rows dated on the same calendar day as `day` starts in `tailDates`
 * (the last cells of the Date column), or null when the tail does not end with that day. The
 * adapter overwrites from there, so a second snapshot on one day replaces the first. Blank cells
 * inside or after the run belong to it; any other cell ends it. A result of 0 means the run may
 * go on above the tail: read a longer tail (K > rows of one snapshot is always enough).
 */
export function sameDayBlock(
  tailDates: readonly unknown[],
  day: Date,
  timeZoneDayKey: DayKeyFn = dayKey,
): number | null {
  const keyOf = cellDayKeys(timeZoneDayKey);
  const today = keyOf(day);
  let start: number | null = null;
  for (let i = tailDates.length - 1; i >= 0; i--) {
    const cell = tailDates[i];
    if (isBlank(cell)) continue;
    if (today === null || keyOf(cell) !== today) break;
    start = i;
  }
  return start;
}
