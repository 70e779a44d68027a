/**
 * The model being edited, as the text of its fields, and its check: field errors (core
 * messages, in the panel's language: core-errors.ts), the model and bands when valid, and whether
 * they differ from what was saved.
 * No DOM here, so it is testable without a browser. Numbers are typed and shown in the panel's
 * locale (`locale`, English when left out): "7,5" is 7.5 in Italian (locale-numbers.ts).
 */
import { CellKind, type CellReading, normalizeKey, readCell } from '../core/cells';
import {
  checkModelObject,
  findModelProblem,
  formatThreshold,
  formatValues,
  type HealthModel,
  labelMap,
  type MetricRule,
  parseThreshold,
  parseValueLabels,
  plainRule,
  type Threshold,
  type ValueLabel,
} from '../core/model';
import { isSegmented, parseSegmentText } from '../core/segments';
import { suggestThresholds } from '../core/starter';
import type { Messages } from '../shared/messages';
import { format } from '../shared/messages';
import type { BandSettings } from '../shared/protocol';
import { coreErrorText, errorIn } from './core-errors';
import {
  canonicalThreshold,
  formatInputNumber,
  parseLocaleNumber,
  thresholdInputText,
} from './locale-numbers';

export interface MetricDraft {
  /** Stable id of the row while the panel is open. */
  key: number;
  metric: string;
  included: boolean;
  weightText: string;
  /** The weight to restore when the metric is included again. */
  rememberedWeight: number;
  redText: string;
  greenText: string;
  group: string;
  valuesText: string;
  missingText: string;
  notes: string;
  /** The segment the rule belongs to, canonical (`Tier = Enterprise`); '' for the default model. */
  segment: string;
}

export interface BandsDraft {
  quartiles: boolean;
  healthyAtText: string;
  unhealthyBelowText: string;
}

export interface Draft {
  /** Every segment's metrics, in the order they are saved (segment-draft.ts picks one's). */
  metrics: MetricDraft[];
  bands: BandsDraft;
  /** The account column the segments key on ('' while the model has none). */
  segmentColumn: string;
  /** The segments, canonical text, in order (one may have no metrics yet). */
  segments: string[];
}

export type MetricField = 'weight' | 'red' | 'green' | 'thresholds' | 'values' | 'missing' | 'metric';
export type BandField = 'healthyAt' | 'unhealthyBelow';

export interface DraftCheck {
  /** The model when every field is valid, else null. */
  model: HealthModel | null;
  bands: BandSettings | null;
  metricErrors: Map<number, Partial<Record<MetricField, string>>>;
  bandErrors: Partial<Record<BandField, string>>;
  /** A problem of the model as a whole (e.g. every weight is 0). */
  modelError: string | null;
  valid: boolean;
}

const DEFAULT_WEIGHT = 10;
let nextKey = 1;

export function draftMetric(rule: MetricRule, locale = 'en'): MetricDraft {
  return {
    key: nextKey++,
    metric: rule.metric,
    included: rule.weight > 0,
    weightText: formatInputNumber(rule.weight, locale),
    rememberedWeight: rule.weight > 0 ? rule.weight : DEFAULT_WEIGHT,
    redText: thresholdInputText(String(formatThreshold(rule.red)), locale),
    greenText: thresholdInputText(String(formatThreshold(rule.green)), locale),
    group: rule.group,
    valuesText: formatValues(rule.values),
    missingText: rule.missing === null ? '' : formatInputNumber(rule.missing, locale),
    notes: rule.notes ?? '',
    segment: rule.segment ?? '',
  };
}

export function newMetric(metric: string, locale = 'en', segment = ''): MetricDraft {
  return { ...draftMetric(plainRule(metric, DEFAULT_WEIGHT), locale), segment };
}

export function draftFrom(model: HealthModel | null, bands: BandSettings, locale = 'en'): Draft {
  const [healthyAt, unhealthyBelow] =
    bands.kind === 'quartiles' ? [70, 40] : [bands.healthyAt, bands.unhealthyBelow];
  const segments = [
    ...new Set((model?.metrics ?? []).flatMap((rule) => (rule.segment ? [rule.segment] : []))),
  ];
  return {
    metrics: (model?.metrics ?? []).map((rule) => draftMetric(rule, locale)),
    segmentColumn: segments.length === 0 ? '' : (parseSegmentText(segments[0])?.column ?? ''),
    segments,
    bands: {
      quartiles: bands.kind === 'quartiles',
      healthyAtText: formatInputNumber(healthyAt, locale),
      unhealthyBelowText: formatInputNumber(unhealthyBelow, locale),
    },
  };
}

