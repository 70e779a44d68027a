/**
 * Segments and overrides (contract §9) in the browser: a model per segment in the Model tab (choose
 * the column, add a segment from the default rules, edit its weight, save every segment), and the
 * History tab's overrides (list, add, end now), with the sheet's text shown literally.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AddOverrideRequest, SaveModelRequest } from '../../src/shared/protocol';
import { fixtureHandlers, sampleModel, XSS } from './fixture';
import { useSidebar } from './harness';
import { overridesFixture } from './overrides-fixture';

const sidebar = useSidebar();

const weightInput = (page: Page, metric: string) =>
  page.getByRole('textbox', { name: `Weight of ${metric}`, exact: true });

async function addSegment(page: Page, values: string): Promise<void> {
  await page.getByText('Segments', { exact: true }).click();
  await page.getByLabel('Segment by').selectOption('CSM');
  await page.getByLabel('Or type values (separated by commas)').fill(values);
  await page.getByRole('button', { name: 'Add segment' }).click();
}

describe('segments in the Model tab', () => {
  it('adds a segment from the default rules, edits its weight and saves every segment', async () => {
    const page = await sidebar.open();
    const defaultCards = await page.locator('fieldset.metric').count();
    await addSegment(page, 'Andrei Popescu');
    await expect.poll(() => page.getByLabel('Model edited').inputValue()).toBe('CSM = Andrei Popescu');
    expect(await page.locator('fieldset.metric').count()).toBe(defaultCards);
    // The BigQuery SQL does not know segments: it says so rather than score everyone alike.
    await page.locator('.bigquery summary').click();
    await expect
      .poll(() => page.locator('.bigquery').textContent())
      .toContain('The SQL is written for models without segments');
    // The preview shows the segment's accounts only.
    const summary = await page.getByTestId('band-summary').textContent();
    await weightInput(page, 'NPS').fill('40');
    await page.getByRole('button', { name: 'Save model' }).click();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Saved/);
    const [request] = sidebar.callsOf('saveModel')[0] as [SaveModelRequest];
    const segmentRules = request.model.metrics.filter((rule) => rule.segment === 'CSM = Andrei Popescu');
    expect(segmentRules.length).toBe(defaultCards);
    expect(segmentRules.find((rule) => rule.metric === 'NPS')?.weight).toBe(40);
    const defaults = request.model.metrics.filter((rule) => rule.segment === undefined);
    expect(defaults.find((rule) => rule.metric === 'NPS')?.weight).toBe(
      sampleModel().metrics.find((rule) => rule.metric === 'NPS')?.weight,
    );
    // Back to Default: its own weight, and the whole portfolio minus the segment in the preview.
    await page.getByLabel('Model edited').selectOption({ label: 'Default' });
    expect(await weightInput(page, 'NPS').inputValue()).not.toBe('40');
    await expect.poll(() => page.getByTestId('band-summary').textContent()).not.toBe(summary);
    expect(sidebar.pageErrors).toEqual([]);
  });

  it('a model saved with segments opens on Default and lists them; removing one drops its rules', async () => {
    const model = sampleModel();
    model.metrics.push(...model.metrics.map((rule) => ({ ...rule, segment: 'CSM = Andrei Popescu' })));
    const page = await sidebar.open(fixtureHandlers({ model }));
    expect(await page.getByLabel('Segment by').isDisabled()).toBe(true);
    await page.getByLabel('Model edited').selectOption('CSM = Andrei Popescu');
    await page.getByRole('button', { name: 'Remove', exact: true }).click();
    await page.getByRole('button', { name: 'Save model' }).click();
    await expect.poll(() => sidebar.callsOf('saveModel').length).toBe(1);
    const [request] = sidebar.callsOf('saveModel')[0] as [SaveModelRequest];
    expect(request.model.metrics.every((rule) => rule.segment === undefined)).toBe(true);
  });

  it('refuses a value another segment has', async () => {
    const page = await sidebar.open();
    await addSegment(page, 'Andrei Popescu');
    await page.getByLabel('Or type values (separated by commas)').fill('andrei popescu');
    await page.getByRole('button', { name: 'Add segment' }).click();
    await expect
      .poll(() => page.locator('.segment-add .error').textContent())
      .toBe('“andrei popescu” is already in CSM = Andrei Popescu.');
  });
});

describe('overrides in the History tab', () => {
  it('lists, adds and ends overrides, showing sheet text literally', async () => {
    const handlers = fixtureHandlers();
    const page = await sidebar.open(handlers, 'History');
    const active = page.getByTestId('overrides-active');
    await expect.poll(() => active.locator('li').count()).toBe(1);
    expect(await page.getByTestId('overrides-ended').textContent()).toContain('<b>Merger</b> pending');
    await page.getByText('Add an override', { exact: true }).click();
    const accounts = await page.getByTestId('override-account').locator('option').allTextContents();
    const account = accounts[5];
    // Reason is required: nothing is sent without it.
    await page.getByTestId('override-account').selectOption(account);
    await page.getByLabel('Score (0–100)').fill('20');
    await page.getByRole('button', { name: 'Add override' }).click();
    expect(await page.getByText('Say why: the team reads it next to the score.').count()).toBe(1);
    expect(sidebar.callsOf('addOverride')).toEqual([]);
    await page.getByLabel('Reason', { exact: true }).fill(XSS);
    await page.getByLabel('By (your name)').fill('Ana');
    await page.getByRole('button', { name: 'Add override' }).click();
    await expect.poll(() => active.locator('li').count()).toBe(2);
    const [request] = sidebar.callsOf('addOverride')[0] as [AddOverrideRequest];
    expect(request).toEqual({
      account,
      score: 20,
      band: null,
      reason: XSS,
      by: 'Ana',
      until: '2026-02-14',
    });
    expect(await active.textContent()).toContain(XSS);
    expect(await page.locator('img').count()).toBe(0);
    await page.getByRole('button', { name: `End now: override of ${account}` }).click();
    await expect.poll(() => active.locator('li').count()).toBe(1);
    expect(sidebar.callsOf('endOverride')[0]).toEqual([{ row: 4, account }]);
    // The name is remembered for the next override.
    await page.reload();
    await page.getByRole('tab', { name: 'History' }).click();
    const next = page;
    await next.getByText('Add an override', { exact: true }).click();
    expect(await next.getByLabel('By (your name)').inputValue()).toBe('Ana');
    expect(sidebar.pageErrors).toEqual([]);
  });

  it('says in one line to run set-up when there is no Overrides table', async () => {
    const message = 'There is no Overrides table yet: run Set up health score once to create it.';
    const handlers = { ...fixtureHandlers(), ...overridesFixture(['A'], { missing: message }) };
    const page = await sidebar.open(handlers, 'History');
    await expect.poll(() => page.getByTestId('overrides').locator('.status').textContent()).toBe(message);
  });
});
