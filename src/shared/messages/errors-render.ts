/**
 * Errors that carry a message key and its parameters, so one thrown error can be shown in any
 * language: `message` is the English rendering, `text` what another catalogue renders (errors.ts).
 * Core imports only this file and English; other languages are read from their files (translations.ts).
 */
import { type ErrorKey, type ErrorMessages, errorsEn } from './errors-en';
import { format, formatIsolated, isolate, isRightToLeft } from './text';

/** A parameter: text from the sheet (shown as it is), a number, another message, or a list. */
export type ErrorParam = string | number | ErrorText | readonly ErrorParam[];
export type ErrorParams = Readonly<Record<string, ErrorParam>>;

export interface ErrorText {
  readonly key: ErrorKey;
  readonly params: ErrorParams;
}

export const errorText = (key: ErrorKey, params: ErrorParams = {}): ErrorText => ({ key, params });

export const inEnglish = (text: ErrorText): string => renderText(text, errorsEn);

export class LocalizedError extends Error {
  constructor(readonly text: ErrorText) {
    super(inEnglish(text));
  }
}

/**
 * A LocalizedError of this bundle or of the survey importer's (loaded apart, with its own copy of
 * the class: server/survey-module.ts), so the menu's alert translates either.
 */
export function isLocalizedError(error: unknown): error is LocalizedError {
  if (error instanceof LocalizedError) return true;
  const text = error instanceof Error ? (error as { text?: Partial<ErrorText> }).text : undefined;
  return typeof text?.key === 'string' && typeof text.params === 'object' && text.params !== null;
}

/**
 * Fills `text` from `messages`. `locale` (an Intl tag) writes numbers in its digits and, when it
 * is right to left, isolates inserted text; without it numbers are written as JavaScript does,
 * which keeps the English messages exactly as they always read.
 */
export function renderText(text: ErrorText, messages: ErrorMessages, locale?: string): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.params)) params[name] = fill(value, messages, locale);
  const template = messages[text.key];
  return locale === undefined ? format(template, params) : formatIsolated(template, params, locale);
}

function fill(value: ErrorParam, messages: ErrorMessages, locale: string | undefined): string | number {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    // Integers stay numbers (plural forms need them); a fraction keeps all its digits.
    return locale === undefined || Number.isInteger(value)
      ? value
      : new Intl.NumberFormat(locale, { maximumFractionDigits: 15 }).format(value);
  }
  if (Array.isArray(value)) {
    const items = value.map((item) => String(fill(item, messages, locale)));
    return (locale !== undefined && isRightToLeft(locale) ? items.map(isolate) : items).join(
      messages.listJoin,
    );
  }
  return renderText(value as ErrorText, messages, locale);
}
