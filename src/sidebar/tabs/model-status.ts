/**
 * What the Model tab shows about the draft as a whole, drawn from the editor's state alone: the
 * model's errors and advice, the save bar, and the live preview of the bands (or why there is
 * none). Plain functions of their arguments, so each redraw shows the state as it is now.
 */
import type { Messages } from '../../shared/messages';
import { format } from '../../shared/messages';
import { errorMessage } from '../formatting';
import { weightSpreadWarning } from '../metric-advice';
import type { ModelEditor } from '../model-editor';
import { computePreview, type PreviewData } from '../preview';
import type { ModelView } from './model-view';

/** The model's error and advice lines and the save bar; Save is off while saving, invalid or saved. */
export function showDraftStatus(
  view: Pick<ModelView, 'modelError' | 'modelWarning' | 'saveButton' | 'saveStatus'>,
  editor: ModelEditor,
  t: Messages,
  locale: string,
  saving: boolean,
): void {
  const { saveStatus } = view;
  view.modelError.textContent = editor.check.modelError ?? otherSegmentErrors(editor, t) ?? '';
  view.modelWarning.textContent = weightSpreadWarning(editor.shown(), t, locale) ?? '';
  const unchanged = editor.isSaved();
  const valid = editor.saveable();
  view.saveButton.disabled = saving || !valid || unchanged;
  // A "saved at…" or "save failed" line stays until the next edit.
  if (!saving && !saveStatus.classList.contains('done')) {
    saveStatus.textContent = !valid ? t.fixErrors : unchanged ? t.unchanged : t.unsaved;
  }
  saveStatus.classList.toggle('invalid', !valid);
}

/** Fields at fault in a segment not shown: Save is off, so say where they are. */
function otherSegmentErrors(editor: ModelEditor, t: Messages): string | null {
  const { check, draft } = editor;
  const hidden = draft.metrics.find(
    (metric) => metric.segment !== editor.segment && check.metricErrors.has(metric.key),
  );
  if (hidden === undefined) return null;
  return format(t.segmentHasErrors, { segment: hidden.segment === '' ? t.segmentDefault : hidden.segment });
}

/** The bands the draft would give the sheet's accounts, and its BigQuery SQL; or why not yet. */
export function showPreview(
  view: Pick<ModelView, 'preview' | 'bigQuery'>,
  editor: ModelEditor,
  t: Messages,
  sheet: PreviewData | null,
): void {
  const { check } = editor;
  const { preview } = view;
  const missing = editor.missingColumns();
  const usable = check.valid && !missing;
  view.bigQuery.update(sheet, usable ? check.model : null, usable ? check.bands : null);
  if (sheet === null) return;
  if (editor.segment !== '' && editor.shown().length === 0) {
    preview.stale(t.segmentNoMetrics);
    return;
  }
  if (missing) {
    preview.stale(t.previewNeedsColumns);
    return;
  }
  if (!check.valid || check.model === null || check.bands === null) {
    preview.stale(t.fixErrors);
    return;
  }
  try {
    preview.show(computePreview(sheet, check.model, check.bands, editor.segment));
  } catch (error) {
    preview.stale(format(t.previewFailed, { message: errorMessage(error) }));
  }
}
