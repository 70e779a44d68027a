/**
 * The Model tab's metric list: a card per metric of the segment shown, and the add row under it.
 * It owns the cards and their focus; the draft they edit belongs to model-editor.ts, and every
 * edit is reported through `edited` so the tab can check, redraw its status and preview.
 */
import type { Messages } from '../../shared/messages';
import { type MetricCard, metricCard } from '../components/metric-card';
import { h, replaceChildren } from '../dom';
import { freeHeaders, type MetricDraft, newMetric, suggestFor } from '../draft';
import type { ModelEditor } from '../model-editor';
import type { PreviewData } from '../preview';
import type { ModelView } from './model-view';

export interface MetricList {
  /** Draws the cards of the segment shown and the add row; focuses the card of `focusKey`. */
  render(focusKey?: number): void;
  /** Shows each card's errors, share of the total weight and advice, after any edit. */
  update(): void;
}

export function metricList(
  view: Pick<ModelView, 'metricList' | 'addSelect' | 'addButton'>,
  editor: ModelEditor,
  t: Messages,
  locale: string,
  /** The account sheet being edited against (its headers name the columns to add). */
  sheet: () => PreviewData | null,
  edited: () => void,
): MetricList {
  const { addSelect, addButton } = view;
  let cards: MetricCard[] = [];
  addButton.addEventListener('click', () => addMetric());

  const context = {
    messages: t,
    locale,
    headers: () => sheet()?.headers ?? [],
    onChange: edited,
    onRemove: removeMetric,
    onMapColumn: (metric: MetricDraft, header: string) => {
      metric.metric = header;
      render(metric.key);
      edited();
    },
    suggest: (metric: MetricDraft) => {
      const data = sheet();
      return data === null ? null : suggestFor(metric, data.headers, data.rows, data.nowMs, locale);
    },
  };

  function render(focusKey?: number): void {
    cards = editor.shown().map((metric) => metricCard(metric, context));
    replaceChildren(
      view.metricList,
      cards.length === 0 ? h('p', { cls: 'hint', text: t.noMetrics }) : null,
      ...cards.map((card) => card.element),
    );
    renderAddSelect();
    if (focusKey !== undefined) cards.find((card) => card.metric.key === focusKey)?.focus();
  }

  /** The columns no metric of this segment uses yet. */
  function renderAddSelect(): void {
    const free = freeHeaders(sheet()?.headers ?? [], editor.shown());
    replaceChildren(
      addSelect,
      h('option', { attrs: { value: '' }, text: free.length === 0 ? t.noColumnsLeft : t.addMetricChoose }),
      ...free.map((header) => {
        const option = h('option', { attrs: { dir: 'auto' }, text: header });
        option.value = header;
        return option;
      }),
    );
    addSelect.disabled = free.length === 0;
    addButton.disabled = free.length === 0;
  }

  function addMetric(): void {
    const header = addSelect.value;
    if (header === '') {
      addSelect.focus();
      return;
    }
    const metric = newMetric(header.trim().replace(/\s+/g, ' '), locale, editor.segment);
    editor.draft.metrics.push(metric);
    render(metric.key);
    cards.find((card) => card.metric.key === metric.key)?.expand();
    edited();
  }

  /** Removes a metric; focus moves to the card that takes its place, or to the add row. */
  function removeMetric(metric: MetricDraft): void {
    const metrics = editor.draft.metrics;
    const index = metrics.indexOf(metric);
    if (index === -1) return;
    const shownIndex = editor.shown().indexOf(metric);
    metrics.splice(index, 1);
    const shown = editor.shown();
    const next = shown[Math.min(shownIndex, shown.length - 1)];
    render(next?.key);
    if (next === undefined) addSelect.focus();
    edited();
  }

  return {
    render,
    update() {
      const { check } = editor;
      const total = editor.totalWeight();
      for (const card of cards) card.update(check, total, editor.adviceOf(card.metric.key));
    },
  };
}
