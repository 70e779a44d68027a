/**
 * The sidebar's only door to the server: google.script.run as typed promises.
 * `call('getSidebarState')` → `Promise<SidebarState>`. The runner is looked up on every call, so
 * any `google.script.run` defined before the first call works (Apps Script's own, or a shim
 * injected by a playground or a test before the sidebar's script runs).
 */
import type { ServerApi } from '../shared/protocol';

type Endpoint = keyof ServerApi;
type SuccessHandler = (value: unknown) => void;
type FailureHandler = (error: unknown) => void;

/** The part of google.script.run the sidebar uses. */
export interface ScriptRunner {
  withSuccessHandler(handler: SuccessHandler): ScriptRunner;
  withFailureHandler(handler: FailureHandler): ScriptRunner;
  [endpoint: string]: unknown;
}

interface GoogleScriptGlobal {
  google?: { script?: { run?: ScriptRunner } };
}

function runner(): ScriptRunner {
  const run = (globalThis as GoogleScriptGlobal).google?.script?.run;
  if (run === undefined) throw new Error('google.script.run is not available');
  return run;
}

/** Failure handlers get an Error in Apps Script; shims may pass a string or a plain object. */
export function toError(error: unknown): Error {
  if (error instanceof Error) return error;
  if (typeof error === 'object' && error !== null && 'message' in error) {
    return new Error(String((error as { message: unknown }).message));
  }
  return new Error(String(error));
}

/** Calls a server endpoint; resolves with its typed result, rejects with an Error. */
export function call<K extends Endpoint>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    try {
      const bound = runner()
        .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
        .withFailureHandler((error) => reject(toError(error)));
      const endpoint = bound[name];
      if (typeof endpoint !== 'function') throw new Error(`google.script.run has no endpoint "${name}"`);
      endpoint.apply(bound, args);
    } catch (error) {
      reject(toError(error));
    }
  });
}
