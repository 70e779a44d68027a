/**
 * The playground's whole story in headless Chromium (history and survey import, end to end):
 * weeks of snapshots give history, Trend arrows and alerts; the sample form is imported,
 * re-imported with new and edited responses, and the account sheet's NPS / CSAT and scores
 * follow; the backtest compares the current and the learned model. It runs at 1280×800, the size
 * the Google Workspace Marketplace asks for, and its screenshots are the listing's and the
 * README's (docs/images/listing-*.png), so they always show the current UI; on a fixed clock, and
 * rewritten only when the picture changes (tests/support/screenshot-file.ts).
 */
import { mkdirSync } from 'node:fs';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Playground, startPlayground } from '../../dev/playground/server';
import { launchChromium } from '../support/chromium';
import { CONTRACT_SURVEY_HEADERS } from '../support/contract';
import { writeScreenshotIfChanged } from '../support/screenshot-file';

let browser: Browser;
let playground: Playground;
let page: Page;
let sidebar: FrameLocator;

/**
 * One fixed instant for the add-on and the page (history dates, "3 days ago"), so the screenshots
 * come out the same on every run and change in git only when the UI does.
 */
const NOW = Date.UTC(2026, 10, 30, 15);

beforeAll(async () => {
  playground = await startPlayground(0, undefined, { now: NOW });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, timezoneId: 'UTC' });
  await page.clock.setFixedTime(NOW);
  await page.goto(playground.url);
  sidebar = page.frameLocator('#sidebar');
  mkdirSync('docs/images', { recursive: true });
});

/** A Marketplace screenshot: 1280×800 PNG (its IHDR holds width and height, big-endian). */
async function listingShot(name: string): Promise<void> {
  const path = `docs/images/listing-${name}.png`;
  // The add-on's columns are at the table's right; column A (account names) stays frozen.
  await page.locator('#sheet').evaluate((sheet) => {
    sheet.scrollLeft = sheet.scrollWidth;
  });
  const png = await page.screenshot();
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 800]);
  await writeScreenshotIfChanged(browser, path, png);
}

afterAll(async () => {
  await browser?.close();
  await playground?.close();
});

const accounts = () => playground.workbook.values('Accounts');
const column = (header: string) => accounts()[0].indexOf(header);

// Each step drives the emulator through the page: ~15 s alone, up to twice that on a busy machine.
describe('the playground story', { timeout: 90_000 }, () => {
  it('sets up the sample sheet and opens the panel: scores, colours and the live preview', async () => {
    await page.getByRole('button', { name: 'Set up health score' }).click();
    await expect.poll(() => column('Health score')).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Open health panel' }).click();
    await sidebar.getByTestId('band-counts').waitFor();
    await listingShot('1-model');
  });

  it('45 days of snapshots: the history, ▲ / ▼ trends and the band chart and alerts in the sidebar', async () => {
    await page.getByRole('button', { name: 'Simulate 45 days of snapshots' }).click();
    await expect
      .poll(() => playground.workbook.values('Health History').length, { timeout: 60_000 })
      .toBeGreaterThan(64 * 40);
    const trend = column('Trend');
    expect(trend).toBeGreaterThan(0);
    const arrows = playground.workbook.displayValues('Accounts').map((row) => row[trend]);
    expect(arrows.some((text) => text.startsWith('▲'))).toBe(true);
    expect(arrows.some((text) => text.startsWith('▼'))).toBe(true);
    await page.getByRole('button', { name: 'Open health panel' }).click();
    await sidebar.getByRole('tab', { name: 'History' }).click();
    await sidebar.getByRole('img', { name: /^Accounts per band on \d+ snapshot days/ }).waitFor();
    await expect.poll(() => sidebar.getByTestId('alerts').locator('li').count()).toBeGreaterThan(0);
    await listingShot('2-history');
  });

  it('imports the sample form, then re-imports new and edited responses; NPS, CSAT and scores follow', async () => {
    const scoresBefore = accounts().map((row) => row[column('Health score')]);
    const formUrl = await page.locator('#demo-form').inputValue();
    await sidebar.getByRole('tab', { name: 'Surveys' }).click();
    await sidebar.getByRole('textbox', { name: 'Form URL or ID' }).fill(formUrl);
    await sidebar.getByRole('button', { name: 'Preview', exact: true }).click();
    await sidebar.getByTestId('survey-preview').waitFor();
    await sidebar.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => sidebar.getByTestId('import-result').textContent()).toMatch(/\d+ added/);
    expect(column('NPS')).toBeGreaterThan(0);
    expect(column('CSAT')).toBeGreaterThan(0);
    expect(accounts().map((row) => row[column('Health score')])).not.toEqual(scoresBefore);
    const survey = playground.workbook.values('Survey Responses');
    expect(survey[0]).toEqual(CONTRACT_SURVEY_HEADERS);
    const rows = survey.length;
    // A comment that looks like a formula stayed text.
    expect(
      playground.workbook
        .formulas('Survey Responses')
        .flat()
        .every((formula) => formula === ''),
    ).toBe(true);
    await listingShot('3-surveys');

    const npsBefore = accounts().map((row) => row[column('NPS')]);
    await Promise.all([
      page.waitForResponse('**/api/demo/responses'),
      page.getByRole('button', { name: 'Add form responses' }).click(),
    ]);
    await sidebar.getByRole('button', { name: 'Preview', exact: true }).click();
    // The new preview replaces the first import's section, result and all, when its reply comes:
    // an Import clicked before then would import from the section being replaced.
    await expect.poll(() => sidebar.getByTestId('import-result').textContent()).toBe('');
    await sidebar.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => sidebar.getByTestId('import-result').textContent()).toMatch(/3 added, 1 updated/);
    expect(playground.workbook.values('Survey Responses')).toHaveLength(rows + 3);
    expect(accounts().map((row) => row[column('NPS')])).not.toEqual(npsBefore);
  });

  it('backtests the current model against the learned one on the Churned column', async () => {
    await sidebar.getByRole('tab', { name: 'Backtest' }).click();
    await sidebar.getByRole('combobox', { name: /outcome/i }).selectOption('Churned');
    await sidebar.getByRole('button', { name: 'Run backtest' }).click();
    await sidebar.getByTestId('backtest-results').waitFor({ timeout: 30_000 });
    const headlines = await sidebar.getByTestId('backtest-headlines').locator('.headline').allTextContents();
    expect(headlines).toHaveLength(2);
    for (const headline of headlines) expect(headline).toMatch(/0\.\d\d|–/);
    expect(await sidebar.getByTestId('backtest-verdict').textContent()).not.toBe('');
    await listingShot('4-backtest');
  });
});
