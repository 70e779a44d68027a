/**
 * A model per segment: an optional `Segment` column in the Health Model table. Rows with a blank
 * Segment are the default model; rows whose Segment reads `Tier = Enterprise` (or
 * `Tier = Enterprise, Strategic`) are the whole model of the accounts whose Tier is one of those
 * values. Every segment of one model keys on the same account column. An account whose segment
 * has no rows uses the default model; with no default rows its score is N/A and HEALTHEXPLAIN
 * names its segment. Thresholds written as percentiles rank within the segment, because each
 * segment is scored as a call of its own.
 */
import { errorText } from '../shared/messages/errors-render';
import { failWith, type Grid } from './args';
import { isBlank, normalizeKey } from './cells';
import { closestName } from './closest';
import type { HealthModel } from './model-schema';

export interface SegmentSpec {
  column: string;
  values: string[];
}

/** `Tier = Enterprise, Strategic` (`=` or `:`; values separated by `,` or `;`), or null. */
export function parseSegmentText(text: string): SegmentSpec | null {
  const match = /^([^=:]+?)\s*[=:]\s*(.+)$/.exec(text.trim());
  if (match === null) return null;
  const values = match[2]
    .split(/[;,]/)
    .map((value) => value.trim().replace(/\s+/g, ' '))
    .filter((value) => value !== '');
  const column = match[1].trim().replace(/\s+/g, ' ');
  return values.length === 0 || column === '' ? null : { column, values };
}

export const formatSegment = (spec: SegmentSpec): string => `${spec.column} = ${spec.values.join(', ')}`;

/** One segment's model (segment null: the default), with the indices of its rules in the model. */
export interface ModelPart {
  segment: SegmentSpec | null;
  model: HealthModel;
  ruleIndices: number[];
}

/** Whether any rule belongs to a segment (a model without one is scored exactly as before). */
export const isSegmented = (model: HealthModel): boolean => model.metrics.some((rule) => !!rule.segment);

/** The rules grouped by segment, in order of first appearance (the default part first if any). */
export function modelParts(model: HealthModel): ModelPart[] {
  const parts = new Map<string, ModelPart>();
  model.metrics.forEach((rule, index) => {
    const spec = rule.segment ? parseSegmentText(rule.segment) : null;
    const key = spec === null ? '' : normalizeKey(formatSegment(spec));
    let part = parts.get(key);
    if (part === undefined) {
      part = { segment: spec, model: { metrics: [] }, ruleIndices: [] };
      parts.set(key, part);
    }
    part.model.metrics.push(rule);
    part.ruleIndices.push(index);
  });
  return [...parts.values()].sort((a, b) => Number(a.segment !== null) - Number(b.segment !== null));
}

/** Which part scores each row: its index in `parts`, or −1 when no part does. */
export function assignRows(
  values: Grid,
  headers: readonly unknown[],
  parts: readonly ModelPart[],
): Int32Array {
  const keyed = parts.find((part) => part.segment !== null)?.segment ?? undefined;
  const partOf = new Int32Array(values.length);
  if (keyed === undefined) return partOf.fill(parts.length > 0 ? 0 : -1);
  const column = segmentColumn(keyed.column, headers);
  const byValue = new Map<string, number>();
  parts.forEach((part, p) => {
    for (const value of part.segment?.values ?? []) byValue.set(normalizeKey(value), p);
  });
  const fallback = parts.findIndex((part) => part.segment === null);
  for (let i = 0; i < values.length; i++) {
    partOf[i] = byValue.get(normalizeKey(values[i][column])) ?? fallback;
  }
  return partOf;
}

function segmentColumn(name: string, headers: readonly unknown[]): number {
  const key = normalizeKey(name);
  const column = headers.findIndex((header) => normalizeKey(header) === key);
  if (column !== -1) return column;
  const names = headers.filter((header) => !isBlank(header)).map((header) => String(header).trim());
  const close = closestName(name, names);
  return failWith('segmentHeader', {
    column: name,
    closest: close === null ? '' : errorText('closestHeader', { header: close }),
  });
}

/**
 * Runs `score` on each part's rows as a call of its own (its own percentiles) and puts the
 * results back in row order; rows no part scores get `unscored(row)`.
 */
export function bySegment<T>(
  values: Grid,
  headers: readonly unknown[],
  model: HealthModel,
  score: (rows: Grid, model: HealthModel, part: ModelPart) => readonly T[],
  unscored: (row: number, parts: readonly ModelPart[]) => T,
): T[] {
  const parts = modelParts(model);
  const partOf = assignRows(values, headers, parts);
  const results: T[] = new Array(values.length);
  parts.forEach((part, p) => {
    const indices: number[] = [];
    for (let i = 0; i < partOf.length; i++) if (partOf[i] === p) indices.push(i);
    // An empty part is still scored on no rows, so its metrics must match headers whatever the data.
    const scored = score(
      indices.map((i) => values[i]),
      part.model,
      part,
    );
    indices.forEach((i, k) => {
      results[i] = scored[k];
    });
  });
  for (let i = 0; i < partOf.length; i++) if (partOf[i] === -1) results[i] = unscored(i, parts);
  return results;
}
