/**
 * google.script.run's transport rules (dev/emulator/script-run.ts), as strict as Google's:
 * https://developers.google.com/apps-script/guides/html/communication#parameters_and_return_values
 * The same check runs in the emulator's scriptRun, the browser shim and the sidebar/playground servers.
 */
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { checkScriptRunValue, createWorkbook, loadAddon, scriptRun, serverCall } from '../../dev/emulator';
import { serveSidebar } from '../../dev/sidebar-host/serve';
import { rpcShimScript } from '../../dev/sidebar-host/shim';

const FIXTURE = 'tests/emulator/fixtures/ScriptRun.js';
const ILLEGAL = /^Failed due to illegal value in property: /;

describe('checkScriptRunValue', () => {
  it('passes primitives and plain objects/arrays of them, as a copy', () => {
    const value = { a: 1, b: 'x', c: true, d: null, e: [1, [2, { f: 'g' }]], skip: undefined };
    const copy = checkScriptRunValue(value) as Record<string, unknown>;
    expect(copy).toEqual({ a: 1, b: 'x', c: true, d: null, e: [1, [2, { f: 'g' }]] });
    expect(copy).not.toBe(value);
    expect('skip' in copy).toBe(false);
    expect(checkScriptRunValue(Object.create(null))).toEqual({});
    // Plain objects and arrays of another realm (the add-on's vm context) are plain too.
    const foreign = vm.runInNewContext('({ rows: [[1, "a"], [2, "b"]], ok: true })');
    expect(checkScriptRunValue(foreign)).toEqual({
      rows: [
        [1, 'a'],
        [2, 'b'],
      ],
      ok: true,
    });
  });

  it('turns undefined array items and holes into null, as Google documents', () => {
    // biome-ignore lint/suspicious/noSparseArray: a hole on purpose
    expect(checkScriptRunValue([1, undefined, , 4])).toEqual([1, null, null, 4]);
  });

  it.each([
    ['a Date', new Date(0), 'a Date'],
    ['a Date of another realm', vm.runInNewContext('new Date(0)'), 'a Date'],
    ['a function', () => 1, 'a function'],
    ['NaN', Number.NaN, 'NaN'],
    ['Infinity', Number.POSITIVE_INFINITY, 'Infinity'],
    ['-Infinity', Number.NEGATIVE_INFINITY, '-Infinity'],
    ['a class instance', new (class Point {})(), 'a Point'],
    ['a Map', new Map(), 'a Map'],
    ['an Error', new Error('x'), 'a Error'],
    ['a boxed string', new String('x'), 'a String'],
    ['a symbol', Symbol('x'), 'a symbol'],
    ['a bigint', BigInt(1), 'a bigint'],
  ])('rejects %s, also nested, naming its path', (_, bad, what) => {
    expect(() => checkScriptRunValue(bad, 'arguments[0]')).toThrow(ILLEGAL);
    expect(() => checkScriptRunValue({ rows: [{ id: 1 }, { id: 2, when: bad }] }, 'arguments[0]')).toThrow(
      `Failed due to illegal value in property: when (arguments[0].rows[1].when is ${what};`,
    );
  });

  it('rejects circular references', () => {
    const loop: Record<string, unknown> = { a: 1 };
    loop.self = loop;
    expect(() => checkScriptRunValue(loop, 'x')).toThrow('(x.self is a circular reference;');
    // The same object twice (not a cycle) is fine.
    const shared = { n: 1 };
    expect(checkScriptRunValue({ a: shared, b: shared })).toEqual({ a: { n: 1 }, b: { n: 1 } });
  });
});

