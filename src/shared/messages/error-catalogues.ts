/**
 * The custom functions' messages, unpacked from errors-packed.ts on first use: every
 * custom-function call loads Code.js, and only an error (or drivers not in English) reads them,
 * so they travel deflated (a third of their size) and cost nothing at start.
 */
import type { ErrorMessages } from './errors-en';
import { PACKED_ENGLISH, PACKED_TRANSLATIONS } from './errors-packed';
import { unpackJson, unpackTranslations } from './packed-translations';

let keys: string[] = [];
let english: ErrorMessages | null = null;
let catalogues: Readonly<Record<string, ErrorMessages>> | null = null;

/** English: what core's errors say by default (the only pack the sidebar carries). */
export function englishMessages(): ErrorMessages {
  if (english === null) {
    const [names, texts] = unpackJson(PACKED_ENGLISH);
    keys = names;
    english = Object.fromEntries(keys.map((key, k) => [key, texts[k]])) as ErrorMessages;
  }
  return english;
}

/** Each language's messages by its code (`en`, `it`, `ro`, `fa`, `th`). */
export function errorCatalogues(): Readonly<Record<string, ErrorMessages>> {
  if (catalogues === null) {
    const en = englishMessages();
    catalogues = { en, ...unpackTranslations<ErrorMessages>(PACKED_TRANSLATIONS, keys) };
  }
  return catalogues;
}
