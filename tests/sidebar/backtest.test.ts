/**
 * The Backtest tab in headless Chromium: choose the outcome, compare the models, apply and undo.
 * The backtest runs in the page, on the sheet data getSheetData sends: what it shows must be what
 * runBacktestLocally computes from the same data.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { format } from '../../src/shared/messages';
import { en } from '../../src/shared/messages/en';
import type { BacktestResult, BacktestStats } from '../../src/shared/protocol';
import { runBacktestLocally } from '../../src/sidebar/backtest-run';
import { churnOf, compareModels } from '../../src/sidebar/backtest-summary';
import { numberFormats } from '../../src/sidebar/formatting';
import {
  ACCOUNTS_SHEET,
  churnColumns,
  churnModel,
  type ExtraColumns,
  type FixtureHandlers,
  fixtureHandlers,
  OUTCOME_COLUMN,
  SIGNAL_COLUMN,
  sampleModel,
  XSS,
} from './fixture';
import { useSidebar } from './harness';

const sidebar = useSidebar();
const numbers = numberFormats('en-US');

/**
 * A sheet whose churn follows the logins column, plus a column that only mentions "lost", scored
 * by the sample model with the logins and noise columns added.
 */
const withOutcome = (extra: ExtraColumns = churnColumns({ blankEvery: 50 }), model = churnModel()) =>
  fixtureHandlers({
    model,
    extraColumns: { 'Lost reason': (i) => (i % 7 === 0 ? 'Price' : ''), ...extra },
  });

/** What the tab should show: the backtest of the handlers' own sheet and model. */
function expected(handlers: FixtureHandlers, outcomeColumn = OUTCOME_COLUMN): BacktestResult {
  const { model, bands } = handlers.getSidebarState();
  return runBacktestLocally(
    handlers.getSheetData(ACCOUNTS_SHEET),
    { model: model!, bands },
    outcomeColumn,
    Date.now(),
  );
}

