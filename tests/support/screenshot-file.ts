/**
 * Committed screenshots (docs/images) are rewritten only when they show something else. Chromium
 * rasterises the same page a little differently from run to run: a few dozen anti-aliased pixels
 * of rounded corners move by one level of one channel. Writing every screenshot left modified PNGs
 * in git after each test run; a real change of the UI (a word, a colour, a shifted box) moves
 * pixels by far more than the tolerance here.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

/** Largest per-channel difference still taken for raster noise (seen: 1). */
const NOISE = 8;

/** One blank page per browser decodes them all (a new page costs about a second); it closes with the browser. */
const decoders = new WeakMap<Browser, Promise<Page>>();

/** A PNG's pixels, RGBA row by row, as Chromium decodes it (in a blank page of `browser`). */
export interface Pixels {
  width: number;
  height: number;
  rgba: Buffer;
}

export async function decodePng(browser: Browser, png: Buffer): Promise<Pixels> {
  let decoder = decoders.get(browser);
  if (decoder === undefined) {
    decoder = browser.newPage();
    decoders.set(browser, decoder);
  }
  const decoded = await (await decoder).evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    // Back as base64: a 1280 × 800 picture is 4 MB of bytes, far smaller so than as a JSON array.
    let binary = '';
    for (let i = 0; i < data.length; i += 0x8000)
      binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
    return { width: bitmap.width, height: bitmap.height, rgba: btoa(binary) };
  }, png.toString('base64'));
  return { ...decoded, rgba: Buffer.from(decoded.rgba, 'base64') };
}

/**
 * How many pixels of two PNGs differ by more than NOISE in some channel (every pixel, when the
 * sizes differ).
 */
export async function differingPixels(browser: Browser, a: Buffer, b: Buffer): Promise<number> {
  const [x, y] = await Promise.all([decodePng(browser, a), decodePng(browser, b)]);
  if (x.width !== y.width || x.height !== y.height) return Math.max(x.width * x.height, y.width * y.height);
  let count = 0;
  for (let i = 0; i < x.rgba.length; i += 4) {
    for (let c = 0; c < 4; c++) {
      if (Math.abs(x.rgba[i + c] - y.rgba[i + c]) > NOISE) {
        count++;
        break;
      }
    }
  }
  return count;
}

/** Writes `png` to `path` unless the file there already shows the same picture; true if written. */
export async function writeScreenshotIfChanged(
  browser: Browser,
  path: string,
  png: Buffer,
): Promise<boolean> {
  if (existsSync(path) && (await differingPixels(browser, readFileSync(path), png)) === 0) return false;
  writeFileSync(path, png);
  return true;
}
