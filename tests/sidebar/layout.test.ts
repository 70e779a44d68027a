/**
 * The Model tab's layout at 300 px in headless Chromium: metric cards collapse to a summary line,
 * and the sticky save bar never hides the focused control.
 */
import { describe, expect, it } from 'vitest';
import { useSidebar } from './harness';

const sidebar = useSidebar();

describe('layout at 300 px', () => {
  it('no control reached with Tab hides under the sticky save bar', async () => {
    const page = await sidebar.open();
    await page.getByRole('combobox', { name: 'Account sheet' }).focus();
    const hidden: string[] = [];
    for (let step = 0; step < 80; step++) {
      await page.keyboard.press('Tab');
      const overlap = await page.evaluate(() => {
        const focused = document.activeElement as HTMLElement | null;
        const bar = document.querySelector('.savebar');
        if (focused === null || focused === document.body || bar === null || bar.contains(focused))
          return null;
        const box = focused.getBoundingClientRect();
        const barTop = bar.getBoundingClientRect().top;
        const label = focused.getAttribute('aria-label') ?? focused.textContent ?? focused.tagName;
        return box.height > 0 && box.bottom > barTop + 1 ? label : null;
      });
      if (overlap !== null) hidden.push(overlap);
    }
    expect(hidden).toEqual([]);
  });

  it('metric cards are collapsed to a summary line, so the Model tab stays short; one click opens a card', async () => {
    const page = await sidebar.open();
    const cards = page.locator('fieldset.metric');
    expect(await cards.count()).toBe(11);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    // About 2,250 px with the cards collapsed; 3,160 px with every card open.
    expect(height).toBeLessThan(2_400);
    const nps = page.getByRole('group', { name: 'NPS', exact: true });
    const toggle = nps.getByRole('button', { name: 'Red -50 · Green 50' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await nps.getByRole('textbox', { name: 'Red (sub-score 0) of NPS' }).isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await nps.getByRole('textbox', { name: 'Red (sub-score 0) of NPS' }).isVisible()).toBe(true);
  });
});
