/** The built dist/Code.js (or ADDON_DIST's), loaded as Apps Script would, for tests that go through the bundle. */
import { readFileSync } from 'node:fs';
import { distFile } from '../../dev/dist-path.mjs';
import { intoRealm, runScript, type ScriptScope } from '../../dev/realm';

export const CODE_PATH = distFile('Code.js');

export type AddonScope = ScriptScope;

export function readBuiltCode(): string {
  return readFileSync(CODE_PATH, 'utf8');
}

/** A fresh context holding only ECMAScript globals, with Code.js run in it. */
export function loadBuiltAddon(code = readBuiltCode()): AddonScope {
  return runScript(code);
}

/** Calls a custom function the way Sheets does: every argument created inside the add-on's realm. */
export function callAsSheets(context: AddonScope, name: string, ...args: unknown[]): unknown {
  const fn = context[name];
  if (typeof fn !== 'function') throw new Error(`${name} is not a top-level function of Code.js`);
  return fn(...args.map((arg) => intoRealm(context, arg)));
}

/** Plain copy of a result from the other realm, for deep equality checks. */
export function plain(value: unknown): unknown {
  if (Array.isArray(value)) return Array.from(value, plain);
  return value;
}

export const DAY_MS = 86_400_000;
export const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);
