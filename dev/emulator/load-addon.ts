// Runs the built classic script in a fresh vm context whose only extra globals are the workbook's
// services (plus console, which Apps Script V8 has too), then registers its all-caps top-level
// functions as custom functions of the workbook's formula engine. The context's Date follows
// workbook.setNow (see clock.ts).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import vm from 'node:vm';
import { HyperFormula } from 'hyperformula';
import { installClock } from './clock';
import type { Realm } from './engine';
import { makeConsole } from './services/logger';
import type { Workbook } from './workbook';

const CUSTOM_NAME = /^[A-Z][A-Z0-9_]*$/;

export function loadAddon(workbook: Workbook, codePath = 'dist/Code.js'): Record<string, unknown> {
  const file = resolve(codePath);
  const code = readFileSync(file, 'utf8');
  const globals: Record<string, unknown> = { ...workbook.services, console: makeConsole(workbook) };
  const provided = new Set(Object.keys(globals));
  const ctx = vm.createContext(globals) as Record<string, unknown>;
  installClock(ctx, () => workbook.fixedNow);
  // Values handed to the script (dates, arrays, errors) are created in its own realm.
  workbook.realm = vm.runInContext(
    '({ date: function (ms) { return new Date(ms); }, array: function () { return []; }, error: function (m) { return new Error(m); } })',
    ctx,
  ) as Realm;
  workbook.scriptContext = ctx;
  workbook.htmlDir = dirname(file);
  vm.runInContext(code, ctx, { filename: file });

  const builtIns = new Set(HyperFormula.getRegisteredFunctionNames('enGB'));
  const fns = new Map<string, (...args: unknown[]) => unknown>();
  for (const name of Object.getOwnPropertyNames(ctx)) {
    const v = ctx[name];
    if (CUSTOM_NAME.test(name) && typeof v === 'function' && !provided.has(name) && !builtIns.has(name)) {
      fns.set(name, v as (...args: unknown[]) => unknown);
    }
  }
  workbook.engine.rebuild(fns);
  return ctx;
}
