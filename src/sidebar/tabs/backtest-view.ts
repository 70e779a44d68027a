/**
 * The Backtest tab's layout, built once: the outcome picker and Run, then the results panel with
 * Apply (behind a confirmation) and Undo. backtest.ts fills these elements and wires their events;
 * sheet text only enters through textContent and attributes.
 */
import type { Messages } from '../../shared/messages';
import { type ConfirmBar, confirmBar } from '../components/confirm-bar';
import { h, uid } from '../dom';

export interface BacktestView {
  /** Hidden until the sheet's columns are loaded. */
  content: HTMLElement;
  intro: HTMLElement;
  outcome: HTMLSelectElement;
  runButton: HTMLButtonElement;
  runStatus: HTMLElement;
  /** Hidden until a first run. */
  results: HTMLElement;
  resultsBody: HTMLElement;
  applyButton: HTMLButtonElement;
  confirm: ConfirmBar;
  applyStatus: HTMLElement;
  restoreButton: HTMLButtonElement;
}

export function backtestView(t: Messages): BacktestView {
  const intro = h('p', { cls: 'hint' });
  const outcomeId = uid('outcome');
  const outcomeHintId = uid('outcome-hint');
  const outcome = h('select', { attrs: { id: outcomeId, 'aria-describedby': outcomeHintId } });
  const runButton = h('button', {
    cls: 'primary',
    text: t.backtestRun,
    attrs: { type: 'button' },
  });
  const runStatus = h('p', {
    cls: 'line-status',
    attrs: { 'aria-live': 'polite', 'data-testid': 'backtest-status' },
  });
  const headingId = uid('backtest');

  const resultsId = uid('results');
  const resultsBody = h('div');
  const applyButton = h('button', {
    cls: 'primary',
    text: t.backtestApply,
    attrs: { type: 'button' },
  });
  const confirm = confirmBar(t.backtestApplyConfirm, t.backtestApplyYes, t.cancel);
  const applyStatus = h('p', {
    cls: 'line-status',
    attrs: { 'aria-live': 'polite', 'data-testid': 'apply-status' },
  });
  const restoreButton = h('button', {
    cls: 'secondary',
    text: t.backtestRestore,
    attrs: { type: 'button', hidden: true },
  });
  const results = h(
    'section',
    {
      cls: 'panel',
      attrs: { 'aria-labelledby': resultsId, hidden: true, 'data-testid': 'backtest-results' },
    },
    h('h2', { attrs: { id: resultsId }, text: t.backtestResultsHeading }),
    resultsBody,
    h('div', { cls: 'actions' }, applyButton),
    confirm.element,
    applyStatus,
    restoreButton,
  );

  const content = h(
    'div',
    { attrs: { hidden: true } },
    h(
      'section',
      { cls: 'panel', attrs: { 'aria-labelledby': headingId } },
      h('h2', { attrs: { id: headingId }, text: t.backtestHeading }),
      intro,
      h('label', { attrs: { for: outcomeId }, text: t.outcomeColumn }),
      h('div', { cls: 'inline' }, outcome, runButton),
      h('p', { cls: 'hint', attrs: { id: outcomeHintId }, text: t.outcomeHint }),
      runStatus,
    ),
    results,
  );
  return {
    content,
    intro,
    outcome,
    runButton,
    runStatus,
    results,
    resultsBody,
    applyButton,
    confirm,
    applyStatus,
    restoreButton,
  };
}
