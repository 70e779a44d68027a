/**
 * Runs the built add-on the way Apps Script does: a classic script in a fresh V8 context with
 * only ECMAScript globals (plus any services given), and moves data into that context's realm so
 * arrays and Dates are the add-on's own, as Sheets hands them to a custom function.
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

export type ScriptScope = vm.Context & Record<string, (...args: unknown[]) => unknown>;

export function runScript(
  code: string,
  globals: Record<string, unknown> = {},
  filename = 'Code.js',
): ScriptScope {
  const context = vm.createContext({ ...globals });
  vm.runInContext(code, context, { filename });
  return context as ScriptScope;
}

export function loadScriptFile(path: string, globals: Record<string, unknown> = {}): ScriptScope {
  return runScript(readFileSync(path, 'utf8'), globals);
}

/** Deep-copies arrays and Dates into the context's realm, so `instanceof Date` holds inside it. */
export function intoRealm(context: vm.Context, value: unknown): unknown {
  const realm = vm.runInContext('({ Array, Date })', context) as {
    Array: ArrayConstructor;
    Date: DateConstructor;
  };
  const copy = (item: unknown): unknown => {
    if (Array.isArray(item)) {
      const array = new realm.Array(item.length);
      for (let i = 0; i < item.length; i++) array[i] = copy(item[i]);
      return array;
    }
    if (item instanceof Date || Object.prototype.toString.call(item) === '[object Date]') {
      return new realm.Date((item as Date).getTime());
    }
    return item;
  };
  return copy(value);
}
