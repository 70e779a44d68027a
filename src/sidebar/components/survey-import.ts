/**
 * One previewed import: the form's title, whether the mapping is remembered or detected, the
 * counts, the mapping to confirm, the options, and Import with what it did.
 */
import type { Messages } from '../../shared/messages';
import { format } from '../../shared/messages';
import {
  DEFAULT_WINDOW_DAYS,
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
      problems.length > 0 && h('p', { text: t.surveyProblems }),
      problems.length > 0 &&
        h('ul', { cls: 'problems' }, ...problems.map((problem) => h('li', {}, h('bdi', { text: problem })))),
    );
  }

  async function run(): Promise<void> {
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
      report(
        await call('importSurveyResponses', source, {
          mapping: checked.mapping,
          addColumns: preview.columnsToAdd.length > 0 && addColumns.checked,
          windowDays: days,
        }),
      );
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
    windowDays.wrap,
    h('p', { cls: 'hint', text: t.surveyWindowHint }),
    button,
    result,
  );
}
