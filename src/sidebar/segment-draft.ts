/**
 * Segments in the draft (core/segments.ts): which metrics the Model tab shows for the segment
 * picked, the values a new segment may take, adding one (empty or from the default rules) and
 * removing one. No DOM here. A segment is named by its canonical text (`Tier = Enterprise`), the
 * default model by ''.
 */
import { isBlank, normalizeKey } from '../core/cells';
import { plainRule } from '../core/model';
import { formatSegment, parseSegmentText } from '../core/segments';
import { type Draft, draftMetric, type MetricDraft } from './draft';

/** The metrics of one segment ('' the default), in draft order. */
export const metricsOf = (draft: Draft, segment: string): MetricDraft[] =>
  draft.metrics.filter((metric) => metric.segment === segment);

/** Segments offered at most: a column with more distinct values is typed into. */
export const MAX_SEGMENT_CHOICES = 40;

/**
 * The distinct values of `column` in the rows, most frequent first (first seen on ties), trimmed;
 * null when there are more than `limit` (an ID or a name column, not a segment).
 */
export function distinctValues(
  headers: readonly string[],
  rows: readonly (readonly unknown[])[],
  column: string,
  limit = MAX_SEGMENT_CHOICES,
): string[] | null {
  const index = headers.findIndex((header) => normalizeKey(header) === normalizeKey(column));
  if (index === -1) return [];
  const counts = new Map<string, { value: string; count: number }>();
  for (const row of rows) {
    const cell = row[index];
    if (isBlank(cell) || cell instanceof Date) continue;
    const value = String(cell).trim().replace(/\s+/g, ' ');
    const key = normalizeKey(value);
    const known = counts.get(key);
    if (known !== undefined) known.count++;
    else if (counts.size === limit) return null;
    else counts.set(key, { value, count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count).map(({ value }) => value);
}

/** The values already in a segment (normalised key → that segment's text). */
export function takenValues(draft: Draft): Map<string, string> {
  const taken = new Map<string, string>();
  for (const segment of draft.segments) {
    for (const value of parseSegmentText(segment)?.values ?? []) taken.set(normalizeKey(value), segment);
  }
  return taken;
}

/** Values typed as `A, B; C`: trimmed, blanks and repeats dropped. */
export function typedValues(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(/[;,]/)
    .map((value) => value.trim().replace(/\s+/g, ' '))
    .filter((value) => {
      const key = normalizeKey(value);
      if (value === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

export type AddSegmentResult = { segment: string } | { problem: 'noValues' } | { taken: string; by: string };

/**
 * Adds the segment of `values` to the draft, with a copy of the default rules when `copyDefault`
 * (a start: the team then tunes its weights). Refused when no value is given, or when a value is
 * already another segment's (an account would fall in two).
 */
export function addSegment(
  draft: Draft,
  column: string,
  values: readonly string[],
  copyDefault: boolean,
  locale = 'en',
): AddSegmentResult {
  const unique = typedValues(values.join(','));
  if (unique.length === 0 || column.trim() === '') return { problem: 'noValues' };
  const taken = takenValues(draft);
  for (const value of unique) {
    const by = taken.get(normalizeKey(value));
    if (by !== undefined) return { taken: value, by };
  }
  const segment = formatSegment({ column: column.trim(), values: unique });
  draft.segmentColumn = column.trim();
  draft.segments.push(segment);
  if (copyDefault) {
    for (const metric of metricsOf(draft, '')) {
      draft.metrics.push({ ...metric, key: draftMetric(PLACEHOLDER, locale).key, segment });
    }
  }
  return { segment };
}

/** A rule only to take a fresh key from draftMetric (keys are unique while the panel is open). */
const PLACEHOLDER = plainRule('', 0);

/** Removes a segment and its metrics; the last one gone, the column may be chosen again. */
export function removeSegment(draft: Draft, segment: string): void {
  if (segment === '') return;
  draft.metrics = draft.metrics.filter((metric) => metric.segment !== segment);
  draft.segments = draft.segments.filter((each) => each !== segment);
}
