/**
 * The message catalogue shared by the sidebar and the server. To add a locale, add one file
 * (e.g. `fa.ts` exporting `export const fa: Messages = { … }`) and register it in `CATALOGUES`;
 * the type demands every key of English, so nothing can be forgotten. Components never hold text.
 */
import { en } from './en';
import { languageOf, localeKey } from './text';

export { format, languageOf } from './text';

export type MessageKey = keyof typeof en;
export type Messages = { readonly [K in MessageKey]: string };

const CATALOGUES: Readonly<Record<string, Messages>> = { en };

const RTL_LANGUAGES = new Set(['fa', 'ar', 'he', 'iw', 'ur', 'ps', 'yi', 'ckb']);

/** The catalogue of a locale (`it`, `ro-RO`, `fa_IR`…), or English when there is none. */
export function getMessages(locale?: string | null): Messages {
  const key = localeKey(locale);
  return CATALOGUES[key] ?? CATALOGUES[languageOf(key)] ?? en;
}

/** The locale whose catalogue `getMessages` would return (for `lang`). */
export function resolvedLocale(locale?: string | null): string {
  const key = localeKey(locale);
  if (CATALOGUES[key] !== undefined) return key;
  return CATALOGUES[languageOf(key)] !== undefined ? languageOf(key) : 'en';
}

export function textDirection(locale?: string | null): 'rtl' | 'ltr' {
  return RTL_LANGUAGES.has(languageOf(locale)) ? 'rtl' : 'ltr';
}
