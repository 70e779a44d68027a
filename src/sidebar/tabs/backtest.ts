/**
 * The Backtest tab: how well the current model and weights learned from an outcome column would
 * have foretold churn, side by side; apply the learned weights (the old model is kept) or undo.
 * The layout is backtest-view.ts's; this module loads the columns, runs, applies and restores.
 */
import { format } from '../../shared/messages';
import type { BacktestRequest, BacktestResult } from '../../shared/protocol';
import { runBacktestLocally } from '../backtest-run';
import { compareModels, dominantMetric, guessOutcomeColumn } from '../backtest-summary';
import { call } from '../client';
import { backtestComparison, ONE_METRIC_WARNING_ID } from '../components/backtest-comparison';
import { loadStatus } from '../components/load-status';
import { h, replaceChildren } from '../dom';
import { errorMessage } from '../formatting';
import { backtestView } from './backtest-view';
import type { TabContext } from './context';

export function mountBacktestTab(root: HTMLElement, context: TabContext): void {
  const { t, numbers } = context;
  const loading = loadStatus(t);
  let sheetName: string | null = null;
  /** The results on screen: Apply writes exactly their learned model. */
  let shown: BacktestResult | null = null;

  const view = backtestView(t);
  const { content, intro, outcome, runButton, runStatus, results, resultsBody } = view;
  const { applyButton, confirm, applyStatus, restoreButton } = view;
  runButton.addEventListener('click', () => void run());
  applyButton.addEventListener('click', () => void apply());
  restoreButton.addEventListener('click', () => void restore());
  replaceChildren(root, loading.element, content);

  async function load(): Promise<void> {
    const state = await context.sidebar.get();
    sheetName = state.accountSheet ?? state.sheets[0]?.name ?? null;
    const headers = (state.sheets.find((sheet) => sheet.name === sheetName)?.headers ?? []).filter(
      (header) => header.trim() !== '',
    );
    intro.textContent = sheetName === null ? t.noSheets : format(t.backtestIntro, { sheet: sheetName });
    const guess = guessOutcomeColumn(headers);
    replaceChildren(
      outcome,
      h('option', { attrs: { value: '' }, text: t.outcomeChoose }),
      ...headers.map((header) => {
        const option = h('option', { attrs: { dir: 'auto' }, text: header });
        option.value = header;
        return option;
      }),
    );
    outcome.value = guess ?? '';
    outcome.disabled = headers.length === 0;
    runButton.disabled = headers.length === 0;
    content.hidden = false;
  }

  async function run(): Promise<void> {
    if (sheetName === null) return;
    if (outcome.value === '') {
      runStatus.textContent = t.outcomeMissing;
      runStatus.classList.add('error');
      outcome.focus();
      return;
    }
    const request: BacktestRequest = { sheet: sheetName, outcomeColumn: outcome.value };
    runButton.disabled = true;
    runStatus.classList.remove('error');
    runStatus.textContent = t.backtestRunning;
    try {
      const result = await runOn(request);
      shown = result;
      runStatus.textContent = '';
      showResult(result);
    } catch (error) {
      runStatus.classList.add('error');
      runStatus.textContent = format(t.backtestFailed, { message: errorMessage(error) });
    } finally {
      runButton.disabled = false;
    }
  }

  /** Computed here, from the sheet data the Model tab's preview reads too. */
  async function runOn(request: BacktestRequest): Promise<BacktestResult> {
    const [state, data] = await Promise.all([context.sidebar.get(), context.sheetData.get(request.sheet)]);
    if (state.model === null) throw new Error(state.modelProblem ?? t.backtestNoModel);
    // Let "Running…" paint before the computation holds the page.
    await new Promise((resolve) => setTimeout(resolve));
    return runBacktestLocally(
      data,
      { model: state.model, bands: state.bands },
      request.outcomeColumn,
      Date.now(),
      t,
    );
  }

  function showResult(result: BacktestResult): void {
    replaceChildren(resultsBody, backtestComparison(result, t, numbers));
    // The verdict picks the primary action: Apply only when the learned model did better on
    // accounts it did not learn from; otherwise keeping the current model is the default.
    applyButton.className =
      compareModels(result.current, result.learned).better === 'learned' ? 'primary' : 'secondary';
    if (dominantMetric(result.learnedWeights) === null) applyButton.removeAttribute('aria-describedby');
    else applyButton.setAttribute('aria-describedby', ONE_METRIC_WARNING_ID);
    applyButton.disabled = false;
    applyStatus.textContent = '';
    restoreButton.hidden = true;
    results.hidden = false;
  }

  async function apply(): Promise<void> {
    if (shown === null || !(await confirm.ask())) return;
    applyButton.disabled = true;
    applyStatus.textContent = t.backtestApplying;
    try {
      const result = await call('applyLearnedWeights', { table: shown.learnedModelTable });
      applyStatus.textContent = format(t.backtestApplied, {
        metrics: result.metrics,
        sheet: result.previousSheet,
      });
      restoreButton.hidden = false;
      restoreButton.focus();
      context.modelChanged();
    } catch (error) {
      applyStatus.textContent = format(t.backtestApplyFailed, { message: errorMessage(error) });
      applyButton.disabled = false;
    }
  }

  async function restore(): Promise<void> {
    restoreButton.disabled = true;
    applyStatus.textContent = t.backtestRestoring;
    try {
      const result = await call('restorePreviousModel');
      applyStatus.textContent = format(t.backtestRestored, { metrics: result.metrics });
      restoreButton.hidden = true;
      // The results on screen compare against the model now restored: applying again makes sense.
      applyButton.disabled = false;
      applyButton.focus();
      context.modelChanged();
    } catch (error) {
      applyStatus.textContent = format(t.backtestRestoreFailed, { message: errorMessage(error) });
    } finally {
      restoreButton.disabled = false;
    }
  }

  void loading.run(load);
}