/** The comparison table as the tab renders it, header row first. */
function compareText(result: BacktestResult): string[][] {
  const row = (label: string, read: (stats: BacktestStats) => string) => [
    label,
    read(result.current),
    read(result.learned),
  ];
  return [
    ['', 'Current model', 'Learned weights'],
    row('Held-out AUC', (stats) => numbers.auc(stats.heldOutAuc)),
    row('AUC, all accounts', (stats) => numbers.auc(stats.auc)),
    row('Accounts', (stats) => numbers.integer(stats.accounts)),
    row('Churned', (stats) => numbers.integer(stats.churned)),
    row('With an outcome but no score', (stats) => numbers.integer(stats.unscored)),
    ...(
      [
        ['healthy', 'Healthy'],
        ['atRisk', 'At risk'],
        ['unhealthy', 'Unhealthy'],
      ] as const
    ).map(([band, label]) =>
      row(`Churn rate, ${label}`, (stats) => numbers.percent(churnOf(stats, band)?.churnRate ?? null)),
    ),
    row('Lift, unhealthy ÷ healthy', (stats) => numbers.times(stats.lift)),
  ];
}

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
  page.getByRole('textbox', { name: `Weight of ${metric}`, exact: true });

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

  it('computes both models from the sheet data and shows them side by side', async () => {
    const handlers = withOutcome();
    const result = expected(handlers);
    // The fixture is what it claims: the learned weights find the logins and beat the current model.
    const heaviest = result.learnedWeights.reduce((a, b) => (b.weight > a.weight ? b : a));
    expect(heaviest.metric).toBe(SIGNAL_COLUMN);
    expect(compareModels(result.current, result.learned).better).toBe('learned');
    expect(result.current.unscored).toBeGreaterThan(0);

    const page = await sidebar.open(handlers, 'Backtest');
    await expect.poll(() => outcome(page).inputValue()).toBe(OUTCOME_COLUMN);
    // No column chosen: a message, nothing computed.
    await outcome(page).selectOption('');
    await page.getByRole('button', { name: 'Run backtest' }).click();
    expect(await page.getByTestId('backtest-status').textContent()).toBe(
      'Choose the column that says whether each account churned.',
    );
    expect(await page.getByTestId('backtest-results').isVisible()).toBe(false);

    await outcome(page).selectOption(OUTCOME_COLUMN);
    await page.getByRole('button', { name: 'Run backtest' }).click();
    await page.getByTestId('backtest-results').waitFor();
    // Computed in the page from the Model tab's sheet data: no other server call.
    expect(sidebar.calls.map((call) => call.name)).toEqual(['getSidebarState', 'getSheetData']);

    const held = (stats: BacktestStats) => numbers.auc(stats.heldOutAuc);
    const headlines = page.getByTestId('backtest-headlines');
    expect((await headlines.locator('.headline').allTextContents()).map((text) => text.trim())).toEqual([
      `Current model${held(result.current)}Held-out AUC`,
      `Learned weights${held(result.learned)}Held-out AUC`,
    ]);
    expect(await headlines.locator('.headline.better .headline-label').textContent()).toBe('Learned weights');
    expect(await page.getByTestId('backtest-verdict').textContent()).toBe(
      format(en.backtestLearnedBetter, {
        learned: held(result.learned),
        current: held(result.current),
        change: numbers.aucChange(compareModels(result.current, result.learned).difference),
      }),
    );
    expect(await tableText(page, 'backtest-compare')).toEqual(compareText(result));
    const weights = await tableText(page, 'learned-weights');
    expect(weights).toEqual([
      ['Metric', 'Weight', 'AUC'],
      ...result.learnedWeights.map((entry) => [
        entry.metric,
        numbers.score(entry.weight),
        numbers.auc(entry.auc),
      ]),
    ]);
    expect(weights.find((row) => row[0] === SIGNAL_COLUMN)?.[1]).toBe(numbers.score(heaviest.weight));
    // The learned model won on held-out accounts: applying it is the primary action, no flag.
    const apply = page.getByRole('button', { name: 'Apply learned weights' });
    expect(await apply.getAttribute('class')).toBe('primary');
    expect(await apply.getAttribute('aria-describedby')).toBeNull();
    expect(await page.getByTestId('backtest-one-metric').count()).toBe(0);
    await page.screenshot({ path: 'test-results/sidebar-backtest.png', fullPage: true });
    expect(sidebar.pageErrors).toEqual([]);
  });

  it('says when the two do about as well', async () => {
    // The current model already weighs the logins alone: the learned weights can add nothing.
    const model = churnModel();
    model.metrics = model.metrics.map((rule) => ({
      ...rule,
      weight: rule.metric === SIGNAL_COLUMN ? 100 : 0,
    }));
    const handlers = withOutcome(undefined, model);
    const result = expected(handlers);
    expect(compareModels(result.current, result.learned).better).toBe('same');
    const page = await sidebar.open(handlers, 'Backtest');
    await page.getByRole('button', { name: 'Run backtest' }).click();
    await expect
      .poll(() => page.getByTestId('backtest-verdict').textContent())
      .toBe(
        format(en.backtestSame, {
          current: numbers.auc(result.current.heldOutAuc),
          learned: numbers.auc(result.learned.heldOutAuc),
        }),
      );
    expect(await page.locator('.headline.better').count()).toBe(0);
    expect(await tableText(page, 'backtest-compare')).toEqual(compareText(result));
    // No better on held-out accounts: Apply is not the primary button.
    const apply = page.getByRole('button', { name: 'Apply learned weights' });
    expect(await apply.getAttribute('class')).toBe('secondary');
    // Learned from a model of one metric, the weights stay on it: flagged before Apply, and the
    // Apply button's description is that warning.
    const share = result.learnedWeights.find((entry) => entry.metric === SIGNAL_COLUMN)!.weight / 100;
    expect(share).toBeGreaterThanOrEqual(0.8);
    const warning = page.getByTestId('backtest-one-metric');
    expect(await warning.textContent()).toBe(
      format(en.backtestOneMetric, { metric: SIGNAL_COLUMN, share: numbers.percent(share) }),
    );
    expect(await apply.getAttribute('aria-describedby')).toBe(await warning.getAttribute('id'));
    await page.screenshot({ path: 'test-results/sidebar-backtest-one-metric.png', fullPage: true });
  });

  it('makes Apply secondary when the learned weights do no better on held-out accounts', async () => {
    // The current model already leans on the logins, which churn follows: the learned weights
    // cannot beat it on held-out accounts.
    const model = churnModel();
    model.metrics = model.metrics.map((rule) => ({
      ...rule,
      weight: rule.metric === SIGNAL_COLUMN ? 100 : 1,
    }));
    const handlers = withOutcome(undefined, model);
    const result = expected(handlers);
    const verdict = compareModels(result.current, result.learned).better;
    const page = await sidebar.open(handlers, 'Backtest');
    await page.getByRole('button', { name: 'Run backtest' }).click();
    await page.getByTestId('backtest-results').waitFor();
    const apply = page.getByRole('button', { name: 'Apply learned weights' });
    expect(await apply.getAttribute('class')).toBe(verdict === 'learned' ? 'primary' : 'secondary');
    expect(verdict).not.toBe('learned');
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
    // What the tab showed is what it applies: the learned table of the run on screen.
    const shownTable = expected(withOutcome()).learnedModelTable;
    expect(shownTable.length - 1).toBe(14);
    await expect
      .poll(() => page.getByTestId('apply-status').textContent())
      .toBe(
        'Learned weights applied (14 metrics). The previous model was kept on the sheet "Health Model (previous)".',
      );
    expect(sidebar.callsOf('applyLearnedWeights')).toEqual([[{ table: shownTable }]]);
    expect(sidebar.dialogs).toEqual([]);
    const restore = page.getByRole('button', { name: 'Restore previous model' });
    expect(await restore.isVisible()).toBe(true);
    expect(await apply.isDisabled()).toBe(true);

    // The Model tab read the model again: it shows the learned weights.
    await expect.poll(() => sidebar.callsOf('getSidebarState').length).toBe(2);
    await page.getByRole('tab', { name: 'Model' }).click();
    const learnedSignal = shownTable.find((row) => row[0] === SIGNAL_COLUMN)![1] as number;
    // Churn follows the logins: they gain far beyond their 10 of the current model's weight.
    const others = shownTable.slice(1).filter((row) => row[0] !== SIGNAL_COLUMN);
    expect(others.every((row) => (row[1] as number) < learnedSignal)).toBe(true);
    await expect.poll(() => modelWeight(page, SIGNAL_COLUMN).inputValue()).toBe(String(learnedSignal));

    await page.getByRole('tab', { name: 'Backtest' }).click();
    await restore.click();
    await expect
      .poll(() => page.getByTestId('apply-status').textContent())
      .toBe(`Previous model restored (${churnModel().metrics.length} metrics).`);
    expect(sidebar.callsOf('restorePreviousModel')).toEqual([[]]);
    expect(await restore.isVisible()).toBe(false);
    await expect.poll(() => sidebar.callsOf('getSidebarState').length).toBe(3);
    await page.getByRole('tab', { name: 'Model' }).click();
    const original = sampleModel().metrics.find((rule) => rule.metric === 'Active users %')!.weight;
    await expect.poll(() => modelWeight(page, 'Active users %').inputValue()).toBe(String(original));
    expect(await modelWeight(page, SIGNAL_COLUMN).inputValue()).toBe('10');

    // A new run scores with the model now on the sheet.
    await page.getByRole('tab', { name: 'Backtest' }).click();
    await page.getByRole('button', { name: 'Run backtest' }).click();
    await expect
      .poll(() => tableText(page, 'backtest-compare'))
      .toEqual(compareText(expected(withOutcome())));
    expect(sidebar.callsOf('getSheetData')).toHaveLength(1);
    expect(sidebar.pageErrors).toEqual([]);
  });

  it('backtests the model just saved in the Model tab, not the one the panel opened with', async () => {
    const handlers = withOutcome();
    const page = await sidebar.open(handlers, 'Model');
    const weight = modelWeight(page, SIGNAL_COLUMN);
    await weight.fill('60');
    await weight.press('Tab');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => sidebar.callsOf('saveModel').length).toBe(1);
    await expect
      .poll(
        () => handlers.getSidebarState().model?.metrics.find((rule) => rule.metric === SIGNAL_COLUMN)?.weight,
      )
      .toBe(60);
    await page.getByRole('tab', { name: 'Backtest' }).click();
    await page.getByRole('button', { name: 'Run backtest' }).click();
    await page.getByTestId('backtest-results').waitFor();
    // `expected` reads the handlers' model, which is the saved one.
    expect(await tableText(page, 'backtest-compare')).toEqual(compareText(expected(handlers)));
    expect(sidebar.callsOf('getSidebarState')).toHaveLength(1);
    expect(sidebar.pageErrors).toEqual([]);
  });

  it('says so when there are too few outcomes for a held-out AUC', async () => {
    // Six churned accounts: enough to learn from all of them, not from the three of each fold.
    const columns = churnColumns();
    const handlers = withOutcome({ ...columns, [OUTCOME_COLUMN]: (i) => (i < 6 ? 'churned' : 'renewed') });
    const result = expected(handlers);
    expect([result.current.heldOutAuc, result.learned.heldOutAuc]).toEqual([null, null]);
    const page = await sidebar.open(handlers, 'Backtest');
    await page.getByRole('button', { name: 'Run backtest' }).click();
    await expect
      .poll(() => page.getByTestId('backtest-verdict').textContent())
      .toMatch(/^Too few accounts churned, or too few stayed/);
    expect(await page.locator('.headline-value').allTextContents()).toEqual(['–', '–']);
    expect(await page.locator('.headline.better').count()).toBe(0);
    expect(await tableText(page, 'backtest-compare')).toEqual(compareText(result));
  });

  it('shows a failed run, naming the row with a bad outcome', async () => {
    const columns = churnColumns();
    const handlers = withOutcome({
      ...columns,
      [OUTCOME_COLUMN]: (i) => (i === 5 ? 'maybe' : columns[OUTCOME_COLUMN](i)),
    });
    expect(() => expected(handlers)).toThrow(/^"Churned\?" row 7 is /);
    const page = await sidebar.open(handlers, 'Backtest');
    await page.getByRole('button', { name: 'Run backtest' }).click();
    await expect
      .poll(() => page.getByTestId('backtest-status').textContent())
      .toMatch(/^The backtest failed: "Churned\?" row 7 is .*maybe.*: use TRUE\/1\/yes/);
    expect(await page.getByTestId('backtest-status').getAttribute('class')).toContain('error');
    expect(await page.getByTestId('backtest-results').isVisible()).toBe(false);
    expect(sidebar.pageErrors).toEqual([]);
  });

  it('shows a failed run when the Health Model cannot be read', async () => {
    const handlers = withOutcome();
    const page = await sidebar.open(
      {
        ...handlers,
        getSidebarState: () => ({
          ...handlers.getSidebarState(),
          model: null,
          modelProblem: 'The Health Model has no Weight column.',
        }),
      },
      'Backtest',
    );
    await page.getByRole('button', { name: 'Run backtest' }).click();
    await expect
      .poll(() => page.getByTestId('backtest-status').textContent())
      .toBe('The backtest failed: The Health Model has no Weight column.');
  });

  it('shows sheet text literally: an outcome header with markup', async () => {
    const columns = churnColumns();
    const handlers = fixtureHandlers({
      model: churnModel(),
      extraColumns: { ...columns, [XSS]: (i) => (i === 0 ? '<b>?</b>' : columns[OUTCOME_COLUMN](i)) },
    });
    const page = await sidebar.open(handlers, 'Backtest');
    expect(await outcome(page).locator('option').allTextContents()).toContain(XSS);
    await outcome(page).selectOption(XSS);
    await page.getByRole('button', { name: 'Run backtest' }).click();
    await expect
      .poll(() => page.getByTestId('backtest-status').textContent())
      .toMatch(/^The backtest failed: "<img src=x onerror=alert\(1\)>" row 2 is .*<b>\?<\/b>/);
    expect(await page.locator('img, b').count()).toBe(0);
    await page.waitForTimeout(100);
    expect(sidebar.dialogs).toEqual([]);
    expect(sidebar.pageErrors).toEqual([]);
  });

  it('backtests on an outcome header with markup, and applies the model it showed', async () => {
    const columns = churnColumns();
    const fixed = fixtureHandlers({
      model: churnModel(),
      extraColumns: { ...columns, [XSS]: columns[OUTCOME_COLUMN] },
    });
    // The learned weights lean on the current model, which Apply replaces: read them first.
    const shown = expected(fixed, XSS).learnedModelTable;
    const again = await sidebar.open(fixed, 'Backtest');
    await outcome(again).selectOption(XSS);
    await again.getByRole('button', { name: 'Run backtest' }).click();
    await again.getByTestId('backtest-results').waitFor();
    expect(await tableText(again, 'backtest-compare')).toEqual(compareText(expected(fixed, XSS)));
    await again.getByRole('button', { name: 'Apply learned weights' }).click();
    await again.getByRole('button', { name: 'Apply', exact: true }).click();
    await expect.poll(() => sidebar.callsOf('applyLearnedWeights')).toEqual([[{ table: shown }]]);
    expect(await again.locator('img, b').count()).toBe(0);
    await again.waitForTimeout(100);
    expect(sidebar.dialogs).toEqual([]);
    expect(sidebar.pageErrors).toEqual([]);
  });
});
