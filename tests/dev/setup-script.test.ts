/**
 * npm run setup:script (dev/deploy/setup-script.ts) against a fake clasp: no Google account here,
 * so CLASP points at a stub that records its arguments and writes .clasp.json as clasp 3's
 * `create` does (or fails as it does when logged out, or refuses next to an existing file).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createArgs, SetupError, setup, spreadsheetId } from '../../dev/deploy/setup-script';
import { ROOT } from '../../dev/dist-path.mjs';

const SCRIPT_ID = '1aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789-_aBcDeFgHiJkLmNoPq';
const SHEET_ID = '1xYzSpreadsheetIdForTheTests_0123456789abcd';

/** What clasp 3 does (quietly): refuse next to .clasp.json, else "create" and write the settings it holds. */
const FAKE_CLASP = `#!${process.execPath}
const fs = require('node:fs');
const args = process.argv.slice(2);
fs.appendFileSync(process.env.FAKE_CLASP_LOG, JSON.stringify(args) + '\\n');
const mode = process.env.FAKE_CLASP_MODE || 'ok';
if (fs.existsSync('.clasp.json')) process.exit(1); // "Project file already exists."
if (mode === 'logged-out') process.exit(1);
if (mode === 'fails-after-pull') { fs.writeFileSync('dist/Code.js', 'function myFunction() {}'); process.exit(1); }
const option = (name) => { const i = args.indexOf(name); return i === -1 ? undefined : args[i + 1]; };
const rootDir = mode === 'wrong-root' ? '.' : option('--rootDir');
fs.mkdirSync(rootDir, { recursive: true });
fs.writeFileSync(rootDir + '/appsscript.json', '{"timeZone":"America/New_York"}');
fs.writeFileSync(rootDir + '/Code.js', 'function myFunction() {}');
fs.writeFileSync('.clasp.json', JSON.stringify({
  scriptId: '${SCRIPT_ID}', rootDir, parentId: option('--parentId') || 'newSheetId',
  scriptExtensions: ['.js', '.gs'], htmlExtensions: ['.html'], jsonExtensions: ['.json'],
  filePushOrder: [], skipSubdirectories: false,
}, null, 2));
`;

let dir: string;
let clasp: string;
let calls: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'setup-script-'));
  const bin = mkdtempSync(join(tmpdir(), 'fake-clasp-'));
  clasp = join(bin, 'clasp');
  calls = join(bin, 'calls.log');
  writeFileSync(clasp, FAKE_CLASP);
  chmodSync(clasp, 0o755);
});

function run(args: string[], mode = 'ok', extraEnv: Record<string, string> = {}) {
  const lines: string[] = [];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CLASP: clasp,
    FAKE_CLASP_LOG: calls,
    FAKE_CLASP_MODE: mode,
  };
  delete env.ADDON_DIST;
  Object.assign(env, extraEnv);
  const code = setup({ args, cwd: dir, env, log: (line) => lines.push(line) });
  return { code, lines };
}

const claspCalls = (): string[][] =>
  existsSync(calls)
    ? readFileSync(calls, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as string[])
    : [];
const project = () => JSON.parse(readFileSync(join(dir, '.clasp.json'), 'utf8')) as Record<string, unknown>;

