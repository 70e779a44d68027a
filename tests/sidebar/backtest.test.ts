/** The Backtest tab in headless Chromium: choose the outcome, compare the models, apply and undo. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { BacktestRequest } from '../../src/shared/protocol';
import {
  ACCOUNTS_SHEET,
  backtestResult,
  fixtureHandlers,
  learnedModel,
  OUTCOME_COLUMN,
  sampleModel,
  XSS,
} from './fixture';
import { useSidebar } from './harness';

const sidebar = useSidebar();

/** A sheet with a churn column (the one to guess) and another that only mentions "lost". */
const withOutcome = () =>
  fixtureHandlers({
    extraColumns: {
      'Lost reason': (i) => (i % 7 === 0 ? 'Price' : ''),
      [OUTCOME_COLUMN]: (i) => (i % 7 === 0 ? 'yes' : 'no'),
    },
  });

/** A table's rows as text, header row first. */
const tableText = (page: Page, testId: string): Promise<string[][]> =>
  page
    .getByTestId(testId)
    .locator('tr')
    .evaluateAll((rows) =>
      rows.map((row) => Array.from(row.children, (cell) => (cell.textContent ?? '').trim())),
    );

const outcome = (page: Page) => page.getByRole('combobox', { name: 'Outcome column' });
const modelWeight = (page: Page, metric: string) =>
  page.getByRole('spinbutton', { name: `Weight of ${metric}`, exact: true });

