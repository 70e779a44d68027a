/** The tab list in headless Chromium: ARIA wiring, arrow keys, and data loaded on first open. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixtureHandlers } from './fixture';
import { useSidebar } from './harness';

const sidebar = useSidebar();

/** The selected tab, the focused element's name and the visible panel's label. */
const where = (page: Page) =>
  page.evaluate(() => {
    const selected = document.querySelector('[role="tab"][aria-selected="true"]');
    const panels = Array.from(document.querySelectorAll<HTMLElement>('[role="tabpanel"]')).filter(
      (panel) => !panel.hidden,
    );
    const label = panels.map(
      (panel) => document.getElementById(panel.getAttribute('aria-labelledby')!)?.textContent,
    );
    return { selected: selected?.textContent, focused: document.activeElement?.textContent, panels: label };
  });

describe('tabs (headless Chromium)', () => {
  it('is an ARIA tab list: one tab stop, arrow keys move and select, Home / End jump', async () => {
    const page = await sidebar.open();
    const tabs = page.getByRole('tablist', { name: 'Health score sections' }).getByRole('tab');
    expect(await tabs.allTextContents()).toEqual(['Model', 'History', 'Backtest', 'Surveys']);
    expect(
      await tabs.evaluateAll((all) => all.map((tab) => [tab.getAttribute('aria-selected'), tab.tabIndex])),
    ).toEqual([
      ['true', 0],
      ['false', -1],
      ['false', -1],
      ['false', -1],
    ]);
    for (const tab of await tabs.all()) {
      const panel = page.locator(`#${await tab.getAttribute('aria-controls')}`);
      expect(await panel.getAttribute('role')).toBe('tabpanel');
      expect(await panel.getAttribute('aria-labelledby')).toBe(await tab.getAttribute('id'));
    }

    // The header's language switcher comes first, then the tab list.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Language');
    await page.keyboard.press('Tab');
    expect(await where(page)).toEqual({ selected: 'Model', focused: 'Model', panels: ['Model'] });
    await page.keyboard.press('ArrowRight');
    expect(await where(page)).toEqual({ selected: 'History', focused: 'History', panels: ['History'] });
    await page.keyboard.press('End');
    expect(await where(page)).toEqual({ selected: 'Surveys', focused: 'Surveys', panels: ['Surveys'] });
    await page.keyboard.press('ArrowRight');
    expect(await where(page)).toEqual({ selected: 'Model', focused: 'Model', panels: ['Model'] });
    await page.keyboard.press('ArrowLeft');
    expect(await where(page)).toEqual({ selected: 'Surveys', focused: 'Surveys', panels: ['Surveys'] });
    await page.keyboard.press('Home');
    expect(await where(page)).toEqual({ selected: 'Model', focused: 'Model', panels: ['Model'] });
    // Tab from the tab list goes into the open panel.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      await page.getByRole('combobox', { name: 'Account sheet' }).getAttribute('id'),
    );
  });

  it('loads each tab once, on first open, and keeps its state across switches', async () => {
    const page = await sidebar.open();
    expect(sidebar.calls.map((call) => call.name)).toEqual(['getSidebarState', 'getSheetData']);
    for (const tab of ['History', 'Backtest', 'Surveys', 'History', 'Surveys']) {
      await page.getByRole('tab', { name: tab }).click();
    }
    await expect
      .poll(() => sidebar.calls.map((call) => call.name))
      .toEqual(['getSidebarState', 'getSheetData', 'getHistoryState', 'listOverrides', 'getSurveyState']);
    // Edits in the Model tab survive a trip to another tab.
    await page.getByRole('tab', { name: 'Model' }).click();
    const weight = page.getByRole('textbox', { name: 'Weight of NPS', exact: true });
    await weight.fill('33');
    await page.getByRole('tab', { name: 'Backtest' }).click();
    await page.getByRole('tab', { name: 'Model' }).click();
    expect(await weight.inputValue()).toBe('33');
    await page.screenshot({ path: 'test-results/sidebar-model-tab.png' });
  });

  it('shows a tab’s failed load with a way to try again', async () => {
    const base = fixtureHandlers();
    let failures = 1;
    const page = await sidebar.open(
      {
        ...base,
        getHistoryState: () => {
          if (failures-- > 0) throw new Error('Service Spreadsheets timed out.');
          return base.getHistoryState();
        },
      },
      'History',
    );
    await expect
      .poll(() => page.getByText('Could not load this tab: Service Spreadsheets timed out.').count())
      .toBe(1);
    expect(await page.getByRole('button', { name: 'Take snapshot now' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Take snapshot now' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    expect(sidebar.callsOf('getHistoryState')).toHaveLength(2);
  });
});
