/**
 * What the tab tests share with sidebar.test.ts: the built sidebar served with recorded endpoint
 * calls, one headless Chromium, a fresh 300 px page per test, dialogs and page errors collected.
 * Call `useSidebar()` at the top of a test file; it registers the hooks.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import {
  type Handlers,
  type RecordedCall,
  type SidebarServer,
  serveSidebar,
} from '../../dev/sidebar-host/serve';
import { launchChromium } from '../support/chromium';
import { buildSidebarHtml, fixtureHandlers } from './fixture';

export type TabName = 'Model' | 'History' | 'Backtest' | 'Surveys';

export interface SidebarHarness {
  /** Opens the sidebar with these handlers and, when given, switches to that tab. */
  open(handlers?: Handlers, tab?: TabName): Promise<Page>;
  /** The recorded calls of one endpoint, their arguments only. */
  callsOf(name: string): unknown[][];
  readonly calls: RecordedCall[];
  readonly dialogs: string[];
  readonly pageErrors: string[];
}

export function useSidebar(): SidebarHarness {
  let browser: Browser;
  let server: SidebarServer;
  let context: BrowserContext | undefined;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  let page: Page | undefined;

  beforeAll(async () => {
    mkdirSync('test-results', { recursive: true });
    const [built, launched] = await Promise.all([buildSidebarHtml(), launchChromium()]);
    browser = launched;
    server = await serveSidebar(built.html, fixtureHandlers());
    context = await freshPageContext(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    await page?.close();
    page = undefined;
  });

  return {
    async open(handlers = fixtureHandlers(), tab) {
      server.setHandlers(handlers);
      server.calls.length = 0;
      dialogs.length = 0;
      pageErrors.length = 0;
      const opened = await (context as BrowserContext).newPage();
      page = opened;
      opened.on('dialog', (dialog) => {
        dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss();
      });
      opened.on('pageerror', (error) => pageErrors.push(error.message));
      await opened.goto(server.url);
      await opened.locator('fieldset.metric').first().waitFor();
      if (tab !== undefined) await opened.getByRole('tab', { name: tab }).click();
      return opened;
    },
    callsOf: (name) => server.calls.filter((call) => call.name === name).map((call) => call.args),
    get calls() {
      return server.calls;
    },
    dialogs,
    pageErrors,
  };
}

/**
 * One browser context for a test file, a new page in it per test: a new context starts a new
 * renderer (about half a second here), a page in the same one a fraction of that. A page's first
 * load clears localStorage (the language choice, the override form's name), so every test starts
 * as on a fresh context; a reload in the same page keeps it, as a reopened sidebar does.
 */
export async function freshPageContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 300, height: 800 }, locale: 'en-US' });
  await context.addInitScript(() => {
    if (sessionStorage.getItem('harness:page') !== null) return;
    sessionStorage.setItem('harness:page', 'opened');
    localStorage.clear();
  });
  return context;
}
