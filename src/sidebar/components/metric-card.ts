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
import type { MetricAdvice } from '../metric-advice';
import { setFieldError, stepWithArrows, textField } from './field';

export interface MetricCardContext {
  messages: Messages;
  locale: string;
  headers(): readonly string[];
  /** A field of the draft changed. */
  onChange(): void;
  onRemove(metric: MetricDraft): void;
  /** "Map to column …": the metric takes that header. */
  onMapColumn(metric: MetricDraft, header: string): void;
  suggest(metric: MetricDraft): Suggestion | null;
}

export interface MetricCard {
  element: HTMLElement;
  metric: MetricDraft;
  update(check: DraftCheck, totalWeight: number, advice: MetricAdvice): void;
  focus(): void;
  /** Opens the thresholds and the other fields (a metric just added is edited at once). */
  expand(): void;
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

  // Collapsed, a card is one summary line under its weight; the thresholds and the rest open on
  // demand (or by themselves when one of their fields has a message), so eleven metrics fit.
  const details = h(
    'div',
    { cls: 'metric-details', attrs: { id: uid('details'), hidden: true } },
    h('div', { cls: 'threshold-row' }, red.wrap, green.wrap, suggest),
    // The messages go full width under the row: the inputs' columns are too narrow for them.
    red.error,
    green.error,
    thresholdsError,
    h('div', { cls: 'note-row' }, direction, note),
    more,
  );
  const toggle = h('button', {
    cls: 'metric-summary',
    attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': details.id },
    on: { click: () => setOpen(details.hidden) },
  });
  function setOpen(open: boolean): void {
    details.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
  }

  const metricError = h('p', { cls: 'error', attrs: { 'aria-live': 'polite' } });
  const metricWarning = h('p', { cls: 'warning', attrs: { 'aria-live': 'polite' } });
  // One click to mend a metric whose column is gone: take the closest header, or drop the metric.
  const mapButton = h('button', { cls: 'secondary small', attrs: { type: 'button' } });
  const repair = h(
    'div',
    { cls: 'repair', attrs: { hidden: true } },
    mapButton,
    h('button', {
      cls: 'secondary small',
      text: t.remove,
      attrs: { type: 'button' },
      on: { click: () => context.onRemove(metric) },
    }),
  );
  let mapTo: string | null = null;
  mapButton.addEventListener('click', () => {
    if (mapTo !== null) context.onMapColumn(metric, mapTo);
  });
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
    repair,
    metricWarning,
    h(
      'div',
      { cls: 'weight-row' },
      h('label', { cls: 'visually-hidden', attrs: { for: weightId }, text: t.weight }),
      slider,
      number,
      share,
    ),
    weightError,
    toggle,
    details,
  );

  function update(check: DraftCheck, totalWeight: number, advice: MetricAdvice): void {
    const errors = check.metricErrors.get(metric.key) ?? {};
    if (errors.red ?? errors.green ?? errors.thresholds ?? errors.values ?? errors.missing) setOpen(true);
    toggle.textContent = format(t.thresholdSummary, {
      red: metric.redText.trim() || '–',
      green: metric.greenText.trim() || '–',
    });
    const inSheet = columnOf(context.headers(), metric.metric) !== -1;
    mapTo = advice.missing?.closest ?? null;
    const missingText =
      advice.missing === null
        ? null
        : mapTo === null
          ? format(t.notInSheet, { metric: name })
          : format(t.columnMissingClosest, { metric: name, column: mapTo });
    metricError.textContent =
      errors.metric ??
      missingText ??
      advice.refusal ??
      (inSheet ? '' : format(t.notInSheet, { metric: name }));
    repair.hidden = advice.missing === null;
    mapButton.hidden = mapTo === null;
    mapButton.textContent = mapTo === null ? '' : format(t.mapToColumn, { column: mapTo });
    metricWarning.textContent = advice.warning ?? '';
    element.classList.toggle('refused', missingText !== null || advice.refusal !== null);
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

  toggle.setAttribute('aria-describedby', legendId);
  return { element, metric, update, focus: () => number.focus(), expand: () => setOpen(true) };
}
