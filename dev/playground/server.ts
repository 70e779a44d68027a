/**
 * npm start: the add-on working without a Google account. Serves, on localhost, the emulated
 * workbook (sample account sheet) as a grid with formula results and conditional-format colours,
 * the add-on menu as buttons, and the real sidebar wired to the emulator through a
 * google.script.run shim.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { columnLetter } from '../../src/core/a1';
import type { AddonSurface } from '../addon-surface';
import { distFile } from '../dist-path.mjs';
import { createWorkbook, loadAddon, openEvent, type Workbook } from '../emulator';
import { isServerFunction, serverCall } from '../emulator/script-run';
import { injectShim, rpcShimScript } from '../sidebar-host/shim';
import { addDemoForm, demoAccounts, simulateHistory, simulateResponses } from './demo-data';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const CODE = distFile('Code.js');

export interface Playground {
  workbook: Workbook;
  /** The loaded add-on, typed from the server's own exports (src/server/index.ts). */
  addon: AddonSurface;
  url: string;
  close(): Promise<void>;
}

function sheetView(workbook: Workbook, name: string) {
  const display = workbook.displayValues(name);
  const formulas = workbook.formulas(name);
  // One evaluation of the conditional formats per cell: its fill and text style (overrides: bold italic).
  const looks = display.map((row, r) =>
    row.map((_, c) => workbook.cellLook(name, `${columnLetter(c + 1)}${r + 1}`)),
  );
  const backgrounds = looks.map((row) => row.map((look) => look.background));
  const styles = looks.map((row) =>
    row.map(({ bold, italic, fontColor }) =>
      bold || italic || fontColor ? { bold, italic, fontColor } : null,
    ),
  );
  const errors = display.map((row, r) =>
    row.map((text, c) =>
      text.startsWith('#') ? workbook.cellError(name, `${columnLetter(c + 1)}${r + 1}`) : null,
    ),
  );
  return { name, display, formulas, backgrounds, styles, errors };
}

function readBody(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      try {
        resolve(body === '' ? {} : JSON.parse(body));
      } catch (error) {
        reject(error);
      }
    });
  });
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

export interface PlaygroundOptions {
  /**
   * A fixed "now" in ms for the add-on, the sample form and the simulated history (default: the
   * real clock). The screenshot test sets one, so the listing images change only with the UI.
   */
  now?: number;
}

