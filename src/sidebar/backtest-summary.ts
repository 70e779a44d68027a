/** The Backtest tab's reading of a result, and its guess of the outcome column, without the DOM. */
import { outcomeColumn } from '../core/starter-columns';
import type { BacktestStats, BandChurn } from '../shared/protocol';
import { type BandKey, bandKeyOf } from './history-summary';

// Whole words of a header that say whether an account churned, strongest first.
const OUTCOME_WORDS = ['churned', 'churn', 'outcome', 'status', 'renewed', 'lost'];

/** The header that most looks like an outcome column, or null. */
export function guessOutcomeColumn(headers: readonly string[]): string | null {
  // The column set-up reports (Churn, Exited, Attrition, Disdetta…), found by its name.
  const named = outcomeColumn(headers, []);
  if (named !== -1) return headers[named];
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

/**
 * A learned model with this share of the weight or more on one metric scores by that column
 * alone: many accounts at 0 or 100, and every score at the mercy of one column's data.
 */
export const DOMINANT_SHARE = 0.8;

/** The metric holding almost all the learned weight, with its share 0–1, or null. */
export function dominantMetric(
  weights: readonly { metric: string; weight: number }[],
): { metric: string; share: number } | null {
  const total = weights.reduce((sum, entry) => sum + Math.max(0, entry.weight), 0);
  if (total <= 0) return null;
  const top = weights.reduce((best, entry) => (entry.weight > best.weight ? entry : best));
  const share = top.weight / total;
  return share >= DOMINANT_SHARE ? { metric: top.metric, share } : null;
}

/** The churn of one band, found by name whatever order or spelling the server used. */
export function churnOf(stats: BacktestStats, band: BandKey): BandChurn | null {
  return stats.perBand.find((entry) => bandKeyOf(entry.band) === band) ?? null;
}
