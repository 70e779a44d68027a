/**
 * The Marketplace listing's icons (128 × 128 and 32 × 32 PNG) and card banner (220 × 140), drawn
 * by Chromium from docs/images/icon.svg, so the PNGs in docs/images always match the drawing.
 * Like the screenshots, a file is rewritten only when its picture changes.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { decodePng, writeScreenshotIfChanged } from '../support/screenshot-file';

const ICON = `data:image/svg+xml;base64,${readFileSync('docs/images/icon.svg').toString('base64')}`;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
});

/** Renders `html` at width × height, writes it to docs/images/`name`, returns the PNG. */
async function render(name: string, width: number, height: number, html: string): Promise<Buffer> {
  await page.setViewportSize({ width, height });
  await page.setContent(`<body style="margin:0">${html}</body>`);
  await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  const png = await page.screenshot({ omitBackground: true });
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([width, height]);
  await writeScreenshotIfChanged(browser, `docs/images/${name}`, png);
  return png;
}

/** How many pixels of `png` are close to each colour. */
async function colourCounts(png: Buffer, colours: Record<string, [number, number, number]>) {
  const { rgba } = await decodePng(browser, png);
  const counts: Record<string, number> = {};
  for (const [name, [r, g, b]] of Object.entries(colours)) {
    counts[name] = 0;
    for (let i = 0; i < rgba.length; i += 4) {
      if (Math.abs(rgba[i] - r) + Math.abs(rgba[i + 1] - g) + Math.abs(rgba[i + 2] - b) < 24) counts[name]++;
    }
  }
  return counts;
}

const TRAFFIC_LIGHTS: Record<string, [number, number, number]> = {
  red: [0xd9, 0x30, 0x25],
  yellow: [0xf9, 0xab, 0x00],
  green: [0x1e, 0x8e, 0x3e],
};

describe('the listing assets', () => {
  it('draw the icon at 128 × 128 and 32 × 32, each showing the red, yellow and green gauge', async () => {
    for (const size of [128, 32]) {
      const png = await render(
        `icon-${size}.png`,
        size,
        size,
        `<img src="${ICON}" width="${size}" height="${size}" alt="">`,
      );
      const counts = await colourCounts(png, TRAFFIC_LIGHTS);
      // Each arc covers a few percent of the square at either size.
      for (const colour of Object.keys(TRAFFIC_LIGHTS))
        expect(counts[colour]).toBeGreaterThan(size * size * 0.02);
    }
  });

  it('draws the 220 × 140 card banner: the icon and the name', async () => {
    const png = await render(
      'banner-220x140.png',
      220,
      140,
      `<div style="width:220px;height:140px;background:#fff;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:8px;font:600 15px sans-serif;color:#202124">
        <img src="${ICON}" width="72" height="72" alt="">
        <span>Customer Health Score</span>
      </div>`,
    );
    const counts = await colourCounts(png, { ...TRAFFIC_LIGHTS, text: [0x20, 0x21, 0x24] });
    expect(counts.green).toBeGreaterThan(100);
    expect(counts.text).toBeGreaterThan(100);
  });
});