/** Include on/off: off sets the weight to 0 and remembers it; on restores it. */
export function setIncluded(metric: MetricDraft, included: boolean, locale = 'en'): void {
  if (included === metric.included) return;
  if (!included) {
    const weight = parseWeight(metric.weightText, locale);
    if (Number.isFinite(weight) && weight > 0) metric.rememberedWeight = weight;
    metric.weightText = formatInputNumber(0, locale);
  } else {
    metric.weightText = formatInputNumber(
      metric.rememberedWeight > 0 ? metric.rememberedWeight : DEFAULT_WEIGHT,
      locale,
    );
  }
  metric.included = included;
}

/** Typing a weight keeps the toggle in step: 0 is off, anything above is on. */
export function setWeightText(metric: MetricDraft, text: string, locale = 'en'): void {
  metric.weightText = text;
  const weight = parseWeight(text, locale);
  if (Number.isFinite(weight)) {
    metric.included = weight > 0;
    if (weight > 0) metric.rememberedWeight = weight;
  }
}

export function parseWeight(text: string, locale = 'en'): number {
  const weight = parseLocaleNumber(text, locale);
  return Number.isFinite(weight) && weight >= 0 ? weight : Number.NaN;
}

/** Blank or the skip word (English "skip", or the locale's) leaves blanks out: null. */
function parseMissing(text: string, locale: string, skipWord: string): number | null | undefined {
  const word = text.trim().toLocaleLowerCase(locale);
  if (word === '' || word === 'skip' || word === skipWord.toLocaleLowerCase(locale)) return null;
  const value = parseLocaleNumber(text, locale);
  return Number.isFinite(value) && value >= 0 && value <= 100 ? value : undefined;
}

/** Checks every field; collects the messages instead of throwing. */
export function checkDraft(draft: Draft, messages: Messages, locale = 'en'): DraftCheck {
  const metricErrors = new Map<number, Partial<Record<MetricField, string>>>();
  const fail = (key: number, field: MetricField, message: string): void => {
    const errors = metricErrors.get(key) ?? {};
    errors[field] ??= message;
    metricErrors.set(key, errors);
  };
  const rules: MetricRule[] = [];
  for (const metric of draft.metrics) {
    const weight = parseWeight(metric.weightText, locale);
    if (Number.isNaN(weight)) fail(metric.key, 'weight', messages.weightInvalid);
    let red: Threshold | null = null;
    let green: Threshold | null = null;
    let values: ValueLabel[] | null = null;
    try {
      red = parseThreshold(canonicalThreshold(metric.redText, locale), messages.red);
    } catch (error) {
      fail(metric.key, 'red', errorIn(error, locale));
    }
    try {
      green = parseThreshold(canonicalThreshold(metric.greenText, locale), messages.green);
    } catch (error) {
      fail(metric.key, 'green', errorIn(error, locale));
    }
    try {
      values = metric.valuesText.trim() === '' ? null : parseValueLabels(metric.valuesText, messages.values);
    } catch (error) {
      fail(metric.key, 'values', errorIn(error, locale));
    }
    const missing = parseMissing(metric.missingText, locale, messages.missingSkipWord);
    if (missing === undefined) fail(metric.key, 'missing', messages.missingInvalid);
    rules.push({
      metric: metric.metric.trim(),
      weight: metric.included ? weight : 0,
      red,
      green,
      group: metric.group.trim(),
      values,
      missing: missing ?? null,
      notes: metric.notes,
      // Absent for the default model: a model without segments is the very object it was.
      ...(metric.segment === '' ? {} : { segment: metric.segment }),
    });
  }

  const bandErrors: Partial<Record<BandField, string>> = {};
  let bands: BandSettings | null = null;
  if (draft.bands.quartiles) bands = { kind: 'quartiles' };
  else {
    const healthyAt = parseLocaleNumber(draft.bands.healthyAtText, locale);
    const unhealthyBelow = parseLocaleNumber(draft.bands.unhealthyBelowText, locale);
    if (!Number.isFinite(healthyAt)) bandErrors.healthyAt = messages.bandNumberInvalid;
    if (!Number.isFinite(unhealthyBelow)) bandErrors.unhealthyBelow = messages.bandNumberInvalid;
    // Scores are 0–100: a threshold outside would put every account, or none, in a band.
    if (healthyAt < 0 || healthyAt > 100) bandErrors.healthyAt = messages.bandOutOfRange;
    if (unhealthyBelow < 0 || unhealthyBelow > 100) bandErrors.unhealthyBelow = messages.bandOutOfRange;
    if (bandErrors.healthyAt === undefined && bandErrors.unhealthyBelow === undefined) {
      if (healthyAt <= unhealthyBelow) {
        bandErrors.healthyAt = format(
          messages.bandOrderInvalid,
          { healthy: healthyAt, unhealthy: unhealthyBelow },
          locale,
        );
      } else bands = { kind: 'fixed', healthyAt, unhealthyBelow };
    }
  }

  let model: HealthModel | null = null;
  let modelError: string | null = null;
  // No metric at all is no model yet, not an error: the tab says to add one (core's check would
  // say it in English only, as nothing but a bad request reaches it).
  if (metricErrors.size === 0 && rules.length > 0) {
    const candidate = { metrics: rules };
    const problem = findModelProblem(candidate);
    const problemText = problem === null ? '' : coreErrorText(problem.text, locale);
    if (problem !== null && problem.index >= 0 && !acrossSegments(rules, problem.index)) {
      const key = draft.metrics[problem.index].key;
      fail(key, problem.text.key === 'metricTwice' ? 'metric' : 'thresholds', problemText);
    } else if (problem !== null && isSegmented(candidate)) {
      modelError = problemText;
    } else {
      try {
        // The server's own check (core/model.ts): both sides accept exactly the same models, and
        // the sidebar carries no schema library (zod would cost 22 KB of Sidebar.html).
        model = checkModelObject(candidate);
      } catch (error) {
        modelError = errorIn(error, locale);
      }
    }
  }
  const valid = model !== null && bands !== null;
  return { model: valid ? model : null, bands, metricErrors, bandErrors, modelError, valid };
}

