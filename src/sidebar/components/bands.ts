/**
 * Band thresholds: fixed Healthy at / Unhealthy below, or quartiles. The thresholds are text
 * fields read in the panel's locale ("72,5" in Italian), not the browser's number fields.
 */
import type { Messages } from '../../shared/messages';
import { h, uid } from '../dom';
import type { BandsDraft, DraftCheck } from '../draft';
import { setFieldError, stepWithArrows, textField } from './field';

export interface BandsPanel {
  element: HTMLElement;
  update(check: DraftCheck): void;
}

export function bandsPanel(bands: BandsDraft, t: Messages, locale: string, onChange: () => void): BandsPanel {
  const quartilesId = uid('quartiles');
  const healthy = textField({
    label: t.healthyAt,
    inputMode: 'decimal',
    value: bands.healthyAtText,
    onInput: (value) => {
      bands.healthyAtText = value;
      onChange();
    },
  });
  const unhealthy = textField({
    label: t.unhealthyBelow,
    inputMode: 'decimal',
    value: bands.unhealthyBelowText,
    onInput: (value) => {
      bands.unhealthyBelowText = value;
      onChange();
    },
  });
  stepWithArrows(healthy.input, locale, { min: 0, max: 100 });
  stepWithArrows(unhealthy.input, locale, { min: 0, max: 100 });
  const quartiles = h('input', {
    attrs: { id: quartilesId, type: 'checkbox' },
    on: {
      change: () => {
        bands.quartiles = quartiles.checked;
        syncDisabled();
        onChange();
      },
    },
  });
  quartiles.checked = bands.quartiles;
  function syncDisabled(): void {
    healthy.input.disabled = bands.quartiles;
    unhealthy.input.disabled = bands.quartiles;
  }
  syncDisabled();
  const headingId = uid('bands');
  const element = h(
    'section',
    { cls: 'panel bands', attrs: { 'aria-labelledby': headingId } },
    h('h2', { attrs: { id: headingId }, text: t.bandsHeading }),
    h('div', { cls: 'check' }, quartiles, h('label', { attrs: { for: quartilesId }, text: t.quartiles })),
    h('div', { cls: 'pair' }, healthy.wrap, unhealthy.wrap),
  );
  return {
    element,
    update(check) {
      setFieldError(healthy.input, healthy.error, bands.quartiles ? undefined : check.bandErrors.healthyAt);
      setFieldError(
        unhealthy.input,
        unhealthy.error,
        bands.quartiles ? undefined : check.bandErrors.unhealthyBelow,
      );
    },
  };
}