describe("the emulator's google.script.run (scriptRun)", () => {
  // The fixture declares classes, which one context cannot evaluate twice: its code runs once.
  const addon = () => loadAddon(createWorkbook({ Sheet1: [[1]] }), FIXTURE, { freshExecutions: false });

  const call = (scope: Record<string, unknown>, name: string, ...args: unknown[]) =>
    new Promise<{ ok: boolean; value: unknown; user: unknown }>((resolve) => {
      const run = scriptRun(scope)
        .withSuccessHandler((value, user) => resolve({ ok: true, value, user }))
        .withFailureHandler((error, user) => resolve({ ok: false, value: error, user }))
        .withUserObject('ctx');
      (run[name] as (...a: unknown[]) => void)(...args);
    });

  it('calls the success handler asynchronously with a checked copy', async () => {
    const scope = addon();
    let sync = true;
    const pending = call(scope, 'plain').then((r) => ({ ...r, sync }));
    sync = false;
    const reply = await pending;
    expect(reply).toMatchObject({ ok: true, user: 'ctx', sync: false });
    expect(reply.value).toEqual({ name: 'Acme', score: 71.5, tags: ['a', null], nested: { ok: true } });
    expect(await call(scope, 'withUndefinedItem')).toMatchObject({ ok: true, value: [1, null, 3] });
    expect(await call(scope, 'echo', { n: [1, 2] })).toMatchObject({ ok: true, value: { n: [1, 2] } });
  });

  it.each([
    ['withDate', 'date (withDate() return value.snapshots[1].date is a Date;'],
    ['withNaN', 'score (withNaN() return value.score is NaN;'],
    ['withInfinity', '1 (withInfinity() return value[1] is Infinity;'],
    ['withInstance', 'at (withInstance() return value.at is a Point;'],
    ['withFunction', 'callback (withFunction() return value.callback is a function;'],
  ])(
    'fails %s: an illegal return value goes to the failure handler, not the success handler',
    async (name, where) => {
      const reply = await call(addon(), name);
      expect(reply.ok).toBe(false);
      expect(reply.value).toBeInstanceOf(Error);
      expect((reply.value as Error).message).toContain(`Failed due to illegal value in property: ${where}`);
    },
  );

  it('throws at the call for an illegal argument, without running the server function', () => {
    const scope = addon();
    const run = scriptRun(scope) as unknown as Record<string, (...a: unknown[]) => void>;
    expect(() => run.echo(new Date())).toThrow('Failed due to illegal value in property: arguments[0]');
    expect(() => run.echo({ model: { since: new Date() } })).toThrow('(arguments[0].model.since is a Date;');
    expect(() => run.echo(1, Number.NaN)).toThrow('property: arguments[1] (arguments[1] is NaN;');
  });

  it('passes server errors to the failure handler and hides private (name_) functions', async () => {
    const scope = addon();
    const reply = await call(scope, 'fails');
    expect(reply).toMatchObject({ ok: false, user: 'ctx' });
    expect((reply.value as Error).message).toBe('Nope');
    expect(scriptRun(scope).private_).toBeUndefined();
    expect(serverCall(scope, 'private_', [])).toEqual({
      ok: false,
      error: 'Script function not found: private_',
    });
  });
});

describe('the browser shim and the sidebar server use the same check', () => {
  function shimWindow() {
    const requests: { url: string; body: string }[] = [];
    const window: Record<string, unknown> = {};
    const fetch = (url: string, init: { body: string }) => {
      requests.push({ url, body: init.body });
      return new Promise(() => {});
    };
    const ctx = vm.createContext({ window, fetch, Proxy, JSON, Promise });
    vm.runInContext(rpcShimScript('/rpc'), ctx);
    const google = window.google as { script: { run: Record<string, (...a: unknown[]) => unknown> } };
    return { run: google.script.run, requests, Date: vm.runInContext('Date', ctx) as DateConstructor };
  }

  it('throws on the page for an illegal argument and sends nothing', () => {
    const page = shimWindow();
    expect(() => page.run.saveModel({ model: { at: new page.Date(0) } })).toThrow(
      'Failed due to illegal value in property: at (arguments[0].model.at is a Date;',
    );
    expect(() => page.run.getSheetData(Number.NaN)).toThrow(ILLEGAL);
    expect(page.requests).toEqual([]);
    page.run.getSheetData('Accounts', [1, undefined]);
    expect(page.requests).toEqual([{ url: '/rpc/getSheetData', body: '["Accounts",[1,null]]' }]);
  });

  it('answers an illegal return value with a failure', async () => {
    const server = await serveSidebar('<html><head></head><body></body></html>', {
      getSidebarState: () => ({ asOf: new Date(0) }) as never,
      getHistoryState: () => ({ points: [{ score: 50 }] }) as never,
    });
    try {
      const post = async (name: string) =>
        (await fetch(`${server.url}rpc/${name}`, { method: 'POST', body: '[]' })).json();
      expect(await post('getSidebarState')).toEqual({
        ok: false,
        error: expect.stringContaining(
          'Failed due to illegal value in property: asOf (getSidebarState() return value.asOf is a Date;',
        ),
      });
      expect(await post('getHistoryState')).toEqual({ ok: true, value: { points: [{ score: 50 }] } });
    } finally {
      await server.close();
    }
  });

  it('records only the latest document’s calls: a left page’s call still in flight stays out', async () => {
    const server = await serveSidebar('<html><head></head><body></body></html>', {
      getHistoryState: () => ({ points: [] }) as never,
    });
    try {
      const first = server.newDocument();
      const second = server.newDocument();
      // Each document's page calls the server under its own address.
      for (const [address, endpoint] of [
        [first, '/d/1/rpc'],
        [second, '/d/2/rpc'],
      ]) {
        expect(await (await fetch(address)).text()).toContain(JSON.stringify(endpoint));
      }
      const post = async (address: string) =>
        (await fetch(`${address}rpc/getHistoryState`, { method: 'POST', body: '[]' })).json();
      expect(await post(first)).toEqual({
        ok: false,
        error: 'A call from a document since replaced: getHistoryState',
      });
      expect(server.calls).toEqual([]);
      expect(await post(second)).toEqual({ ok: true, value: { points: [] } });
      expect(server.calls).toEqual([{ name: 'getHistoryState', args: [] }]);
    } finally {
      await server.close();
    }
  });
});
