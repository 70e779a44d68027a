/**
 * The sidebar in every language, in headless Chromium at 300 px:
 * - a pseudo-locale (every English message wrapped in ⟦…⟧) walks every tab and the states the
 *   fixture reaches; any text on screen outside the brackets that is not sheet data is a string
 *   that bypassed the catalogue, and fails the test;
 * - each language and tab is screenshotted into test-results/i18n/ and must not overflow sideways;
 * - Persian mirrors the layout, numbers typed in the locale's notation reach the server as numbers,
 *   and the language switcher keeps its choice.
 */

import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Disposable, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Handlers, type SidebarServer, serveSidebar } from '../../dev/sidebar-host/serve';
import { format, getMessages, type Messages, useLocale } from '../../src/shared/messages';
import { errorText, renderText } from '../../src/shared/messages/errors-render';
import { ERROR_SOURCES } from '../../src/shared/messages/errors-sources';
import type { SaveModelRequest } from '../../src/shared/protocol';
import { bundleSidebar } from '../../src/sidebar/build.mjs';
import { LANGUAGE_KEY } from '../../src/sidebar/language';
import { launchChromium } from '../support/chromium';
import {
  ACCOUNTS_SHEET,
  accountSheet,
  buildSidebarHtml,
  churnColumns,
  churnModel,
  FORM_URL,
  fixtureHandlers,
  historyAlerts,
  OTHER_SHEET,
  PREVIOUS_MODEL_SHEET,
  RESPONSES_SHEET,
  SNAPSHOT_ERROR,
  SURVEY_QUESTIONS,
  surveyPreview,
  unmatchedResponses,
} from './fixture';
import { PSEUDO_LOCALE } from './i18n/pseudo-locale';
import { OVERRIDES_SHEET_TEXT } from './overrides-fixture';

const here = dirname(fileURLToPath(import.meta.url));
const SHOTS = 'test-results/i18n';
const TABS = ['model', 'history', 'backtest', 'surveys'] as const;
/** Each language as a browser set to it would ask for it. */
const LANGUAGES = [
  { language: 'en', browser: 'en-US' },
  { language: 'it', browser: 'it-IT' },
  { language: 'ro', browser: 'ro-RO' },
  { language: 'fa', browser: 'fa-IR' },
  { language: 'th', browser: 'th-TH' },
] as const;

let browser: Browser;
let sidebar: SidebarServer;
let pseudo: SidebarServer;
let pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const [built, pseudoHtml, launched] = await Promise.all([
    buildSidebarHtml(),
    bundleSidebar({ entry: join(here, 'i18n/pseudo-entry.ts') }),
    launchChromium(),
  ]);
  browser = launched;
  sidebar = await serveSidebar(built.html, richHandlers());
  pseudo = await serveSidebar(pseudoHtml, richHandlers());
});

afterAll(async () => {
  await browser?.close();
  await sidebar?.close();
  await pseudo?.close();
});

afterEach(async () => {
  for (const script of initScripts.splice(0)) await script.dispose();
  useLocale('en');
});

/** The fixture with an outcome column, so the Backtest tab has results to show. */
function richHandlers(): Handlers {
  return fixtureHandlers({ model: churnModel(), extraColumns: churnColumns() });
}

interface OpenOptions {
  /** The browser's language (navigator.language). */
  browserLocale?: string;
  /** A language already picked in the switcher (localStorage). */
  stored?: string;
  handlers?: Handlers;
  onDialog?: (message: string) => void;
  /** What shows the panel is ready (default: a metric card); null: do not wait. */
  ready?: string | null;
}

/**
 * One page per browser language, the sidebar opened again in it by each `open` (a new context
 * and page per open cost about a second each: a new renderer and a cold load). The first load of
 * each open empties localStorage and sets the stored language, as a new context did; a reload
 * within the test keeps what the page stored since, as a reopened sidebar does.
 */
const pages = new Map<string, Page>();
const initScripts: Disposable[] = [];
let opens = 0;
let onDialog: ((message: string) => void) | undefined;
/** True while `open` leaves the last document, whose unsaved edits may ask to stay. */
let leaving = false;

