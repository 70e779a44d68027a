/**
 * One previewed import: the form's title, whether the mapping is remembered or detected, the
 * counts, the mapping to confirm, the options, and Import with what it did.
 */
import type { Messages } from '../../shared/messages';
import { format } from '../../shared/messages';
import {
  DEFAULT_WINDOW_DAYS,
  type SurveyAnswerField,
  type SurveyFieldPreview,
  type SurveyImportResult,
  type SurveyPreview,
  type SurveySource,
} from '../../shared/protocol';
import { call } from '../client';
import { append, h, replaceChildren, uid } from '../dom';
import { errorMessage, listText } from '../formatting';
import { formatInputNumber, parseLocaleNumber } from '../locale-numbers';
import { mappingFrom } from '../survey-mapping';
import { setFieldError, stepWithArrows, textField } from './field';
import { surveyMappingForm } from './survey-mapping-form';

/** `afterImport` refreshes what the import changed elsewhere (unmatched responses, schedule). */
export function surveyImport(
  source: SurveySource,
  preview: SurveyPreview,
  t: Messages,
  locale: string,
  afterImport: () => Promise<void>,
): HTMLElement {
  const mapping = surveyMappingForm(preview, t, locale);
  const addId = uid('add-columns');
  const addColumns = h('input', { attrs: { id: addId, type: 'checkbox' } });
  addColumns.checked = true;
  const windowDays = textField({
    label: t.surveyWindowLabel,
    inputMode: 'numeric',
    value: formatInputNumber(DEFAULT_WINDOW_DAYS, locale),
    onInput: () => setFieldError(windowDays.input, windowDays.error, undefined),
  });
  stepWithArrows(windowDays.input, locale, { min: 1 });
  const button = h('button', {
    cls: 'primary',
    text: t.surveyImport,
    attrs: { type: 'button' },
    on: { click: () => void run() },
  });
  const result = h('div', {
    cls: 'report',
    attrs: { 'aria-live': 'polite', 'data-testid': 'import-result' },
  });

  function report(imported: SurveyImportResult): void {
    const { problems, columnsAdded } = imported;
    replaceChildren(
      result,
      h('p', {
        cls: 'import-summary',
        text: format(t.surveyImported, {
          added: imported.added,
          updated: imported.updated,
          unmatched: imported.unmatched,
        }),
      }),
      columnsAdded.length > 0 &&
        h('p', { text: format(t.surveyColumnsAdded, { columns: listText(columnsAdded, locale) }) }),
      (imported.notes ?? []).length > 0 &&
        h(
          'ul',
          { cls: 'notes', attrs: { 'data-testid': 'import-notes' } },
          ...(imported.notes ?? []).map((note) => h('li', {}, h('bdi', { text: note }))),
        ),
      problems.length > 0 && h('p', { text: t.surveyProblems }),
      problems.length > 0 &&
        h('ul', { cls: 'problems' }, ...problems.map((problem) => h('li', {}, h('bdi', { text: problem })))),
    );
  }

  /** The counts of a stopped import, and a button that imports anyway. */
  function askToOverwrite(confirm: { blanked: number; changed: number }, again: () => void): void {
    replaceChildren(
      result,
      h('p', {
        cls: 'error',
        attrs: { 'data-testid': 'overwrite-warning' },
        text: format(t.surveyConfirmOverwrite, confirm),
      }),
      h('button', { text: t.surveyImportAnyway, attrs: { type: 'button' }, on: { click: again } }),
    );
  }

  async function run(confirmOverwrite = false): Promise<void> {
    const checked = mappingFrom(mapping.selections(), t, locale);
    mapping.showErrors(checked.ok ? {} : checked.errors);
    const days = parseLocaleNumber(windowDays.input.value, locale);
    const daysValid = Number.isInteger(days) && days >= 1;
    setFieldError(windowDays.input, windowDays.error, daysValid ? undefined : t.surveyWindowInvalid);
    if (!checked.ok) return;
    if (!daysValid) {
      windowDays.input.focus();
      return;
    }
    button.disabled = true;
    replaceChildren(result, h('p', { text: t.surveyImporting }));
    try {
      const imported = await call('importSurveyResponses', source, {
        mapping: checked.mapping,
        addColumns: preview.columnsToAdd.length > 0 && addColumns.checked,
        windowDays: days,
        ...(confirmOverwrite ? { confirmOverwrite: true } : {}),
      });
      if (imported.confirm !== undefined) {
        askToOverwrite(imported.confirm, () => void run(true));
        return;
      }
      report(imported);
    } catch (error) {
      const message = format(t.surveyImportFailed, { message: errorMessage(error) });
      replaceChildren(result, h('p', { cls: 'error', text: message }));
      return;
    } finally {
      button.disabled = false;
    }
    try {
      await afterImport();
    } catch (error) {
      append(
        result,
        h('p', { cls: 'error', text: format(t.refreshFailed, { message: errorMessage(error) }) }),
      );
    }
  }

  return h(
    'div',
    {},
    h('p', {
      cls: 'form-title',
      text: format(preview.path === 'form' ? t.surveyFormTitle : t.surveySheetTitle, {
        title: preview.formTitle,
      }),
    }),
    h('p', {
      cls: 'mapping-note',
      attrs: { 'data-testid': 'mapping-origin' },
      text: preview.remembered ? t.surveyRemembered : t.surveyDetected,
    }),
    h('p', {
      attrs: { 'data-testid': 'survey-counts' },
      text: format(t.surveyCounts, {
        responses: preview.responses,
        newResponses: preview.newResponses,
        matched: preview.matched,
        unmatched: preview.unmatched,
      }),
    }),
    mapping.element,
    fieldPreviews(preview, t),
    // Nothing to add: no checkbox that would do nothing.
    preview.columnsToAdd.length > 0 &&
      h(
        'div',
        { cls: 'check' },
        addColumns,
        h('label', {
          attrs: { for: addId },
          text: format(t.surveyAddColumns, {
            columns: listText(preview.columnsToAdd, locale),
            count: preview.columnsToAdd.length,
          }),
        }),
      ),
    (preview.modelRowsToAdd ?? []).length > 0 &&
      h('p', {
        cls: 'hint',
        attrs: { 'data-testid': 'model-rows' },
        text: format(t.surveyModelRows, {
          rows: listText(
            (preview.modelRowsToAdd ?? []).map((row) => format(t.surveyModelRow, row)),
            locale,
          ),
        }),
      }),
    windowDays.wrap,
    h('p', { cls: 'hint', text: t.surveyWindowHint }),
    button,
    result,
  );
}

/** Per mapped field, sample answers and the counts of what the import would write. */
function fieldPreviews(preview: SurveyPreview, t: Messages): HTMLElement | false {
  const names: Record<SurveyAnswerField, string> = {
    nps: t.surveyFieldNps,
    csat: t.surveyFieldCsat,
    ces: t.surveyFieldCes,
    comment: t.surveyFieldComment,
  };
  const fields = Object.entries(preview.fields ?? {}) as [SurveyAnswerField, SurveyFieldPreview][];
  if (fields.length === 0) return false;
  return h(
    'ul',
    { cls: 'field-previews', attrs: { 'data-testid': 'field-previews' } },
    ...fields.map(([field, counts]) =>
      h(
        'li',
        { attrs: { 'data-field': field } },
        h('bdi', {
          text: format(t.surveyFieldPreview, {
            ...counts,
            field: names[field],
            samples: counts.samples.map((sample) => `“${sample}”`).join(', '),
          }),
        }),
      ),
    ),
  );
}
