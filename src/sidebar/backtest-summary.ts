/** The Backtest tab's reading of a result, and its guess of the outcome column, without the DOM. */
import type { BacktestStats, BandChurn } from '../shared/protocol';
import { type BandKey, bandKeyOf } from './history-summary';

// Whole words of a header that say whether an account churned, strongest first.
const OUTCOME_WORDS = ['churned', 'churn', 'outcome', 'status', 'renewed', 'lost'];

/** The header that most looks like an outcome column, or null. */
export function guessOutcomeColumn(headers: readonly string[]): string | null {
  const words = headers.map((header) => header.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  for (const word of OUTCOME_WORDS) {
    const at = words.findIndex((parts) => parts.includes(word));
    if (at !== -1) return headers[at];
  }
  return null;
}

/** Held-out AUCs closer than this are "about the same": two-fold cross-validation is noisy. */
export const SAME_AUC = 0.01;

export interface Verdict {
  /** 'unknown': too few churned or retained accounts for a held-out AUC. */
  better: 'learned' | 'current' | 'same' | 'unknown';
  /** learned − current held-out AUC (0 when unknown). */
  difference: number;
}

/** Judged on held-out AUC: the learned weights must do better on accounts they did not learn from. */
export function compareModels(current: BacktestStats, learned: BacktestStats): Verdict {
  if (current.heldOutAuc === null || learned.heldOutAuc === null) return { better: 'unknown', difference: 0 };
  const difference = learned.heldOutAuc - current.heldOutAuc;
  if (Math.abs(difference) < SAME_AUC) return { better: 'same', difference };
  return { better: difference > 0 ? 'learned' : 'current', difference };
}

/** The churn of one band, found by name whatever order or spelling the server used. */
export function churnOf(stats: BacktestStats, band: BandKey): BandChurn | null {
  return stats.perBand.find((entry) => bandKeyOf(entry.band) === band) ?? null;
}
