/**
 * "Use this model in BigQuery" (Model tab) and "Export for CRM" (History tab) in headless
 * Chromium at 300 px: the SQL of the model being edited appears once a table is named, follows
 * the edits, copies (clipboard, else selected for Ctrl+C), and a model SQL cannot express is
 * explained naming its metric.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { HealthModel } from '../../src/core/model';
import { CRM_EXPORT_SHEET, fixtureHandlers, sampleModel } from './fixture';
import { useSidebar } from './harness';

const sidebar = useSidebar();

const TABLE = 'my-project.crm.accounts';
const viewBox = (page: Page) => page.getByRole('textbox', { name: 'SQL of the view' });
const snapshotBox = (page: Page) => page.getByRole('textbox', { name: 'SQL of the daily snapshot' });

async function openPanel(page: Page): Promise<void> {
  await page.getByText('Use this model in BigQuery').click();
  await page.getByRole('textbox', { name: 'BigQuery table' }).waitFor();
}

/** Replaces navigator.clipboard before the sidebar runs: `copied` records, or it is absent. */
async function stubClipboard(kind: 'records' | 'absent'): Promise<void> {
  await sidebar.addInitScript((mode) => {
    const record = window as unknown as { copied: string[] };
    record.copied = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value:
        mode === 'records'
          ? {
              writeText: async (text: string) => {
                record.copied.push(text);
              },
            }
          : undefined,
    });
    // Without the clipboard, execCommand('copy') is refused (as in a frame that may not copy).
    if (mode === 'absent') document.execCommand = () => false;
  }, kind);
}

