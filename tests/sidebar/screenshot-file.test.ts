/** The committed screenshots are rewritten for a change of the picture, not for raster noise. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { differingPixels, writeScreenshotIfChanged } from '../support/screenshot-file';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 320, height: 200 } });
});

afterAll(async () => {
  await browser?.close();
});

/** A screenshot of a box in `background` with `text` on it. */
async function shot(background: string, text: string): Promise<Buffer> {
  await page.setContent(
    `<body style="margin:0;background:${background};font:16px sans-serif"><button>${text}</button></body>`,
  );
  return page.screenshot();
}

describe('committed screenshots', () => {
  it('count one level of one channel as noise, and a new word or colour as a change', async () => {
    const base = await shot('rgb(250, 250, 250)', 'Save model');
    expect(await differingPixels(browser, base, await shot('rgb(251, 250, 250)', 'Save model'))).toBe(0);
    expect(
      await differingPixels(browser, base, await shot('rgb(250, 250, 250)', 'Save modal')),
    ).toBeGreaterThan(0);
    // The background, most of the 320 × 200 pixels, moves by 20 levels of red.
    expect(
      await differingPixels(browser, base, await shot('rgb(230, 250, 250)', 'Save model')),
    ).toBeGreaterThan((320 * 200) / 2);
  });

  it('leave the file alone for the same picture and write a changed one', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'shot-')), 'listing.png');
    const first = await shot('white', 'Set up health score');
    expect(await writeScreenshotIfChanged(browser, path, first)).toBe(true);
    expect(
      await writeScreenshotIfChanged(browser, path, await shot('rgb(254, 255, 255)', 'Set up health score')),
    ).toBe(false);
    expect(readFileSync(path).equals(first)).toBe(true);
    const renamed = await shot('white', 'Set up health scores');
    expect(await writeScreenshotIfChanged(browser, path, renamed)).toBe(true);
    expect(readFileSync(path).equals(renamed)).toBe(true);
  });
});
