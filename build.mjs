// Builds the Apps Script project in dist/: Code.js (top-level stubs with the source's JSDoc in
// front of one esbuild bundle), appsscript.json, one i18n-<language>.html per language but English
// (its messages, read only when needed: src/shared/messages/translations.ts), and the sidebar HTML
// when it exists.
// Bundlers drop comments and rename parameters; Sheets reads both for autocomplete, so the
// stubs are generated from the TypeScript source with the compiler API rather than kept by hand.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import { minify } from 'terser';
import ts from 'typescript';
import { distDir } from './dev/dist-path.mjs';

const root = dirname(fileURLToPath(import.meta.url));
// dist/, or ADDON_DIST (a second checkout of the work builds and tests without touching dist/).
const dist = distDir();
const ENTRY = join(root, 'src/server/index.ts');
export const GLOBAL_NAME = 'Addon_';

/** The files `src/server/index.ts` re-exports with `export * from`: Apps Script's whole surface. */
export function surfaceFiles() {
  const source = ts.createSourceFile(ENTRY, readFileSync(ENTRY, 'utf8'), ts.ScriptTarget.ES2020, true);
  return source.statements
    .filter(
      (statement) =>
        ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.exportClause,
    )
    .map((statement) => resolve(dirname(ENTRY), `${statement.moduleSpecifier.text}.ts`));
}

/** Every exported function of a file: name, parameter names and its JSDoc block, verbatim. */
export function exportedFunctions(file) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2020, true);
  const found = [];
  for (const statement of source.statements) {
    if (!ts.isFunctionDeclaration(statement) || !statement.name) continue;
    if (!statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)) continue;
    const docs = statement.getChildren(source).filter(ts.isJSDoc);
    const jsdoc = docs.length > 0 ? text.slice(docs.at(-1).pos, docs.at(-1).end) : '';
    found.push({
      name: statement.name.text,
      params: statement.parameters.map((parameter) => parameter.name.getText(source)),
      jsdoc: jsdoc.replace(/^[ \t]*\*/gm, ' *'),
      file,
    });
  }
  return found;
}

/** A custom function must carry what Sheets needs for autocomplete, or the build fails. */
function checkCustomFunction(fn) {
  const problems = [];
  if (!/@customfunction\b/.test(fn.jsdoc)) problems.push('no @customfunction');
  if (!/^\/\*\*\s*\n\s*\*\s*\S/.test(fn.jsdoc)) problems.push('no description');
  if (!/@returns?\b/.test(fn.jsdoc)) problems.push('no @return');
  const documented = [...fn.jsdoc.matchAll(/@param\s+(?:\{[^}]*\}\s+)?\[?(\w+)/g)].map((match) => match[1]);
  if (documented.join(',') !== fn.params.join(',')) {
    problems.push(
      `@param names (${documented.join(', ')}) differ from the parameters (${fn.params.join(', ')})`,
    );
  }
  if (problems.length > 0) throw new Error(`${fn.name} in ${fn.file}: ${problems.join('; ')}`);
}

const isCustomFunctionName = (name) => /^[A-Z][A-Z0-9_]*$/.test(name);

/**
 * Custom functions keep their whole JSDoc: Sheets' autocomplete reads it. Entry points (menu,
 * sidebar, triggers) are documented in the TypeScript source; their stubs carry none, because
 * Code.js is loaded by every custom-function call and nobody reads the pushed file.
 */
function stubDoc(fn) {
  return isCustomFunctionName(fn.name) ? `${fn.jsdoc}\n` : '';
}

function stub(fn) {
  const params = fn.params.join(',');
  return `${stubDoc(fn)}function ${fn.name}(${params}){return ${GLOBAL_NAME}.${fn.name}(${params})}\n`;
}

/**
 * esbuild's IIFE with a global name returns the exports through getters and a CommonJS shim;
 * bundling as ESM and turning its one closing `export {…}` into a plain object returned from our
 * own IIFE (strict, as ES modules are) gives the same global (`var Addon_`) in fewer bytes.
 */
function asGlobal(esm, name = GLOBAL_NAME) {
  const tail = /export\s*\{([^}]*)\};?\s*$/.exec(esm);
  if (tail === null) throw new Error('The ESM bundle does not end with one export clause.');
  const entries = tail[1].split(',').map((entry) => {
    const [local, exported = local] = entry.trim().split(/\s+as\s+/);
    return `${exported}:${local}`;
  });
  return `var ${name}=(()=>{"use strict";${esm.slice(0, tail.index)}return{${entries.join(',')}}})();`;
}

/** The survey importer's file (src/server/survey-module.ts reads it): `var Surveys_=…;` as text. */
export const SURVEY_MODULE = { entry: join(root, 'src/server/survey-endpoints.ts'), file: 'surveys.html' };
export const SURVEY_GLOBAL = 'Surveys_';

async function bundle(entry = ENTRY, name = GLOBAL_NAME) {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2020',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    write: false,
  });
  // esbuild bundles and minifies fast; terser's further passes take another ~2% off, which counts
  // because every custom-function call loads Code.js. Top-level names (Addon_) are kept. The
  // "unsafe" transforms are checked by the tests that load this Code.js (the addon project and
  // the playground's browser tests); the unit tests (tests/core) run the TypeScript sources.
  const minified = await minify(asGlobal(result.outputFiles[0].text, name), {
    ecma: 2020,
    compress: { passes: 3, unsafe: true, unsafe_arrows: true },
    mangle: true,
    format: { comments: false },
  });
  return minified.code;
}

/** The language files, from the catalogues' TypeScript sources (translation-files.ts). */
async function translationFiles() {
  const result = await esbuild.build({
    entryPoints: [join(root, 'src/shared/messages/translation-files.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
  });
  const url = `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`;
  return (await import(url)).translationFiles();
}

export async function build() {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  const functions = surfaceFiles().flatMap(exportedFunctions);
  for (const fn of functions) if (isCustomFunctionName(fn.name)) checkCustomFunction(fn);
  const header =
    '/**\n * Customer Health Score for Google Sheets. Built by build.mjs from src/: do not edit.\n' +
    ' * @OnlyCurrentDoc\n */\n';
  const code = `${header}\n${functions.map(stub).join('')}\n${await bundle()}`;
  // A classic script: Apps Script rejects import/export. Compiling it here catches both.
  new vm.Script(code, { filename: 'Code.js' });
  writeFileSync(join(dist, 'Code.js'), code);
  // The survey importer, evaluated only when used (survey-module.ts): its file ends by naming the
  // module, so the text is a function body whose result is the module.
  const surveys = `${await bundle(SURVEY_MODULE.entry, SURVEY_GLOBAL)}\nreturn ${SURVEY_GLOBAL};`;
  new vm.Script(`(function(){${surveys}\n})`, { filename: SURVEY_MODULE.file });
  writeFileSync(join(dist, SURVEY_MODULE.file), surveys);
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  for (const [name, text] of Object.entries(await translationFiles())) writeFileSync(join(dist, name), text);
  const sidebar = join(root, 'src/sidebar/build.mjs');
  if (existsSync(sidebar)) await (await import(sidebar)).buildSidebar(dist);
  return { functions: functions.map((fn) => fn.name), bytes: Buffer.byteLength(code) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { functions, bytes } = await build();
  console.log(`${join(dist, 'Code.js')}: ${functions.length} entry points, ${(bytes / 1024).toFixed(1)} KB`);
}
