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

  beforeAll(async () => {
    mkdirSync('test-results', { recursive: true });
    const [built, launched] = await Promise.all([buildSidebarHtml(), launchChromium()]);
    browser = launched;
    server = await serveSidebar(built.html, fixtureHandlers());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  return {
    async open(handlers = fixtureHandlers(), tab) {
      server.setHandlers(handlers);
      server.calls.length = 0;
      dialogs.length = 0;
      pageErrors.length = 0;
      context = await browser.newContext({ viewport: { width: 300, height: 800 }, locale: 'en-US' });
      const page = await context.newPage();
      page.on('dialog', (dialog) => {
        dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss();
      });
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(server.url);
      await page.locator('fieldset.metric').first().waitFor();
      if (tab !== undefined) await page.getByRole('tab', { name: tab }).click();
      return page;
    },
    callsOf: (name) => server.calls.filter((call) => call.name === name).map((call) => call.args),
    get calls() {
      return server.calls;
    },
    dialogs,
    pageErrors,
  };
}
