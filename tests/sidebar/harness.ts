/**
 * What the sidebar tests share: the built sidebar served with recorded endpoint calls, one
 * headless Chromium per file, one 300 px page that every test of the file opens the sidebar in
 * again, dialogs and page errors collected. Call `useSidebar()` at the top of a test file; it
 * registers the hooks.
 *
 * Why one page: a new page starts a new renderer process, which cost about a second per test
 * here (newPage 0.4 s, then a cold load of the 300 KB sidebar 0.6 s against 0.2 s in a warm
 * renderer). Each open still starts as a freshly opened sidebar: a new document, localStorage
 * (language, the override form's name) emptied first, dialogs dismissed unless a test says
 * otherwise, and init scripts a test added removed when it ends.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Disposable, Page } from 'playwright-core';
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
export type DialogAnswer = 'accept' | 'dismiss';

export interface SidebarHarness {
  /** Opens the sidebar with these handlers and, when given, switches to that tab. */
  open(handlers?: Handlers, tab?: TabName): Promise<Page>;
  /** How this test's dialogs (confirm, alert) are answered from now on: dismissed by default. */
  answerDialogs(answer: DialogAnswer): void;
  /** Runs `script` before the sidebar's own on each later load in this test (then reload). */
  addInitScript(script: (arg: string) => void, arg: string): Promise<void>;
  /** The recorded calls of one endpoint, their arguments only. */
  callsOf(name: string): unknown[][];
  /** The built Sidebar.html and its size. */
  readonly built: { html: string; bytes: number };
  readonly calls: RecordedCall[];
  readonly dialogs: string[];
  readonly pageErrors: string[];
}

export function useSidebar(): SidebarHarness {
  let browser: Browser;
  let server: SidebarServer;
  let built: { html: string; bytes: number };
  let context: BrowserContext;
  let page: Page | undefined;
  let answer: DialogAnswer = 'dismiss';
  /** True while open() leaves the last test's document, whose unsaved edits may ask to stay. */
  let leaving = false;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const initScripts: Disposable[] = [];

  beforeAll(async () => {
    mkdirSync('test-results', { recursive: true });
    const [html, launched] = await Promise.all([buildSidebarHtml(), launchChromium()]);
    built = html;
    browser = launched;
    server = await serveSidebar(built.html, fixtureHandlers());
    context = await sidebarContext(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    for (const script of initScripts.splice(0)) await script.dispose();
  });

  async function sharedPage(): Promise<Page> {
    if (page !== undefined && !page.isClosed()) return page;
    const opened = await context.newPage();
    opened.on('dialog', (dialog) => {
      if (leaving && dialog.type() === 'beforeunload') return void dialog.accept();
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void (answer === 'accept' ? dialog.accept() : dialog.dismiss());
    });
    opened.on('pageerror', (error) => pageErrors.push(error.message));
    page = opened;
    return opened;
  }

  return {
    async open(handlers = fixtureHandlers(), tab) {
      const opened = await sharedPage();
      leaving = true;
      try {
        if (opened.url().startsWith(server.url)) await opened.evaluate(() => localStorage.clear());
        server.setHandlers(handlers);
        const address = server.newDocument(); // the last test's calls still in flight stay out
        server.calls.length = 0;
        dialogs.length = 0;
        pageErrors.length = 0;
        answer = 'dismiss';
        await opened.goto(address);
      } finally {
        leaving = false;
      }
      await opened.locator('fieldset.metric').first().waitFor();
      if (tab !== undefined) await opened.getByRole('tab', { name: tab }).click();
      return opened;
    },
    answerDialogs(next) {
      answer = next;
    },
    async addInitScript(script, arg) {
      initScripts.push(await (await sharedPage()).addInitScript(script, arg));
    },
    callsOf: (name) => server.calls.filter((call) => call.name === name).map((call) => call.args),
    get built() {
      return built;
    },
    get calls() {
      return server.calls;
    },
    dialogs,
    pageErrors,
  };
}

/** The browser context of a test file: the sidebar's 300 px panel, an English browser. */
function sidebarContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 300, height: 800 }, locale: 'en-US', timezoneId: 'UTC' });
}
