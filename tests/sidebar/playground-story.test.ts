/**
 * The playground's whole story in headless Chromium (the "done when" of the history and survey
 * issues): weeks of snapshots give history, Trend arrows and alerts; the sample form is imported,
 * re-imported with new and edited responses, and the account sheet's NPS / CSAT and scores
 * follow; the backtest compares the current and the learned model. Screenshots in test-results/.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Playground, startPlayground } from '../../dev/playground/server';
import { launchChromium } from '../support/chromium';
import { CONTRACT_SURVEY_HEADERS } from '../support/contract';

let browser: Browser;
let playground: Playground;
let page: Page;
let sidebar: FrameLocator;

beforeAll(async () => {
  mkdirSync('test-results', { recursive: true });
  playground = await startPlayground(0);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
  await page.goto(playground.url);
  sidebar = page.frameLocator('#sidebar');
});

afterAll(async () => {
  await browser?.close();
  await playground?.close();
});

const accounts = () => playground.workbook.values('Accounts');
const column = (header: string) => accounts()[0].indexOf(header);

describe('the playground story', () => {
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
    await page.screenshot({ path: 'test-results/playground-history.png' });
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
    await page.screenshot({ path: 'test-results/playground-surveys.png' });

    const npsBefore = accounts().map((row) => row[column('NPS')]);
    await page.getByRole('button', { name: 'Add form responses' }).click();
    await sidebar.getByRole('button', { name: 'Preview', exact: true }).click();
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
    await page.screenshot({ path: 'test-results/playground-backtest.png' });
  });
});
