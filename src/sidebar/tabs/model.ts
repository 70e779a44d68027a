/**
 * The Model tab: picks the account sheet, edits the Health Model with a live preview, saves it.
 * The pieces: the editing state in model-editor.ts; the layout in model-view.ts; the metric cards
 * and add row in model-metrics.ts; the status lines, save bar and preview in model-status.ts
 * (drawn from the editor's state). This module holds what the server said and which sheet is
 * open, loads and saves, and tells the pieces to redraw. Every text shown comes from the message
 * catalogue or from the sheet (through textContent).
 */
import { starterModel } from '../../core/starter';
import type { Messages } from '../../shared/messages';
import { format } from '../../shared/messages';
import type { SidebarState } from '../../shared/protocol';
import { call } from '../client';
import { bandsPanel } from '../components/bands';
import { segmentPicker } from '../components/segment-picker';
import { debounce, h, replaceChildren } from '../dom';
import { errorMessage } from '../formatting';
import { modelEditor } from '../model-editor';
import { type PreviewData, toPreviewData } from '../preview';
import type { SheetDataStore, SidebarStateStore } from '../sidebar-state';
import { metricList } from './model-metrics';
import { showDraftStatus, showPreview } from './model-status';
import { modelView } from './model-view';

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
  let saving = false;
  const editor = modelEditor(t, locale);
  const view = modelView(root, t, locale);
  const { saveStatus, saveButton } = view;
  const metrics = metricList(view, editor, t, locale, () => sheet, edited);
  let bands = bandsPanel(editor.draft.bands, t, locale, () => changed());
  const segments = segmentPicker({
    t,
    locale,
    draft: () => editor.draft,
    sheet: () => sheet,
    selected: () => editor.segment,
    select(segment, edits) {
      editor.segment = segment;
      segments.render();
      metrics.render();
      if (edits) edited();
      else changed();
    },
  });
  replaceChildren(view.segmentsHolder, segments.element);
  view.sheetSelect.addEventListener('change', () => void switchSheet(view.sheetSelect.value));
  saveButton.addEventListener('click', () => void save());

  const runPreview = () => showPreview(view, editor, t, sheet);
  const schedulePreview = debounce(runPreview, PREVIEW_DEBOUNCE_MS);

  /** After any edit: validate at once, preview after a pause. */
  function changed(): void {
    editor.recheck(sheet);
    refresh();
    schedulePreview();
  }

  function refresh(): void {
    metrics.update();
    bands.update(editor.check);
    showDraftStatus(view, editor, t, locale, saving);
  }

  function edited(): void {
    saveStatus.classList.remove('done');
    changed();
  }

  /** Starts editing: the saved model, or a starter model from this sheet's columns. */
  function startDraft(): void {
    const state = server!;
    const model =
      state.model ?? (sheet === null ? null : starterModel(sheet.headers, sheet.rows, sheet.nowMs));
    editor.start(model, state.bands);
    editor.recheck(sheet);
    if (state.model === null)
      view.notice.textContent = state.modelProblem
        ? format(t.modelProblem, { message: state.modelProblem })
        : t.starterNotice;
    else view.notice.textContent = '';
    bands = bandsPanel(editor.draft.bands, t, locale, () => changed());
    replaceChildren(view.bandsHolder, bands.element);
    saveStatus.classList.remove('done');
    segments.render();
    metrics.render();
    refresh();
    runPreview();
  }

  async function loadSheet(name: string): Promise<void> {
    view.status.textContent = t.loading;
    const data = await sheetData.get(name);
    sheet = toPreviewData(data, Date.now());
    sheetName = data.name;
    view.sheetInfo.textContent = format(t.sheetRows, {
      rows: sheet.rows.length,
      columns: sheet.headers.length,
    });
    view.status.textContent = '';
    startDraft();
  }

  async function switchSheet(name: string): Promise<void> {
    if (name === sheetName) return;
    if (editor.hasEdits() && !window.confirm(t.confirmDiscard)) {
      view.sheetSelect.value = sheetName ?? '';
      return;
    }
    try {
      await loadSheet(name);
    } catch (error) {
      view.status.textContent = format(t.loadFailed, { message: errorMessage(error) });
      view.sheetSelect.value = sheetName ?? '';
    }
  }

  async function save(): Promise<void> {
    const { check } = editor;
    if (!editor.saveable() || check.model === null || check.bands === null || saving) return;
    const request = { model: check.model, bands: check.bands };
    saving = true;
    saveStatus.classList.remove('done');
    saveStatus.textContent = t.saving;
    refresh();
    try {
      const result = await call('saveModel', request);
      editor.markSaved(request.model, request.bands);
      server = { ...server!, model: request.model, bands: request.bands, modelProblem: null };
      // The Backtest tab scores with the shared state: it must see the model just saved.
      sidebar.set(server);
      view.notice.textContent = '';
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
    view.status.textContent = t.loading;
    try {
      server = await (fresh ? sidebar.reload() : sidebar.get());
      editor.setSaved(server.model, server.bands);
      replaceChildren(
        view.sheetSelect,
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
        view.status.textContent = t.noSheets;
        return;
      }
      view.sheetSelect.value = initial;
      if (sheet !== null && initial === sheetName) {
        view.status.textContent = '';
        startDraft();
      } else await loadSheet(initial);
      view.editor.hidden = false;
    } catch (error) {
      view.status.textContent = format(t.loadFailed, { message: errorMessage(error) });
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
      view.status.after(retry);
    }
  }

  const unsavedEdits = (): boolean => editor.hasEdits() && !editor.isSaved();
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
