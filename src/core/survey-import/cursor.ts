/**
 * Reading a form's responses a little at a time: the cursor remembers the latest response an import
 * wrote, and the next import asks the form only for responses submitted at or after that time
 * (Forms gives an edited response a new submission time, so edits come too). Responses submitted
 * exactly then are read again and merged by Response ID, so they never duplicate.
 */
import type { SurveyMapping } from './detect';
import type { SurveyResponse } from './rows';

export interface ImportCursor {
  /** The source it belongs to (SurveyInput.key, e.g. "form:<id>"). */
  key: string;
  /** ISO time of the latest response imported. */
  since: string;
  /** That response's ID: the Survey Responses sheet must still hold it for the cursor to hold. */
  id: string;
  /** {@link mappingFingerprint} of the mapping the rows were built with. */
  mapping: string;
}

const MAPPING_FIELDS = ['nps', 'csat', 'csatScale', 'ces', 'cesScale', 'account', 'comment'] as const;

/** A short hash of a mapping (FNV-1a, 8 hex digits): another mapping means rebuilding every row. */
export function mappingFingerprint(mapping: SurveyMapping): string {
  const text = JSON.stringify(MAPPING_FIELDS.map((field) => mapping[field] ?? null));
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Where to read from: responses submitted at or after `since`; `id` is the one imported then. */
export interface CursorStart {
  since: Date;
  id: string;
}

/**
 * Where to read from, or null to read everything: a stored cursor counts only for the same source
 * and mapping, and while the sheet still holds the response it points at (a deleted or emptied
 * Survey Responses sheet is filled again from the start).
 */
export function cursorStart(
  stored: unknown,
  key: string,
  mapping: SurveyMapping,
  sheetHas: (responseId: string) => boolean,
): CursorStart | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const cursor = stored as Partial<Record<keyof ImportCursor, unknown>>;
  if (cursor.key !== key || cursor.mapping !== mappingFingerprint(mapping)) return null;
  if (typeof cursor.id !== 'string' || typeof cursor.since !== 'string' || !sheetHas(cursor.id)) return null;
  const since = new Date(cursor.since);
  return Number.isNaN(since.getTime()) ? null : { since, id: cursor.id };
}

/** The cursor after importing `responses` (those read from `since` on), or null when there is none. */
export function nextCursor(
  key: string,
  mapping: SurveyMapping,
  responses: readonly SurveyResponse[],
  previous: CursorStart | null,
): ImportCursor | null {
  let latest: SurveyResponse | null = null;
  for (const response of responses) {
    if (latest === null || response.submitted.getTime() >= latest.submitted.getTime()) latest = response;
  }
  const at = latest === null ? previous : { since: latest.submitted, id: latest.id };
  return at === null
    ? null
    : { key, since: at.since.toISOString(), id: at.id, mapping: mappingFingerprint(mapping) };
}

/**
 * Reads items in order (oldest first) until `outOfTime` says stop, so a huge first import ends in
 * time and the next one continues where it stopped. It never stops before reading a response
 * submitted after `since`, or the cursor would not move and the next run would stop at the same place.
 */
export function readInTime<T>(
  items: readonly T[],
  submittedOf: (item: T) => Date,
  read: (item: T) => SurveyResponse,
  since: Date | null,
  outOfTime: () => boolean,
): { responses: SurveyResponse[]; remaining: number } {
  const responses: SurveyResponse[] = [];
  let moved = false;
  for (let i = 0; i < items.length; i++) {
    if (moved && outOfTime()) return { responses, remaining: items.length - i };
    responses.push(read(items[i]));
    if (since === null || submittedOf(items[i]).getTime() > since.getTime()) moved = true;
  }
  return { responses, remaining: 0 };
}
