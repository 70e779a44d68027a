/**
 * Where survey responses come from: a Google Form (URL or ID; asks for the Forms permission) or a
 * form-responses sheet of this spreadsheet (asks for nothing). Each path says what it needs.
 */
import type { Messages } from '../../shared/messages';
import type { SurveySource } from '../../shared/protocol';
import { h, replaceChildren, uid } from '../dom';
import { guessResponsesSheet, sourceChoice } from '../survey-mapping';
import { setFieldError, textField } from './field';

export interface SurveySourcePicker {
  element: HTMLElement;
  /** Offers these sheets and starts on the remembered source, else the likeliest one. */
  fill(sheetNames: readonly string[], remembered: SurveySource | null): void;
  /** The source chosen; null (with the message on the missing field) when there is none. */
  chosen(): SurveySource | null;
}

export function surveySourcePicker(t: Messages, onChange: () => void): SurveySourcePicker {
  const group = uid('source');
  const radio = (): HTMLInputElement =>
    h('input', { attrs: { id: uid('source'), type: 'radio', name: group }, on: { change: () => changed() } });
  const formRadio = radio();
  const sheetRadio = radio();
  const form = textField({
    label: t.surveyFormLabel,
    placeholder: t.surveyFormPlaceholder,
    dir: 'auto',
    onInput: () => changed(),
  });
  const sheetId = uid('responses-sheet');
  const sheetError = h('p', { cls: 'error', attrs: { id: `${sheetId}-error`, 'aria-live': 'polite' } });
  const sheet = h('select', {
    attrs: { id: sheetId, 'aria-describedby': sheetError.id },
    on: { change: () => changed() },
  });

  function changed(): void {
    form.input.disabled = !formRadio.checked;
    sheet.disabled = !sheetRadio.checked;
    setFieldError(form.input, form.error, undefined);
    setFieldError(sheet, sheetError, undefined);
    onChange();
  }

  const element = h(
    'fieldset',
    { cls: 'source' },
    h('legend', { text: t.surveySource }),
    h(
      'div',
      { cls: 'check' },
      formRadio,
      h('label', { attrs: { for: formRadio.id }, text: t.surveySourceForm }),
    ),
    h('div', { cls: 'source-detail' }, form.wrap, h('p', { cls: 'hint', text: t.surveyFormPermission })),
    h(
      'div',
      { cls: 'check' },
      sheetRadio,
      h('label', { attrs: { for: sheetRadio.id }, text: t.surveySourceSheet }),
    ),
    h(
      'div',
      { cls: 'source-detail field' },
      h('label', { attrs: { for: sheetId }, text: t.surveySheetLabel }),
      sheet,
      sheetError,
      h('p', { cls: 'hint', text: t.surveySheetPermission }),
    ),
  );

  return {
    element,
    fill(sheetNames, source) {
      replaceChildren(
        sheet,
        ...sheetNames.map((name) => {
          const option = h('option', { attrs: { dir: 'auto' }, text: name });
          option.value = name;
          return option;
        }),
      );
      const remembered = sourceChoice(source, sheetNames);
      if (remembered?.kind === 'form') form.input.value = remembered.form;
      const responses = remembered?.kind === 'sheet' ? remembered.sheet : guessResponsesSheet(sheetNames);
      if (responses !== null) sheet.value = responses;
      // The remembered path, else the one needing no permission when a sheet looks like responses.
      const useSheet = remembered === null ? responses !== null : remembered.kind === 'sheet';
      formRadio.checked = !useSheet;
      sheetRadio.checked = useSheet;
      changed();
    },
    chosen() {
      if (formRadio.checked) {
        const id = form.input.value.trim();
        if (id !== '') return { kind: 'form', form: id };
        setFieldError(form.input, form.error, t.surveyFormMissing);
        form.input.focus();
        return null;
      }
      if (sheet.value !== '') return { kind: 'sheet', sheet: sheet.value };
      setFieldError(sheet, sheetError, t.noSheets);
      return null;
    },
  };
}
