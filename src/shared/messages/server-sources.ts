/**
 * The server's translated catalogues as written, for the pack script and the tests. Code.js
 * never imports this file: it carries English as a plain object and the translations packed
 * (server-packed.ts), unpacked the first time a user or a spreadsheet in another language needs
 * them.
 */

import { translationsJson } from './packed-translations';
import type { ServerMessages } from './server';
import { serverEn } from './server-en';
import { serverFa } from './server-fa';
import { serverIt } from './server-it';
import { serverRo } from './server-ro';
import { serverTh } from './server-th';

export const SERVER_TRANSLATIONS: Readonly<Record<string, ServerMessages>> = {
  it: serverIt,
  ro: serverRo,
  fa: serverFa,
  th: serverTh,
};

/** The translations in the pack format both catalogues use (packed-translations.ts). */
export function packServerTranslations(): string {
  return translationsJson(Object.keys(serverEn), SERVER_TRANSLATIONS);
}
