/**
 * The Model tab: picks the account sheet, edits the Health Model with a live preview, saves it.
 * Every text shown comes from the message catalogue or from the sheet (through textContent).
 */
import { normalizeKey } from '../../core/cells';
import { starterModel } from '../../core/starter';
import type { Messages } from '../../shared/messages';
import { format } from '../../shared/messages';
import type { SidebarState } from '../../shared/protocol';
import { call } from '../client';
import { bandsPanel } from '../components/bands';
import { bigQueryPanel } from '../components/bigquery-panel';
import { type MetricCard, metricCard } from '../components/metric-card';
import { previewView } from '../components/preview-view';
import { debounce, h, replaceChildren, uid } from '../dom';
import {
  checkDraft,
  type Draft,
  type DraftCheck,
  draftFrom,
  type MetricDraft,
  newMetric,
  parseWeight,
  snapshot,
  suggestFor,
} from '../draft';
import { errorMessage } from '../formatting';
import { computePreview, type PreviewData, toPreviewData } from '../preview';
import type { SheetDataStore, SidebarStateStore } from '../sidebar-state';

export const PREVIEW_DEBOUNCE_MS = 150;

export interface ModelTab {
  /** Reads the model again (another tab changed it on the server); edits not saved are dropped. */
  reload(): Promise<void>;
  /** Edits to the model that would be lost (what the unsaved-changes guard protects). */
  hasUnsavedEdits(): boolean;
}

