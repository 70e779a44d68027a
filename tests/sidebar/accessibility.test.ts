/**
 * axe-core on every tab of the sidebar at 300 px, in headless Chromium: no serious or critical
 * violation (contrast, names that contain the visible label, one h1, …).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixtureHandlers } from './fixture';
import { type TabName, useSidebar } from './harness';

const sidebar = useSidebar();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Serious and critical violations on the page as it stands, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: unknown[] }> } })
      .axe;
    return (await axe.run(document)).violations;
  });
  return (violations as Violation[])
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${violation.help} ${node.failureSummary ?? ''}`,
      ),
    );
}

describe('accessibility (axe-core)', () => {
  for (const tab of ['Model', 'History', 'Backtest', 'Surveys'] as TabName[]) {
    it(`the ${tab} tab has no serious or critical violation`, async () => {
      const page = await sidebar.open(fixtureHandlers({ responsesSheet: true }), tab);
      // Until the tab's data has arrived, axe would check a half-drawn panel.
      await expect.poll(() => page.getByText('Loading…', { exact: true }).count()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      expect(await page.locator('h1').count()).toBe(1);
    });
  }

  it('the segments and the overrides form, opened and in use, have none either', async () => {
    const page = await sidebar.open(fixtureHandlers());
    await page.locator('[data-testid=segments] summary').click();
    await page.getByTestId('segment-column').selectOption('CSM');
    await page.getByTestId('segment-typed').fill('Tom Becker');
    await page.getByRole('button', { name: 'Add segment' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByTestId('overrides-active').locator('li').first().waitFor();
    await page.locator('.override-form summary').click();
    await page.getByRole('button', { name: 'Add override' }).click();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
