/**
 * The server's catalogues: menu, alerts, toasts, the Health Model sheet's captions and the digest
 * e-mail (see server-en.ts). Plain object literals, so loading Code.js stays cheap.
 */
import { serverEn } from './server-en';
import { serverFa } from './server-fa';
import { serverIt } from './server-it';
import { serverRo } from './server-ro';
import { serverTh } from './server-th';
import { formatIsolated, intlLocale, languageOf, localeKey, type MessageParams } from './text';

export { format } from './text';
export type ServerMessages = { readonly [K in keyof typeof serverEn]: string };

const CATALOGUES: Readonly<Record<string, ServerMessages>> = {
  en: serverEn,
  it: serverIt,
  ro: serverRo,
  fa: serverFa,
  th: serverTh,
};

/** Every language's catalogue, English first (to recognise what set-up wrote in any of them). */
export const SERVER_CATALOGUES: readonly ServerMessages[] = Object.values(CATALOGUES);

/** The catalogue of a locale (`it`, `ro_RO`, `fa-IR`…), or English when there is none. */
export function getServerMessages(locale?: string | null): ServerMessages {
  return catalogueOf(locale) ?? serverEn;
}

function catalogueOf(locale: string | null | undefined): ServerMessages | undefined {
  const key = localeKey(locale);
  return CATALOGUES[key] ?? CATALOGUES[languageOf(key)];
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
