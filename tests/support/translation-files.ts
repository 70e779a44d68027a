/**
 * For tests that run the TypeScript sources outside Apps Script: an HtmlService serving the
 * language files exactly as build.mjs writes them (translation-files.ts), so translations.ts reads
 * another language the way Code.js does. Returns the names of the files read, in order.
 */
import { translationFiles } from '../../src/shared/messages/translation-files';

export function serveTranslationFiles(): string[] {
  const files = translationFiles();
  const read: string[] = [];
  const template = (name: string) => {
    const text = files[`${name}.html`];
    if (text === undefined) throw new Error(`No HTML file named ${name} was found.`);
    read.push(name);
    return { getRawContent: () => text };
  };
  Object.assign(globalThis, { HtmlService: { createTemplateFromFile: template } });
  return read;
}
