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
import { createWorkbook, loadAddon, type Workbook } from '../emulator';
import { isServerFunction, serverCall } from '../emulator/script-run';
import { injectShim, rpcShimScript } from '../sidebar-host/shim';
import { addDemoForm, demoAccounts, simulateHistory, simulateResponses } from './demo-data';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const CODE = path('../../dist/Code.js');

export interface Playground {
  workbook: Workbook;
  addon: Record<string, unknown>;
  url: string;
  close(): Promise<void>;
}

function sheetView(workbook: Workbook, name: string) {
  const display = workbook.displayValues(name);
  const formulas = workbook.formulas(name);
  const backgrounds = display.map((row, r) =>
    row.map((_, c) => workbook.cellBackground(name, `${columnLetter(c + 1)}${r + 1}`)),
  );
  const errors = display.map((row, r) =>
    row.map((text, c) =>
      text.startsWith('#') ? workbook.cellError(name, `${columnLetter(c + 1)}${r + 1}`) : null,
    ),
  );
  return { name, display, formulas, backgrounds, errors };
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

/** Starts the playground on 127.0.0.1 (port 0 = any free port). */
export async function startPlayground(port = 0, sheets?: Record<string, unknown[][]>): Promise<Playground> {
  const accounts = demoAccounts();
  const workbook = createWorkbook(sheets ?? { Accounts: accounts });
  const addon = loadAddon(workbook, CODE) as Record<string, (...args: unknown[]) => unknown>;
  addon.onOpen({ authMode: 'FULL' });
  const form = addDemoForm(workbook, accounts, Date.now());
  let responseRounds = 0;
  const page = readFileSync(path('page.html'), 'utf8');
  /** Bumped by every call that may change the workbook; the page polls it to redraw. */
  let version = 0;

  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (request.method === 'GET' && url.pathname === '/')
        return send(response, 200, 'text/html; charset=utf-8', page);
      if (request.method === 'GET' && url.pathname === '/sidebar') {
        const html = readFileSync(path('../../dist/Sidebar.html'), 'utf8');
        return send(response, 200, 'text/html; charset=utf-8', injectShim(html, rpcShimScript('/api/run')));
      }
      if (request.method === 'GET' && url.pathname === '/api/workbook') {
        const names = workbook.services.SpreadsheetApp.getActive()
          .getSheets()
          .map((sheet) => sheet.getName());
        const view = {
          version,
          sheets: names.map((name) => sheetView(workbook, name)),
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
        if (!isServerFunction(addon, fn)) {
          const error = `No server function "${fn}".`;
          return send(response, 404, 'application/json', JSON.stringify({ ok: false, error }));
        }
        version++;
        const reply = serverCall(addon, fn, Array.isArray(args) ? args : []);
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
        const snapshots = simulateHistory(workbook, addon, 45, Date.now());
        version++;
        return send(response, 200, 'application/json', JSON.stringify({ snapshots }));
      }
      if (request.method === 'POST' && url.pathname === '/api/demo/responses') {
        simulateResponses(form, accounts, ++responseRounds, Date.now());
        version++;
        return send(response, 200, 'application/json', JSON.stringify({ round: responseRounds }));
      }
      if (request.method === 'POST' && url.pathname === '/api/edit') {
        const { sheet, a1, value } = (await readBody(request)) as {
          sheet: string;
          a1: string;
          value: string;
        };
        workbook.services.SpreadsheetApp.getActive().getSheetByName(sheet)?.getRange(a1).setValue(value);
        version++;
        return send(response, 200, 'application/json', '{}');
      }
      send(response, 404, 'text/plain', 'Not found');
    } catch (error) {
      send(response, 500, 'text/plain', (error as Error).message);
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`;
  return { workbook, addon, url, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const playground = await startPlayground(Number(process.env.PORT ?? 5173));
  console.log(`Customer Health Score playground: ${playground.url}`);
  console.log('Use the add-on menu buttons; Ctrl+C to stop.');
}
