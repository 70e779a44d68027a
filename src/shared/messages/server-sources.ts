/**
 * The server's translated catalogues as written, for the pack script and the tests. Code.js
 * never imports this file: it carries English as a plain object and the translations packed
 * (server-packed.ts), unpacked the first time a user or a spreadsheet in another language needs
 * them.
 */
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

/** `[languages, texts of each in English's key order]`: no key travels five times. */
export function packServerTranslations(): string {
  const keys = Object.keys(serverEn) as (keyof ServerMessages)[];
  const languages = Object.keys(SERVER_TRANSLATIONS);
  return JSON.stringify([
    languages,
    ...languages.map((language) => keys.map((key) => SERVER_TRANSLATIONS[language][key])),
  ]);
}
