// Sidebar.html carries core's messages (errors-*.ts) only for the keys its code can raise, read
// from the code itself: the string literals of the bundled modules (core names every key it
// throws as a literal: failWith('threshold', …)) and the keys core's renderer reads by name (the
// list separator). This esbuild plugin replaces two modules in the sidebar build:
// - errors-en.ts: English, core's own rendering, with the keys the whole panel names;
// - error-catalogues.ts (every language but English, all keys): the keys the Model tab's checks
//   name (draft.ts), the only core errors the panel shows in its language (core-errors.ts).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const messages = join(here, '../shared/messages');
const PANEL = join(here, 'main.ts');
/** The modules whose core errors the panel shows translated: the Model tab's checks. */
const TRANSLATED = join(here, 'draft.ts');
/** Catalogue modules: left out of the scan, where their words could only add keys by chance. */
const CATALOGUE_IMPORT =
  /(?:^|[\\/])(?:errors-(?:en|it|ro|fa|th)|error-catalogues|messages|en|it|ro|fa|th)(?:\.ts)?$/;

async function importTs(file) {
  const result = await esbuild.build({ entryPoints: [file], bundle: true, format: 'esm', write: false });
  const url = `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`;
  return import(url);
}

/** Every language's catalogue by its code (errors-sources.ts), English included. */
const allCatalogues = async () => (await importTs(join(messages, 'errors-sources.ts'))).ERROR_SOURCES;

/** The keys of core's catalogue that `entry`'s bundle names, in English's order. */
async function keysNamedBy(entry) {
  const skipCatalogues = {
    name: 'skip-catalogues',
    setup(build) {
      build.onResolve({ filter: CATALOGUE_IMPORT }, (args) => ({ path: args.path, external: true }));
    },
  };
  const scan = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    write: false,
    plugins: [skipCatalogues],
  });
  const named = new Set();
  for (const output of scan.outputFiles)
    for (const [, literal] of output.text.matchAll(/["'`](\w+)["'`]/g)) named.add(literal);
  const renderer = readFileSync(join(messages, 'errors-render.ts'), 'utf8');
  for (const [, key] of renderer.matchAll(/messages\.(\w+)/g)) named.add(key);
  return Object.keys((await allCatalogues()).en).filter((key) => named.has(key));
}

/** The keys the Model tab's checks can raise: the panel shows them in its language. */
export const sidebarErrorKeys = () => keysNamedBy(TRANSLATED);

/** The keys any of the panel's code can raise: its English catalogue. */
export const sidebarEnglishKeys = () => keysNamedBy(PANEL);

/** errors-en.ts as Sidebar.html carries it. */
export async function sidebarEnglishModule() {
  const [keys, catalogues] = await Promise.all([sidebarEnglishKeys(), allCatalogues()]);
  const english = Object.fromEntries(keys.map((key) => [key, catalogues.en[key]]));
  return `export const errorsEn = ${JSON.stringify(english)};\n`;
}

/**
 * error-catalogues.ts as Sidebar.html carries it: each language but English with the Model tab's
 * keys, as one list of keys and each language's messages in its order (the keys written once).
 */
export async function sidebarErrorModule() {
  const [keys, catalogues] = await Promise.all([sidebarErrorKeys(), allCatalogues()]);
  const languages = Object.entries(catalogues).filter(([language]) => language !== 'en');
  const texts = Object.fromEntries(
    languages.map(([language, all]) => [language, keys.map((key) => all[key])]),
  );
  return (
    `const keys = ${JSON.stringify(keys)};\n` +
    `const texts = ${JSON.stringify(texts)};\n` +
    'export const ERROR_CATALOGUES = Object.fromEntries(Object.entries(texts).map(([language, messages]) =>' +
    ' [language, Object.fromEntries(keys.map((key, i) => [key, messages[i]]))]));\n'
  );
}

export function errorCataloguesPlugin() {
  return {
    name: 'sidebar-error-catalogues',
    setup(build) {
      build.onLoad({ filter: /[\\/]shared[\\/]messages[\\/]errors-en\.ts$/ }, async () => ({
        contents: await sidebarEnglishModule(),
        loader: 'js',
      }));
      build.onLoad({ filter: /[\\/]sidebar[\\/]error-catalogues\.ts$/ }, async () => ({
        contents: await sidebarErrorModule(),
        loader: 'js',
      }));
    },
  };
}
