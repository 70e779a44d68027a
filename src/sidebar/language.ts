/**
 * Which language the panel shows and in which locale it writes numbers and dates. The language is,
 * in this order: the one the user picked in the switcher (kept in localStorage), the one the server
 * wrote into `data-locale` on <html> when it served the page, the browser's languages, English.
 */
import { languageOf, pickLocale, resolvedLocale } from '../shared/messages';

export const LANGUAGE_KEY = 'customerHealthScore.language';

/** The language picked in the switcher, or null (none yet, or storage is off). */
export function storedLanguage(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_KEY);
  } catch {
    // Storage can be off (third-party storage blocked): the switch then lasts until the panel closes.
    return null;
  }
}

export function storeLanguage(language: string): void {
  try {
    window.localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // As above: nothing to keep it in.
  }
}

/** The catalogue to show: the first of `stored`, then `named` (most wanted first) that has one. */
export function chooseLanguage(stored: string | null, named: readonly (string | null | undefined)[]): string {
  return pickLocale([stored, ...named]);
}

/**
 * The locale numbers and dates are written in: the first of `named` that speaks `language`
 * (`it_CH` → `it-CH`, so Swiss grouping), else `language` itself.
 */
export function formattingLocale(language: string, named: readonly (string | null | undefined)[]): string {
  for (const locale of named) {
    if (!locale || languageOf(locale) !== languageOf(language) || resolvedLocale(locale) !== language)
      continue;
    try {
      return Intl.getCanonicalLocales(locale.replace(/_/g, '-'))[0] ?? language;
    } catch {
      // Not a well-formed tag: try the next.
    }
  }
  return language;
}
