/**
 * Serves the built sidebar on 127.0.0.1 with the `google.script.run` shim injected, answering
 * its calls from `handlers` (fixture data in tests, an Apps Script emulator in a playground).
 * Return values pass the same check as in the emulator (checkScriptRunValue).
 * Node only: never bundled into the sidebar.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ServerApi } from '../../src/shared/protocol';
import { checkScriptRunValue } from '../emulator/script-run';
import { injectShim, rpcShimScript } from './shim';

export type Handlers = { [K in keyof ServerApi]?: (...args: Parameters<ServerApi[K]>) => unknown };

export interface RecordedCall {
  name: string;
  args: unknown[];
}

export interface SidebarServer {
  url: string;
  /** Every endpoint call, in order (from the latest document only, once there is one). */
  calls: RecordedCall[];
  /**
   * The address of a new document of the sidebar. From then on only its calls are recorded: a
   * page left with requests still in flight (a tab that was loading) cannot add them to the next.
   */
  newDocument(): string;
  /** Replaces the endpoint handlers (e.g. per test). */
  setHandlers(handlers: Handlers): void;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function serveSidebar(sidebarHtml: string, initial: Handlers = {}): Promise<SidebarServer> {
  // Document 0 is the page at / ; document n (newDocument) is served at /d/n/ and calls /d/n/rpc.
  const page = (document: number) =>
    injectShim(sidebarHtml, rpcShimScript(document === 0 ? '/rpc' : `/d/${document}/rpc`));
  let handlers = initial;
  const calls: RecordedCall[] = [];
  let latest = 0;
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const [, prefix, number, rest] = /^(\/d\/(\d+))?(\/.*)$/.exec(url.pathname) ?? [];
      const document = prefix === undefined ? 0 : Number(number);
      if (request.method === 'GET' && (rest === '/' || rest === '/Sidebar.html')) {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        response.end(page(document));
        return;
      }
      if (request.method === 'POST' && rest?.startsWith('/rpc/')) {
        const name = decodeURIComponent(rest.slice('/rpc/'.length));
        let reply: { ok: true; value: unknown } | { ok: false; error: string };
        try {
          const args = JSON.parse((await readBody(request)) || '[]') as unknown[];
          if (document !== latest) throw new Error(`A call from a document since replaced: ${name}`);
          calls.push({ name, args });
          const handler = (handlers as Record<string, ((...a: unknown[]) => unknown) | undefined>)[name];
          if (handler === undefined) throw new Error(`Script function not found: ${name}`);
          // As in Apps Script, a return value google.script.run cannot carry fails the call.
          reply = { ok: true, value: checkScriptRunValue(await handler(...args), `${name}() return value`) };
        } catch (error) {
          reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
        }
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(reply));
        return;
      }
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    calls,
    newDocument() {
      latest++;
      return `http://127.0.0.1:${port}/d/${latest}/`;
    },
    setHandlers(next) {
      handlers = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
