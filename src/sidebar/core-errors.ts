/**
 * Errors of core's checks (a message key and its parameters: LocalizedError) in the panel's
 * language. The Model tab runs the very checks the server runs (draft.ts), so their messages are
 * core's catalogue, not the panel's; English is core's own rendering.
 */
import type { ErrorMessages } from '../shared/messages/errors-en';
import {
  type ErrorParam,
  type ErrorText,
  inEnglish,
  LocalizedError,
  renderText,
} from '../shared/messages/errors-render';
import { intlLocale, languageOf, localeKey } from '../shared/messages/text';
import { ERROR_CATALOGUES } from './error-catalogues';

/** Catalogues added at run time (a pseudo-locale in tests), by locale key. */
const registered = new Map<string, Partial<ErrorMessages>>();

export function registerErrorCatalogue(locale: string, messages: Partial<ErrorMessages>): void {
  registered.set(localeKey(locale), messages);
}

/** `text` in `locale`'s language; English when that catalogue lacks a key it needs. */
export function coreErrorText(text: ErrorText, locale: string): string {
  const key = localeKey(locale);
  const own = registered.get(key);
  const messages = own ?? ERROR_CATALOGUES[languageOf(key)];
  if (messages === undefined || !covers(text, messages)) return inEnglish(text);
  // A registered catalogue writes numbers as English does (the pseudo-locale is English inside).
  const tag = own === undefined ? intlLocale(locale, languageOf(key)) : undefined;
  return renderText(text, messages as ErrorMessages, tag);
}

/** What the panel shows for a thrown error: a core error in `locale`'s language, else its message. */
export function errorIn(error: unknown, locale: string): string {
  if (error instanceof LocalizedError) return coreErrorText(error.text, locale);
  return error instanceof Error ? error.message : String(error);
}

/** Whether `messages` has every key `text` renders with (nested texts, and the list separator). */
function covers(text: ErrorText, messages: Partial<ErrorMessages>): boolean {
  const has = (value: ErrorParam): boolean => {
    if (Array.isArray(value)) return messages.listJoin !== undefined && value.every(has);
    return typeof value !== 'object' || covers(value as ErrorText, messages);
  };
  return messages[text.key] !== undefined && Object.values(text.params).every(has);
}
