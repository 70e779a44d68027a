/**
 * The Model tab when the model and the sheet disagree, and its advice, in headless Chromium at
 * 300 px: a metric whose column was renamed offers "Map to column …" and "Remove" in one click;
 * outcome and identifier columns are refused; weights far apart are pointed out.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SaveModelRequest } from '../../src/shared/protocol';
import { fixtureHandlers, sampleModel } from './fixture';
import { useSidebar } from './harness';

const sidebar = useSidebar();

const card = (page: Page, metric: string): Locator => page.getByRole('group', { name: metric, exact: true });
const saveButton = (page: Page): Locator => page.getByRole('button', { name: 'Save model' });
const previewMessage = (page: Page): Locator => page.getByTestId('preview-message');

/** The sample model, its "Goals met" metric named as if the sheet's header had been renamed. */
function renamedModel() {
  const model = sampleModel();
  const goals = model.metrics.find((rule) => rule.metric === 'Goals met');
  if (goals === undefined) throw new Error('the sample model has no "Goals met"');
  goals.metric = 'Goals achieved';
  return model;
}

describe('a metric whose column is gone', () => {
  it('says so once, naming the closest header, and maps the metric to it in one click', async () => {
    const page = await sidebar.open(fixtureHandlers({ model: renamedModel() }));
    const goals = card(page, 'Goals achieved');
    await expect
      .poll(() => goals.locator('.error').first().textContent())
      .toBe('No column "Goals achieved" any more (renamed or deleted?). The closest is "Goals met".');
    expect(await saveButton(page).isDisabled()).toBe(true);
    await expect
      .poll(() => previewMessage(page).textContent())
      .toBe('Map or remove the metrics without a column to see the preview.');
    // One message, not a developer error in the preview as well.
    expect(await page.getByText(/no column/i).count()).toBe(1);

    await goals.getByRole('button', { name: 'Map to column "Goals met"' }).click();
    const mapped = card(page, 'Goals met');
    await expect.poll(() => mapped.count()).toBe(1);
    expect(await mapped.locator('.error').first().textContent()).toBe('');
    await expect.poll(() => page.getByTestId('band-summary').textContent()).toMatch(/^Healthy/);
    expect(await saveButton(page).isEnabled()).toBe(true);
    await saveButton(page).click();
    await expect.poll(() => sidebar.callsOf('saveModel').length).toBe(1);
    const [request] = sidebar.callsOf('saveModel')[0] as [SaveModelRequest];
    expect(request.model.metrics.map((rule) => rule.metric)).toContain('Goals met');
    expect(request.model.metrics.map((rule) => rule.metric)).not.toContain('Goals achieved');
    expect(sidebar.pageErrors).toEqual([]);
  });

  it('removes it in one click', async () => {
    const page = await sidebar.open(fixtureHandlers({ model: renamedModel() }));
    const goals = card(page, 'Goals achieved');
    await goals.locator('.repair').getByRole('button', { name: 'Remove', exact: true }).click();
    await expect.poll(() => goals.count()).toBe(0);
    await expect.poll(() => page.getByTestId('band-summary').textContent()).toMatch(/^Healthy/);
    expect(await saveButton(page).isEnabled()).toBe(true);
  });
});

describe('advice in words a CS manager understands', () => {
  it('refuses the outcome column and the account name as metrics, and Save waits', async () => {
    const page = await sidebar.open(
      fixtureHandlers({ extraColumns: { Churned: (row) => (row % 7 === 0 ? 'yes' : 'no') } }),
    );
    const add = page.getByRole('combobox', { name: 'Add metric' });
    await add.selectOption('Churned');
    await page.getByRole('button', { name: 'Add the chosen column as a metric' }).click();
    await expect
      .poll(() => card(page, 'Churned').locator('.error').first().textContent())
      .toBe(
        '"Churned" says whether the account left: scoring with it leaks the answer. Use it in the Backtest tab.',
      );
    expect(await saveButton(page).isDisabled()).toBe(true);
    expect(await page.getByTestId('save-status').textContent()).toBe('Fix the highlighted fields to save.');

    await card(page, 'Churned').getByRole('button', { name: 'Remove Churned from the model' }).click();
    await add.selectOption('Account');
    await page.getByRole('button', { name: 'Add the chosen column as a metric' }).click();
    await expect
      .poll(() => card(page, 'Account').locator('.error').first().textContent())
      .toBe('"Account" identifies accounts (name, ID, e-mail or web address); it says nothing about health.');
    expect(await saveButton(page).isDisabled()).toBe(true);
  });

  it('points out weights far apart, and band thresholds outside 0–100', async () => {
    const page = await sidebar.open();
    await page.getByRole('textbox', { name: 'Weight of NPS', exact: true }).fill('5000');
    await expect
      .poll(() => page.getByTestId('model-warning').textContent())
      .toBe('"NPS" weighs over 100 times as much as "CSAT", which then barely moves a score.');
    expect(await saveButton(page).isEnabled()).toBe(true);
    const healthy = page.getByRole('textbox', { name: 'Healthy at or above' });
    await healthy.fill('120');
    await expect
      .poll(() =>
        healthy.evaluate(
          (element) => document.getElementById(element.getAttribute('aria-describedby') ?? '')?.textContent,
        ),
      )
      .toBe('Enter a score from 0 to 100.');
    expect(await saveButton(page).isDisabled()).toBe(true);
  });
});
