/**
 * The portfolio's band counts over time as inline SVG stacked bars in traffic-light colours. The
 * SVG is one image to assistive technology (role="img", its label sums it up); the numbers are
 * in a visually hidden table beside it.
 */
import type { Messages } from '../../shared/messages';
import { format } from '../../shared/messages';
import type { BandCountsPoint } from '../../shared/protocol';
import { bandChartGeometry, STACK_ORDER } from '../band-chart-geometry';
import { h, svg } from '../dom';
import { calendarDay, type NumberFormats } from '../formatting';
import { type BandKey, bandLabels } from '../history-summary';

/** Fill and a darker outline per band, so the bands read apart in print and in grey. */
const COLOURS: Record<BandKey, { fill: string; stroke: string }> = {
  healthy: { fill: '#b7e1cd', stroke: '#1e8e3e' },
  atRisk: { fill: '#fce8b2', stroke: '#e37400' },
  unhealthy: { fill: '#f4c7c3', stroke: '#c5221f' },
};

/** Fewer points than this make no trend: the chart shows why it is empty instead. */
export const MIN_CHART_POINTS = 2;

export function bandChart(
  points: readonly BandCountsPoint[],
  t: Messages,
  locale: string,
  numbers: NumberFormats,
): HTMLElement {
  if (points.length < MIN_CHART_POINTS) {
    return h('p', {
      cls: 'hint empty-chart',
      attrs: { 'data-testid': 'history-chart-empty' },
      text: t.chartEmpty,
    });
  }
  const label = bandLabels(t);
  const dayCounts = (point: BandCountsPoint): string =>
    format(t.chartDay, {
      day: calendarDay(point.day, locale),
      healthy: numbers.integer(point.healthy),
      atRisk: numbers.integer(point.atRisk),
      unhealthy: numbers.integer(point.unhealthy),
    });
  const geometry = bandChartGeometry(points);
  const { box } = geometry;
  const first = points[0];
  const last = points[points.length - 1];
  const summary = format(t.chartSummary, {
    count: points.length,
    from: calendarDay(first.day, locale),
    to: calendarDay(last.day, locale),
    healthy: numbers.integer(last.healthy),
    atRisk: numbers.integer(last.atRisk),
    unhealthy: numbers.integer(last.unhealthy),
  });

  // The chart is drawn left to right in every language (styles.css); each label still reads in its
  // own direction ("۱۲ دی" in Persian), isolated (FSI … PDI) from the drawing's.
  const axisText = (x: number, y: number, anchor: string, text: string): SVGTextElement =>
    svg('text', { x, y, 'text-anchor': anchor, class: 'chart-axis' }, `\u2068${text}\u2069`);
  const image = svg(
    'svg',
    {
      viewBox: `0 0 ${box.width} ${box.height}`,
      role: 'img',
      'aria-label': summary,
      class: 'band-chart',
      'data-testid': 'history-chart',
    },
    ...geometry.ticks.flatMap((tick) => [
      svg('line', { x1: box.left, x2: box.width - box.right, y1: tick.y, y2: tick.y, class: 'chart-grid' }),
      axisText(box.left - 4, tick.y + 3, 'end', numbers.integer(tick.value)),
    ]),
    ...geometry.bars.map((bar) =>
      svg(
        'g',
        {},
        // A tooltip per day for pointer users; the table below carries the same numbers.
        svg('title', {}, dayCounts(bar.point)),
        ...bar.segments.map((segment) =>
          svg('rect', {
            x: bar.x,
            y: segment.y,
            width: bar.width,
            height: segment.height,
            fill: COLOURS[segment.band].fill,
            stroke: geometry.outlined ? COLOURS[segment.band].stroke : null,
            'stroke-width': geometry.outlined ? 0.75 : null,
            'data-band': segment.band,
          }),
        ),
      ),
    ),
    svg('line', {
      x1: box.left,
      x2: box.width - box.right,
      y1: geometry.baseline,
      y2: geometry.baseline,
      class: 'chart-baseline',
    }),
    axisText(box.left, box.height - 4, 'start', calendarDay(first.day, locale, 'short')),
    axisText(box.width - box.right, box.height - 4, 'end', calendarDay(last.day, locale, 'short')),
  );

  const legend = h(
    'ul',
    { cls: 'legend', attrs: { 'aria-hidden': 'true' } },
    ...[...STACK_ORDER]
      .reverse()
      .map((band) => h('li', {}, h('span', { cls: `swatch ${band}` }), label[band])),
  );
  const table = h(
    'table',
    { attrs: { 'data-testid': 'history-table' } },
    h('caption', { text: t.chartTableCaption }),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { attrs: { scope: 'col' }, text: t.chartDayColumn }),
        h('th', { attrs: { scope: 'col' }, text: t.bandHealthy }),
        h('th', { attrs: { scope: 'col' }, text: t.bandAtRisk }),
        h('th', { attrs: { scope: 'col' }, text: t.bandUnhealthy }),
      ),
    ),
    h(
      'tbody',
      {},
      ...points.map((point) =>
        h(
          'tr',
          {},
          h('th', { attrs: { scope: 'row' }, text: calendarDay(point.day, locale) }),
          h('td', { text: numbers.integer(point.healthy) }),
          h('td', { text: numbers.integer(point.atRisk) }),
          h('td', { text: numbers.integer(point.unhealthy) }),
        ),
      ),
    ),
  );
  // The wrapper hides it: a table grows to its content, whatever width it is given.
  return h('figure', { cls: 'chart' }, image, legend, h('div', { cls: 'visually-hidden' }, table));
}
