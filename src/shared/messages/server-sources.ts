/**
 * The server's translated catalogues by language code: what build.mjs writes into the language
 * files (translation-files.ts) and what the tests check. Code.js never imports this file: it
 * carries English (server-en.ts) and reads another language's file.
 */
import type { ServerMessages } from './server';
import { serverFa } from './server-fa';
import { serverIt } from './server-it';
import { serverRo } from './server-ro';
import { serverTh } from './server-th';
import type { SurveyWords } from './survey-words-en';

export const SERVER_TRANSLATIONS: Readonly<Record<string, ServerMessages & SurveyWords>> = {
  it: serverIt,
  ro: serverRo,
  fa: serverFa,
  th: serverTh,
};
