/**
 * Segments and overrides (contract §9), the whole story in the playground (headless Chromium): the
 * sample sheet with a Tier column gets three segments from the Model tab and two overrides from the
 * History tab, and is then set up, scored, snapshotted for weeks, alerted and backtested; when the
 * clock passes an override's last day the score column shows the model's score again and the next
 * digest lists the override.
 */
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../../dev/playground/demo-data';
import { type Playground, startPlayground } from '../../dev/playground/server';
import { columnLetter } from '../../src/core/a1';
import { launchChromium } from '../support/chromium';
import { drawnCell } from '../support/playground-grid';

const DAY = 86_400_000;
const TIERS = ['Enterprise', 'Mid-market', 'Self-serve'] as const;

/** The demo accounts with a Tier column, from their ARR (a third of the accounts each, roughly). */
function withTiers(accounts: unknown[][]): unknown[][] {
  const arr = accounts[0].indexOf('ARR');
  const tier = (row: unknown[]) => {
    const value = Number(row[arr]);
    if (row[0] === '' || Number.isNaN(value)) return '';
    return value >= 60_000 ? TIERS[0] : value >= 18_000 ? TIERS[1] : TIERS[2];
  };
  return accounts.map((row, i) => [...row, i === 0 ? 'Tier' : tier(row)]);
}

let browser: Browser;
let playground: Playground;
let page: Page;
let sidebar: FrameLocator;

beforeAll(async () => {
  playground = await startPlayground(0, { Accounts: withTiers(demoAccounts()) });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, timezoneId: 'UTC' });
  await page.goto(playground.url);
  sidebar = page.frameLocator('#sidebar');
});

afterAll(async () => {
  await browser?.close();
  await playground?.close();
});

const accounts = () => playground.workbook.values('Accounts');
const column = (header: string) => accounts()[0].indexOf(header);
const rowOf = (account: string) => accounts().find((row) => row[0] === account) ?? [];
const cell = (account: string, header: string) => rowOf(account)[column(header)];
const accountsOf = (tier: string) =>
  accounts()
    .slice(1)
    .filter((row) => row[column('Tier')] === tier)
    .map((row) => String(row[0]));

/** The panel on a tab, loaded afresh (as when the user opens it again from the menu). */
async function openPanel(tab: string): Promise<void> {
  await page.getByRole('button', { name: 'Open health panel' }).click();
  const frame = page.locator('#sidebar');
  await frame.evaluate((element) => {
    const window = (element as HTMLIFrameElement).contentWindow as (Window & { leaving?: true }) | null;
    if (window === null) return;
    window.leaving = true;
    window.location.reload();
  });
  // Until the reloaded sidebar is in place, a click lands in the one being left (and is lost).
  await expect
    .poll(() =>
      frame.evaluate((element) => {
        const window = (element as HTMLIFrameElement).contentWindow as (Window & { leaving?: true }) | null;
        return window?.leaving === undefined && window?.document.querySelector('fieldset.metric') != null;
      }),
    )
    .toBe(true);
  await sidebar.getByRole('tab', { name: tab }).click();
}

let scoreOverride = '';
let bandOverride = '';
let lastDay = '';