async function pageFor(browserLocale: string): Promise<Page> {
  const known = pages.get(browserLocale);
  if (known !== undefined && !known.isClosed()) return known;
  const context = await browser.newContext({
    viewport: { width: 300, height: 800 },
    locale: browserLocale,
    timezoneId: 'UTC',
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('dialog', (dialog) => {
    if (leaving && dialog.type() === 'beforeunload') return void dialog.accept();
    onDialog?.(dialog.message());
    void dialog.dismiss();
  });
  pages.set(browserLocale, page);
  return page;
}

async function open(server: SidebarServer, options: OpenOptions = {}): Promise<Page> {
  const page = await pageFor(options.browserLocale ?? 'en-US');
  for (const script of initScripts.splice(0)) await script.dispose();
  const fresh = { marker: `i18n-open-${++opens}`, key: LANGUAGE_KEY, stored: options.stored ?? null };
  initScripts.push(
    await page.addInitScript(({ marker, key, stored }) => {
      if (sessionStorage.getItem('i18n:open') === marker) return;
      sessionStorage.setItem('i18n:open', marker);
      localStorage.clear();
      if (stored !== null) localStorage.setItem(key, stored);
    }, fresh),
  );
  server.setHandlers(options.handlers ?? richHandlers());
  const address = server.newDocument(); // the last document's calls still in flight stay out
  server.calls.length = 0;
  pageErrors = [];
  onDialog = options.onDialog;
  leaving = true;
  try {
    await page.goto(address);
  } finally {
    leaving = false;
  }
  const ready = options.ready === undefined ? 'fieldset.metric' : options.ready;
  if (ready !== null) await page.locator(ready).first().waitFor();
  return page;
}

const tab = (page: Page, index: number) => page.getByRole('tab').nth(index);

// ---------------------------------------------------------------------------------------------
// Hard-coded text: the pseudo-locale walk.

const SERVER_ERROR = 'Service Spreadsheets timed out while accessing document.';

/** What the sheet and the server hand over as data: shown as it is, in any language. */
function sheetData(): string[] {
  const { headers, rows } = accountSheet(300);
  const model = churnModel();
  const unmatched = unmatchedResponses();
  const preview = surveyPreview();
  return [
    ...headers,
    ...Object.keys(churnColumns()),
    ...rows.map((row) => String(row[0])),
    ...historyAlerts().map((alert) => alert.account),
    ...model.metrics.map((rule) => rule.metric),
    ACCOUNTS_SHEET,
    OTHER_SHEET,
    RESPONSES_SHEET,
    PREVIOUS_MODEL_SHEET,
    SNAPSHOT_ERROR,
    SERVER_ERROR,
    ...OVERRIDES_SHEET_TEXT,
    FORM_URL,
    preview.formTitle,
    ...SURVEY_QUESTIONS.map((question) => question.title),
    ...Object.values(preview.reasons),
    ...unmatched.flatMap((response) => [response.respondent, response.answer]),
  ].sort((a, b) => b.length - a.length);
}

/** English the sidebar shows but does not own, with where it comes from (listed in the report). */
const FOREIGN_ENGLISH: { pattern: string; origin: string }[] = [
  // Question details and import problems are the server's words (src/server/surveys), worded in
  // the user's language there (tests/addon/surveys-i18n.test.ts); this fixture plays an English server.
  ...SURVEY_QUESTIONS.map((question) => ({
    pattern: question.detail,
    origin: 'server: survey question detail',
  })),
  { pattern: 'R_0042: CSAT "7" is above the 1–5 scale', origin: 'server: import problem' },
];

/** Intl's English dates (the pseudo-locale writes them as `en` does). */
const DATE_WORDS = '\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|AM|PM)\\b';
/** The switcher names each language in itself. */
const AUTONYMS = 'English|Italiano|Română|فارسی|ไทย';

interface Finding {
  where: string;
  text: string;
}

/** Every text a user can see or hear (text, options, titles, labels, placeholders) outside ⟦…⟧. */
function scanForHardCodedText(page: Page): Promise<{ bare: Finding[]; foreign: Finding[] }> {
  return page.evaluate(
    ({ data, foreign, dateWords, autonyms }) => {
      const bare: Finding[] = [];
      const known: Finding[] = [];
      const describe = (element: Element): string => {
        const id = element.id ? `#${element.id}` : '';
        const cls =
          typeof element.className === 'string' && element.className
            ? `.${element.className.split(' ').join('.')}`
            : '';
        return `${element.tagName.toLowerCase()}${id}${cls}`;
      };
      const unwrap = (text: string): string => {
        let rest = text;
        let before: string;
        do {
          before = rest;
          rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
        } while (rest !== before);
        return rest;
      };
      const check = (element: Element, raw: string): void => {
        const text = raw.trim();
        if (text === '') return;
        let rest = unwrap(text);
        for (const { pattern, origin } of foreign) {
          const stripped = rest.replace(new RegExp(pattern, 'g'), ' ');
          if (stripped !== rest) {
            known.push({ where: `${origin} (${describe(element)})`, text });
            rest = stripped;
          }
        }
        for (const value of data) rest = rest.split(value).join(' ');
        rest = rest.replace(new RegExp(dateWords, 'g'), ' ').replace(new RegExp(`^(?:${autonyms})$`), ' ');
        if (!/\p{L}/u.test(rest)) return;
        if (element.closest('.drivers')) {
          known.push({ where: 'core: HEALTHEXPLAIN drivers', text });
          return;
        }
        if (/\p{L}/u.test(rest)) bare.push({ where: describe(element), text });
      };
      // Closed <details> hide fields a click away: open them for the scan.
      for (const details of Array.from(document.querySelectorAll('details'))) details.open = true;
      // Collapsed metric cards likewise.
      for (const toggle of Array.from(document.querySelectorAll<HTMLElement>('.metric-summary'))) {
        if (toggle.getAttribute('aria-expanded') === 'false') toggle.click();
      }
      check(document.documentElement, document.title);
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (parent === null || parent.closest('script, style, select, title')) continue;
        if (!parent.checkVisibility()) continue;
        // Text broken into parts by <wbr> (an e-mail address) is read whole, once.
        if (parent.querySelector(':scope > wbr') !== null) {
          if (node.previousSibling === null) check(parent, parent.textContent ?? '');
          continue;
        }
        check(parent, node.textContent ?? '');
      }
      for (const element of Array.from(document.body.querySelectorAll('*'))) {
        const visible =
          element.tagName === 'OPTION'
            ? (element.closest('select')?.checkVisibility() ?? false)
            : element.tagName === 'title'
              ? (element.closest('svg')?.checkVisibility() ?? false)
              : element.checkVisibility();
        if (!visible) continue;
        if (element.tagName === 'OPTION' || element.tagName === 'title')
          check(element, element.textContent ?? '');
        for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
          const value = element.getAttribute(name);
          if (value !== null) check(element, value);
        }
      }
      return { bare, foreign: known };
    },
    {
      data: sheetData(),
      foreign: FOREIGN_ENGLISH,
      dateWords: DATE_WORDS,
      autonyms: AUTONYMS,
    },
  );
}

