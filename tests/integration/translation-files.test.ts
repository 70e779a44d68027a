/**
 * The language files next to Code.js (i18n-<language>.html): one per language but English, each
 * holding that language's error and server catalogues exactly as their sources write them, with
 * every key English has. Code.js reads them with HtmlService (src/shared/messages/translations.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distDir, distFile } from '../../dev/dist-path.mjs';
import { errorsEn } from '../../src/shared/messages/errors-en';
import { ERROR_SOURCES } from '../../src/shared/messages/errors-sources';
import { serverEn } from '../../src/shared/messages/server-en';
import { SERVER_TRANSLATIONS } from '../../src/shared/messages/server-sources';
import { surveyWordsEn } from '../../src/shared/messages/survey-words-en';
import { TRANSLATED_LANGUAGES, type Translation } from '../../src/shared/messages/translations';

const dist = distDir();
const built = (language: string): Translation =>
  JSON.parse(readFileSync(distFile(`i18n-${language}.html`), 'utf8'));

describe('language files', () => {
  it('are one per language Code.js knows to have one, and per source catalogue but English', () => {
    const files = readdirSync(dist).filter((name) => name.startsWith('i18n-'));
    expect(files.sort()).toEqual(TRANSLATED_LANGUAGES.map((language) => `i18n-${language}.html`).sort());
    expect(Object.keys(SERVER_TRANSLATIONS).sort()).toEqual([...TRANSLATED_LANGUAGES].sort());
    expect(Object.keys(ERROR_SOURCES).sort()).toEqual(['en', ...TRANSLATED_LANGUAGES].sort());
  });

  it('hold every key of English, and each message exactly as its source writes it', () => {
    for (const language of TRANSLATED_LANGUAGES) {
      const { errors, server } = built(language);
      expect(Object.keys(errors).sort(), language).toEqual(Object.keys(errorsEn).sort());
      // The server's and the survey detector's words (English keeps those in the importer's file).
      expect(Object.keys(server).sort(), language).toEqual(
        Object.keys({ ...serverEn, ...surveyWordsEn }).sort(),
      );
      expect(errors, language).toEqual(ERROR_SOURCES[language]);
      expect(server, language).toEqual(SERVER_TRANSLATIONS[language]);
    }
  });

  it('carry no markup or scriptlet, whatever the messages say', () => {
    for (const language of TRANSLATED_LANGUAGES)
      expect(readFileSync(distFile(`i18n-${language}.html`), 'utf8')).not.toMatch(/[<>&]/);
  });
});
