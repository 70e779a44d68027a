/**
 * The catalogues of the custom functions' messages as written, for the pack script and the tests.
 * Code.js never imports this file: it reads the packed copy (errors-packed.ts), unpacked on the
 * first message it needs.
 */
import { type ErrorMessages, errorsEn } from './errors-en';
import { errorsFa } from './errors-fa';
import { errorsIt } from './errors-it';
import { errorsRo } from './errors-ro';
import { errorsTh } from './errors-th';
import { translationsJson } from './packed-translations';

export const ERROR_SOURCES: Readonly<Record<string, ErrorMessages>> = {
  en: errorsEn,
  it: errorsIt,
  ro: errorsRo,
  fa: errorsFa,
  th: errorsTh,
};

/**
 * Two packs, so the sidebar (which renders only English) carries one: English as `[keys, messages]`,
 * the translations as `[languages, messages of each in the keys' order]` (no key shipped five times).
 */
export function packCatalogues(): { english: string; translations: string } {
  const keys = Object.keys(errorsEn) as (keyof ErrorMessages)[];
  const languages = Object.keys(ERROR_SOURCES).filter((language) => language !== 'en');
  return {
    english: JSON.stringify([keys, keys.map((key) => errorsEn[key])]),
    translations: translationsJson(
      keys,
      Object.fromEntries(languages.map((language) => [language, ERROR_SOURCES[language]])),
    ),
  };
}