export function mountModelTab(
  root: HTMLElement,
  t: Messages,
  locale: string,
  sidebar: SidebarStateStore,
  sheetData: SheetDataStore,
  /** Aborted when the panel is rebuilt (another language): drops the window listener. */
  signal?: AbortSignal,
): ModelTab {
  let server: SidebarState | null = null;
  let sheet: PreviewData | null = null;
  let sheetName: string | null = null;
  let draft: Draft = draftFrom(null, { kind: 'fixed', healthyAt: 70, unhealthyBelow: 40 }, locale);
  let check: DraftCheck = checkDraft(draft, t, locale);
  /** What the Health Model sheet holds (null: nothing saved yet), as `snapshot` text. */
  let saved: string | null = null;
  /** The draft as loaded: edits since then are what the unsaved-changes guard protects. */
  let loaded = '';
  let saving = false;
  let cards: MetricCard[] = [];

  // Layout: built once; sheet text only ever enters through textContent and attributes.
  const status = h('p', { cls: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const sheetSelectId = uid('sheet');
  const sheetSelect = h('select', {
    attrs: { id: sheetSelectId },
    on: { change: () => void switchSheet(sheetSelect.value) },
  });
  const sheetInfo = h('p', { cls: 'hint' });
  const notice = h('p', { cls: 'notice', attrs: { role: 'status' } });
  const metricsHeadingId = uid('metrics');
  const metricList = h('div', { cls: 'metric-list' });
  const addSelectId = uid('add');
  const addSelect = h('select', { attrs: { id: addSelectId } });
  const addButton = h('button', {
    cls: 'secondary',
    text: t.add,
    attrs: { type: 'button', 'aria-label': t.addOf },
    on: { click: () => addMetric() },
  });
  const modelError = h('p', { cls: 'error', attrs: { 'aria-live': 'polite', 'data-testid': 'model-error' } });
  const bandsHolder = h('div');
  const preview = previewView(t, locale);
  const bigQuery = bigQueryPanel(t);
  const saveStatus = h('p', {
    cls: 'save-status',
    attrs: { 'aria-live': 'polite', 'data-testid': 'save-status' },
  });
  const saveButton = h('button', {
    cls: 'primary',
    text: t.save,
    attrs: { type: 'button' },
    on: { click: () => void save() },
  });
  let bands = bandsPanel(draft.bands, t, locale, () => changed());

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
    ),
    bandsHolder,
    preview.element,
    bigQuery.element,
    h('div', { cls: 'savebar' }, preview.mini, h('div', { cls: 'save-row' }, saveStatus, saveButton)),
  );
  replaceChildren(root, status, editor);

  const schedulePreview = debounce(runPreview, PREVIEW_DEBOUNCE_MS);

  function isSaved(): boolean {
    return saved !== null && check.valid && snapshot(check.model, check.bands) === saved;
  }

  function hasEdits(): boolean {
    return snapshot(check.model, check.bands) !== loaded;
  }

  /** After any edit: validate at once, preview after a pause. */
  function changed(): void {
    try {
      check = checkDraft(draft, t, locale);
    } catch (error) {
      check = { ...check, valid: false, model: null, modelError: errorMessage(error) };
    }
    refresh();
    schedulePreview();
  }

  function totalWeight(): number {
    let total = 0;
    for (const metric of draft.metrics) {
      const weight = metric.included ? parseWeight(metric.weightText, locale) : 0;
      if (Number.isFinite(weight)) total += weight;
    }
    return total;
  }

  function refresh(): void {
    const total = totalWeight();
    for (const card of cards) card.update(check, total);
    bands.update(check);
    modelError.textContent = check.modelError ?? '';
    const unchanged = isSaved();
    saveButton.disabled = saving || !check.valid || unchanged;
    if (!saving && !saveStatus.classList.contains('done')) {
      saveStatus.textContent = !check.valid ? t.fixErrors : unchanged ? t.unchanged : t.unsaved;
    }
    saveStatus.classList.toggle('invalid', !check.valid);
  }

  function runPreview(): void {
    bigQuery.update(sheet, check.valid ? check.model : null, check.valid ? check.bands : null);
    if (sheet === null) return;
    if (!check.valid || check.model === null || check.bands === null) {
      preview.stale(t.fixErrors);
      return;
    }
    try {
      preview.show(computePreview(sheet, check.model, check.bands));
    } catch (error) {
      preview.stale(format(t.previewFailed, { message: errorMessage(error) }));
    }
  }

  function renderMetrics(focusKey?: number): void {
    const context = {
      messages: t,
      locale,
      headers: () => sheet?.headers ?? [],
      onChange: () => {
        saveStatus.classList.remove('done');
        changed();
      },
      onRemove: removeMetric,
      suggest: (metric: MetricDraft) =>
        sheet === null ? null : suggestFor(metric, sheet.headers, sheet.rows, sheet.nowMs, locale),
    };
    cards = draft.metrics.map((metric) => metricCard(metric, context));
    replaceChildren(
      metricList,
      cards.length === 0 ? h('p', { cls: 'hint', text: t.noMetrics }) : null,
      ...cards.map((card) => card.element),
    );
    renderAddSelect();
    if (focusKey !== undefined) cards.find((card) => card.metric.key === focusKey)?.focus();
  }

  function renderAddSelect(): void {
    const inModel = new Set(draft.metrics.map((metric) => normalizeKey(metric.metric)));
    const free = (sheet?.headers ?? []).filter(
      (header) => header.trim() !== '' && !inModel.has(normalizeKey(header)),
    );
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
    const metric = newMetric(header.trim().replace(/\s+/g, ' '), locale);
    draft.metrics.push(metric);
    saveStatus.classList.remove('done');
    renderMetrics(metric.key);
    changed();
  }

  function removeMetric(metric: MetricDraft): void {
    const index = draft.metrics.indexOf(metric);
    if (index === -1) return;
    draft.metrics.splice(index, 1);
    saveStatus.classList.remove('done');
    const next = draft.metrics[Math.min(index, draft.metrics.length - 1)];
    renderMetrics(next?.key);
    if (next === undefined) addSelect.focus();
    changed();
  }

  /** Starts editing: the saved model, or a starter model from this sheet's columns. */
  function startDraft(): void {
    const state = server!;
    const model =
      state.model ?? (sheet === null ? null : starterModel(sheet.headers, sheet.rows, sheet.nowMs));
    draft = draftFrom(model, state.bands, locale);
    check = checkDraft(draft, t, locale);
    loaded = snapshot(check.model, check.bands);
    if (state.model === null)
      notice.textContent = state.modelProblem
        ? format(t.modelProblem, { message: state.modelProblem })
        : t.starterNotice;
    else notice.textContent = '';
    bands = bandsPanel(draft.bands, t, locale, () => changed());
    replaceChildren(bandsHolder, bands.element);
    saveStatus.classList.remove('done');
    renderMetrics();
    refresh();
    runPreview();
  }

  async function loadSheet(name: string): Promise<void> {
    status.textContent = t.loading;
    const data = await sheetData.get(name);
    sheet = toPreviewData(data, Date.now());
    sheetName = data.name;
    sheetInfo.textContent = format(t.sheetRows, { rows: sheet.rows.length, columns: sheet.headers.length });
    status.textContent = '';
    startDraft();
  }

  async function switchSheet(name: string): Promise<void> {
    if (name === sheetName) return;
    if (hasEdits() && !window.confirm(t.confirmDiscard)) {
      sheetSelect.value = sheetName ?? '';
      return;
    }
    try {
      await loadSheet(name);
    } catch (error) {
      status.textContent = format(t.loadFailed, { message: errorMessage(error) });
      sheetSelect.value = sheetName ?? '';
    }
  }

  async function save(): Promise<void> {
    if (!check.valid || check.model === null || check.bands === null || saving) return;
    const request = { model: check.model, bands: check.bands };
    saving = true;
    saveStatus.classList.remove('done');
    saveStatus.textContent = t.saving;
    refresh();
    try {
      const result = await call('saveModel', request);
      saved = snapshot(request.model, request.bands);
      loaded = saved;
      server = { ...server!, model: request.model, bands: request.bands, modelProblem: null };
      // The Backtest tab scores with the shared state: it must see the model just saved.
      sidebar.set(server);
      notice.textContent = '';
      const time = new Date(result.savedAt);
      saveStatus.textContent = format(t.saved, {
        metrics: result.metrics,
        time: Number.isNaN(time.getTime())
          ? result.savedAt
          : time.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' }),
      });
      saveStatus.classList.add('done');
    } catch (error) {
      saveStatus.textContent = format(t.saveFailed, { message: errorMessage(error) });
      saveStatus.classList.add('done');
    } finally {
      saving = false;
      refresh();
    }
  }

  async function start(fresh = false): Promise<void> {
    status.textContent = t.loading;
    try {
      server = await (fresh ? sidebar.reload() : sidebar.get());
      saved = null;
      if (server.model !== null) {
        const first = checkDraft(draftFrom(server.model, server.bands, locale), t, locale);
        saved = snapshot(first.model, first.bands);
      }
      replaceChildren(
        sheetSelect,
        ...server.sheets.map((summary) => {
          const option = h('option', { attrs: { dir: 'auto' }, text: summary.name });
          option.value = summary.name;
          return option;
        }),
      );
      // A reload keeps the sheet being edited.
      const initial =
        server.sheets.find((summary) => summary.name === (sheetName ?? server?.accountSheet))?.name ??
        server.sheets[0]?.name;
      if (initial === undefined) {
        status.textContent = t.noSheets;
        return;
      }
      sheetSelect.value = initial;
      if (sheet !== null && initial === sheetName) {
        status.textContent = '';
        startDraft();
      } else await loadSheet(initial);
      editor.hidden = false;
    } catch (error) {
      status.textContent = format(t.loadFailed, { message: errorMessage(error) });
      const retry = h('button', {
        cls: 'secondary',
        text: t.retry,
        attrs: { type: 'button' },
        on: {
          click: () => {
            retry.remove();
            void start();
          },
        },
      });
      status.after(retry);
    }
  }

  const unsavedEdits = (): boolean => hasEdits() && !isSaved();
  window.addEventListener(
    'beforeunload',
    (event) => {
      if (!unsavedEdits()) return;
      event.preventDefault();
      event.returnValue = t.unsavedLeave;
    },
    { signal },
  );

  void start();
  return { reload: () => start(true), hasUnsavedEdits: unsavedEdits };
}