/**
 * Whether the problem found at rule `index` is one of its segment as a whole (every weight 0)
 * rather than of the rule itself: the segment's rules alone, read as a plain model, do not point
 * at a rule.
 */
function acrossSegments(rules: readonly MetricRule[], index: number): boolean {
  const segment = rules[index].segment;
  if (segment === undefined) return false;
  const own = rules.filter((rule) => rule.segment === segment).map(({ segment: _, ...rule }) => rule);
  return (findModelProblem({ metrics: own })?.index ?? -1) < 0;
}

/** What Save compares against the saved state. */
export function snapshot(model: HealthModel | null, bands: BandSettings | null): string {
  return JSON.stringify({ model, bands });
}

/** The column of `metric` in `headers` (trimmed, case-insensitive), or -1. */
/** The non-blank headers no metric of the draft uses yet, in sheet order. */
export function freeHeaders(headers: readonly string[], metrics: readonly MetricDraft[]): string[] {
  const used = new Set(metrics.map((metric) => normalizeKey(metric.metric)));
  return headers.filter((header) => header.trim() !== '' && !used.has(normalizeKey(header)));
}

export function columnOf(headers: readonly string[], metric: string): number {
  const key = normalizeKey(metric);
  return headers.findIndex((header) => normalizeKey(header) === key);
}

/** Orders two thresholds when both are comparable: 1 when red is above green (lower is better). */
export function redAboveGreen(redText: string, greenText: string, locale = 'en'): boolean {
  try {
    const red = parseThreshold(canonicalThreshold(redText, locale), 'Red');
    const green = parseThreshold(canonicalThreshold(greenText, locale), 'Green');
    if (red === null || green === null || red.kind !== green.kind) return false;
    if (red.kind === 'number' && green.kind === 'number') return red.value > green.value;
    if (red.kind === 'percentile' && green.kind === 'percentile') return red.p > green.p;
  } catch {
    // An invalid threshold cannot say which way the metric runs.
  }
  return false;
}

export interface Suggestion {
  red: number;
  green: number;
  count: number;
}

/**
 * Red/Green from P10/P90 of the column's numbers (`suggestThresholds`), swapped when the current
 * Red is above Green (lower is better). Null when the column has fewer than two distinct numbers.
 */
export function suggestFor(
  metric: MetricDraft,
  headers: readonly string[],
  rows: readonly (readonly unknown[])[],
  nowMs: number,
  locale = 'en',
): Suggestion | null {
  const column = columnOf(headers, metric.metric);
  if (column === -1) return null;
  let labels: ReadonlyMap<string, number> | null = null;
  try {
    labels = labelMap(metric.valuesText.trim() === '' ? null : parseValueLabels(metric.valuesText, ''));
  } catch {
    labels = null;
  }
  const numbers: number[] = [];
  const reading: CellReading = { kind: CellKind.Missing, value: 0 };
  for (const row of rows) {
    if (readCell(row[column], nowMs, labels, reading).kind === CellKind.Numeric) numbers.push(reading.value);
  }
  if (numbers.length < 2) return null;
  const [low, high] = suggestThresholds(numbers);
  if (low === high) return null;
  const [red, green] = redAboveGreen(metric.redText, metric.greenText, locale) ? [high, low] : [low, high];
  return { red, green, count: numbers.length };
}
