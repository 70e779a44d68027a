/** The live preview: band counts as a labelled stacked bar, the score distribution, the lowest accounts. */
import type { Messages } from '../../shared/messages';
import { format } from '../../shared/messages';
import { h, replaceChildren, uid } from '../dom';
import { bandLabels } from '../history-summary';
import { BUCKETS, type PreviewResult } from '../preview';

export interface PreviewView {
  element: HTMLElement;
  /** The band bar again, small, for the save bar: the preview stays in sight while editing. */
  mini: HTMLElement;
  show(result: PreviewResult): void;
  /** Keeps the last result on screen, dimmed, with a message. */
  stale(message: string): void;
}

type BandKey = 'healthy' | 'atRisk' | 'unhealthy' | 'noScore';

export function previewView(t: Messages, locale: string): PreviewView {
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  // Row numbers as the sheet shows them: no thousands separator.
  const rowNumber = new Intl.NumberFormat(locale, { useGrouping: false });
  const oneDecimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const bandLabel: Record<BandKey, string> = { ...bandLabels(t), noScore: t.bandNoScore };

  const headingId = uid('preview');
  const summary = h('p', { cls: 'summary', attrs: { 'aria-live': 'polite', 'data-testid': 'band-summary' } });
  const message = h('p', {
    cls: 'error',
    attrs: { 'aria-live': 'polite', 'data-testid': 'preview-message' },
  });
  const bar = h('div', { cls: 'stack', attrs: { 'aria-hidden': 'true' } });
  const mini = h('div', { cls: 'stack mini', attrs: { 'aria-hidden': 'true' } });
  const legend = h('ul', { cls: 'legend', attrs: { 'data-testid': 'band-counts' } });
  const distributionId = uid('distribution');
  const histogram = h('ul', { cls: 'histogram', attrs: { 'aria-labelledby': distributionId } });
  const lowestId = uid('lowest');
  const lowest = h('ol', { cls: 'lowest', attrs: { 'aria-labelledby': lowestId, 'data-testid': 'lowest' } });
  const body = h(
    'div',
    { cls: 'preview-body' },
    bar,
    legend,
    h('h3', { attrs: { id: distributionId }, text: t.distributionHeading }),
    histogram,
    h(
      'div',
      { cls: 'axis', attrs: { 'aria-hidden': 'true' } },
      h('span', { text: integer.format(0) }),
      h('span', { text: integer.format(50) }),
      h('span', { text: integer.format(100) }),
    ),
    h('h3', { attrs: { id: lowestId }, text: t.lowestHeading }),
    lowest,
  );
  const element = h(
    'section',
    { cls: 'panel preview', attrs: { 'aria-labelledby': headingId } },
    h('h2', { attrs: { id: headingId }, text: t.previewHeading }),
    message,
    summary,
    body,
  );

  function show(result: PreviewResult): void {
    message.textContent = '';
    body.classList.remove('is-stale');
    mini.classList.remove('is-stale');
    summary.textContent =
      result.total === 0
        ? t.previewEmpty
        : format(t.bandSummary, {
            healthy: integer.format(result.healthy),
            atRisk: integer.format(result.atRisk),
            unhealthy: integer.format(result.unhealthy),
            noScore: integer.format(result.noScore),
          });
    const keys: BandKey[] = ['healthy', 'atRisk', 'unhealthy', 'noScore'];
    const segments = (): HTMLElement[] =>
      keys
        .filter((key) => result[key] > 0)
        .map((key) =>
          h('span', {
            cls: `segment ${key}`,
            attrs: { style: `flex-grow:${result[key]}`, title: bandLabel[key] },
            text: integer.format(result[key]),
          }),
        );
    replaceChildren(bar, ...segments());
    replaceChildren(mini, ...segments());
    replaceChildren(
      legend,
      ...keys
        .filter((key) => key !== 'noScore' || result.noScore > 0)
        .map((key) =>
          h(
            'li',
            { attrs: { 'data-band': key } },
            h('span', { cls: `swatch ${key}`, attrs: { 'aria-hidden': 'true' } }),
            format(t.bandCount, { band: bandLabel[key], count: integer.format(result[key]) }),
          ),
        ),
    );
    const tallest = Math.max(1, ...result.buckets);
    replaceChildren(
      histogram,
      ...result.buckets.map((count, i) => {
        const from = (i * 100) / BUCKETS;
        const label = format(t.bucket, { from, to: from + 100 / BUCKETS, count });
        return h(
          'li',
          { attrs: { title: label } },
          h('span', {
            cls: 'column',
            attrs: { style: `height:${Math.round((count / tallest) * 100)}%` },
          }),
          h('span', { cls: 'visually-hidden', text: label }),
        );
      }),
    );
    replaceChildren(
      lowest,
      ...result.lowest.map((account) =>
        h(
          'li',
          {},
          h(
            'div',
            { cls: 'account' },
            account.name === ''
              ? h('span', {
                  cls: 'name',
                  text: format(t.rowLabel, { row: rowNumber.format(account.row + 2) }),
                })
              : h('span', { cls: 'name' }, h('bdi', { text: account.name })),
            h('span', {
              cls: 'score',
              text: format(t.lowestScore, { score: oneDecimal.format(account.score) }),
            }),
          ),
          // The drivers are the sheet's metric names and the core's numbers: their own direction.
          account.drivers === ''
            ? h('div', { cls: 'drivers', text: t.noDrivers })
            : h('div', { cls: 'drivers' }, h('bdi', { text: account.drivers })),
        ),
      ),
    );
  }

  function stale(text: string): void {
    message.textContent = text;
    body.classList.add('is-stale');
    mini.classList.add('is-stale');
  }

  return { element, mini, show, stale };
}
