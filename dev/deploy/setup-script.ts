/**
 * npm run setup:script [-- <spreadsheet URL or ID> | --standalone]
 *
 * Links this checkout to an Apps Script project once, so that `npm run deploy` can push dist/ to it.
 * Without .clasp.json it runs clasp 3's `create`:
 *
 * - no argument: `clasp create --type sheets --title "Customer Health Score" --rootDir dist`, which
 *   makes a new spreadsheet with the script bound to it;
 * - a spreadsheet's URL or ID: `clasp create --parentId <id> --title … --rootDir dist`, which binds
 *   the script to that spreadsheet. No `--type` here: clasp 3 creates a new document for a
 *   container type and ignores --parentId then; the default (standalone) type passes --parentId to
 *   the Apps Script API, which binds the new project to that file;
 * - `--standalone`: `clasp create --type standalone …`, a script of its own in Drive: what an
 *   editor add-on is, for test deployments on any sheet and for publishing (docs/deploy.md).
 *
 * Then it makes sure .clasp.json says `"rootDir": "dist"` (only the built files are pushed), and
 * puts the add-on's appsscript.json and built Code.js back in dist/ (clasp pulls the new
 * project's blank ones; a blank Code.js with no build before is removed). With
 * a .clasp.json already there it calls nothing, only checks it (an old checkout's placeholder file
 * is removed first, as `clasp create` refuses to run next to it).
 *
 * `--check` (run by `npm run deploy` before the tests): fails in one line when there is nothing to
 * push to yet, or when ADDON_DIST would build somewhere clasp does not push from.
 *
 * CLASP names the clasp executable (default: this repository's node_modules/.bin/clasp); the
 * tests point it at a fake one. The project folder is the working directory (npm's is the
 * repository root).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DIST, distDir, ROOT } from '../dist-path.mjs';

export const TITLE = 'Customer Health Score';
export const ROOT_DIR = 'dist';
/** The script ID of the example file (and of the .clasp.json this repository used to commit). */
export const PLACEHOLDER_SCRIPT_ID = 'REPLACE_WITH_YOUR_SCRIPT_ID';
const API_SETTINGS = 'https://script.google.com/home/usersettings';

/** A one-line problem for the user: printed without a stack trace. */
export class SetupError extends Error {}

/** The spreadsheet ID in a Sheets URL (…/spreadsheets/d/<id>/edit…) or a bare ID. */
export function spreadsheetId(text: string): string {
  const trimmed = text.trim();
  const fromUrl = /\/spreadsheets\/d\/([A-Za-z0-9_-]+)/.exec(trimmed);
  if (fromUrl) return fromUrl[1];
  if (/^[A-Za-z0-9_-]{20,}$/.test(trimmed)) return trimmed;
  throw new SetupError(
    `"${text}" is not a spreadsheet URL or ID: copy the address of the sheet ` +
      '(https://docs.google.com/spreadsheets/d/<ID>/edit) or the <ID> part of it.',
  );
}

/** The arguments of `clasp create`: a new spreadsheet, bound to the one given, or standalone. */
export function createArgs(parentId?: string, standalone = false): string[] {
  const where = standalone
    ? ['--type', 'standalone']
    : parentId === undefined
      ? ['--type', 'sheets']
      : ['--parentId', parentId];
  return ['create', ...where, '--title', TITLE, '--rootDir', ROOT_DIR];
}

interface ClaspProject {
  scriptId?: unknown;
  rootDir?: unknown;
  srcDir?: unknown;
  parentId?: unknown;
  [key: string]: unknown;
}

function readProject(file: string): ClaspProject {
  try {
    const project = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (typeof project !== 'object' || project === null || Array.isArray(project)) throw new Error();
    return project as ClaspProject;
  } catch {
    throw new SetupError(`${file} is not a JSON object: delete it and run npm run setup:script again.`);
  }
}

const hasScriptId = (project: ClaspProject) =>
  typeof project.scriptId === 'string' &&
  project.scriptId.trim() !== '' &&
  project.scriptId !== PLACEHOLDER_SCRIPT_ID;

/** Makes .clasp.json push dist/: `rootDir` "dist" and no `srcDir` (clasp reads srcDir first). */
function ensureRootDir(file: string, project: ClaspProject, log: (line: string) => void): void {
  if (project.rootDir === ROOT_DIR && project.srcDir === undefined) return;
  const { srcDir: _srcDir, ...rest } = project;
  writeFileSync(file, `${JSON.stringify({ ...rest, rootDir: ROOT_DIR }, null, 2)}\n`);
  log(
    `.clasp.json: rootDir set to "${ROOT_DIR}" (was ${JSON.stringify(project.srcDir ?? project.rootDir)}).`,
  );
}

function claspCommand(env: NodeJS.ProcessEnv): string {
  if (env.CLASP) return env.CLASP;
  return join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'clasp.cmd' : 'clasp');
}

