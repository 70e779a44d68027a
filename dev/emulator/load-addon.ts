// Runs the built classic script in a fresh vm context whose only extra globals are the workbook's
// services (plus console, which Apps Script V8 has too), then registers its all-caps top-level
// functions as custom functions of the workbook's formula engine. The context's Date follows
// workbook.setNow (see clock.ts).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import vm from 'node:vm';
import { HyperFormula } from 'hyperformula';
import { distFile } from '../dist-path.mjs';
import { installClock } from './clock';
import type { Realm } from './engine';
import { makeConsole } from './services/logger';
import type { Workbook } from './workbook';

const CUSTOM_NAME = /^[A-Z][A-Z0-9_]*$/;

export interface LoadOptions {
  /**
   * Evaluate the script's global code again at the start of every execution, as Apps Script does
   * (default). Off only for small test scripts that keep what they were given in globals for the
   * test to read, or declare classes and constants, which one context cannot evaluate twice.
   */
  freshExecutions?: boolean;
}

/** Loads the built Code.js (dist/, or ADDON_DIST: see dev/dist-path.mjs) unless given another file. */
export function loadAddon(
  workbook: Workbook,
  codePath = distFile('Code.js'),
  options: LoadOptions = {},
): Record<string, unknown> {
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
  const before = new Set(Object.getOwnPropertyNames(ctx));
  vm.runInContext(code, ctx, { filename: file });

  const builtIns = new Set(HyperFormula.getRegisteredFunctionNames('enGB'));
  const fns = new Map<string, (...args: unknown[]) => unknown>();
  for (const name of Object.getOwnPropertyNames(ctx)) {
    const v = ctx[name];
    if (CUSTOM_NAME.test(name) && typeof v === 'function' && !provided.has(name) && !builtIns.has(name)) {
      fns.set(name, v as (...args: unknown[]) => unknown);
    }
  }
  // Apps Script runs the script's global code again at the start of every execution (a menu
  // item, an endpoint, a trigger, each custom-function call): module state never carries from one
  // to the next. The top-level functions stay the same objects (tests hold them, the engine calls
  // them); what they reach through the globals, the bundle, is evaluated afresh.
  const script = new vm.Script(code, { filename: file });
  workbook.newExecution =
    options.freshExecutions === false
      ? null
      : () => {
          const own = Object.getOwnPropertyNames(ctx).filter((name) => !before.has(name));
          const functions = own
            .filter((name) => typeof ctx[name] === 'function')
            .map((name) => [name, ctx[name]]);
          script.runInContext(ctx);
          for (const [name, fn] of functions) ctx[name as string] = fn;
        };
  workbook.engine.rebuild(fns);
  releaseLocksAtExecutionEnd(workbook, ctx, before);
  return ctx;
}

/**
 * Apps Script releases every lock a script holds when its execution ends
 * (https://developers.google.com/apps-script/reference/lock/lock#releaseLock()): a call from the
 * test (a menu item, an endpoint, a trigger) is one execution, so the locks it took are freed
 * when it returns or throws, even if its own releaseLock() never ran.
 */
function releaseLocksAtExecutionEnd(
  workbook: Workbook,
  ctx: Record<string, unknown>,
  globalsBefore: ReadonlySet<string>,
): void {
  let depth = 0;
  for (const name of Object.getOwnPropertyNames(ctx)) {
    const fn = ctx[name];
    // Only the script's own top-level functions; custom functions never take locks.
    if (typeof fn !== 'function' || globalsBefore.has(name) || CUSTOM_NAME.test(name)) continue;
    ctx[name] = function execution(this: unknown, ...args: unknown[]) {
      if (depth === 0) workbook.newExecution?.();
      const held = new Map(workbook.locks);
      depth++;
      try {
        return (fn as (...a: unknown[]) => unknown).apply(this, args);
      } finally {
        depth--;
        if (depth === 0) {
          for (const [kind, holder] of workbook.locks)
            if (holder !== held.get(kind)) workbook.locks.set(kind, null);
        }
      }
    };
  }
}
