/**
 * The one format both packed catalogues use (errors-packed.ts, server-packed.ts): the
 * translations as `[languages, texts of each language in English's key order]`, so no key travels
 * five times. `translationsJson` writes it (dev/pack-messages.ts, through the *-sources.ts files);
 * `unpackTranslations` reads it back in Code.js, on first use.
 */
import { base91Bytes, inflateRaw, utf8Text } from './inflate';

type Catalogue = Readonly<Record<string, string>>;

export function translationsJson(
  keys: readonly string[],
  translations: Readonly<Record<string, Catalogue>>,
): string {
  const languages = Object.keys(translations);
  return JSON.stringify([
    languages,
    ...languages.map((language) => keys.map((key) => translations[language][key])),
  ]);
}

/** Deflated, basE91-encoded JSON (what dev/pack-messages.ts writes), parsed. */
export function unpackJson(packed: string): string[][] {
  return JSON.parse(utf8Text(inflateRaw(base91Bytes(packed))));
}

/** Each language's catalogue from a pack `translationsJson` wrote, keyed as `keys`. */
export function unpackTranslations<T>(packed: string, keys: readonly string[]): Record<string, T> {
  const [languages, ...texts] = unpackJson(packed);
  return Object.fromEntries(
    languages.map((language, i) => [
      language,
      Object.fromEntries(keys.map((key, k) => [key, texts[i][k]])) as T,
    ]),
  );
}
