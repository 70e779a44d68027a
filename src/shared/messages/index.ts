/**
 * The message catalogue shared by the sidebar and the server. To add a locale, add one file
 * (e.g. `fa.ts` exporting `export const fa: Messages = { … }`) and register it in `CATALOGUES`
 * and `LANGUAGES`; the type demands every key of English, so nothing can be forgotten.
 * Components never hold text.
 *
 * Messages are filled by `format`: `{name}` placeholders and `{n, plural, one {…} other {…}}`
 * blocks (text.ts). In the sidebar `useLocale` names the locale the panel shows, so every
 * `format(t.key, params)` picks plural forms and writes numbers in that locale, and in a
 * right-to-left locale isolates each inserted text so a Latin sheet name or e-mail address
 * cannot reorder the sentence around it.
 */
import { en } from './en';
import { fa } from './fa';
import { it } from './it';
import { ro } from './ro';
import { formatIsolated, isRightToLeft, languageOf, localeKey, type MessageParams } from './text';
import { th } from './th';

export type { MessageParams } from './text';
export { languageOf } from './text';

export type MessageKey = keyof typeof en;
export type Messages = { readonly [K in MessageKey]: string };

const CATALOGUES: Record<string, Messages> = { en, it, ro, fa, th };

/** The languages the switcher offers, each named in itself (an autonym is never translated). */
export const LANGUAGES: { locale: string; name: string }[] = [
  { locale: 'en', name: 'English' },
  { locale: 'it', name: 'Italiano' },
  { locale: 'ro', name: 'Română' },
  { locale: 'fa', name: 'فارسی' },
  { locale: 'th', name: 'ไทย' },
];

/** Adds a catalogue at run time (a pseudo-locale in tests); `name` puts it in the switcher. */
export function registerCatalogue(locale: string, messages: Messages, name?: string): void {
  const key = localeKey(locale);
  CATALOGUES[key] = messages;
  if (name !== undefined && !LANGUAGES.some((language) => language.locale === key)) {
    LANGUAGES.push({ locale: key, name });
  }
}

/** The catalogue of a locale (`it`, `ro-RO`, `fa_IR`…), or English when there is none. */
export function getMessages(locale?: string | null): Messages {
  const key = localeKey(locale);
  return CATALOGUES[key] ?? CATALOGUES[languageOf(key)] ?? en;
}

/** The locale whose catalogue `getMessages` would return (for `lang`). */
export function resolvedLocale(locale?: string | null): string {
  const key = localeKey(locale);
  if (CATALOGUES[key] !== undefined) return key;
  return CATALOGUES[languageOf(key)] !== undefined ? languageOf(key) : 'en';
}

/** The first of `wanted` (most wanted first) that has a catalogue, or English. */
export function pickLocale(wanted: readonly (string | null | undefined)[]): string {
  for (const locale of wanted) {
    const key = localeKey(locale);
    if (CATALOGUES[key] !== undefined || CATALOGUES[languageOf(key)] !== undefined)
      return resolvedLocale(key);
  }
  return 'en';
}

export function textDirection(locale?: string | null): 'rtl' | 'ltr' {
  return isRightToLeft(locale) ? 'rtl' : 'ltr';
}

let activeLocale = 'en';

/** The locale `format` writes in from now on (the sidebar calls it when it shows a language). */
export function useLocale(locale: string): void {
  activeLocale = locale;
}

/**
 * Fills a message in `locale` (default: the one `useLocale` set): plural forms by its rules,
 * numbers in its digits; in a right-to-left locale each inserted text is bidi-isolated.
 */
export function format(template: string, params: MessageParams = {}, locale: string = activeLocale): string {
  return formatIsolated(template, params, locale);
}
