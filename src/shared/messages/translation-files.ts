/**
 * The language files build.mjs writes next to Code.js (translations.ts reads them): for each
 * language but English, its error and server catalogues as JSON, straight from their sources.
 * Code.js never imports this file.
 */
import { ERROR_SOURCES } from './errors-sources';
import { SERVER_TRANSLATIONS } from './server-sources';
import { type Translation, translationFile } from './translations';

/** `<`, `>` and `&` as JSON escapes: the file reads the same to JSON, and as no markup to HtmlService. */
const inert = (json: string): string =>
  json.replace(/[<>&]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** File name (`i18n-it.html`) → its text. */
export function translationFiles(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(SERVER_TRANSLATIONS).map(([language, server]) => {
      const translation: Translation = { errors: ERROR_SOURCES[language], server };
      return [`${translationFile(language)}.html`, inert(JSON.stringify(translation))];
    }),
  );
}
