/**
 * Text that core composes from the survey detector's words (survey-words-en.ts) without reading
 * them: a key and its parameters, some of them keyed texts in turn. The detector (core) names why
 * it chose a question this way, and the server renders it in the user's language.
 */
import type { ServerText } from './server';
import { type SurveyWords, surveyWordsEn } from './survey-words-en';

export type ServerKey = keyof SurveyWords;
/** Text from the form or the sheet (shown as it is), a number, or another keyed text. */
export type KeyedParam = string | number | KeyedText;

export interface KeyedText {
  readonly key: ServerKey;
  readonly params: Readonly<Record<string, KeyedParam>>;
}

export const keyed = (key: ServerKey, params: Readonly<Record<string, KeyedParam>> = {}): KeyedText => ({
  key,
  params,
});

/**
 * `text` in `server`'s language, nested texts first; numbers in its digits. A translated
 * catalogue (its language file) holds these words; English's are not in Code.js's catalogue.
 */
export function renderKeyed(text: KeyedText, server: ServerText): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.params))
    params[name] = typeof value === 'object' ? renderKeyed(value, server) : value;
  const template = (server.messages as Partial<SurveyWords>)[text.key] ?? surveyWordsEn[text.key];
  return server.format(template, params);
}