describe('Use this model in BigQuery (headless Chromium)', () => {
  it('writes the view and the daily snapshot of the model being edited, and copies them', async () => {
    const page = await sidebar.open();
    await stubClipboard('records');
    await page.reload();
    await page.locator('fieldset.metric').first().waitFor();
    await openPanel(page);
    // Nothing to show before a table is named.
    expect(await viewBox(page).isVisible()).toBe(false);
    expect(await page.getByRole('combobox', { name: 'Account ID column' }).inputValue()).toBe('Account');

    await page.getByRole('textbox', { name: 'BigQuery table' }).fill(TABLE);
    await expect.poll(() => viewBox(page).inputValue()).toContain('CREATE OR REPLACE VIEW');
    const view = await viewBox(page).inputValue();
    expect(view).toContain('CREATE OR REPLACE VIEW `my-project`.`crm`.`accounts_health` AS');
    expect(view).toContain('FROM `my-project`.`crm`.`accounts`');
    const scored = sampleModel().metrics.filter((rule) => rule.weight > 0);
    for (const rule of scored) expect(view, rule.metric).toContain(`'${rule.metric} -'`);
    expect(view).not.toContain("'First response (hours) -'"); // weight 0: off
    // With an ID column the view is that column, then score, band and drivers.
    expect(view).toContain('SELECT `Account`, __hs_score AS `score`');

    const snapshot = await snapshotBox(page).inputValue();
    expect(snapshot).toMatch(/^CREATE TABLE IF NOT EXISTS `my-project`\.`crm`\.`history` \(/);
    expect(snapshot).toContain(
      'INSERT INTO `my-project`.`crm`.`history` (`date`, `account`, `score`, `band`)',
    );
    expect(snapshot).toContain('FROM `my-project`.`crm`.`accounts_health`');

    // Copy: the clipboard gets exactly the box's text.
    await page.getByRole('button', { name: 'Copy the SQL of the view' }).click();
    await page.getByText('Copied.').waitFor();
    await page.getByRole('button', { name: 'Copy the SQL of the daily snapshot' }).click();
    expect(await page.evaluate(() => (window as unknown as { copied: string[] }).copied)).toEqual([
      view,
      snapshot,
    ]);

    // The SQL follows the model being edited (not saved) and the options.
    await page.getByRole('textbox', { name: 'Weight of NPS' }).fill('0');
    await expect.poll(() => viewBox(page).inputValue()).not.toContain("'NPS -'");
    await page.getByRole('textbox', { name: 'History table (optional)' }).fill('my-project.health.daily');
    await expect
      .poll(() => snapshotBox(page).inputValue())
      .toContain('INSERT INTO `my-project`.`health`.`daily`');
    await page.getByRole('combobox', { name: 'Account ID column' }).selectOption('');
    await page.getByText('Choose the account ID column to get the daily snapshot.').waitFor();
    expect(await snapshotBox(page).isVisible()).toBe(false);
    expect(await viewBox(page).inputValue()).toContain('SELECT `Account`, `Domain`, `CSM`, `ARR`');
    expect(sidebar.callsOf('saveModel')).toEqual([]);

    await page.getByTestId('bigquery').screenshot({ path: 'test-results/sidebar-bigquery.png' });
    // Nothing overflows sideways at 300 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    expect(sidebar.pageErrors).toEqual([]);
  });

  it('without the clipboard, selects the SQL for Ctrl+C and says so', async () => {
    const page = await sidebar.open();
    await stubClipboard('absent');
    await page.reload();
    await page.locator('fieldset.metric').first().waitFor();
    await openPanel(page);
    await page.getByRole('textbox', { name: 'BigQuery table' }).fill('crm.accounts');
    await expect.poll(() => viewBox(page).inputValue()).toContain('`crm`.`accounts_health`');
    await page.getByRole('button', { name: 'Copy the SQL of the view' }).click();
    await page.getByText('Selected: press Ctrl+C (⌘C on a Mac) to copy.').waitFor();
    const selection = await viewBox(page).evaluate((area) => {
      const box = area as HTMLTextAreaElement;
      return [box.selectionStart, box.selectionEnd, box.value.length, document.activeElement === box];
    });
    expect(selection[0]).toBe(0);
    expect(selection[1]).toBe(selection[2]);
    expect(selection[3]).toBe(true);
  });

  it('explains in words what SQL cannot express, naming the metric; and a table name it cannot use', async () => {
    const model: HealthModel = sampleModel();
    const advocacy = model.metrics.find((rule) => rule.metric === 'Advocacy')!;
    advocacy.values = [
      { label: 'Detractor', score: 0 },
      { label: 'İyi referans', score: 100 },
    ];
    const page = await sidebar.open(fixtureHandlers({ model }));
    await openPanel(page);
    await page.getByRole('textbox', { name: 'BigQuery table' }).fill('accounts');
    await page.getByText('Name the table as project.dataset.table (or dataset.table).').waitFor();
    expect(await page.getByRole('textbox', { name: 'BigQuery table' }).getAttribute('aria-invalid')).toBe(
      'true',
    );

    await page.getByRole('textbox', { name: 'BigQuery table' }).fill(TABLE);
    const error = page.getByTestId('bigquery-error');
    await expect
      .poll(() => error.textContent())
      .toBe(
        'BigQuery cannot score Advocacy: its Values label "İyi referans" has the letter İ, which BigQuery ' +
          'lower-cases differently from Sheets. Spell the label without it.',
      );
    expect(await viewBox(page).isVisible()).toBe(false);
    // The preview still scores it: only SQL cannot.
    expect(await page.getByTestId('band-summary').textContent()).toMatch(/Healthy \d+/);

    // Fixing the label in the editor brings the SQL back.
    await page.getByRole('group', { name: 'Advocacy' }).locator('.metric-summary').click();
    await page.getByRole('group', { name: 'Advocacy' }).getByText('Group, values, missing').click();
    await page.getByRole('textbox', { name: 'Values of Advocacy' }).fill('Detractor=0; Referral=100');
    await expect.poll(() => error.textContent()).toBe('');
    await expect.poll(() => viewBox(page).inputValue()).toContain("'Advocacy -'");
    expect(sidebar.pageErrors).toEqual([]);
  });
});

describe('Export for CRM (headless Chromium)', () => {
  it('exports the account sheet and says what was written and left out', async () => {
    const page = await sidebar.open(fixtureHandlers(), 'History');
    await page.getByRole('button', { name: 'Export for CRM' }).click();
    const report = page.getByTestId('crm-report');
    await expect
      .poll(() => report.locator('li').allTextContents())
      .toEqual([
        `297 accounts from "Accounts" written to the "${CRM_EXPORT_SHEET}" sheet, dated Jan 15, 2026.`,
        'It replaced the previous export.',
        '2 rows without an account ID left out.',
        '1 row left out: the account ID was already exported.',
      ]);
    expect(sidebar.callsOf('exportForCrm')).toEqual([['Accounts']]);
    await report.locator('..').screenshot({ path: 'test-results/sidebar-crm-export.png' });
    expect(sidebar.pageErrors).toEqual([]);
  });

  it('says why an export failed', async () => {
    const handlers = {
      ...fixtureHandlers(),
      exportForCrm: () => {
        throw new Error('This spreadsheet already has a sheet named "CRM Export" whose first row is "Name".');
      },
    };
    const page = await sidebar.open(handlers, 'History');
    await page.getByRole('button', { name: 'Export for CRM' }).click();
    await expect
      .poll(() => page.getByTestId('crm-report').textContent())
      .toBe(
        'The export failed: This spreadsheet already has a sheet named "CRM Export" whose first row is "Name".',
      );
    expect(await page.getByRole('button', { name: 'Export for CRM' }).isEnabled()).toBe(true);
  });
});
