/**
 * A starter Health Model from an account sheet: its headers that look like the seven ingredients
 * of a health score (domain.md), with weights by ingredient and Red/Green from the data.
 */
import { CellKind, type CellReading, isBlank, normalizeKey, readCell, SENTIMENT_WORDS } from './cells';
import { type HealthModel, type MetricRule, plainRule, type ValueLabel } from './model';
import { percentileOf } from './percentile';

export type Ingredient =
  | 'CSM sentiment'
  | 'Customer sentiment'
  | 'Engagement'
  | 'Advocacy'
  | 'Adoption'
  | 'Outcomes'
  | 'Support';

interface IngredientRule {
  ingredient: Ingredient;
  /** Share of the total weight (of 100) this ingredient gets, split among its metrics. */
  weight: number;
  pattern: RegExp;
}

// Order matters: the first pattern a header matches wins ("support sentiment" is CSM sentiment).
const INGREDIENTS: IngredientRule[] = [
  {
    ingredient: 'CSM sentiment',
    weight: 15,
    pattern: /\b(csm|sentiment|rag|traffic light|health status|gut)\b/,
  },
  { ingredient: 'Customer sentiment', weight: 20, pattern: /\b(nps|net promoter|csat|satisf|ces|effort)/ },
  {
    ingredient: 'Support',
    weight: 10,
    pattern: /(ticket|support|escalat|complaint|first response|resolution|incident|bug)/,
  },
  {
    ingredient: 'Advocacy',
    weight: 10,
    pattern: /(advoca|referr|review|case stud|reference|testimonial|champion)/,
  },
  {
    ingredient: 'Adoption',
    weight: 20,
    pattern: /(login|active user|usage|adoption|feature|seat|licen[cs]|\bdau\b|\bmau\b|sessions?)/,
  },
  {
    ingredient: 'Engagement',
    weight: 15,
    pattern: /(meeting|engage|e-?mail|open rate|training|qbr|invoice|payment|late|overdue)/,
  },
  {
    ingredient: 'Outcomes',
    weight: 10,
    pattern: /(goal|outcome|roi|kpi|success plan|value realis|value realiz)/,
  },
];

/** Signals where a smaller number is healthier. */
const LOWER_IS_BETTER =
  /(ticket|escalat|complaint|late|overdue|response|resolution time|hours|effort|\bces\b|days since|incident|bug)/;

/** Words often used for trend or stage columns, mapped to sub-scores. */
const EXTRA_WORDS: ReadonlyMap<string, number> = new Map([
  ['churning', 0],
  ['at risk', 20],
  ['declining', 20],
  ['shrinking', 20],
  ['detractor', 0],
  ['passive', 50],
  ['stable', 60],
  ['steady', 60],
  ['quiet', 50],
  ['growing', 90],
  ['expanding', 100],
  ['promoter', 100],
  ['champion', 100],
  ['referral', 80],
  ['case study', 100],
  ['on track', 100],
  ['off track', 0],
]);

export interface StarterMetric {
  column: number;
  ingredient: Ingredient;
  rule: MetricRule;
}

/** Proposes a metric for every header that looks like an ingredient and has usable data. */
export function suggestStarterModel(
  headers: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  nowMs: number,
): StarterMetric[] {
  const found: StarterMetric[] = [];
  headers.forEach((header, column) => {
    if (isBlank(header)) return;
    const name = String(header).trim().replace(/\s+/g, ' ');
    const key = normalizeKey(name);
    const match = INGREDIENTS.find(({ pattern }) => pattern.test(key));
    if (match === undefined) return;
    const rule = ruleFromData(
      name,
      rows.map((row) => row[column]),
      LOWER_IS_BETTER.test(key),
      nowMs,
    );
    if (rule !== null)
      found.push({ column, ingredient: match.ingredient, rule: { ...rule, group: match.ingredient } });
  });
  // Split each ingredient's share among its metrics, so no ingredient dominates by column count.
  for (const { ingredient, weight } of INGREDIENTS) {
    const members = found.filter((metric) => metric.ingredient === ingredient);
    for (const metric of members) metric.rule.weight = Math.round((weight / members.length) * 10) / 10;
  }
  return found;
}

export function starterModel(
  headers: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  nowMs: number,
): HealthModel {
  return { metrics: suggestStarterModel(headers, rows, nowMs).map((metric) => metric.rule) };
}

/** Red/Green from P10/P90 of the numbers; Values for text columns of words; null if nothing usable. */
function ruleFromData(
  metric: string,
  cells: readonly unknown[],
  lowerIsBetter: boolean,
  nowMs: number,
): MetricRule | null {
  const numbers: number[] = [];
  const words = new Map<string, string>();
  const reading: CellReading = { kind: CellKind.Missing, value: 0 };
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    readCell(cell, nowMs, null, reading);
    if (reading.kind === CellKind.Numeric) numbers.push(reading.value);
    else if (typeof cell === 'string') words.set(normalizeKey(cell), cell.trim());
  }
  const base = plainRule(metric, 0);
  if (numbers.length >= 2) {
    const [low, high] = suggestThresholds(numbers);
    if (low === high) return null;
    const [red, green] = lowerIsBetter ? [high, low] : [low, high];
    return {
      ...base,
      red: { kind: 'number', value: red },
      green: { kind: 'number', value: green },
      notes: lowerIsBetter
        ? 'Lower is better. Red/Green from P90/P10 of the data.'
        : 'Red/Green from P10/P90 of the data.',
    };
  }
  if (words.size === 0) return null;
  if ([...words.keys()].every((word) => SENTIMENT_WORDS.has(word)))
    return { ...base, notes: 'Built-in words.' };
  const values: ValueLabel[] = [];
  for (const [key, label] of words) {
    const score = EXTRA_WORDS.get(key) ?? SENTIMENT_WORDS.get(key);
    if (score !== undefined) values.push({ label, score });
  }
  values.sort((a, b) => a.score - b.score);
  return values.length >= 2
    ? { ...base, values, notes: 'Check the Values: suggested from the words found.' }
    : null;
}

/** P10 and P90 of the data, rounded to two significant digits so the model reads well. */
export function suggestThresholds(numbers: readonly number[]): [number, number] {
  return [roundNicely(percentileOf(numbers, 10)), roundNicely(percentileOf(numbers, 90))];
}

export function roundNicely(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1);
  return Number((Math.round(value / magnitude) * magnitude).toPrecision(2));
}