export interface SetupOptions {
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
}

/** Returns the exit code; a SetupError is a one-line message for the user. */
export function setup({ args, cwd, env, log }: SetupOptions): number {
  const file = join(cwd, '.clasp.json');
  const positional = args.filter((arg) => !arg.startsWith('--'));
  const standalone = args.includes('--standalone');
  const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--check' && arg !== '--standalone');
  if (unknown.length > 0 || positional.length > 1 || (standalone && positional.length > 0)) {
    throw new SetupError('usage: npm run setup:script [-- <spreadsheet URL or ID> | --standalone]');
  }

  if (args.includes('--check')) {
    if (!existsSync(file) || !hasScriptId(readProject(file))) {
      throw new SetupError(
        'No Apps Script project to push to yet: run npm run setup:script first (docs/deploy.md).',
      );
    }
    ensureRootDir(file, readProject(file), log);
    if (resolve(distDir(env)) !== resolve(DEFAULT_DIST)) {
      throw new SetupError(
        `ADDON_DIST=${env.ADDON_DIST} builds outside dist/, which is what clasp pushes: unset it to deploy.`,
      );
    }
    return 0;
  }

  const parentId = positional.length === 1 ? spreadsheetId(positional[0]) : undefined;
  if (existsSync(file)) {
    const project = readProject(file);
    if (hasScriptId(project)) {
      ensureRootDir(file, project, log);
      const bound = typeof project.parentId === 'string' ? `, bound to ${project.parentId}` : '';
      log(`Already set up: script ${project.scriptId as string}${bound} (.clasp.json).`);
      if (parentId !== undefined && project.parentId !== parentId) {
        log(`To bind to ${parentId} instead, delete .clasp.json and run npm run setup:script again.`);
      }
      log('Next: npm run deploy');
      return 0;
    }
    rmSync(file);
    log('Removed .clasp.json: it held the placeholder script ID, not a project.');
  }

  // clasp create pulls the new project's files into rootDir: its blank Code.js over the build.
  const builtCode = join(cwd, ROOT_DIR, 'Code.js');
  const built = existsSync(builtCode) ? readFileSync(builtCode) : null;
  const clasp = claspCommand(env);
  const claspArgs = createArgs(parentId, standalone);
  log(`clasp ${claspArgs.map((arg) => (/\s/.test(arg) ? `"${arg}"` : arg)).join(' ')}`);
  const result = spawnSync(clasp, claspArgs, {
    cwd,
    env,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  restorePulled(cwd, built, log);
  if (result.error)
    throw new SetupError(`Cannot run clasp (${clasp}): ${result.error.message}. Run npm ci first.`);
  if (result.status !== 0 || !existsSync(file)) {
    throw new SetupError(
      `clasp create failed (above). Logged in (npx clasp login)? Apps Script API on (${API_SETTINGS})?`,
    );
  }
  const project = readProject(file);
  if (!hasScriptId(project)) throw new SetupError('clasp create wrote .clasp.json without a script ID.');
  ensureRootDir(file, project, log);
  log(`Created script ${project.scriptId as string}: https://script.google.com/d/${project.scriptId}/edit`);
  log('Next: npm run deploy (tests, then pushes dist/), then Deploy ▸ Test deployments (docs/deploy.md).');
  return 0;
}

/**
 * clasp create copies the new project's files into rootDir: a blank manifest and a blank Code.js
 * (`function myFunction() {}`). Called whether or not clasp succeeded (it may fail after copying):
 * the add-on's manifest goes back if the one there differs, and so does the built Code.js; with
 * no build before, a Code.js there now is clasp's blank one and is removed, so nothing can push it
 * (deploy builds first).
 */
function restorePulled(cwd: string, built: Buffer | null, log: (line: string) => void): void {
  const manifest = join(cwd, ROOT_DIR, 'appsscript.json');
  const ours = readFileSync(join(ROOT, 'appsscript.json'));
  if (existsSync(manifest) && !readFileSync(manifest).equals(ours)) {
    writeFileSync(manifest, ours);
    log(`${ROOT_DIR}/appsscript.json: the add-on's manifest put back over the blank one clasp pulled.`);
  }
  const code = join(cwd, ROOT_DIR, 'Code.js');
  if (built !== null) {
    if (!existsSync(code) || !readFileSync(code).equals(built)) {
      writeFileSync(code, built);
      log(`${ROOT_DIR}/Code.js: the built add-on put back over the blank script clasp pulled.`);
    }
  } else if (existsSync(code)) {
    rmSync(code);
    log(`${ROOT_DIR}/Code.js: the blank script clasp pulled removed (npm run deploy builds the add-on).`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = setup({
      args: process.argv.slice(2),
      cwd: process.cwd(),
      env: process.env,
      log: (line) => console.log(line),
    });
  } catch (error) {
    if (!(error instanceof SetupError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}