describe('Backtest tab (headless Chromium)', () => {
  it('loads with the shared sidebar state: no second getSidebarState', async () => {
    const page = await sidebar.open(withOutcome(), 'Backtest');
    await expect.poll(() => outcome(page).inputValue()).toBe(OUTCOME_COLUMN);
    expect(sidebar.calls.map((call) => call.name)).toEqual(['getSidebarState', 'getSheetData']);
    expect(await page.getByText(`"${ACCOUNTS_SHEET}"`).count()).toBe(1);
    expect(await outcome(page).locator('option').allTextContents()).toEqual(
      expect.arrayContaining(['Choose a column…', 'Account', 'NPS', 'Lost reason', OUTCOME_COLUMN]),
    );
  });

  it('runs on the chosen column and shows both models side by side', async () => {
    const page = await sidebar.open(withOutcome(), 'Backtest');
    await expect.poll(() => outcome(page).inputValue()).toBe(OUTCOME_COLUMN);
    // No column chosen: a message, no call.
    await outcome(page).selectOption('');
    await page.getByRole('button', { name: 'Run backtest' }).click();
    expect(await page.getByTestId('backtest-status').textContent()).toBe(
      'Choose the column that says whether each account churned.',
    );
    expect(sidebar.callsOf('runBacktest')).toEqual([]);

    await outcome(page).selectOption(OUTCOME_COLUMN);
    await page.getByRole('button', { name: 'Run backtest' }).click();
    await page.getByTestId('backtest-results').waitFor();
    expect(sidebar.callsOf('runBacktest')).toEqual([
      [{ sheet: ACCOUNTS_SHEET, outcomeColumn: OUTCOME_COLUMN }],
    ]);

    const headlines = page.getByTestId('backtest-headlines');
    expect((await headlines.locator('.headline').allTextContents()).map((text) => text.trim())).toEqual([
      'Current model0.70Held-out AUC',
      'Learned weights0.77Held-out AUC',
    ]);
    expect(await headlines.locator('.headline.better .headline-label').textContent()).toBe('Learned weights');
    expect(await page.getByTestId('backtest-verdict').textContent()).toBe(
      'The learned weights tell churn apart better: held-out AUC 0.77 against 0.70 (+0.07).',
    );
    expect(await tableText(page, 'backtest-compare')).toEqual([
      ['', 'Current model', 'Learned weights'],
      ['Held-out AUC', '0.70', '0.77'],
      ['AUC, all accounts', '0.71', '0.80'],
      ['Accounts', '300', '300'],
      ['Churned', '42', '42'],
      ['With an outcome but no score', '4', '4'],
      ['Churn rate, Healthy', '5%', '0%'],
      ['Churn rate, At risk', '14%', '15%'],
      ['Churn rate, Unhealthy', '35%', '42.9%'],
      // No healthy account churned under the learned weights: no lift to divide.
      ['Lift, unhealthy ÷ healthy', '7×', '–'],
    ]);
    const weights = await tableText(page, 'learned-weights');
    expect(weights[0]).toEqual(['Metric', 'Weight', 'AUC']);
    expect(weights.slice(1).map((row) => row[0])).toEqual(learnedModel().metrics.map((rule) => rule.metric));
    expect(weights.find((row) => row[0] === 'Active users %')).toEqual(['Active users %', '24', '0.67']);
    expect(weights[3][2]).toBe('–');
    await page.screenshot({ path: 'test-results/sidebar-backtest.png', fullPage: true });
    expect(sidebar.pageErrors).toEqual([]);
  });

  it('says when the current model does better', async () => {
    const handlers = withOutcome();
    const page = await sidebar.open(
      {
        ...handlers,
        runBacktest: (request) => {
          const result = backtestResult(request.outcomeColumn);
          return { ...result, learned: { ...result.learned, heldOutAuc: 0.65 } };
        },
      },
      'Backtest',
    );
    await page.getByRole('button', { name: 'Run backtest' }).click();
    await expect
      .poll(() => page.getByTestId('backtest-verdict').textContent())
      .toBe(
        'Your current model does better on accounts the learned weights did not learn from: held-out AUC 0.70 against 0.65 (-0.05). Keep it.',
      );
    expect(await page.locator('.headline.better .headline-label').textContent()).toBe('Current model');
  });

  it('applies the learned weights after an in-page confirmation, then offers to restore', async () => {
    const page = await sidebar.open(withOutcome(), 'Backtest');
    await page.getByRole('button', { name: 'Run backtest' }).click();
    await page.getByTestId('backtest-results').waitFor();
    const apply = page.getByRole('button', { name: 'Apply learned weights' });
    const confirm = page.getByRole('group', { name: /^Replace the weights of the Health Model/ });

    // Cancel sends nothing.
    await apply.click();
    await expect.poll(() => confirm.isVisible()).toBe(true);
    await page.screenshot({ path: 'test-results/sidebar-backtest-confirm.png', fullPage: true });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(await confirm.isVisible()).toBe(false);
    expect(sidebar.callsOf('applyLearnedWeights')).toEqual([]);

    // Escape cancels too; then confirm for real.
    await apply.click();
    await expect
      .poll(() =>
        confirm
          .getByRole('button', { name: 'Apply', exact: true })
          .evaluate((b) => b === document.activeElement),
      )
      .toBe(true);
    await page.keyboard.press('Escape');
    expect(await confirm.isVisible()).toBe(false);
    await apply.click();
    await confirm.getByRole('button', { name: 'Apply', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('apply-status').textContent())
      .toBe(
        'Learned weights applied (11 metrics). The previous model was kept on the sheet "Health Model (previous)".',
      );
    const request: BacktestRequest = { sheet: ACCOUNTS_SHEET, outcomeColumn: OUTCOME_COLUMN };
    expect(sidebar.callsOf('applyLearnedWeights')).toEqual([[request]]);
    expect(sidebar.dialogs).toEqual([]);
    const restore = page.getByRole('button', { name: 'Restore previous model' });
    expect(await restore.isVisible()).toBe(true);
    expect(await apply.isDisabled()).toBe(true);

    // The Model tab read the model again: it shows the learned weights.
    await expect.poll(() => sidebar.callsOf('getSidebarState').length).toBe(2);
    await page.getByRole('tab', { name: 'Model' }).click();
    await expect.poll(() => modelWeight(page, 'Active users %').inputValue()).toBe('24');

    await page.getByRole('tab', { name: 'Backtest' }).click();
    await restore.click();
    await expect
      .poll(() => page.getByTestId('apply-status').textContent())
      .toBe('Previous model restored (11 metrics).');
    expect(sidebar.callsOf('restorePreviousModel')).toEqual([[]]);
    expect(await restore.isVisible()).toBe(false);
    await expect.poll(() => sidebar.callsOf('getSidebarState').length).toBe(3);
    await page.getByRole('tab', { name: 'Model' }).click();
    const original = sampleModel().metrics.find((rule) => rule.metric === 'Active users %')!.weight;
    await expect.poll(() => modelWeight(page, 'Active users %').inputValue()).toBe(String(original));
    expect(sidebar.pageErrors).toEqual([]);
  });

  it('says so when there are too few outcomes for a held-out AUC', async () => {
    const page = await sidebar.open(
      {
        ...withOutcome(),
        runBacktest: (request) => {
          const result = backtestResult(request.outcomeColumn);
          return { ...result, learned: { ...result.learned, heldOutAuc: null, auc: null } };
        },
      },
      'Backtest',
    );
    await page.getByRole('button', { name: 'Run backtest' }).click();
    await expect
      .poll(() => page.getByTestId('backtest-verdict').textContent())
      .toMatch(/^Too few accounts churned, or too few stayed/);
    expect(await page.locator('.headline-value').allTextContents()).toEqual(['0.70', '–']);
    expect(await page.locator('.headline.better').count()).toBe(0);
    expect((await tableText(page, 'backtest-compare'))[1]).toEqual(['Held-out AUC', '0.70', '–']);
  });

  it('shows a failed run', async () => {
    const page = await sidebar.open(
      {
        ...withOutcome(),
        runBacktest: () => {
          throw new Error('Only 3 accounts have an outcome: at least 20 are needed.');
        },
      },
      'Backtest',
    );
    await page.getByRole('button', { name: 'Run backtest' }).click();
    await expect
      .poll(() => page.getByTestId('backtest-status').textContent())
      .toBe('The backtest failed: Only 3 accounts have an outcome: at least 20 are needed.');
    expect(await page.getByTestId('backtest-results').isVisible()).toBe(false);
  });

  it('shows sheet text literally: headers and metric names with markup', async () => {
    const handlers = fixtureHandlers({ extraColumns: { [XSS]: () => 'yes' } });
    const page = await sidebar.open(
      {
        ...handlers,
        runBacktest: (request) => {
          const result = backtestResult(request.outcomeColumn);
          result.learnedWeights[0].metric = XSS;
          return result;
        },
      },
      'Backtest',
    );
    await outcome(page).selectOption(XSS);
    await page.getByRole('button', { name: 'Run backtest' }).click();
    await page.getByTestId('backtest-results').waitFor();
    expect((await tableText(page, 'learned-weights'))[1][0]).toBe(XSS);
    expect(sidebar.callsOf('runBacktest')).toEqual([[{ sheet: ACCOUNTS_SHEET, outcomeColumn: XSS }]]);
    expect(await page.locator('img').count()).toBe(0);
    await page.waitForTimeout(100);
    expect(sidebar.dialogs).toEqual([]);
    expect(sidebar.pageErrors).toEqual([]);
  });
});
