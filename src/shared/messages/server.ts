/**
 * The server's catalogues: menu, alerts, toasts, the Health Model sheet's captions and the digest
 * e-mail (see server-en.ts). English is a plain object; the translations travel packed
 * (server-packed.ts, from the server-*.ts sources by dev/pack-messages.ts) and are unpacked, all
 * four at once in about a millisecond, only when a user or a spreadsheet in another language
 * needs them, so loading Code.js for a custom function never pays for them.
 */
import { unpackTranslations } from './packed-translations';
import { serverEn } from './server-en';
import { PACKED_SERVER_TRANSLATIONS } from './server-packed';
import { formatIsolated, intlLocale, languageOf, localeKey, type MessageParams } from './text';

export { format } from './text';
export type ServerMessages = { readonly [K in keyof typeof serverEn]: string };

let catalogues: Readonly<Record<string, ServerMessages>> | null = null;

/** English and the unpacked translations, by language code. */
function allCatalogues(): Readonly<Record<string, ServerMessages>> {
  if (catalogues === null) {
    catalogues = {
      en: serverEn,
      ...unpackTranslations<ServerMessages>(PACKED_SERVER_TRANSLATIONS, Object.keys(serverEn)),
    };
  }
  return catalogues;
}

/** Every language's catalogue, English first (to recognise what set-up wrote in any of them). */
export function serverCatalogues(): readonly ServerMessages[] {
  return Object.values(allCatalogues());
}

/** The catalogue of a locale (`it`, `ro_RO`, `fa-IR`…), or English when there is none. */
export function getServerMessages(locale?: string | null): ServerMessages {
  return catalogueOf(locale) ?? serverEn;
}

function catalogueOf(locale: string | null | undefined): ServerMessages | undefined {
  const key = localeKey(locale);
  const language = languageOf(key);
  // English, the common case, never unpacks anything.
  if (key === 'en' || language === 'en') return serverEn;
  const all = allCatalogues();
  return all[key] ?? all[language];
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
