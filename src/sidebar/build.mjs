// Builds the sidebar into ONE self-contained file, dist/Sidebar.html: esbuild bundles
// src/sidebar/main.ts (iife, minified, es2020, browser) and the CSS, and both are inlined into
// src/sidebar/index.html in place of its two marker comments. Apps Script serves the file with
// HtmlService.createHtmlOutputFromFile('Sidebar').
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { errorCataloguesPlugin } from './error-catalogues-plugin.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const SIDEBAR_FILE = 'Sidebar.html';
// The budget grew from 150 KiB with the catalogues: each language is 12–22 KB (Thai takes three
// bytes a letter, Persian two); the file gzips to about a third for the wire. Raised from 256 KiB
// for segments and overrides (about 44 KB with their five languages). The trade-off: all five
// languages inlined keep the sidebar one file and its language switcher instant, but every user
// downloads four languages they may never use; loading those on demand would shrink the file at
// the cost of a server call (and a wait) when the user switches language.
export const MAX_BYTES = 300 * 1024;

/** `</script` inside inline JS would end the script element (`<\/` means the same in JS). */
const safeInlineScript = (code) => code.replace(/<\/(script)/gi, '<\\/$1');
const safeInlineStyle = (css) => css.replace(/<\/(style)/gi, '<\\/$1');

const SHIPPED_ENTRY = join(here, 'main.ts');

/** `entry`: another entry point (a test's, e.g. one registering a pseudo-locale before main.ts). */
export async function bundleSidebar({ entry = SHIPPED_ENTRY } = {}) {
  const script = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    plugins: [errorCataloguesPlugin()],
  });
  const style = await esbuild.transform(readFileSync(join(here, 'styles.css'), 'utf8'), {
    loader: 'css',
    minify: true,
    charset: 'utf8',
  });
  const template = readFileSync(join(here, 'index.html'), 'utf8');
  const html = template
    .replace('<!-- SIDEBAR_STYLE -->', () => `<style>${safeInlineStyle(style.code.trim())}</style>`)
    .replace(
      '<!-- SIDEBAR_SCRIPT -->',
      () => `<script>${safeInlineScript(script.outputFiles[0].text.trim())}</script>`,
    );
  if (
    /\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i.test(html) ||
    /@import|url\(\s*["']?(?:https?:)?\/\//i.test(html)
  ) {
    throw new Error('Sidebar.html must not load anything from an external URL.');
  }
  // The budget is what users download: a test's entry adds catalogues of its own on top.
  const bytes = Buffer.byteLength(html);
  if (entry === SHIPPED_ENTRY && bytes > MAX_BYTES) {
    throw new Error(`Sidebar.html is ${bytes} bytes; the limit is ${MAX_BYTES}.`);
  }
  return html;
}

/** Writes distDir/Sidebar.html; returns its path and size. */
export async function buildSidebar(distDir) {
  const html = await bundleSidebar();
  const path = join(distDir, SIDEBAR_FILE);
  writeFileSync(path, html);
  return { path, bytes: Buffer.byteLength(html) };
}