/** Starts the playground on 127.0.0.1 (port 0 = any free port). */
export async function startPlayground(
  port = 0,
  sheets?: Record<string, unknown[][]>,
  options: PlaygroundOptions = {},
): Promise<Playground> {
  const accounts = demoAccounts();
  const workbook = createWorkbook(sheets ?? { Accounts: accounts });
  if (options.now !== undefined) workbook.setNow(options.now);
  const now = () => workbook.fixedNow ?? Date.now();
  const addon = loadAddon(workbook, CODE) as AddonSurface;
  addon.onOpen(openEvent('FULL'));
  /** The same functions by name, for the page's google.script.run calls. */
  const byName = addon as unknown as Record<string, unknown>;
  const form = addDemoForm(workbook, accounts, now());
  let responseRounds = 0;
  const page = readFileSync(path('page.html'), 'utf8');
  /** Bumped by every call that may have changed the workbook; the page polls it to redraw. */
  let version = 0;

  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (request.method === 'GET' && url.pathname === '/')
        return send(response, 200, 'text/html; charset=utf-8', page);
      if (request.method === 'GET' && url.pathname === '/sidebar') {
        const html = readFileSync(distFile('Sidebar.html'), 'utf8');
        return send(response, 200, 'text/html; charset=utf-8', injectShim(html, rpcShimScript('/api/run')));
      }
      if (request.method === 'GET' && url.pathname === '/api/workbook') {
        const names = workbook.services.SpreadsheetApp.getActive()
          .getSheets()
          .map((sheet) => sheet.getName());
        // Only the sheet on screen is drawn (its conditional formats evaluated cell by cell): a
        // year of history on another tab must not slow every redraw.
        const wanted = url.searchParams.get('sheet');
        const shown = wanted !== null && names.includes(wanted) ? wanted : names[0];
        const view = {
          version,
          sheets: names.map((name) => (name === shown ? sheetView(workbook, name) : { name })),
          ui: workbook.ui,
          demo: { formUrl: form.url, mail: workbook.mail.length },
        };
        return send(response, 200, 'application/json', JSON.stringify(view));
      }
      if (request.method === 'GET' && url.pathname === '/api/version') {
        return send(response, 200, 'application/json', JSON.stringify({ version }));
      }
      if (request.method === 'POST' && url.pathname.startsWith('/api/run/')) {
        // What google.script.run reaches: the add-on's public top-level functions, not custom functions.
        // Arguments were checked on the page; the return value is checked like in the emulator.
        const fn = decodeURIComponent(url.pathname.slice('/api/run/'.length));
        const args = (await readBody(request)) as unknown[];
        if (!isServerFunction(byName, fn)) {
          const error = `No server function "${fn}".`;
          return send(response, 404, 'application/json', JSON.stringify({ ok: false, error }));
        }
        // Only a call that may have changed the workbook redraws the grid: a redraw evaluates every
        // cell's conditional formats, and the sidebar's many reads changed nothing.
        const before = workbook.changingCalls();
        const reply = serverCall(byName, fn, Array.isArray(args) ? args : []);
        if (workbook.changingCalls() !== before) version++;
        return send(
          response,
          200,
          'application/json',
          JSON.stringify(reply.ok ? { ok: true, value: reply.value ?? null } : reply),
        );
      }
      if (request.method === 'POST' && url.pathname === '/api/demo/history') {
        // Set up first if needed: the snapshots read the score columns.
        if (!workbook.values('Accounts')[0].includes('Health score')) addon.setUpHealthScore('Accounts');
        const snapshots = simulateHistory(workbook, addon, 45, now());
        version++;
        return send(response, 200, 'application/json', JSON.stringify({ snapshots }));
      }
      if (request.method === 'POST' && url.pathname === '/api/demo/responses') {
        simulateResponses(form, accounts, ++responseRounds, now());
        version++;
        return send(response, 200, 'application/json', JSON.stringify({ round: responseRounds }));
      }
      if (request.method === 'POST' && url.pathname === '/api/edit') {
        const { sheet, a1, value } = (await readBody(request)) as {
          sheet: string;
          a1: string;
          value: string;
        };
        // A person typing: Sheets then runs the add-on's onEdit (a header rename renames the metric).
        workbook.userEdit(sheet, a1, value);
        version++;
        return send(response, 200, 'application/json', '{}');
      }
      send(response, 404, 'text/plain', 'Not found');
    } catch (error) {
      send(response, 500, 'text/plain', (error as Error).message);
    }
  });
  // A busy port rejects (EADDRINUSE) instead of crashing the process with an 'error' event.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`;
  return {
    workbook,
    addon,
    url,
    // The page polls with keep-alive requests: close them too, or close() waits for their timeout.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export const DEFAULT_PORT = 5173;

/** PORT from the environment: blank = 5173, 0 = any free port; anything else is refused. */
export function portFromEnv(value = process.env.PORT): number {
  if (value === undefined || value.trim() === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`PORT=${value} is not a port number: use 1–65535, or PORT=0 for any free port.`);
  }
  return port;
}

/** The one line `npm start` prints when it cannot listen. */
export function listenFailure(error: NodeJS.ErrnoException, port: number): string {
  const next = port === 0 || port >= 65_535 ? 8080 : port + 1;
  if (error.code === 'EADDRINUSE') {
    return (
      `Port ${port} is already in use (another npm start?): stop that one, or run ` +
      `PORT=${next} npm start (PORT=0 picks any free port).`
    );
  }
  if (error.code === 'EACCES') {
    return `Port ${port} needs privileges here: run PORT=${next} npm start (PORT=0 picks any free port).`;
  }
  return `Cannot listen on 127.0.0.1:${port}: ${error.message}`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0 only checks that the process exists
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function main(): Promise<void> {
  // `npm start` runs this through `sh -c`, and npm passes a SIGTERM on to that shell only, which
  // dies of it without passing it on: when the process that started the playground is gone, stop.
  // Its PID is read first of all: read after the address is printed, a parent killed the moment
  // the address shows (as a loaded CI machine once did) would already have handed this process on,
  // and the watch would keep the new parent's PID and never fire.
  const parent = process.ppid;
  let port: number;
  try {
    port = portFromEnv();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  let playground: Playground;
  try {
    playground = await startPlayground(port);
  } catch (error) {
    console.error(listenFailure(error as NodeJS.ErrnoException, port));
    process.exit(1);
  }
  let stopping = false;
  const stop = (why: string) => {
    if (stopping) process.exit(1); // a second Ctrl+C does not wait
    stopping = true;
    console.log(`${why}: stopping the playground.`);
    void playground.close().then(() => process.exit(0));
  };
  // All before the address is printed: a Ctrl+C, or the parent's end, the moment it shows must
  // find them in place. The parent is gone once this process has another (Linux hands an orphan on
  // when its parent exits, before that parent is reaped and its PID given to another), or once
  // the PID is free.
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => {
    if (!stopping && (process.ppid !== parent || !isAlive(parent))) stop('npm start has ended');
  }, 300).unref();
  console.log(`Customer Health Score playground: ${playground.url}`);
  console.log('Use the add-on menu buttons; Ctrl+C to stop.');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
