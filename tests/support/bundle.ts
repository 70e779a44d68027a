/**
 * Loads the built dist/Code.js into a fresh node:vm context holding only ECMAScript globals, and
 * moves test data into that context's realm, as Sheets hands a custom function its arguments.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

export const CODE_PATH = join(__dirname, '../../dist/Code.js');

export type AddonScope = vm.Context & Record<string, (...args: unknown[]) => unknown>;

export function readBuiltCode(): string {
  return readFileSync(CODE_PATH, 'utf8');
}

export function loadBuiltAddon(code = readBuiltCode()): AddonScope {
  const context = vm.createContext({});
  vm.runInContext(code, context, { filename: 'Code.js' });
  return context as AddonScope;
}

/** Deep-copies arrays and Dates into the context's realm, so `instanceof Date` holds in Code.js. */
export function intoRealm(context: vm.Context, value: unknown): unknown {
  const realm = vm.runInContext('({ Array, Date })', context) as {
    Array: ArrayConstructor;
    Date: DateConstructor;
  };
  const copy = (item: unknown): unknown => {
    if (Array.isArray(item)) {
      const array = new realm.Array();
      for (const element of item) array.push(copy(element));
      return array;
    }
    if (item instanceof Date) return new realm.Date(item.getTime());
    return item;
  };
  return copy(value);
}

/** Calls a custom function the way Sheets does: every argument created inside the add-on's realm. */
export function callAsSheets(context: AddonScope, name: string, ...args: unknown[]): unknown {
  const fn = context[name];
  if (typeof fn !== 'function') throw new Error(`${name} is not a top-level function of Code.js`);
  return fn(...args.map((arg) => intoRealm(context, arg)));
}

/** Plain JSON-able copy of a result from the other realm, for deep equality checks. */
export function plain(value: unknown): unknown {
  if (Array.isArray(value)) return Array.from(value, plain);
  return value;
}

export const DAY_MS = 86_400_000;
export const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);
