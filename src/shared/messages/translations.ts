/**
 * The messages of every language but English, one file per language in the Apps Script project
 * (`i18n-it.html`…: both catalogues of that language as JSON, written by build.mjs from the
 * errors-*.ts and server-*.ts sources). Code.js, which every custom-function call loads, carries
 * English only; HTML files are not evaluated when the script runs, so a language costs nothing
 * until one of its messages is needed, and then one read per execution. Custom functions may read
 * them: HTML (generated, never displayed) is among the services the custom-functions guide lets
 * them use, https://developers.google.com/apps-script/guides/sheets/functions ("Using Apps Script
 * services"); so may onEdit, as it needs no authorization.
 */
import type { ErrorMessages } from './errors-en';
import type { ServerMessages } from './server';

export interface Translation {
  readonly errors: ErrorMessages;
  readonly server: ServerMessages;
}

/** The languages that have a file; any other reads English without opening one. */
export const TRANSLATED_LANGUAGES: readonly string[] = ['it', 'ro', 'fa', 'th'];

/** The project file (without `.html`) holding `language`'s messages. */
export const translationFile = (language: string): string => `i18n-${language}`;

const read = new Map<string, Translation>();

/** The languages with a file, those this execution has read first (each other costs a read). */
export function translatedLanguages(): string[] {
  return [...read.keys(), ...TRANSLATED_LANGUAGES.filter((language) => !read.has(language))];
}

/** `language`'s messages (a language code: `it`), read on first use; null for English or one without a file. */
export function translationOf(language: string): Translation | null {
  if (!TRANSLATED_LANGUAGES.includes(language)) return null;
  let translation = read.get(language);
  if (translation === undefined) {
    // A template's raw content is the file as pushed; an HtmlOutput's content is made to be served.
    const json = HtmlService.createTemplateFromFile(translationFile(language)).getRawContent();
    translation = JSON.parse(json) as Translation;
    read.set(language, translation);
  }
  return translation;
}
