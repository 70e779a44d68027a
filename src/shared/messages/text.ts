/** Locale and placeholder helpers, free of any catalogue (the server bundle imports only these). */

/** The primary language subtag, lower-cased: `fa-IR` → `fa`, `pt_BR` → `pt`. */
export function languageOf(locale: string | null | undefined): string {
  return (locale ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** A locale as a catalogue key: `ro_RO` → `ro-ro`. */
export function localeKey(locale: string | null | undefined): string {
  return (locale ?? '').trim().toLowerCase().replace(/_/g, '-');
}

/**
 * A locale as Intl takes it: `it_IT` → `it-IT`; `fallback` when it is not a well-formed tag
 * (Intl throws on `it_IT` itself).
 */
export function intlLocale(locale: string | null | undefined, fallback = 'en'): string {
  try {
    return Intl.getCanonicalLocales((locale ?? '').trim().replace(/_/g, '-'))[0] ?? fallback;
  } catch {
    return fallback;
  }
}

const RTL_LANGUAGES = new Set(['fa', 'ar', 'he', 'iw', 'ur', 'ps', 'yi', 'ckb']);

export function isRightToLeft(locale: string | null | undefined): boolean {
  return RTL_LANGUAGES.has(languageOf(locale));
}

/** First-strong isolate … pop directional isolate: what <bdi> does, inside plain text. */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

export type MessageParams = Readonly<Record<string, string | number>>;

// `{name}`, or `{name, plural, one {# account} other {# accounts}}` whose branches may hold `{name}`s.
const BRANCH_TEXT = '[^{}]*(?:\\{\\w+\\}[^{}]*)*';
const PART = new RegExp(
  `\\{(\\w+),\\s*plural,((?:\\s*=?\\w+\\s*\\{${BRANCH_TEXT}\\})+)\\s*\\}|\\{(\\w+)\\}`,
  'g',
);
const BRANCH = new RegExp(`(=?\\w+)\\s*\\{(${BRANCH_TEXT})\\}`, 'g');

/**
 * Fills a message. `{name}` takes `params.name`; a number is written in `locale`'s digits and
 * separators when a locale is given. `{n, plural, one {# account} other {# accounts}}` picks the
 * branch `Intl.PluralRules(locale)` names for `params.n` (an exact `=0` branch first, `other` when
 * the category has no branch); `#` is the number. An unknown placeholder stays as written.
 */
export function format(template: string, params: MessageParams = {}, locale?: string): string {
  const show = (value: string | number): string =>
    typeof value === 'number' && locale ? new Intl.NumberFormat(locale).format(value) : String(value);
  return template.replace(PART, (whole, counted: string | undefined, branches: string, name: string) => {
    const key = counted ?? name;
    if (!Object.hasOwn(params, key)) return whole;
    if (counted === undefined) return show(params[key]);
    const value = Number(params[key]);
    const options = new Map([...branches.matchAll(BRANCH)].map((branch) => [branch[1], branch[2]]));
    const text =
      options.get(`=${value}`) ??
      options.get(new Intl.PluralRules(locale || 'en').select(value)) ??
      options.get('other') ??
      '';
    return format(text.replace(/#/g, show(params[key])), params, locale);
  });
}

/**
 * `format`, and in a right-to-left locale each inserted text is bidi-isolated, so a Latin sheet
 * name or e-mail address cannot reorder the sentence around it.
 */
export function formatIsolated(template: string, params: MessageParams, locale: string): string {
  if (!isRightToLeft(locale)) return format(template, params, locale);
  const isolated: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    isolated[name] = typeof value === 'string' && value !== '' ? isolate(value) : value;
  }
  return format(template, isolated, locale);
}
