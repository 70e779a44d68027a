/**
 * The current model and the learned weights side by side: held-out AUC as the headline, which is
 * better in plain words, the details per model, and the learned weights themselves.
 */
import type { Messages } from '../../shared/messages';
import { format } from '../../shared/messages';
import type { BacktestResult, BacktestStats } from '../../shared/protocol';
import { churnOf, compareModels, dominantMetric } from '../backtest-summary';
import { h } from '../dom';
import { NONE, type NumberFormats } from '../formatting';
import { type BandKey, bandLabels } from '../history-summary';

/** Id of the one-metric warning, so the Apply button can point to it (aria-describedby). */
export const ONE_METRIC_WARNING_ID = 'backtest-one-metric';

export function backtestComparison(result: BacktestResult, t: Messages, numbers: NumberFormats): HTMLElement {
  const { current, learned } = result;
  const dominant = dominantMetric(result.learnedWeights);
  const verdict = compareModels(current, learned);
  const verdictText = {
    learned: t.backtestLearnedBetter,
    current: t.backtestCurrentBetter,
    same: t.backtestSame,
    unknown: t.backtestNoHeldOut,
  };
  const values = {
    current: numbers.auc(current.heldOutAuc),
    learned: numbers.auc(learned.heldOutAuc),
    change: numbers.aucChange(verdict.difference),
  };
  const headline = (label: string, stats: BacktestStats, better: boolean): HTMLElement =>
    h(
      'div',
      { cls: better ? 'headline better' : 'headline' },
      h('p', { cls: 'headline-label', text: label }),
      h('p', { cls: 'headline-value', text: numbers.auc(stats.heldOutAuc) }),
      h('p', { cls: 'hint', text: t.backtestHeldOutAuc }),
    );
  const row = (label: string, read: (stats: BacktestStats) => string): HTMLElement =>
    h(
      'tr',
      {},
      h('th', { attrs: { scope: 'row' }, text: label }),
      h('td', { text: read(current) }),
      h('td', { text: read(learned) }),
    );
  const bands = Object.entries(bandLabels(t)) as [BandKey, string][];
  return h(
    'div',
    {},
    h(
      'div',
      { cls: 'headlines', attrs: { 'data-testid': 'backtest-headlines' } },
      headline(t.backtestCurrent, current, verdict.better === 'current'),
      headline(t.backtestLearned, learned, verdict.better === 'learned'),
    ),
    h('p', {
      cls: 'verdict',
      attrs: { 'data-testid': 'backtest-verdict' },
      text: format(verdictText[verdict.better], values),
    }),
    h('p', { cls: 'hint', text: t.backtestAucHint }),
    dominant === null
      ? null
      : h('p', {
          cls: 'warning',
          attrs: { id: ONE_METRIC_WARNING_ID, 'data-testid': 'backtest-one-metric', dir: 'auto' },
          text: format(t.backtestOneMetric, {
            metric: dominant.metric,
            share: numbers.percent(dominant.share),
          }),
        }),
    h(
      'table',
      { cls: 'compare', attrs: { 'data-testid': 'backtest-compare' } },
      h('caption', { cls: 'visually-hidden', text: t.backtestCompareCaption }),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('td', {}),
          h('th', { attrs: { scope: 'col' }, text: t.backtestCurrent }),
          h('th', { attrs: { scope: 'col' }, text: t.backtestLearned }),
        ),
      ),
      h(
        'tbody',
        {},
        row(t.backtestHeldOutAuc, (stats) => numbers.auc(stats.heldOutAuc)),
        row(t.backtestAllAuc, (stats) => numbers.auc(stats.auc)),
        row(t.backtestAccounts, (stats) => numbers.integer(stats.accounts)),
        row(t.backtestChurned, (stats) => numbers.integer(stats.churned)),
        row(t.backtestUnscored, (stats) => numbers.integer(stats.unscored)),
        ...bands.map(([band, label]) =>
          row(format(t.backtestChurnRate, { band: label }), (stats) =>
            numbers.percent(churnOf(stats, band)?.churnRate ?? null),
          ),
        ),
        row(t.backtestLift, ({ lift }) =>
          lift === null || !Number.isFinite(lift)
            ? NONE
            : format(t.liftTimes, { value: numbers.scoreValue(lift) }),
        ),
      ),
    ),
    h('h3', { text: t.backtestWeightsHeading }),
    h(
      'table',
      { cls: 'weights', attrs: { 'data-testid': 'learned-weights' } },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { attrs: { scope: 'col' }, text: t.backtestMetric }),
          h('th', { attrs: { scope: 'col' }, text: t.weight }),
          h('th', { attrs: { scope: 'col' }, text: t.backtestMetricAuc }),
        ),
      ),
      h(
        'tbody',
        {},
        ...result.learnedWeights.map((entry) =>
          h(
            'tr',
            {},
            h('th', { attrs: { scope: 'row' } }, h('bdi', { text: entry.metric })),
            h('td', { text: numbers.score(entry.weight) }),
            h('td', { text: numbers.auc(entry.auc) }),
          ),
        ),
      ),
    ),
  );
}
