/**
 * The Model tab's layout, built once: the sheet picker, the metric list with its add row, the
 * bands, the preview, the BigQuery panel and the sticky save bar. Sheet text only ever enters
 * through textContent and attributes; model.ts fills these elements and wires their events.
 */
import type { Messages } from '../../shared/messages';
import { type BigQueryPanel, bigQueryPanel } from '../components/bigquery-panel';
import { type PreviewView, previewView } from '../components/preview-view';
import { h, replaceChildren, uid } from '../dom';

export interface ModelView {
  /** Loading and load failures, above the editor. */
  status: HTMLElement;
  /** Hidden until the first sheet is loaded. */
  editor: HTMLElement;
  sheetSelect: HTMLSelectElement;
  sheetInfo: HTMLElement;
  /** "No Health Model yet…" or why the model could not be read. */
  notice: HTMLElement;
  /** Where the segment picker goes (components/segment-picker.ts). */
  segmentsHolder: HTMLElement;
  metricList: HTMLElement;
  addSelect: HTMLSelectElement;
  addButton: HTMLButtonElement;
  modelError: HTMLElement;
  /** Advice on the model as a whole (weights far apart). */
  modelWarning: HTMLElement;
  bandsHolder: HTMLElement;
  preview: PreviewView;
  bigQuery: BigQueryPanel;
  saveStatus: HTMLElement;
  saveButton: HTMLButtonElement;
}

export function modelView(root: HTMLElement, t: Messages, locale: string): ModelView {
  const status = h('p', { cls: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const sheetSelectId = uid('sheet');
  const sheetSelect = h('select', { attrs: { id: sheetSelectId } });
  const sheetInfo = h('p', { cls: 'hint' });
  const notice = h('p', { cls: 'notice', attrs: { role: 'status' } });
  const segmentsHolder = h('div');
  const metricsHeadingId = uid('metrics');
  const metricList = h('div', { cls: 'metric-list' });
  const addSelectId = uid('add');
  const addSelect = h('select', { attrs: { id: addSelectId } });
  const addButton = h('button', {
    cls: 'secondary',
    text: t.add,
    attrs: { type: 'button', 'aria-label': t.addOf },
  });
  const modelError = h('p', { cls: 'error', attrs: { 'aria-live': 'polite', 'data-testid': 'model-error' } });
  const modelWarning = h('p', {
    cls: 'warning',
    attrs: { 'aria-live': 'polite', 'data-testid': 'model-warning' },
  });
  const bandsHolder = h('div');
  const preview = previewView(t, locale);
  const bigQuery = bigQueryPanel(t);
  const saveStatus = h('p', {
    cls: 'save-status',
    attrs: { 'aria-live': 'polite', 'data-testid': 'save-status' },
  });
  const saveButton = h('button', { cls: 'primary', text: t.save, attrs: { type: 'button' } });

  const editor = h(
    'div',
    { cls: 'editor', attrs: { hidden: true } },
    h(
      'section',
      { cls: 'panel' },
      h('label', { attrs: { for: sheetSelectId }, text: t.sheetLabel }),
      sheetSelect,
      sheetInfo,
      notice,
    ),
    segmentsHolder,
    h(
      'section',
      { cls: 'panel', attrs: { 'aria-labelledby': metricsHeadingId } },
      h('h2', { attrs: { id: metricsHeadingId }, text: t.metricsHeading }),
      metricList,
      h(
        'div',
        { cls: 'add-row' },
        h('label', { attrs: { for: addSelectId }, text: t.addMetric }),
        h('div', { cls: 'inline' }, addSelect, addButton),
      ),
      modelError,
      modelWarning,
    ),
    bandsHolder,
    preview.element,
    bigQuery.element,
    h('div', { cls: 'savebar' }, preview.mini, h('div', { cls: 'save-row' }, saveStatus, saveButton)),
  );
  replaceChildren(root, status, editor);
  return {
    status,
    editor,
    sheetSelect,
    sheetInfo,
    notice,
    segmentsHolder,
    metricList,
    addSelect,
    addButton,
    modelError,
    modelWarning,
    bandsHolder,
    preview,
    bigQuery,
    saveStatus,
    saveButton,
  };
}
