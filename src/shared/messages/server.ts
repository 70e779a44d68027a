/** The server's catalogue: menu, alerts and toasts (see server-en.ts). */
import { serverEn } from './server-en';
import { languageOf, localeKey } from './text';

export { format } from './text';
export type ServerMessages = { readonly [K in keyof typeof serverEn]: string };

const CATALOGUES: Readonly<Record<string, ServerMessages>> = { en: serverEn };

export function getServerMessages(locale?: string | null): ServerMessages {
  const key = localeKey(locale);
  return CATALOGUES[key] ?? CATALOGUES[languageOf(key)] ?? serverEn;
}
