/**
 * The custom functions' messages in five languages: errors thrown by core (a key and its
 * parameters, errors-render.ts) and HEALTHEXPLAIN's drivers, shown in the spreadsheet's language.
 * The catalogues travel packed (error-catalogues.ts).
 */
import { type DriversText, driversText } from './drivers';
import { errorCatalogues } from './error-catalogues';
import type { ErrorMessages } from './errors-en';
import { LocalizedError, renderText } from './errors-render';
import { intlLocale, isRightToLeft, languageOf } from './text';

/** Right-to-left mark: a message that opens with a Latin name still reads right to left. */
const RLM = '\u200f';

/** The catalogue of a locale's language and the Intl tag its numbers follow; English when none. */
function languageIn(locale: string | null | undefined): { messages: ErrorMessages; tag?: string } {
  const language = languageOf(locale);
  const catalogues = errorCatalogues();
  // English keeps JavaScript's own number text: the contract's messages and drivers read that way.
  if (language === 'en' || !Object.hasOwn(catalogues, language)) return { messages: catalogues.en };
  return { messages: catalogues[language], tag: intlLocale(locale, language) };
}

/** A core error in `locale`'s language; any other error as it is. */
export function localizeError(error: unknown, locale: string | null | undefined): unknown {
  if (!(error instanceof LocalizedError)) return error;
  const { messages, tag } = languageIn(locale);
  if (tag === undefined) return error;
  const text = renderText(error.text, messages, tag);
  return new Error(isRightToLeft(tag) ? RLM + text : text);
}

export function driversIn(locale: string | null | undefined): DriversText {
  const { messages, tag } = languageIn(locale);
  return driversText(messages, tag);
}