// Each step drives the emulator through the page: ~15 s alone, up to twice that on a busy machine.
describe('three segments and two overrides in the playground', { timeout: 90_000 }, () => {
  it('sets up the sheet, and the Model tab gives each tier a model of its own', async () => {
    await page.getByRole('button', { name: 'Set up health score' }).click();
    await expect.poll(() => column('Health score')).toBeGreaterThan(0);
    for (const tier of TIERS) expect(accountsOf(tier).length).toBeGreaterThan(5);
    const before = accounts().map((row) => row[column('Health score')]);

    await openPanel('Model');
    await sidebar.getByText('Segments', { exact: true }).click();
    await sidebar.getByLabel('Segment by').selectOption('Tier');
    for (const tier of TIERS) {
      await sidebar.getByLabel('Or type values (separated by commas)').fill(tier);
      await sidebar.getByRole('button', { name: 'Add segment' }).click();
      await expect.poll(() => sidebar.getByLabel('Model edited').inputValue()).toBe(`Tier = ${tier}`);
    }
    // Enterprise accounts are judged mostly on their first metric.
    await sidebar.getByLabel('Model edited').selectOption('Tier = Enterprise');
    await sidebar
      .getByRole('textbox', { name: /^Weight of / })
      .first()
      .fill('80');
    await sidebar.getByRole('button', { name: 'Save model' }).click();
    await expect.poll(() => sidebar.getByTestId('save-status').textContent()).toMatch(/^Saved/);

    const model = playground.workbook.values('Health Model');
    const segment = model[0].indexOf('Segment');
    expect(segment).toBe(8);
    const segments = new Set(
      model
        .slice(1)
        .map((row) => row[segment])
        .filter((value) => value !== ''),
    );
    expect(segments).toEqual(new Set(TIERS.map((tier) => `Tier = ${tier}`)));
    // Every account is scored by its tier's model: percentiles rank within the tier, so scores move.
    const after = accounts().map((row) => row[column('Health score')]);
    expect(after).not.toEqual(before);
    expect(after.slice(1).filter((score) => typeof score === 'number').length).toBeGreaterThan(50);
  });

  it('adds a score override that ends soon and a band override from the History tab', async () => {
    scoreOverride = accountsOf('Self-serve')[0];
    bandOverride = accountsOf('Enterprise')[0];
    await openPanel('History');
    const active = sidebar.getByTestId('overrides-active');
    await sidebar.getByText('Add an override', { exact: true }).click();
    const until = sidebar.getByLabel('Until (last day it holds)');
    // The form offers 30 days ahead; this one ends in two days.
    const offered = Date.parse(`${await until.inputValue()}T00:00:00Z`);
    lastDay = new Date(offered - 28 * DAY).toISOString().slice(0, 10);

    await sidebar.getByTestId('override-account').selectOption(scoreOverride);
    await sidebar.getByLabel('Score (0–100)').fill('15');
    await sidebar.getByLabel('Reason', { exact: true }).fill('Champion left');
    await sidebar.getByLabel('By (your name)').fill('Ana');
    await until.fill(lastDay);
    await sidebar.getByRole('button', { name: 'Add override' }).click();
    await expect.poll(() => active.locator('li').count()).toBe(1);

    await sidebar.getByTestId('override-account').selectOption(bandOverride);
    await sidebar.getByRole('radio', { name: 'Band' }).check();
    await sidebar.getByRole('combobox', { name: 'Band', exact: true }).selectOption('Healthy');
    await sidebar.getByLabel('Reason', { exact: true }).fill('Renewal signed');
    await until.fill(new Date(offered).toISOString().slice(0, 10));
    await sidebar.getByRole('button', { name: 'Add override' }).click();
    await expect.poll(() => active.locator('li').count()).toBe(2);

    expect(cell(scoreOverride, 'Health score')).toBe(15);
    expect(cell(bandOverride, 'Health band')).toBe('Healthy');
    // The traffic lights mark both rows bold italic in their band's colour, as the page draws them.
    for (const account of [scoreOverride, bandOverride]) {
      const a1 = `${columnLetter(column('Health score') + 1)}${accounts().findIndex((row) => row[0] === account) + 1}`;
      await expect
        .poll(async () => drawnCell(page, a1))
        .toMatchObject({ fontStyle: 'italic', fontWeight: '700' });
    }
    expect(String(cell(scoreOverride, 'Health drivers'))).toMatch(
      /^\d+\.\d from the model; override by Ana: Champion left, until \d{4}-\d\d-\d\d; /,
    );
  });

  it('snapshots weeks of history with both scores, alerts on the drops, and backtests the segmented model', async () => {
    const { saveAlertSettings } = playground.addon;
    saveAlertSettings({ email: true, recipients: ['cs@example.com'], minPointDrop: null });
    await page.getByRole('button', { name: 'Simulate 45 days of snapshots' }).click();
    await expect
      .poll(() => playground.workbook.values('Health History').length, { timeout: 60_000 })
      .toBeGreaterThan(60 * 40);
    const history = playground.workbook.values('Health History');
    expect(history[0]).toEqual(['Date', 'Account', 'Score', 'Band', 'Computed score']);
    const latest = history.filter((row) => row[1] === scoreOverride).at(-1) ?? [];
    expect(latest[2]).toBe(15);
    expect(typeof latest[4]).toBe('number');
    expect(latest[4]).not.toBe(15);
    // The usage cliff of the last day dropped accounts a band: the digest went out and the tab lists them.
    expect(playground.workbook.mail.length).toBeGreaterThan(0);
    await openPanel('History');
    await expect.poll(() => sidebar.getByTestId('alerts').locator('li').count()).toBeGreaterThan(0);

    await sidebar.getByRole('tab', { name: 'Backtest' }).click();
    await sidebar.getByRole('combobox', { name: /outcome/i }).selectOption('Churned');
    await sidebar.getByRole('button', { name: 'Run backtest' }).click();
    await sidebar.getByTestId('backtest-results').waitFor({ timeout: 30_000 });
    const headlines = await sidebar.getByTestId('backtest-headlines').locator('.headline').allTextContents();
    expect(headlines).toHaveLength(2);
    expect(await sidebar.getByTestId('backtest-verdict').textContent()).not.toBe('');
  });

  it('ends the score override by itself once the clock passes its last day, and the digest says so', async () => {
    const mails = playground.workbook.mail.length;
    playground.workbook.setNow(Date.parse(`${lastDay}T12:00:00Z`) + DAY);
    await openPanel('History');
    await sidebar.getByRole('button', { name: 'Take snapshot now' }).click();
    await expect.poll(() => playground.workbook.mail.length).toBe(mails + 1);
    const digest = JSON.stringify(playground.workbook.mail.at(-1));
    expect(digest).toContain(scoreOverride);
    expect(digest).toContain('Champion left');
    // The score column shows the model's score again; the band override still holds.
    expect(cell(scoreOverride, 'Health score')).not.toBe(15);
    expect(typeof cell(scoreOverride, 'Health score')).toBe('number');
    expect(cell(bandOverride, 'Health band')).toBe('Healthy');
    await openPanel('History');
    await expect.poll(() => sidebar.getByTestId('overrides-active').locator('li').count()).toBe(1);
    await expect.poll(() => sidebar.getByTestId('overrides-ended').textContent()).toContain(scoreOverride);
  });
});
