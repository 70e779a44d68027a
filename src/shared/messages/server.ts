/**
 * The server's catalogues: menu, alerts, toasts, the Health Model sheet's captions and the digest
 * e-mail (see server-en.ts). English is a plain object in Code.js; another language is read from
 * its file (translations.ts) only when a user or a spreadsheet in that language needs it, so
 * loading Code.js for a custom function never pays for it.
 */
import { serverEn } from './server-en';
import { formatIsolated, intlLocale, languageOf, type MessageParams } from './text';
import { type Translation, translatedLanguages, translationOf } from './translations';

export { format } from './text';
export type ServerMessages = { readonly [K in keyof typeof serverEn]: string };

/**
 * Whether `test` holds for some language's catalogue (set-up recognising the captions it wrote,
 * in whatever language): English first, then the languages already read, reading another
 * language's file only when it is reached.
 */
export function someServerCatalogue(test: (messages: ServerMessages) => boolean): boolean {
  return (
    test(serverEn) ||
    translatedLanguages().some((language) => test((translationOf(language) as Translation).server))
  );
}

/** The catalogue of a locale (`it`, `ro_RO`, `fa-IR`…), or English when there is none. */
export function getServerMessages(locale?: string | null): ServerMessages {
  return catalogueOf(locale) ?? serverEn;
}

function catalogueOf(locale: string | null | undefined): ServerMessages | undefined {
  const language = languageOf(locale);
  // English, the common case, never reads a file.
  if (language === 'en') return serverEn;
  return translationOf(language)?.server;
}

/** The server's words in one language, and the locale its numbers and plural forms follow. */
export interface ServerText {
  readonly messages: ServerMessages;
  /** A tag Intl takes: the locale asked for (`it_CH` → `it-CH`, Swiss grouping), else its language. */
  readonly locale: string;
  /** Fills a message in `locale` (bidi-isolating inserted text in a right-to-left locale). */
  format(template: string, params?: MessageParams): string;
}

function textIn(messages: ServerMessages, locale: string): ServerText {
  return { messages, locale, format: (template, params = {}) => formatIsolated(template, params, locale) };
}

export const ENGLISH: ServerText = textIn(serverEn, 'en');

/** The words of `locale` when there is a catalogue for its language, else null. */
export function serverTextOf(locale: string | null | undefined): ServerText | null {
  const messages = catalogueOf(locale);
  return messages === undefined ? null : textIn(messages, intlLocale(locale, languageOf(locale)));
}
