// google.script.run's transport rules, in ONE place for every host that runs server functions for
// an HTML page: the emulator's scriptRun (below), the playground server, the sidebar test server and
// the browser shim (dev/sidebar-host/shim.ts injects checkScriptRunValue's own source).
//
// Google: legal parameters and return values are numbers, booleans, strings, null, and objects and
// arrays composed of them; a Date, Function, DOM element (except a form as the only parameter) or
// other type makes the request fail, also inside objects or arrays, as do circular references;
// undefined fields within arrays become null. Return values have the same restrictions.
// https://developers.google.com/apps-script/guides/html/communication#parameters_and_return_values
// https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...)
// Stricter readings taken here: NaN and ±Infinity fail (no JSON form); only plain objects pass (a
// class instance, Map, boxed primitive or Error fails); an illegal return value goes to the failure
// handler instead of reaching the page as null; a form element is not supported (fails).

/**
 * The copy the other side receives, or an Error naming the offending path, e.g.
 * `Failed due to illegal value in property: date (arguments[0].snapshots[2].date is a Date)`.
 * Undefined array items (and holes) become null; undefined object fields are dropped.
 * Self-contained on purpose (no imports, no outer names): the browser shim embeds its source.
 */
export function checkScriptRunValue(value: unknown, path = 'value'): unknown {
  const stack: unknown[] = [];
  const describe = (v: unknown): string => {
    if (typeof v === 'number') return String(v);
    if (typeof v === 'function') return 'a function';
    if (typeof v === 'symbol') return 'a symbol';
    if (typeof v === 'bigint') return 'a bigint';
    if (v === undefined) return 'undefined';
    const tag = Object.prototype.toString.call(v).slice(8, -1);
    if (tag === 'Date') return 'a Date';
    const proto = Object.getPrototypeOf(v);
    const name = proto?.constructor?.name;
    return name ? `a ${name}` : `a ${tag}`;
  };
  const fail = (v: unknown, where: string, key: string, why?: string): never => {
    throw new Error(
      `Failed due to illegal value in property: ${key} (${where} is ${why || describe(v)}; google.script.run ` +
        'carries only numbers, strings, booleans, null, and plain objects and arrays of them)',
    );
  };
  const copy = (v: unknown, where: string, key: string): unknown => {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
    if (typeof v === 'number') return Number.isFinite(v) ? v : fail(v, where, key);
    if (typeof v !== 'object') return fail(v, where, key);
    if (stack.indexOf(v) >= 0) return fail(v, where, key, 'a circular reference');
    stack.push(v);
    let out: unknown;
    if (Array.isArray(v)) {
      const items: unknown[] = [];
      for (let i = 0; i < v.length; i++) {
        const item = v[i];
        items.push(item === undefined ? null : copy(item, `${where}[${i}]`, String(i)));
      }
      out = items;
    } else {
      const proto = Object.getPrototypeOf(v);
      const plain =
        Object.prototype.toString.call(v) === '[object Object]' &&
        (proto === null || Object.getPrototypeOf(proto) === null);
      if (!plain) fail(v, where, key);
      const fields: Record<string, unknown> = {};
      for (const k of Object.keys(v as object)) {
        const field = (v as Record<string, unknown>)[k];
        if (field === undefined) continue;
        fields[k] = copy(
          field,
          /^[A-Za-z_$][\w$]*$/.test(k) ? `${where}.${k}` : `${where}[${JSON.stringify(k)}]`,
          k,
        );
      }
      out = fields;
    }
    stack.pop();
    return out;
  };
  return value === undefined ? undefined : copy(value, path, path);
}

/** The copies of a call's arguments as the server receives them (throws on an illegal one). */
export function checkScriptRunArgs(args: readonly unknown[]): unknown[] {
  return args.map((arg, i) => {
    const copy = checkScriptRunValue(arg, `arguments[${i}]`);
    return copy === undefined ? null : copy;
  });
}

export type ServerReply = { ok: true; value: unknown } | { ok: false; error: string };

/** Whether google.script.run can reach a top-level name: not private (`name_`), not a custom function. */
export function isServerFunction(scope: Record<string, unknown>, name: string): boolean {
  return typeof scope[name] === 'function' && !name.endsWith('_') && !/^[A-Z0-9_]+$/.test(name);
}

/**
 * Runs one server function as google.script.run does, after the arguments were checked on the
 * page: the server gets copies; a throw or an illegal return value is a failed reply.
 */
export function serverCall(
  scope: Record<string, unknown>,
  name: string,
  args: readonly unknown[],
): ServerReply {
  if (!isServerFunction(scope, name)) return { ok: false, error: `Script function not found: ${name}` };
  try {
    const fn = scope[name] as (...a: unknown[]) => unknown;
    const result = fn(...checkScriptRunArgs(args));
    return { ok: true, value: checkScriptRunValue(result, `${name}() return value`) };
  } catch (error) {
    const message = typeof error === 'object' && error !== null && 'message' in error ? error.message : error;
    return { ok: false, error: String(message) };
  }
}

type Handler = (value: unknown, userObject?: unknown) => void;

/** The emulator's google.script.run for a loaded add-on (see scriptRun). */
export interface ScriptRun {
  withSuccessHandler(handler: Handler): ScriptRun;
  withFailureHandler(handler: Handler): ScriptRun;
  withUserObject(userObject: unknown): ScriptRun;
  [serverFunction: string]: unknown;
}

/**
 * `google.script.run` for the scope loadAddon returned, in-process: `scriptRun(addon)
 * .withSuccessHandler(fn).withFailureHandler(fn).getSidebarState()`. An illegal argument throws at the
 * call (as in the browser); the server function runs at once; the success handler (checked copy of
 * the return value) or the failure handler (an Error) is called asynchronously, with the user object.
 * A failure without a failure handler is thrown asynchronously (an uncaught error, as on the page).
 */
export function scriptRun(scope: Record<string, unknown>): ScriptRun {
  const runner = (success: Handler | null, failure: Handler | null, userObject: unknown): ScriptRun =>
    new Proxy({} as ScriptRun, {
      get(_, name) {
        if (name === 'withSuccessHandler') return (fn: Handler) => runner(fn, failure, userObject);
        if (name === 'withFailureHandler') return (fn: Handler) => runner(success, fn, userObject);
        if (name === 'withUserObject') return (object: unknown) => runner(success, failure, object);
        if (typeof name !== 'string' || name === 'then') return undefined;
        if (!isServerFunction(scope, name)) return undefined;
        return (...args: unknown[]): void => {
          const checked = checkScriptRunArgs(args);
          const reply = serverCall(scope, name, checked);
          setTimeout(() => {
            if (reply.ok) success?.(reply.value, userObject);
            else if (failure) failure(new Error(reply.error), userObject);
            else throw new Error(reply.error);
          }, 0);
        };
      },
    });
  return runner(null, null, undefined);
}
