/**
 * The detected survey mapping, one select per field (the question titles, or none), the CSAT / CES
 * scales beside theirs, and why each was detected. The selects start at the preview's mapping.
 */
import type { Messages } from '../../shared/messages';
import { format } from '../../shared/messages';
import type { SurveyField, SurveyPreview } from '../../shared/protocol';
import { h, uid } from '../dom';
import { formatInputNumber } from '../locale-numbers';
import {
  type MappingSelections,
  questionOptions,
  SCALED_FIELDS,
  type ScaledField,
  SURVEY_FIELDS,
  scaleFromDetail,
  selectionsFrom,
} from '../survey-mapping';
import { setFieldError, stepWithArrows } from './field';

export interface SurveyMappingForm {
  element: HTMLElement;
  selections(): MappingSelections;
  showErrors(errors: Partial<Record<ScaledField, string>>): void;
}

const isScaled = (field: SurveyField): field is ScaledField =>
  (SCALED_FIELDS as readonly string[]).includes(field);

export function surveyMappingForm(preview: SurveyPreview, t: Messages, locale: string): SurveyMappingForm {
  const fieldLabel: Record<SurveyField, string> = {
    nps: t.surveyFieldNps,
    csat: t.surveyFieldCsat,
    ces: t.surveyFieldCes,
    account: t.surveyFieldAccount,
    comment: t.surveyFieldComment,
  };
  const details = new Map(preview.questions.map((question) => [question.title, question.detail]));
  const titles = questionOptions(preview.questions, preview.mapping);
  const initial = selectionsFrom(preview.mapping, locale);
  const selects = {} as Record<SurveyField, HTMLSelectElement>;
  const scales = {} as Record<ScaledField, { input: HTMLInputElement; error: HTMLElement }>;

  const rows = SURVEY_FIELDS.map((field) => {
    const id = uid(`map-${field}`);
    const hint = h('p', { cls: 'hint', attrs: { id: `${id}-hint` } });
    const reason = preview.reasons[field];
    const select = h(
      'select',
      { attrs: { id, 'aria-describedby': hint.id, 'data-field': field } },
      h('option', {
        attrs: { value: '' },
        text: field === 'account' ? t.surveyNoneAccount : t.surveyNone,
      }),
      ...titles.map((title) => {
        // The whole question on hover: at 300 px a long title is cut in the closed select.
        const option = h('option', { attrs: { dir: 'auto', title }, text: title });
        option.value = title;
        return option;
      }),
    );
    select.value = initial.questions[field];
    selects[field] = select;
    // …and, wrapped under it, the chosen question in full.
    const chosen = h('p', { cls: 'survey-question', attrs: { dir: 'auto' } });
    const describe = (): void => {
      const detail = details.get(select.value);
      select.title = select.value;
      chosen.textContent = select.value;
      chosen.hidden = select.value === '';
      hint.textContent = [detail, reason && format(t.surveyReason, { reason })].filter(Boolean).join(' · ');
    };
    describe();
    let scale: HTMLElement | null = null;
    let scaleError: HTMLElement | null = null;
    if (isScaled(field)) {
      scaleError = h('p', { cls: 'error', attrs: { id: uid('scale-error'), 'aria-live': 'polite' } });
      const input = h('input', {
        cls: 'scale',
        attrs: {
          // Text read in the panel's locale (Persian or Thai digits too), not a number field.
          type: 'text',
          inputmode: 'numeric',
          autocomplete: 'off',
          'aria-label': format(t.surveyScaleOf, { field: fieldLabel[field] }),
          'aria-describedby': scaleError.id,
          'aria-invalid': 'false',
        },
      });
      input.value = initial.scales[field];
      stepWithArrows(input, locale, { min: 2, max: 100 });
      input.disabled = select.value === '';
      scales[field] = { input, error: scaleError };
      scale = h(
        'span',
        { cls: 'scale-wrap' },
        h('span', { attrs: { 'aria-hidden': 'true' }, text: t.surveyScaleOutOf }),
        input,
      );
    }
    select.addEventListener('change', () => {
      describe();
      if (!isScaled(field)) return;
      const { input, error } = scales[field];
      input.disabled = select.value === '';
      // A question that names its range sets the scale; the user can still change it.
      const top = scaleFromDetail(details.get(select.value) ?? '');
      if (top !== null) input.value = formatInputNumber(top, locale);
      setFieldError(input, error, undefined);
    });
    return h(
      'div',
      { cls: 'map-row' },
      h('label', { attrs: { for: id }, text: fieldLabel[field] }),
      h('div', { cls: 'inline' }, select, scale),
      chosen,
      hint,
      scaleError,
    );
  });

  const legendId = uid('mapping');
  const element = h(
    'div',
    {
      cls: 'mapping',
      attrs: { role: 'group', 'aria-labelledby': legendId, 'data-testid': 'survey-mapping' },
    },
    h('h3', { attrs: { id: legendId }, text: t.surveyMappingHeading }),
    ...rows,
  );

  return {
    element,
    selections() {
      const current: MappingSelections = {
        questions: { ...initial.questions },
        scales: { ...initial.scales },
      };
      for (const field of SURVEY_FIELDS) current.questions[field] = selects[field].value;
      for (const field of SCALED_FIELDS) current.scales[field] = scales[field].input.value;
      return current;
    },
    showErrors(errors) {
      for (const field of SCALED_FIELDS)
        setFieldError(scales[field].input, scales[field].error, errors[field]);
      const first = SCALED_FIELDS.find((field) => errors[field] !== undefined);
      if (first !== undefined) scales[first].input.focus();
    },
  };
}
