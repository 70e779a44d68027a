// Call counting: every object a service hands out is wrapped in a Proxy that counts each method
// call against that service (SpreadsheetApp.getActive(), ss.getSheetByName(), range.getValues()…).
// Objects passed back into methods are unwrapped so the emulator's own internal calls never count.
// The same path injects failures (failOn): a chosen counted call throws before it runs, and asks
// the guard (auth.ts) whether the current execution context allows the call at all.

/** Base class of every object a service returns; only these get wrapped. */
export class GasObject {}

/** Key of a LocalObject's methods that reach the service (a symbol: scripts cannot see it). */
export const REACHES_SERVICE = Symbol('reaches service');
const NONE: ReadonlySet<string> = new Set();

/**
 * Builders and value objects (rule builders, conditions, colours, trigger builders): Apps Script
 * evaluates them in the script's own process without touching the document, so calls on them
 * are not counted, except the few that reach the service (a trigger builder's create()). Calls
 * that reach a service or the document (SpreadsheetApp.newConditionalFormatRule(),
 * sheet.setConditionalFormatRules(), range.getValues()…) are.
 */
export class LocalObject extends GasObject {
  /**
   * The few methods of a local object that do reach the service, and so count and can fail: a
   * trigger builder's create() is where Google makes the trigger (and refuses the 21st).
   */
  readonly [REACHES_SERVICE]: ReadonlySet<string> = NONE;
}

/** Where calls made inside custom functions are counted: `SpreadsheetApp in custom functions`. */
export const CUSTOM_FUNCTION_SUFFIX = ' in custom functions';

const targets = new WeakMap<object, object>();

function unwrap(x: unknown): unknown {
  if (typeof x !== 'object' || x === null) return x;
  const t = targets.get(x);
  if (t) return t;
  if (Array.isArray(x) && x.length && typeof x[0] === 'object' && x[0] !== null && targets.has(x[0])) {
    return x.map(unwrap);
  }
  return x;
}

export interface FailOnOptions {
  /** How many matching calls succeed first (default 0: the next one fails). */
  after?: number;
  message?: string;
}

interface PendingFailure {
  method: string;
  remaining: number;
  message: string | undefined;
  makeError: (message: string) => Error;
}

/** Methods that only read: getValues, getSheetByName, isBlank, hasNext… */
const READER = /^(?:get|is|has)[A-Z]/;

export class CallCounter {
  readonly counts = new Map<string, number>();
  /** Counted calls of the script's own executions that may change something (all but readers). */
  changing = 0;
  private proxies = new WeakMap<object, object>();
  private failure: PendingFailure | null = null;
  /**
   * Consulted before every call on a service object (builders included): throws when the current
   * execution context (custom function, AuthMode.NONE, trigger…) forbids it. See auth.ts.
   */
  guard: ((target: object, service: string, method: string) => void) | null = null;
  /**
   * True while a custom function runs. Sheets runs each custom function in an execution of its
   * own, not in the script execution whose edit made the sheet recalculate, so its calls count
   * apart (under "<service> in custom functions") and never take an injected failure meant for
   * the action being measured.
   */
  inCustomFunction: (() => boolean) | null = null;

  /**
   * Makes the (after+1)-th next counted call of `method` (on any service; `'*'`: of any method)
   * throw instead of running, once. `null` clears a pending failure. The call still counts: the
   * script did make it.
   */
  failOn(method: string | null, options: FailOnOptions, makeError: (message: string) => Error): void {
    if (method === null) {
      this.failure = null;
      return;
    }
    const after = options.after ?? 0;
    if (!Number.isInteger(after) || after < 0) throw new Error(`failOn: after must be an integer >= 0`);
    this.failure = { method, remaining: after, message: options.message, makeError };
  }

  private maybeFail(service: string, method: string): void {
    const f = this.failure;
    if (!f || (f.method !== '*' && f.method !== method)) return;
    if (f.remaining-- > 0) return;
    this.failure = null;
    throw f.makeError(f.message ?? `Service error: ${service} (injected failure of ${method})`);
  }

  /** Calls on `service`, or on every service of the script's own executions (custom functions apart). */
  total(service?: string): number {
    if (service !== undefined) return this.counts.get(service) ?? 0;
    let n = 0;
    for (const [key, v] of this.counts) if (!key.endsWith(CUSTOM_FUNCTION_SUFFIX)) n += v;
    return n;
  }

  wrap<T>(service: string, target: T): T {
    if (!(target instanceof GasObject)) return target;
    const cached = this.proxies.get(target);
    if (cached) return cached as T;
    const methods = new Map<PropertyKey, (...args: unknown[]) => unknown>();
    const proxy = new Proxy(target, {
      get: (t, prop) => {
        const v = Reflect.get(t, prop, t) as unknown;
        if (typeof v !== 'function' || typeof prop === 'symbol' || prop === 'constructor') return v;
        let m = methods.get(prop);
        if (!m) {
          const fn = v as (...args: unknown[]) => unknown;
          const local = t instanceof LocalObject && !t[REACHES_SERVICE].has(prop);
          m = (...args: unknown[]) => {
            const apart = this.inCustomFunction?.() === true;
            const key = apart ? `${service}${CUSTOM_FUNCTION_SUFFIX}` : service;
            if (!local) this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
            if (!local && !apart && !READER.test(prop)) this.changing++;
            this.guard?.(t, service, prop);
            if (!local && !apart) this.maybeFail(service, prop);
            return this.wrapResult(service, fn.apply(t, args.map(unwrap)));
          };
          methods.set(prop, m);
        }
        return m;
      },
    });
    this.proxies.set(target, proxy);
    targets.set(proxy, target);
    return proxy as T;
  }

  private wrapResult(service: string, r: unknown): unknown {
    if (r instanceof GasObject) return this.wrap(service, r);
    if (Array.isArray(r) && r.length && r[0] instanceof GasObject) return r.map((x) => this.wrap(service, x));
    return r;
  }
}
