/**
 * The custom functions' messages in five languages: errors thrown by core (a key and its
 * parameters, errors-render.ts) and HEALTHEXPLAIN's drivers, shown in the spreadsheet's language.
 * English is in Code.js; another language is read from its file (translations.ts).
 */
import { type DriversText, driversText, ENGLISH_DRIVER_MESSAGES } from './drivers';
import type { ErrorMessages } from './errors-en';
import { type ErrorText, inEnglish, isLocalizedError, renderText } from './errors-render';
import { intlLocale, isRightToLeft, languageOf } from './text';
import { translationOf } from './translations';

/** Right-to-left mark: a message that opens with a Latin name still reads right to left. */
const RLM = '\u200f';

/**
 * The catalogue of a locale's language and the Intl tag its numbers follow; null for English
 * (or a language without a catalogue), which reads no file: core's errors already read in
 * English (with JavaScript's own number text, as the contract's messages and drivers do).
 */
function languageIn(locale: string | null | undefined): { messages: ErrorMessages; tag: string } | null {
  const language = languageOf(locale);
  const translation = translationOf(language);
  return translation === null ? null : { messages: translation.errors, tag: intlLocale(locale, language) };
}

/** A core error in `locale`'s language; any other error as it is. */
export function localizeError(error: unknown, locale: string | null | undefined): unknown {
  if (!isLocalizedError(error)) return error;
  const language = languageIn(locale);
  if (language === null) return error;
  const { messages, tag } = language;
  const text = renderText(error.text, messages, tag);
  return new Error(isRightToLeft(tag) ? RLM + text : text);
}

/** A core message (its key and parameters) in `locale`'s language; English without a catalogue. */
export function errorTextIn(text: ErrorText, locale: string | null | undefined): string {
  const language = languageIn(locale);
  return language === null ? inEnglish(text) : renderText(text, language.messages, language.tag);
}

export function driversIn(locale: string | null | undefined): DriversText {
  const language = languageIn(locale);
  return language === null
    ? driversText(ENGLISH_DRIVER_MESSAGES)
    : driversText(language.messages, language.tag);
}
