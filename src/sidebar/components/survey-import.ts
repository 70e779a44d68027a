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
import { errorMessage, type NumberFormats } from '../formatting';
import { mappingFrom } from '../survey-mapping';
import { setFieldError, textField } from './field';
import { surveyMappingForm } from './survey-mapping-form';

/** `afterImport` refreshes what the import changed elsewhere (unmatched responses, schedule). */
export function surveyImport(
  source: SurveySource,
  preview: SurveyPreview,
  t: Messages,
  numbers: NumberFormats,
  afterImport: () => Promise<void>,
): HTMLElement {
  const mapping = surveyMappingForm(preview, t);
  const addId = uid('add-columns');
  const addColumns = h('input', { attrs: { id: addId, type: 'checkbox' } });
  addColumns.checked = true;
  const windowDays = textField({
    label: t.surveyWindowLabel,
    type: 'number',
    inputMode: 'numeric',
    value: String(DEFAULT_WINDOW_DAYS),
    onInput: () => setFieldError(windowDays.input, windowDays.error, undefined),
  });
  windowDays.input.min = '1';
  windowDays.input.step = '1';
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
          added: numbers.integer(imported.added),
          updated: numbers.integer(imported.updated),
          unmatched: numbers.integer(imported.unmatched),
        }),
      }),
      columnsAdded.length > 0 &&
        h('p', { text: format(t.surveyColumnsAdded, { columns: columnsAdded.join(', ') }) }),
      problems.length > 0 && h('p', { text: t.surveyProblems }),
      problems.length > 0 &&
        h('ul', { cls: 'problems' }, ...problems.map((problem) => h('li', { text: problem }))),
    );
  }

  async function run(): Promise<void> {
    const checked = mappingFrom(mapping.selections(), t);
    mapping.showErrors(checked.ok ? {} : checked.errors);
    const days = Number(windowDays.input.value);
    const daysValid = windowDays.input.value.trim() !== '' && Number.isInteger(days) && days >= 1;
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
        responses: numbers.integer(preview.responses),
        newResponses: numbers.integer(preview.newResponses),
        matched: numbers.integer(preview.matched),
        unmatched: numbers.integer(preview.unmatched),
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
          text: format(t.surveyAddColumns, { columns: preview.columnsToAdd.join(', ') }),
        }),
      ),
    windowDays.wrap,
    h('p', { cls: 'hint', text: t.surveyWindowHint }),
    button,
    result,
  );
}