describe('hard-coded text (pseudo-locale ⟦…⟧)', () => {
  const bare: Finding[] = [];
  const foreign = new Map<string, Set<string>>();

  async function scan(page: Page, state: string): Promise<void> {
    const found = await scanForHardCodedText(page);
    for (const finding of found.bare) bare.push({ where: `${state}: ${finding.where}`, text: finding.text });
    for (const finding of found.foreign) {
      const origin = finding.where.replace(/ \(.*\)$/, '');
      foreign.set(origin, (foreign.get(origin) ?? new Set()).add(finding.text));
    }
  }

  afterAll(() => {
    // What stays English in every language, and why: for the record (the report lists it).
    console.log(
      'English the sidebar shows but does not own:\n' +
        [...foreign]
          .flatMap(([origin, texts]) => [...texts].map((text) => `  ${origin}: ${text}`))
          .join('\n'),
    );
  });

  const t = (key: keyof Messages, params: Record<string, string | number> = {}): string =>
    `⟦${format(getMessages('en')[key], params, 'en')}⟧`;
  const waitText = (page: Page, text: string) => page.getByText(text, { exact: false }).first().waitFor();

  it('Model tab: the editor, field messages, a suggestion, a save', async () => {
    const page = await open(pseudo, { stored: PSEUDO_LOCALE });
    expect(await page.locator('html').getAttribute('lang')).toBe(PSEUDO_LOCALE);
    await page.getByTestId('band-summary').filter({ hasText: '⟦' }).waitFor();
    // The scan itself: text, a label and an option that bypass the catalogue are all caught.
    await page.evaluate(() => {
      const probe = document.createElement('p');
      probe.id = 'probe';
      probe.setAttribute('aria-label', 'Close');
      probe.append('Saved ', document.createElement('b'));
      document.querySelector('main')?.append(probe);
      document.querySelector('select')?.append(new Option('Choose one'));
    });
    expect((await scanForHardCodedText(page)).bare.map((finding) => finding.text).sort()).toEqual([
      'Choose one',
      'Close',
      'Saved',
    ]);
    await page.evaluate(() => {
      document.getElementById('probe')?.remove();
      document.querySelector('select option:last-child')?.remove();
    });
    await scan(page, 'model');

    // Every field message the editor has, and the suggestion (the cards' fields opened first).
    for (const metric of ['NPS', 'CSAT']) {
      const toggle = page.getByRole('group', { name: metric, exact: true }).locator('.metric-summary');
      if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
    }
    await page.getByRole('textbox', { name: t('weightOf', { metric: 'NPS' }) }).fill('abc');
    await page.getByRole('textbox', { name: t('redOf', { metric: 'NPS' }) }).fill('soon');
    await page.getByRole('textbox', { name: t('missingOf', { metric: 'NPS' }) }).fill('lots');
    await page.getByRole('textbox', { name: t('healthyAt') }).fill('10');
    await page.getByRole('button', { name: t('suggestOf', { metric: 'CSAT' }) }).click();
    await waitText(page, '⟦Enter a weight');
    await scan(page, 'model, invalid fields');

    // Valid again and saved.
    await page.getByRole('textbox', { name: t('weightOf', { metric: 'NPS' }) }).fill('12');
    await page.getByRole('textbox', { name: t('redOf', { metric: 'NPS' }) }).fill('-50');
    await page.getByRole('textbox', { name: t('missingOf', { metric: 'NPS' }) }).fill('');
    await page.getByRole('textbox', { name: t('healthyAt') }).fill('70');
    await page.getByRole('button', { name: t('save') }).click();
    await page.getByTestId('save-status').filter({ hasText: '⟦Saved' }).waitFor();
    await scan(page, 'model, saved');

    // Another sheet, and a model that cannot be saved.
    await page.getByRole('combobox', { name: t('sheetLabel') }).selectOption(OTHER_SHEET);
    await page.getByTestId('band-summary').filter({ hasText: '⟦' }).waitFor();
    await scan(page, 'model, other sheet');
    expect(pageErrors).toEqual([]);
  });

  it('Model tab: a suggested model, a save that fails, a load that fails', async () => {
    const handlers = fixtureHandlers({ model: null, saveFails: 'Service Spreadsheets failed.' });
    let page = await open(pseudo, { stored: PSEUDO_LOCALE, handlers });
    await waitText(page, '⟦No Health Model yet');
    await page.getByRole('button', { name: t('save') }).click();
    await page.getByTestId('save-status').filter({ hasText: '⟦Could not save' }).waitFor();
    await scan(page, 'model, starter and failed save');

    const base = fixtureHandlers();
    page = await open(pseudo, {
      stored: PSEUDO_LOCALE,
      handlers: { ...base, getSidebarState: () => ({ ...base.getSidebarState(), sheets: [] }) },
      ready: null,
    });
    await waitText(page, '⟦This spreadsheet has no sheet');
    await scan(page, 'model, no sheets');
  });

  it('History tab: chart, alerts, a snapshot, settings and their messages', async () => {
    const page = await open(pseudo, { stored: PSEUDO_LOCALE });
    await tab(page, 1).click();
    await page.getByTestId('history-chart').waitFor();
    await scan(page, 'history');

    await page.getByRole('button', { name: t('snapshotNow') }).click();
    await page.getByTestId('snapshot-report').locator('li').first().waitFor();
    await page.getByRole('textbox', { name: t('recipients') }).fill('anna@example.com, ben(at)example');
    await page.getByRole('checkbox', { name: t('pointDropLabel') }).check();
    await page.getByRole('button', { name: t('alertSettingsSave') }).click();
    await waitText(page, '⟦Enter the points');
    await scan(page, 'history, snapshot and invalid settings');

    await page.getByRole('textbox', { name: t('recipients') }).fill('anna@example.com');
    await page.getByRole('textbox', { name: t('pointDropPoints') }).fill('15');
    await page.getByRole('button', { name: t('alertSettingsSave') }).click();
    await waitText(page, t('alertSettingsSaved'));
    await scan(page, 'history, settings saved');
    expect(pageErrors).toEqual([]);
  });

  it('History tab: no snapshot yet, and a tab that fails to load', async () => {
    let page = await open(pseudo, { stored: PSEUDO_LOCALE, handlers: fixtureHandlers({ historyDays: 0 }) });
    await tab(page, 1).click();
    await page.getByTestId('history-chart-empty').waitFor();
    await scan(page, 'history, empty');

    const base = fixtureHandlers();
    page = await open(pseudo, {
      stored: PSEUDO_LOCALE,
      handlers: {
        ...base,
        getHistoryState: () => {
          throw new Error('Service Spreadsheets timed out.');
        },
      },
    });
    await tab(page, 1).click();
    await waitText(page, '⟦Could not load this tab');
    await scan(page, 'history, failed load');
  });

  it('Backtest tab: results, the confirmation, apply and restore', async () => {
    const page = await open(pseudo, { stored: PSEUDO_LOCALE });
    await tab(page, 2).click();
    await page.getByRole('button', { name: t('backtestRun') }).click();
    await page.getByTestId('backtest-results').waitFor();
    await scan(page, 'backtest, results');

    await page.getByRole('button', { name: t('backtestApply') }).click();
    await page.getByRole('button', { name: t('backtestApplyYes'), exact: true }).waitFor();
    await scan(page, 'backtest, confirm');
    await page.getByRole('button', { name: t('backtestApplyYes'), exact: true }).click();
    await page.getByRole('button', { name: t('backtestRestore') }).waitFor();
    await scan(page, 'backtest, applied');
    await page.getByRole('button', { name: t('backtestRestore') }).click();
    await page.getByTestId('apply-status').filter({ hasText: '⟦Previous model restored' }).waitFor();
    await scan(page, 'backtest, restored');

    await page.getByRole('combobox', { name: t('outcomeColumn') }).selectOption('');
    await page.getByRole('button', { name: t('backtestRun') }).click();
    await waitText(page, t('outcomeMissing'));
    await scan(page, 'backtest, no outcome');
    expect(pageErrors).toEqual([]);
  });

  it('Surveys tab: source, preview, mapping, import, unmatched responses, schedule', async () => {
    const page = await open(pseudo, { stored: PSEUDO_LOCALE });
    await tab(page, 3).click();
    await page.getByTestId('unmatched').locator('li').first().waitFor();
    await page.getByRole('button', { name: t('surveyPreview'), exact: true }).click();
    await waitText(page, t('surveyFormMissing'));
    await page.getByTestId('unmatched').getByRole('button').first().click();
    await waitText(page, t('unmatchedChooseFirst'));
    await scan(page, 'surveys, empty source');

    await page.getByRole('textbox', { name: t('surveyFormLabel') }).fill(FORM_URL);
    await page.getByRole('button', { name: t('surveyPreview'), exact: true }).click();
    await page.getByTestId('survey-mapping').waitFor();
    await page.getByRole('textbox', { name: t('surveyScaleOf', { field: t('surveyFieldCsat') }) }).fill('1');
    await page.getByRole('textbox', { name: t('surveyWindowLabel') }).fill('0');
    await page.getByRole('button', { name: t('surveyImport'), exact: true }).click();
    await waitText(page, t('surveyScaleInvalid'));
    await scan(page, 'surveys, preview and invalid fields');

    await page.getByRole('textbox', { name: t('surveyScaleOf', { field: t('surveyFieldCsat') }) }).fill('5');
    await page.getByRole('textbox', { name: t('surveyWindowLabel') }).fill('90');
    await page.getByRole('button', { name: t('surveyImport'), exact: true }).click();
    await page.getByTestId('import-result').locator('.import-summary').waitFor();
    const accounts = accountSheet(300).rows.map((row) => String(row[0]));
    await page.getByTestId('unmatched').locator('select').first().selectOption(accounts[0]);
    await page.getByTestId('unmatched').getByRole('button').first().click();
    await page.getByTestId('assign-status').filter({ hasText: '⟦The response of' }).waitFor();
    await page.getByRole('combobox', { name: t('surveyScheduleLabel') }).selectOption('daily');
    await scan(page, 'surveys, imported and assigned');

    await page.getByRole('textbox', { name: t('surveyFormLabel') }).fill(`${FORM_URL}?changed`);
    await waitText(page, t('surveyPreviewAgain'));
    await scan(page, 'surveys, source changed');
    expect(pageErrors).toEqual([]);
  });

  it('every failure the server can report, in each tab', async () => {
    const base = richHandlers() as Required<Handlers>;
    const failing = (): never => {
      throw new Error(SERVER_ERROR);
    };
    const page = await open(pseudo, {
      stored: PSEUDO_LOCALE,
      handlers: {
        ...base,
        takeHealthSnapshot: failing,
        setSnapshotSchedule: failing,
        saveAlertSettings: failing,
        applyLearnedWeights: failing,
        previewSurveyImport: failing,
        setSurveySchedule: failing,
        assignSurveyResponse: failing,
      },
    });
    await tab(page, 1).click();
    await page.getByRole('button', { name: t('snapshotNow') }).click();
    await page.getByRole('checkbox', { name: t('snapshotDaily') }).click();
    await page.getByRole('button', { name: t('alertSettingsSave') }).click();
    await waitText(page, '⟦Could not change the schedule');
    await waitText(page, '⟦Could not save');
    await waitText(page, '⟦The snapshot failed');
    await scan(page, 'history, failures');

    await tab(page, 2).click();
    await page.getByRole('button', { name: t('backtestRun') }).click();
    await page.getByRole('button', { name: t('backtestApply') }).click();
    await page.getByRole('button', { name: t('backtestApplyYes'), exact: true }).click();
    await waitText(page, '⟦Could not apply');
    await scan(page, 'backtest, failure');

    await tab(page, 3).click();
    await page.getByTestId('unmatched').locator('select').first().selectOption({ index: 1 });
    await page.getByTestId('unmatched').getByRole('button').first().click();
    await waitText(page, '⟦Could not assign');
    await page.getByRole('textbox', { name: t('surveyFormLabel') }).fill(FORM_URL);
    await page.getByRole('button', { name: t('surveyPreview'), exact: true }).click();
    await waitText(page, '⟦Could not preview');
    await scan(page, 'surveys, failures');
    expect(pageErrors).toEqual([]);
  });

  it('Model tab: Use this model in BigQuery; History tab: Export for CRM', async () => {
    // A Values label SQL cannot lower-case as Sheets does: the refusal names the metric.
    const model = churnModel();
    model.metrics.find((rule) => rule.metric === 'Advocacy')!.values = [{ label: 'İyi', score: 100 }];
    let page = await open(pseudo, {
      stored: PSEUDO_LOCALE,
      handlers: fixtureHandlers({ model, extraColumns: churnColumns() }),
    });
    await page.getByText(t('bigQueryHeading')).click();
    const table = () => page.getByRole('textbox', { name: t('bigQueryTable') });
    await table().fill('accounts');
    await waitText(page, t('bigQueryTableInvalid'));
    await scan(page, 'model, BigQuery table name');
    await table().fill('my-project.crm.accounts');
    await waitText(page, '⟦BigQuery cannot score');
    await scan(page, 'model, BigQuery refused');

    const base = richHandlers() as Required<Handlers>;
    page = await open(pseudo, { stored: PSEUDO_LOCALE, handlers: base });
    await page.getByText(t('bigQueryHeading')).click();
    await table().fill('my-project.crm.accounts');
    await page.getByRole('button', { name: t('bigQueryCopyView') }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /⟦(Copied|Selected)/ })
      .waitFor();
    await scan(page, 'model, BigQuery SQL');
    await page.getByRole('combobox', { name: t('bigQueryIdColumn') }).selectOption('');
    await waitText(page, t('bigQuerySnapshotNeedsId'));
    await scan(page, 'model, BigQuery without an ID column');

    await tab(page, 1).click();
    await page.getByRole('button', { name: t('crmExport') }).click();
    await page.getByTestId('crm-report').locator('li').first().waitFor();
    await scan(page, 'history, CRM export');

    page = await open(pseudo, {
      stored: PSEUDO_LOCALE,
      handlers: {
        ...base,
        exportForCrm: () => {
          throw new Error(SERVER_ERROR);
        },
      },
    });
    await tab(page, 1).click();
    await page.getByRole('button', { name: t('crmExport') }).click();
    await waitText(page, '⟦The export failed');
    await scan(page, 'history, CRM export failed');
    expect(pageErrors).toEqual([]);
  });

  it('found no text outside the catalogue', () => {
    expect(bare).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Every language: screenshots, overflow, direction.

/**
 * Text containers (elements with text of their own) whose content is wider than their box, and
 * any element sticking out of the 300 px panel. Layout boxes are judged by their children: the
 * save bar's full-bleed negative margins are by design.
 */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) found.push(`the page scrolls sideways (${root.scrollWidth}px)`);
    const name = (element: Element): string =>
      `${element.tagName.toLowerCase()}${typeof element.className === 'string' && element.className ? `.${element.className.split(' ').join('.')}` : ''} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    for (const element of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      if (!element.checkVisibility()) continue;
      // Hidden on purpose, drawn, or a form control showing part of its value.
      if (element.closest('.visually-hidden, svg, select, input, textarea')) continue;
      const style = getComputedStyle(element);
      const clips = style.overflowX === 'hidden' || style.overflowX === 'clip';
      const ownText = Array.from(element.childNodes).some(
        (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
      );
      if (ownText && !clips && element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1) {
        found.push(`${name(element)}: content ${element.scrollWidth}px in ${element.clientWidth}px`);
      }
      const box = element.getBoundingClientRect();
      if (box.width > 0 && (box.right > root.clientWidth + 1 || box.left < -1)) {
        found.push(`${name(element)}: sticks out (${Math.round(box.left)}–${Math.round(box.right)}px)`);
      }
    }
    return found;
  });
}

/** Brings each tab to the state that shows the most. */
async function showTab(page: Page, index: number, t: Messages): Promise<void> {
  await tab(page, index).click();
  if (index === 0) await page.getByTestId('lowest').locator('li').first().waitFor();
  if (index === 1) {
    await page.getByTestId('history-chart').waitFor();
    await page.getByRole('button', { name: t.snapshotNow }).click();
    await page.getByTestId('snapshot-report').locator('li').first().waitFor();
  }
  if (index === 2) {
    await page.getByRole('button', { name: t.backtestRun }).click();
    await page.getByTestId('backtest-results').waitFor();
  }
  if (index === 3) {
    await page.getByTestId('unmatched').locator('li').first().waitFor();
    await page.getByRole('textbox', { name: t.surveyFormLabel }).fill(FORM_URL);
    await page.getByRole('button', { name: t.surveyPreview, exact: true }).click();
    await page.getByTestId('survey-mapping').waitFor();
    await page.getByRole('button', { name: t.surveyImport, exact: true }).click();
    await page.getByTestId('import-result').locator('.import-summary').waitFor();
  }
  // Fonts and layout settle before the picture.
  await page.evaluate(() => document.fonts.ready);
}

describe.each(LANGUAGES)('$language at 300 px', ({ language, browser: browserLocale }) => {
  it('fits every tab in the panel; screenshots in test-results/i18n/', async () => {
    const page = await open(sidebar, { browserLocale });
    const t = getMessages(language);
    expect(await page.locator('html').getAttribute('lang')).toBe(language);
    expect(await page.locator('html').getAttribute('dir')).toBe(language === 'fa' ? 'rtl' : 'ltr');
    expect(await page.getByRole('tab').allTextContents()).toEqual([
      t.tabModel,
      t.tabHistory,
      t.tabBacktest,
      t.tabSurveys,
    ]);
    expect(await page.getByTestId('language').inputValue()).toBe(language);
    const problems: string[] = [];
    for (const [index, name] of TABS.entries()) {
      await showTab(page, index, t);
      for (const problem of await overflowing(page)) problems.push(`${name}: ${problem}`);
      await page.screenshot({ path: `${SHOTS}/${language}-${name}.png`, fullPage: true });
    }
    expect(problems).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe('right to left (Persian)', () => {
  it('mirrors the layout and writes numbers in Persian digits', async () => {
    const page = await open(sidebar, { browserLocale: 'fa-IR' });
    useLocale('fa');
    const fa = getMessages('fa');
    const x = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => element.getBoundingClientRect().left);
    // The first tab is on the right, the switcher on the left; a card's checkbox right of its name.
    const tabs = page.getByRole('tab');
    const [modelLeft, surveysLeft] = [
      await tabs.nth(0).evaluate((e) => e.getBoundingClientRect().left),
      await tabs.nth(3).evaluate((e) => e.getBoundingClientRect().left),
    ];
    expect(modelLeft).toBeGreaterThan(surveysLeft);
    expect(await x('select.language')).toBeLessThan(100);
    expect(await x('.metric-head input')).toBeGreaterThan(await x('.metric-head .metric-name'));
    expect(await page.locator('.metric .share').first().textContent()).toMatch(/^[۰-۹]+٪$/);
    // Each number inserted into the sentence is bidi-isolated (FSI … PDI), as <bdi> would.
    expect(await page.getByTestId('band-summary').textContent()).toMatch(/^سالم \u2068[۰-۹]+\u2069،/);
    // Keyboard arrows follow the mirrored order.
    await tabs.nth(0).focus();
    await page.keyboard.press('ArrowLeft');
    expect(await tabs.nth(1).getAttribute('aria-selected')).toBe('true');
    // Persian digits and the Persian decimal sign typed into the weight reach the server as 7.5.
    await tab(page, 0).click();
    await page.getByRole('textbox', { name: format(fa.weightOf, { metric: 'NPS' }) }).fill('۷٫۵');
    await page.getByRole('button', { name: fa.save }).click();
    await expect.poll(() => sidebar.calls.filter((call) => call.name === 'saveModel').length).toBe(1);
    const request = sidebar.calls.find((call) => call.name === 'saveModel')!.args[0] as SaveModelRequest;
    expect(request.model.metrics.find((rule) => rule.metric === 'NPS')?.weight).toBe(7.5);
    // The call is recorded when it reaches the server; the page shows its reply a moment later.
    await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/^[۰-۹]+ شاخص در ساعت/);
  });
});

describe('numbers typed in the locale', () => {
  it('reads Italian "7,5" as 7.5 in weights, thresholds, bands and alert points', async () => {
    const page = await open(sidebar, { browserLocale: 'it-IT' });
    useLocale('it');
    const it = getMessages('it');
    const nps = (key: 'weightOf' | 'redOf' | 'greenOf') =>
      page.getByRole('textbox', { name: format(it[key], { metric: 'NPS' }), exact: true });
    // The model shows in Italian notation, and what the user types in it is read the same way.
    expect(await page.getByRole('textbox', { name: it.healthyAt }).inputValue()).toBe('70');
    // Arrow keys step in the same notation, as the browser's number field would.
    await nps('weightOf').fill('6,5');
    await nps('weightOf').press('ArrowUp');
    expect(await nps('weightOf').inputValue()).toBe('7,5');
    const npsToggle = page.getByRole('group', { name: 'NPS', exact: true }).locator('.metric-summary');
    if ((await npsToggle.getAttribute('aria-expanded')) === 'false') await npsToggle.click();
    await nps('redOf').fill('-50,5');
    await nps('greenOf').fill('1.500');
    await page.getByRole('textbox', { name: it.healthyAt }).fill('72,5');
    await page.getByRole('button', { name: it.save }).click();
    await expect.poll(() => sidebar.calls.filter((call) => call.name === 'saveModel').length).toBe(1);
    const request = sidebar.calls.find((call) => call.name === 'saveModel')!.args[0] as SaveModelRequest;
    expect(request.model.metrics.find((rule) => rule.metric === 'NPS')).toMatchObject({
      weight: 7.5,
      red: { kind: 'number', value: -50.5 },
      green: { kind: 'number', value: 1500 },
    });
    expect(request.bands).toEqual({ kind: 'fixed', healthyAt: 72.5, unhealthyBelow: 40 });

    await tab(page, 1).click();
    await page.getByRole('checkbox', { name: it.pointDropLabel }).check();
    await page.getByRole('textbox', { name: it.pointDropPoints }).fill('12,5');
    await page.getByRole('button', { name: it.alertSettingsSave }).click();
    await expect
      .poll(() =>
        sidebar.calls.filter((call) => call.name === 'saveAlertSettings').map((call) => call.args[0]),
      )
      .toEqual([{ email: true, recipients: ['cs-lead@example.com'], minPointDrop: 12.5 }]);
    expect(await page.getByRole('textbox', { name: it.pointDropPoints }).inputValue()).toBe('12,5');
  });

  it('shows core’s field messages in Italian and Persian, as Sidebar.html carries them', async () => {
    for (const language of ['it', 'fa'] as const) {
      const page = await open(sidebar, { browserLocale: language });
      useLocale(language);
      const messages = getMessages(language);
      const toggle = page.getByRole('group', { name: 'NPS', exact: true }).locator('.metric-summary');
      if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
      await page
        .getByRole('textbox', { name: format(messages.redOf, { metric: 'NPS' }), exact: true })
        .fill('soon');
      const expected = renderText(
        errorText('threshold', { what: messages.red, cell: errorText('cellText', { text: 'soon' }) }),
        ERROR_SOURCES[language],
        language,
      );
      await page.getByText(expected, { exact: true }).waitFor();
    }
  });

  it('reads Thai digits', async () => {
    const page = await open(sidebar, { browserLocale: 'th-TH' });
    useLocale('th');
    const th = getMessages('th');
    await page.getByRole('textbox', { name: format(th.weightOf, { metric: 'NPS' }) }).fill('๑๒');
    await page.getByRole('button', { name: th.save }).click();
    await expect.poll(() => sidebar.calls.filter((call) => call.name === 'saveModel').length).toBe(1);
    const request = sidebar.calls.find((call) => call.name === 'saveModel')!.args[0] as SaveModelRequest;
    expect(request.model.metrics.find((rule) => rule.metric === 'NPS')?.weight).toBe(12);
  });
});

describe('language switcher', () => {
  it('switches in place, keeps the choice, and asks before dropping model edits', async () => {
    const dialogs: string[] = [];
    const page = await open(sidebar, {
      browserLocale: 'en-US',
      onDialog: (message) => dialogs.push(message),
    });
    const ro = getMessages('ro');
    await tab(page, 1).click();
    await page.getByTestId('language').selectOption('ro');
    // Same tab, now in Romanian; the sheet data was not fetched again.
    expect(await tab(page, 1).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('tab').allTextContents()).toEqual([
      ro.tabModel,
      ro.tabHistory,
      ro.tabBacktest,
      ro.tabSurveys,
    ]);
    expect(await page.locator('html').getAttribute('lang')).toBe('ro');
    expect(sidebar.calls.filter((call) => call.name === 'getSheetData')).toHaveLength(1);
    expect(await page.evaluate((key) => window.localStorage.getItem(key), LANGUAGE_KEY)).toBe('ro');

    // A new panel opens in the language picked, whatever the browser says.
    await page.reload();
    await page.locator('fieldset.metric').first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ro');

    // Unsaved model edits: the switch asks first; dismissing keeps the panel as it is.
    useLocale('ro');
    await page.getByRole('textbox', { name: format(ro.weightOf, { metric: 'NPS' }) }).fill('33');
    await page.getByTestId('language').selectOption('fa');
    expect(dialogs).toEqual([ro.languageDiscard]);
    expect(await page.locator('html').getAttribute('lang')).toBe('ro');
    expect(await page.getByTestId('language').inputValue()).toBe('ro');
    expect(
      await page.getByRole('textbox', { name: format(ro.weightOf, { metric: 'NPS' }) }).inputValue(),
    ).toBe('33');
  });

  it('takes the locale the server writes into data-locale over the browser’s', async () => {
    // A page of its own: the route below must not outlive this test.
    const context = await browser.newContext({
      viewport: { width: 300, height: 800 },
      locale: 'en-US',
      timezoneId: 'UTC',
    });
    const page = await context.newPage();
    sidebar.setHandlers(richHandlers());
    const address = sidebar.newDocument();
    await page.route(address, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('data-locale=""', 'data-locale="th_TH"');
      await route.fulfill({ response, body });
    });
    await page.goto(address);
    await page.locator('fieldset.metric').first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('th');
    // Thai numbers and dates: Buddhist era in the History tab.
    await tab(page, 1).click();
    await page.getByTestId('history-chart').waitFor();
    expect(await page.getByTestId('snapshot-job').textContent()).toContain('2569');
    await context.close();
  });
});
