/** The built artefact (contract §6): a classic script whose top-level functions carry their JSDoc. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { exportedFunctions, surfaceFiles } from '../../build.mjs';
import { distFile } from '../../dev/dist-path.mjs';
import { loadBuiltAddon, readBuiltCode } from '../support/bundle';

const CONTRACT_FUNCTIONS = [
  'HEALTHSCORE',
  'HEALTHBAND',
  'HEALTHEXPLAIN',
  'HEALTHGROUPS',
  'NPS',
  'CSAT',
  'CES',
  'SURVEYSCORE',
  'HEALTHTREND',
  'HEALTHAUC',
  'HEALTHWEIGHTS',
  'CHURNRATE',
  'GRR',
  'NRR',
  'CLV',
  'CACPAYBACK',
];

interface TopLevelFunction {
  name: string;
  params: string[];
  jsdoc: string;
}

function topLevelFunctions(code: string): TopLevelFunction[] {
  const source = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);
  return source.statements.filter(ts.isFunctionDeclaration).map((declaration) => {
    const docs = declaration.getChildren(source).filter(ts.isJSDoc);
    return {
      name: declaration.name!.text,
      params: declaration.parameters.map((parameter) => parameter.name.getText(source)),
      jsdoc: docs.length > 0 ? docs[docs.length - 1].getText(source) : '',
    };
  });
}

describe('dist/Code.js', () => {
  const code = readBuiltCode();
  const functions = topLevelFunctions(code);

  it('is a classic script: no import/export, no top-level await', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/^await\s/m);
  });

  it('loads with only ECMAScript globals, calling no service and throwing nothing', () => {
    const scope = loadBuiltAddon(code);
    expect(typeof scope.HEALTHSCORE).toBe('function');
  });

  it('declares every contract function at top level with description, @param per argument, @return, @customfunction', () => {
    for (const name of CONTRACT_FUNCTIONS) {
      const fn = functions.find((candidate) => candidate.name === name);
      expect(fn, name).toBeDefined();
      const { jsdoc, params } = fn!;
      expect(jsdoc, name).toMatch(/^\/\*\*\s*\n\s*\* [A-Z]/);
      expect(jsdoc, name).toMatch(/@customfunction/);
      expect(jsdoc, name).toMatch(/@return \{[^}]+\} \S/);
      const documented = [...jsdoc.matchAll(/@param \{[^}]+\} (\w+) \S/g)].map((match) => match[1]);
      expect(documented, name).toEqual(params);
      expect(params.length, name).toBeGreaterThan(0);
    }
  });

  it('carries the parameter names of the contract', () => {
    const params = (name: string) => functions.find((fn) => fn.name === name)?.params;
    // Overrides (reference §9) only add optional arguments after the contract's.
    expect(params('HEALTHSCORE')).toEqual([
      'values',
      'headers',
      'model',
      'min_coverage',
      'as_of',
      'overrides',
    ]);
    expect(params('HEALTHBAND')).toEqual([
      'scores',
      'healthy_at',
      'unhealthy_below',
      'labels',
      'accounts',
      'overrides',
      'as_of',
    ]);
    expect(params('HEALTHEXPLAIN')).toEqual(['values', 'headers', 'model', 'top', 'as_of', 'overrides']);
    expect(params('HEALTHGROUPS')).toEqual(['values', 'headers', 'model', 'as_of']);
    expect(params('HEALTHWEIGHTS')).toEqual(['values', 'headers', 'model', 'outcomes', 'as_of']);
    expect(params('SURVEYSCORE')).toEqual([
      'account_keys',
      'response_accounts',
      'response_values',
      'kind',
      'response_dates',
      'within_days',
    ]);
    expect(params('HEALTHTREND')).toEqual([
      'account_keys',
      'history_accounts',
      'history_dates',
      'history_scores',
      'days',
    ]);
  });

  it('stubs every export of the server surface, with the JSDoc written in the TypeScript source', () => {
    const source = exportedFunctions(join(__dirname, '../../src/server/functions.ts'));
    expect(source.length).toBeGreaterThanOrEqual(CONTRACT_FUNCTIONS.length);
    for (const fn of source) {
      const built = functions.find((candidate) => candidate.name === fn.name);
      expect(built, fn.name).toBeDefined();
      expect(built!.params).toEqual(fn.params);
      expect(built!.jsdoc.replace(/\s+/g, ' ')).toBe(fn.jsdoc.replace(/\s+/g, ' '));
    }
  });

  it('exposes no other top-level function unless its name ends with _', () => {
    const allowed = new Set(
      surfaceFiles().flatMap((file: string) => exportedFunctions(file).map((fn) => fn.name)),
    );
    for (const entry of [
      'onOpen',
      'onInstall',
      'getSidebarState',
      'saveModel',
      'setUpHealthScore',
      'applyTrafficLights',
    ]) {
      expect(allowed.has(entry), entry).toBe(true);
    }
    for (const fn of functions) if (!allowed.has(fn.name)) expect(fn.name).toMatch(/_$/);
  });

  it('stays within 150 KB: every custom-function call loads the whole script', () => {
    // The budget is 150 KB (153,600 bytes). The survey importer (surveys.html) and the languages
    // other than English (i18n-*.html) are files of their own, read only when used.
    expect(Buffer.byteLength(code)).toBeLessThanOrEqual(153_600);
  });
});

describe('dist/appsscript.json', () => {
  const manifest = JSON.parse(readFileSync(distFile('appsscript.json'), 'utf8'));
  it('runs on V8 with explicit, narrow OAuth scopes', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/spreadsheets.currentonly');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/spreadsheets');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/drive');
  });
});
