/**
 * The overrides form without the DOM: its default Until day, the name remembered for "By", and
 * the check that turns the fields into the request addOverride takes (messages per field).
 */
import type { Messages } from '../shared/messages';
import type { AddOverrideRequest } from '../shared/protocol';
import { parseLocaleNumber } from './locale-numbers';

/**
 * Days an override holds unless the user says otherwise: OVERRIDE_DAYS of src/server/names.ts,
 * not imported (names.ts would bring the history and overrides core into Sidebar.html).
 */
const OVERRIDE_DAYS = 30;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** `day` (YYYY-MM-DD) plus `days`, in calendar days (no time zone involved). */
export function addDays(day: string, days: number): string {
  const match = DAY.exec(day);
  if (match === null) return day;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) + days * MS_PER_DAY;
  return new Date(time).toISOString().slice(0, 10);
}

/** The Until an override gets unless the user says otherwise. */
export const defaultUntil = (today: string): string => addDays(today, OVERRIDE_DAYS);

export interface OverrideFields {
  account: string;
  kind: 'score' | 'band';
  scoreText: string;
  band: string;
  reason: string;
  by: string;
  until: string;
}

export type OverrideField = 'account' | 'score' | 'band' | 'reason' | 'until';

export type OverrideCheck =
  | { request: AddOverrideRequest; errors: null }
  | { request: null; errors: Partial<Record<OverrideField, string>> };

/** The fields as a request, or what is wrong with each; `today` is the spreadsheet's day. */
export function checkOverride(
  fields: OverrideFields,
  today: string,
  t: Messages,
  locale = 'en',
): OverrideCheck {
  const errors: Partial<Record<OverrideField, string>> = {};
  if (fields.account.trim() === '') errors.account = t.overrideAccountRequired;
  let score: number | null = null;
  if (fields.kind === 'score') {
    score = parseLocaleNumber(fields.scoreText, locale);
    if (!Number.isFinite(score) || score < 0 || score > 100) errors.score = t.overrideScoreInvalid;
  } else if (fields.band.trim() === '') errors.band = t.overrideBandRequired;
  if (fields.reason.trim() === '') errors.reason = t.overrideReasonRequired;
  if (!DAY.test(fields.until) || addDays(fields.until, 0) !== fields.until || fields.until < today) {
    errors.until = t.overrideUntilInvalid;
  }
  if (Object.keys(errors).length > 0) return { request: null, errors };
  return {
    errors: null,
    request: {
      account: fields.account.trim(),
      score: fields.kind === 'score' ? score : null,
      band: fields.kind === 'band' ? fields.band : null,
      reason: fields.reason.trim(),
      by: fields.by.trim(),
      until: fields.until,
    },
  };
}

/** Where the sidebar keeps the user's name for "By" (the browser's storage: no OAuth scope). */
export const BY_KEY = 'healthScore.overrideBy';

export function rememberedBy(storage: Pick<Storage, 'getItem'> | null): string {
  try {
    return storage?.getItem(BY_KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberBy(storage: Pick<Storage, 'setItem'> | null, name: string): void {
  try {
    storage?.setItem(BY_KEY, name.trim());
  } catch {
    // Storage refused (a private window, a blocked iframe): the name is typed again next time.
  }
}

/** localStorage when the sidebar's frame may use it, else null. */
export function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