describe.skipIf(process.platform === 'win32')('npm run setup:script', () => {
  it('creates a new spreadsheet with its script, pushing from dist/', () => {
    const { code, lines } = run([]);
    expect(code).toBe(0);
    expect(claspCalls()).toEqual([
      ['create', '--type', 'sheets', '--title', 'Customer Health Score', '--rootDir', 'dist'],
    ]);
    expect(project()).toMatchObject({ scriptId: SCRIPT_ID, rootDir: 'dist' });
    // clasp pulled the new project's blank manifest into dist/: ours is back.
    expect(readFileSync(join(dir, 'dist/appsscript.json'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'appsscript.json'), 'utf8'),
    );
    // No build before: the blank Code.js clasp pulled is gone, so nothing can push it.
    expect(existsSync(join(dir, 'dist/Code.js'))).toBe(false);
    expect(lines.at(-1)).toMatch(/^Next: npm run deploy/);
  });

  it('puts the built Code.js back over the blank script clasp pulls', () => {
    const built = '/* built */ function HEALTHSCORE() {}\n';
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist/Code.js'), built);
    const { code, lines } = run([]);
    expect(code).toBe(0);
    expect(readFileSync(join(dir, 'dist/Code.js'), 'utf8')).toBe(built);
    expect(lines).toContain('dist/Code.js: the built add-on put back over the blank script clasp pulled.');
  });

  it('puts the built Code.js back when clasp fails after pulling the blank one', () => {
    const built = '/* built */ function HEALTHSCORE() {}\n';
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist/Code.js'), built);
    expect(() => run([], 'fails-after-pull')).toThrow(/clasp create failed/);
    expect(readFileSync(join(dir, 'dist/Code.js'), 'utf8')).toBe(built);
    expect(existsSync(join(dir, '.clasp.json'))).toBe(false);
  });

  it('binds to the spreadsheet given by URL or ID, without --type (clasp 3 would make a new one)', () => {
    expect(run([`https://docs.google.com/spreadsheets/d/${SHEET_ID}/edit#gid=0`]).code).toBe(0);
    expect(claspCalls()).toEqual([
      ['create', '--parentId', SHEET_ID, '--title', 'Customer Health Score', '--rootDir', 'dist'],
    ]);
    expect(project()).toMatchObject({ scriptId: SCRIPT_ID, rootDir: 'dist', parentId: SHEET_ID });
    expect(createArgs(SHEET_ID)).not.toContain('--type');
    expect(spreadsheetId(` ${SHEET_ID} `)).toBe(SHEET_ID);
    expect(() => spreadsheetId('my sheet')).toThrow(SetupError);
  });

  it('--standalone creates a script of its own (an editor add-on, for test deployments)', () => {
    expect(run(['--standalone']).code).toBe(0);
    expect(claspCalls()).toEqual([
      ['create', '--type', 'standalone', '--title', 'Customer Health Score', '--rootDir', 'dist'],
    ]);
    expect(() => run(['--standalone', SHEET_ID])).toThrow(/^usage: npm run setup:script/);
  });

  it('puts rootDir back to dist when clasp wrote another', () => {
    const { lines } = run([], 'wrong-root');
    expect(project()).toMatchObject({ scriptId: SCRIPT_ID, rootDir: 'dist' });
    expect(project()).not.toHaveProperty('srcDir');
    expect(lines).toContain('.clasp.json: rootDir set to "dist" (was ".").');
  });

  it('calls nothing when already set up, only checks rootDir', () => {
    writeFileSync(join(dir, '.clasp.json'), JSON.stringify({ scriptId: SCRIPT_ID, srcDir: 'src' }));
    const { code, lines } = run([]);
    expect(code).toBe(0);
    expect(claspCalls()).toEqual([]);
    expect(project()).toEqual({ scriptId: SCRIPT_ID, rootDir: 'dist' });
    expect(lines).toContain(`Already set up: script ${SCRIPT_ID} (.clasp.json).`);
  });

  it("replaces an old checkout's placeholder .clasp.json (clasp create refuses next to it)", () => {
    writeFileSync(join(dir, '.clasp.json'), readFileSync(join(ROOT, '.clasp.example.json')));
    expect(run([]).code).toBe(0);
    expect(claspCalls()).toHaveLength(1);
    expect(project()).toMatchObject({ scriptId: SCRIPT_ID, rootDir: 'dist' });
  });

  it('says what to check when clasp create fails', () => {
    expect(() => run([], 'logged-out')).toThrow(
      'clasp create failed (above). Logged in (npx clasp login)? ' +
        'Apps Script API on (https://script.google.com/home/usersettings)?',
    );
    expect(existsSync(join(dir, '.clasp.json'))).toBe(false);
  });

  it('--check (npm run deploy) needs a project and the default dist/', () => {
    expect(() => run(['--check'])).toThrow(/run npm run setup:script first/);
    writeFileSync(join(dir, '.clasp.json'), readFileSync(join(ROOT, '.clasp.example.json')));
    expect(() => run(['--check'])).toThrow(/run npm run setup:script first/);
    writeFileSync(join(dir, '.clasp.json'), JSON.stringify({ scriptId: SCRIPT_ID, rootDir: 'dist' }));
    expect(run(['--check']).code).toBe(0);
    expect(() => run(['--check'], 'ok', { ADDON_DIST: '/tmp/elsewhere' })).toThrow(/unset it to deploy/);
    expect(claspCalls()).toEqual([]);
  });

  it('prints one line, not a stack trace, from the command line', () => {
    const result = spawnSync(
      join(ROOT, 'node_modules/.bin/tsx'),
      [join(ROOT, 'dev/deploy/setup-script.ts'), 'not a sheet'],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, CLASP: clasp, FAKE_CLASP_LOG: calls } },
    );
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^"not a sheet" is not a spreadsheet URL or ID/);
    expect(claspCalls()).toEqual([]);
  });
});
