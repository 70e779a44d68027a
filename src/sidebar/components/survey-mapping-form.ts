/**
 * The detected survey mapping, one select per field (the question titles, or none), the CSAT / CES
 * scales beside theirs, why each was detected and how sure the detection is ("Sure", "Likely",
 * "Please check": a field left for the user to choose is flagged; none where nothing fits). The selects start at the
 * preview's mapping; a field the user changes drops its badge, the choice being theirs now.
 */
import type { Messages } from '../../shared/messages';
import { format } from '../../shared/messages';
import type { SurveyConfidence, SurveyField, SurveyPreview } from '../../shared/protocol';
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
  // No badge where no question fits: the select's "— none —" says it.
  const confidenceWords: Record<Exclude<SurveyConfidence, 'none'>, string> = {
    sure: t.surveyConfidenceSure,
    likely: t.surveyConfidenceLikely,
    check: t.surveyConfidenceCheck,
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
    const level = preview.confidence?.[field];
    const badge =
      level === undefined || level === 'none'
        ? null
        : h('span', {
            cls: `confidence confidence-${level}`,
            attrs: { id: `${id}-confidence`, 'data-confidence': level },
            text: confidenceWords[level],
          });
    // A field left for the user says what to do.
    const note =
      level === 'check'
        ? h('p', {
            cls: 'confidence-note',
            attrs: { id: `${id}-confidence-note` },
            text: t.surveyConfidenceCheckHint,
          })
        : null;
    const describedBy = [badge?.id, hint.id, note?.id].filter(Boolean).join(' ');
    const select = h(
      'select',
      { attrs: { id, 'aria-describedby': describedBy, 'data-field': field } },
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
      // The user's own choice needs no badge; going back to the detected question shows it again.
      const detected = select.value === initial.questions[field];
      if (badge !== null) badge.hidden = !detected;
      if (note !== null) note.hidden = !detected;
      row.classList.toggle('needs-check', detected && level === 'check');
      if (!isScaled(field)) return;
      const { input, error } = scales[field];
      input.disabled = select.value === '';
      // A question that names its range sets the scale; the user can still change it.
      const top = scaleFromDetail(details.get(select.value) ?? '');
      if (top !== null) input.value = formatInputNumber(top, locale);
      setFieldError(input, error, undefined);
    });
    const row = h(
      'div',
      { cls: level === 'check' ? 'map-row needs-check' : 'map-row' },
      h('div', { cls: 'map-label' }, h('label', { attrs: { for: id }, text: fieldLabel[field] }), badge),
      h('div', { cls: 'inline' }, select, scale),
      chosen,
      hint,
      note,
      scaleError,
    );
    return row;
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
