/** One metric of the model: include, weight (slider + number + share), Red/Green, more fields. */
import type { Messages } from '../../shared/messages';
import { format } from '../../shared/messages';
import { h, uid } from '../dom';
import {
  columnOf,
  type DraftCheck,
  type MetricDraft,
  parseWeight,
  redAboveGreen,
  type Suggestion,
  setIncluded,
  setWeightText,
} from '../draft';
import { formatInputNumber } from '../locale-numbers';
import { setFieldError, stepWithArrows, textField } from './field';

export interface MetricCardContext {
  messages: Messages;
  locale: string;
  headers(): readonly string[];
  /** A field of the draft changed. */
  onChange(): void;
  onRemove(metric: MetricDraft): void;
  suggest(metric: MetricDraft): Suggestion | null;
}

export interface MetricCard {
  element: HTMLElement;
  metric: MetricDraft;
  update(check: DraftCheck, totalWeight: number): void;
  focus(): void;
}

const sliderMax = (weight: number): number => Math.max(100, Math.ceil(Number.isFinite(weight) ? weight : 0));

export function metricCard(metric: MetricDraft, context: MetricCardContext): MetricCard {
  const { messages: t, locale } = context;
  const name = metric.metric;
  const percent = new Intl.NumberFormat(context.locale, { style: 'percent', maximumFractionDigits: 0 });

  const includeId = uid('include');
  const include = h('input', {
    attrs: { id: includeId, type: 'checkbox', 'aria-label': format(t.includeMetric, { metric: name }) },
    on: {
      change: () => {
        setIncluded(metric, include.checked, locale);
        syncWeight();
        context.onChange();
      },
    },
  });
  include.checked = metric.included;

  const weightId = uid('weight');
  const shareId = uid('share');
  const weightError = h('p', { cls: 'error', attrs: { id: `${weightId}-error`, 'aria-live': 'polite' } });
  const slider = h('input', {
    cls: 'slider',
    attrs: {
      type: 'range',
      min: 0,
      step: 'any',
      'aria-label': format(t.weightSliderOf, { metric: name }),
      'aria-describedby': shareId,
    },
    on: {
      input: () => {
        // The slider speaks ASCII ("7.5"); the number field shows the locale's "7,5".
        setWeightText(metric, formatInputNumber(Number(slider.value), locale), locale);
        number.value = metric.weightText;
        include.checked = metric.included;
        context.onChange();
      },
    },
  });
  // Text, not type=number: the browser's number field would refuse "7,5" or Persian digits.
  const number = h('input', {
    cls: 'weight',
    attrs: {
      id: weightId,
      type: 'text',
      inputmode: 'decimal',
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-label': format(t.weightOf, { metric: name }),
      'aria-describedby': `${shareId} ${weightError.id}`,
    },
    on: {
      input: () => {
        setWeightText(metric, number.value, locale);
        const weight = parseWeight(metric.weightText, locale);
        if (Number.isFinite(weight)) {
          slider.max = String(sliderMax(weight));
          slider.value = String(weight);
        }
        include.checked = metric.included;
        context.onChange();
      },
    },
  });
  stepWithArrows(number, locale, { min: 0 });
  const share = h('output', { cls: 'share', attrs: { id: shareId, for: weightId } });

  function syncWeight(): void {
    const weight = parseWeight(metric.weightText, locale);
    number.value = metric.weightText;
    slider.max = String(sliderMax(weight));
    slider.value = String(Number.isFinite(weight) ? weight : 0);
    include.checked = metric.included;
  }
  syncWeight();

  const thresholdsError = h('p', { cls: 'error', attrs: { id: uid('thresholds'), 'aria-live': 'polite' } });
  const red = textField({
    label: t.red,
    name: format(t.redOf, { metric: name }),
    value: metric.redText,
    placeholder: t.redPlaceholder,
    cls: 'threshold',
    onInput: (value) => {
      metric.redText = value;
      context.onChange();
    },
  });
  const green = textField({
    label: t.green,
    name: format(t.greenOf, { metric: name }),
    value: metric.greenText,
    placeholder: t.greenPlaceholder,
    cls: 'threshold',
    onInput: (value) => {
      metric.greenText = value;
      context.onChange();
    },
  });
  for (const field of [red, green]) {
    field.input.setAttribute('aria-describedby', `${field.error.id} ${thresholdsError.id}`);
  }
  const note = h('p', { cls: 'note', attrs: { 'aria-live': 'polite' } });
  const direction = h('span', { cls: 'direction' });
  const suggest = h('button', {
    cls: 'secondary small',
    text: t.suggest,
    attrs: { type: 'button', 'aria-label': format(t.suggestOf, { metric: name }) },
    on: {
      click: () => {
        const suggestion = context.suggest(metric);
        if (suggestion === null) {
          note.textContent = t.suggestNoNumbers;
          return;
        }
        metric.redText = formatInputNumber(suggestion.red, locale);
        metric.greenText = formatInputNumber(suggestion.green, locale);
        red.input.value = metric.redText;
        green.input.value = metric.greenText;
        note.textContent = format(t.suggestDone, {
          red: suggestion.red,
          green: suggestion.green,
          count: suggestion.count,
        });
        context.onChange();
      },
    },
  });

  const group = textField({
    label: t.group,
    name: format(t.groupOf, { metric: name }),
    dir: 'auto',
    value: metric.group,
    onInput: (value) => {
      metric.group = value;
      context.onChange();
    },
  });
  const values = textField({
    label: t.values,
    name: format(t.valuesOf, { metric: name }),
    dir: 'auto',
    value: metric.valuesText,
    placeholder: t.valuesPlaceholder,
    onInput: (value) => {
      metric.valuesText = value;
      context.onChange();
    },
  });
  const missing = textField({
    label: t.missing,
    name: format(t.missingOf, { metric: name }),
    value: metric.missingText,
    placeholder: t.missingPlaceholder,
    onInput: (value) => {
      metric.missingText = value;
      context.onChange();
    },
  });
  const more = h(
    'details',
    { cls: 'more' },
    h('summary', { text: t.more }),
    group.wrap,
    values.wrap,
    missing.wrap,
  );
  // Open the details when one of its fields has a message, so the message is seen.
  const openIfInvalid = (message: string | undefined): void => {
    if (message !== undefined) more.open = true;
  };

  const metricError = h('p', { cls: 'error', attrs: { 'aria-live': 'polite' } });
  const legendId = uid('legend');
  const element = h(
    'fieldset',
    { cls: 'metric', attrs: { 'aria-labelledby': legendId } },
    h(
      'div',
      { cls: 'metric-head' },
      include,
      // Sheet text keeps its own direction (<bdi>): "Active users %" stays so in a Persian panel.
      h('label', { cls: 'metric-name', attrs: { for: includeId, id: legendId } }, h('bdi', { text: name })),
      h('button', {
        cls: 'link',
        text: t.remove,
        attrs: { type: 'button', 'aria-label': format(t.removeOf, { metric: name }) },
        on: { click: () => context.onRemove(metric) },
      }),
    ),
    metricError,
    h(
      'div',
      { cls: 'weight-row' },
      h('label', { cls: 'visually-hidden', attrs: { for: weightId }, text: t.weight }),
      slider,
      number,
      share,
    ),
    weightError,
    h('div', { cls: 'threshold-row' }, red.wrap, green.wrap, suggest),
    // The messages go full width under the row: the inputs' columns are too narrow for them.
    red.error,
    green.error,
    thresholdsError,
    h('div', { cls: 'note-row' }, direction, note),
    more,
  );

  function update(check: DraftCheck, totalWeight: number): void {
    const errors = check.metricErrors.get(metric.key) ?? {};
    const inSheet = columnOf(context.headers(), metric.metric) !== -1;
    metricError.textContent = errors.metric ?? (inSheet ? '' : format(t.notInSheet, { metric: name }));
    setFieldError(number, weightError, errors.weight);
    setFieldError(red.input, red.error, errors.red);
    setFieldError(green.input, green.error, errors.green);
    thresholdsError.textContent = errors.thresholds ?? '';
    setFieldError(values.input, values.error, errors.values);
    setFieldError(missing.input, missing.error, errors.missing);
    openIfInvalid(errors.values ?? errors.missing);
    const weight = metric.included ? parseWeight(metric.weightText, locale) : 0;
    const shareText = Number.isFinite(weight) && totalWeight > 0 ? percent.format(weight / totalWeight) : '–';
    share.textContent = shareText;
    share.setAttribute('aria-label', format(t.shareOf, { share: shareText }));
    direction.textContent = redAboveGreen(metric.redText, metric.greenText, locale) ? t.lowerIsBetter : '';
    element.classList.toggle('off', !metric.included);
  }

  return { element, metric, update, focus: () => number.focus() };
}
