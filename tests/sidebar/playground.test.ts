/**
 * End to end in headless Chromium: the playground (npm start) with the built add-on in the
 * emulator. Set up from the menu, open the panel, change a weight, watch the preview move, save,
 * and see the sheet's scores and colours change. Screenshots go to test-results/.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Playground, startPlayground } from '../../dev/playground/server';
import { columnLetter } from '../../src/core/a1';
import { launchChromium } from '../support/chromium';
import { drawnCell } from '../support/playground-grid';

let browser: Browser;
let playground: Playground;
let page: Page;

beforeAll(async () => {
  mkdirSync('test-results', { recursive: true });
  playground = await startPlayground(0);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, timezoneId: 'UTC' });
  await page.goto(playground.url);
});

afterAll(async () => {
  await browser?.close();
  await playground?.close();
});

/** The Health score column (set-up puts it right of the table), as a letter and as values. */
const scoreIndex = () => playground.workbook.values('Accounts')[0].indexOf('Health score');
const score = () => columnLetter(scoreIndex() + 1);
const scoreColumn = () => playground.workbook.values('Accounts').map((row) => row[scoreIndex()]);

describe('the playground', () => {
  it('sets up from the menu: scores, bands and traffic lights appear in the grid', async () => {
    await page.getByRole('button', { name: 'Set up health score' }).click();
    await expect.poll(() => scoreIndex()).toBeGreaterThan(0);
    await expect.poll(() => page.locator(`td[data-cell="${score()}1"]`).textContent()).toBe('Health score');
    const q2 = page.locator(`td[data-cell="${score()}2"]`);
    expect(Number(await q2.textContent())).toBeGreaterThan(0);
    await expect
      .poll(async () => (await drawnCell(page, `${score()}2`))?.background)
      .toMatch(/rgb\(183, 225, 205\)|rgb\(252, 232, 178\)|rgb\(244, 199, 195\)/);
    await page.screenshot({ path: 'test-results/playground-set-up.png' });
  });

  it('opens the panel, a weight change moves the preview, Save changes the sheet’s scores and colours', async () => {
    await page.getByRole('button', { name: 'Open health panel' }).click();
    const sidebar = page.frameLocator('#sidebar');
    await sidebar.locator('fieldset.metric').first().waitFor();
    const counts = sidebar.getByTestId('band-counts');
    const before = await counts.textContent();
    const scoresBefore = scoreColumn();
    const coloursBefore = playground.workbook
      .values('Accounts')
      .map((_, i) => playground.workbook.cellBackground('Accounts', `${score()}${i + 1}`));

    // Everything on the CSM's read: the bands follow the sentiment column.
    for (const metric of await sidebar.locator('.metric-name').allTextContents()) {
      if (metric === 'CSM sentiment') continue;
      const include = sidebar.getByRole('checkbox', { name: `Include ${metric}`, exact: true });
      if (await include.isChecked()) await include.uncheck();
    }
    await expect.poll(() => counts.textContent()).not.toBe(before);
    await page.screenshot({ path: 'test-results/playground-preview.png' });

    await sidebar.getByRole('button', { name: 'Save model' }).click();
    await expect.poll(() => scoreColumn().join()).not.toBe(scoresBefore.join());
    // Every scored account now sits at 0, 50 or 100: red, yellow or green sentiment.
    const scored = scoreColumn().filter((score): score is number => typeof score === 'number');
    expect(scored.length).toBeGreaterThan(50);
    for (const score of scored) expect([0, 50, 100]).toContain(score);
    const coloursAfter = playground.workbook
      .values('Accounts')
      .map((_, i) => playground.workbook.cellBackground('Accounts', `${score()}${i + 1}`));
    expect(coloursAfter).not.toEqual(coloursBefore);
    // The grid redraws from the workbook.
    await expect
      .poll(() => page.locator(`td[data-cell="${score()}2"]`).textContent())
      .toMatch(/^(0\.0|50\.0|100\.0)$/);
    await page.screenshot({ path: 'test-results/playground-saved.png' });
  });
});
