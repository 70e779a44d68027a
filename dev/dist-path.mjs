// Where the built add-on lives: the one place that answers it, for build.mjs, the dev tools
// (demo, bench, playground, eval:weights, the emulator's loadAddon) and the tests.
// ADDON_DIST moves it (e.g. a second checkout building and testing without touching dist/); a
// relative ADDON_DIST is read from the repository root, so every process finds the same folder
// whatever its working directory. Plain JavaScript so that build.mjs can import it without tsx.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, '');

/** What `clasp push` uploads (`rootDir` of .clasp.json): always dist/, whatever ADDON_DIST says. */
export const DEFAULT_DIST = join(ROOT, 'dist');

/**
 * The folder holding the built Code.js, appsscript.json and Sidebar.html.
 * @param {Record<string, string | undefined>} [env]
 * @returns {string}
 */
export function distDir(env = process.env) {
  const chosen = env.ADDON_DIST?.trim();
  return chosen ? resolve(ROOT, chosen) : DEFAULT_DIST;
}

/**
 * A built file, e.g. `distFile('Code.js')`.
 * @param {string} name
 * @param {Record<string, string | undefined>} [env]
 * @returns {string}
 */
export function distFile(name, env = process.env) {
  return join(distDir(env), name);
}
