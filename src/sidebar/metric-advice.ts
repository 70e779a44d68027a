/**
 * What the Model tab says about a metric beyond its fields' syntax, in a CS manager's words:
 * a metric whose column is gone (renamed or deleted), a column that must never be scored (the
 * outcome leaks the answer; names, IDs, e-mails and URLs tell accounts apart), a percentage
 * threshold on a count, and weights so far apart that the small ones change nothing.
 * Pure: the tab renders what these functions return.
 */
import { parseNumericText } from '../core/cells';
import { closestName, editDistance } from '../core/closest';
import { isIdentifierColumn, outcomeColumn } from '../core/starter-columns';
import type { Messages } from '../shared/messages';
import { format } from '../shared/messages';
import { columnOf, freeHeaders, type MetricDraft, parseWeight } from './draft';

/** The account sheet as the tab holds it (dates revived). */
export interface SheetColumns {
  headers: readonly string[];
  rows: readonly (readonly unknown[])[];
  /** The column the server found naming the accounts (getSheetData), -1 when none. */
  nameColumn?: number;
}

/** What one metric needs the user to see: a refusal blocks Save, a warning does not. */
export interface MetricAdvice {
  /** The metric counts but its column is missing: the header it was most likely renamed to. */
  missing: { closest: string | null } | null;
  refusal: string | null;
  warning: string | null;
}

/** Weights further apart than this: the smallest hardly moves a score. */
const WEIGHT_SPREAD = 100;

export const NO_ADVICE: MetricAdvice = { missing: null, refusal: null, warning: null };

export function adviseMetric(
  metric: MetricDraft,
  sheet: SheetColumns,
  others: readonly MetricDraft[],
  t: Messages,
  locale: string,
): MetricAdvice {
  const counts = metric.included && parseWeight(metric.weightText, locale) > 0;
  if (!counts) return NO_ADVICE;
  const column = columnOf(sheet.headers, metric.metric);
  if (column === -1)
    return { ...NO_ADVICE, missing: { closest: closestFreeHeader(metric, sheet.headers, others) } };
  const facts = columnFacts(sheet, column);
  const header = sheet.headers[column];
  if (facts.outcome) return { ...NO_ADVICE, refusal: format(t.adviceOutcome, { metric: header }, locale) };
  if (facts.identifier)
    return { ...NO_ADVICE, refusal: format(t.adviceIdentifier, { metric: header }, locale) };
  const percent = [metric.redText, metric.greenText].find((text) => text.includes('%'));
  if (percent !== undefined && facts.counts) {
    return {
      ...NO_ADVICE,
      warning: format(t.advicePercentOnCount, { metric: header, threshold: percent.trim() }, locale),
    };
  }
  return NO_ADVICE;
}

interface ColumnFacts {
  outcome: boolean;
  identifier: boolean;
  counts: boolean;
}

/** Read once per column of a loaded sheet: the tab asks again on every keystroke. */
const factsCache = new WeakMap<SheetColumns, Map<number, ColumnFacts>>();

function columnFacts(sheet: SheetColumns, column: number): ColumnFacts {
  const known = factsCache.get(sheet) ?? new Map<number, ColumnFacts>();
  factsCache.set(sheet, known);
  const cached = known.get(column);
  if (cached !== undefined) return cached;
  const header = sheet.headers[column];
  const cells = sheet.rows.map((row) => row[column]);
  const facts = {
    outcome:
      outcomeColumn(
        [header],
        cells.map((cell) => [cell]),
      ) === 0,
    identifier: column === sheet.nameColumn || isIdentifierColumn(header, cells),
    counts: isCountColumn(cells),
  };
  known.set(column, facts);
  return facts;
}

/**
 * The header a missing metric was most likely renamed to, among the columns no metric uses:
 * a close spelling first (closest.ts), else the least different header.
 */
export function closestFreeHeader(
  metric: MetricDraft,
  headers: readonly string[],
  metrics: readonly MetricDraft[],
): string | null {
  const free = freeHeaders(headers, metrics);
  const close = closestName(metric.metric, free);
  if (close !== null || free.length === 0) return close;
  // A rename keeps some words ("Goals met" → "Goals achieved"): most words shared, then fewest edits.
  const words = (text: string) =>
    new Set(
      text
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    );
  const target = metric.metric.toLowerCase();
  const wanted = words(target);
  const rank = (header: string): [number, number] => [
    [...words(header)].filter((word) => wanted.has(word)).length,
    -editDistance(target, header.toLowerCase()),
  ];
  let best = free[0];
  let bestRank = rank(best);
  for (const header of free.slice(1)) {
    const next = rank(header);
    if (next[0] > bestRank[0] || (next[0] === bestRank[0] && next[1] > bestRank[1])) {
      best = header;
      bestRank = next;
    }
  }
  return best;
}

/** Whole numbers of 0 or more, some above 1: tickets, logins, seats (not a rate or a share). */
export function isCountColumn(cells: readonly unknown[]): boolean {
  let numbers = 0;
  let aboveOne = false;
  for (const cell of cells) {
    // "45%" in a cell: the column holds shares, where a percentage threshold is right.
    if (typeof cell === 'string' && cell.includes('%')) return false;
    const value =
      typeof cell === 'number' ? cell : typeof cell === 'string' ? parseNumericText(cell) : Number.NaN;
    if (Number.isNaN(value)) continue;
    if (!Number.isInteger(value) || value < 0) return false;
    numbers++;
    if (value > 1) aboveOne = true;
  }
  return numbers > 0 && aboveOne;
}

/** One message when the largest weight is WEIGHT_SPREAD times the smallest (or more), else null. */
export function weightSpreadWarning(
  metrics: readonly MetricDraft[],
  t: Messages,
  locale: string,
): string | null {
  const weighted = metrics
    .filter((metric) => metric.included)
    .map((metric) => ({ metric: metric.metric, weight: parseWeight(metric.weightText, locale) }))
    .filter(({ weight }) => Number.isFinite(weight) && weight > 0);
  if (weighted.length < 2) return null;
  const smallest = weighted.reduce((a, b) => (b.weight < a.weight ? b : a));
  const largest = weighted.reduce((a, b) => (b.weight > a.weight ? b : a));
  if (largest.weight < smallest.weight * WEIGHT_SPREAD) return null;
  return format(
    t.adviceWeightSpread,
    {
      small: smallest.metric,
      smallWeight: smallest.weight,
      large: largest.metric,
      largeWeight: largest.weight,
    },
    locale,
  );
}
