/**
 * The catalogues of the custom functions' messages, every language by its code: what build.mjs
 * writes into the language files (translation-files.ts) and what the tests check. Code.js never
 * imports this file: it carries English (errors-en.ts) and reads another language's file.
 */
import { type ErrorMessages, errorsEn } from './errors-en';
import { errorsFa } from './errors-fa';
import { errorsIt } from './errors-it';
import { errorsRo } from './errors-ro';
import { errorsTh } from './errors-th';

export const ERROR_SOURCES: Readonly<Record<string, ErrorMessages>> = {
  en: errorsEn,
  it: errorsIt,
  ro: errorsRo,
  fa: errorsFa,
  th: errorsTh,
};
