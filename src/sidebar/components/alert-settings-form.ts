/** Who gets the alert digest and when a points drop counts as an alert; saved with saveAlertSettings. */
import { format } from '../../shared/messages';
import type { AlertSettings } from '../../shared/protocol';
import { checkAlertForm } from '../alert-settings';
import { call } from '../client';
import { h, uid } from '../dom';
import { errorMessage } from '../formatting';
import { formatInputNumber } from '../locale-numbers';
import type { TabContext } from '../tabs/context';
import { setFieldError, stepWithArrows, textField } from './field';

export interface AlertSettingsForm {
  element: HTMLElement;
  show(settings: AlertSettings): void;
}

export function alertSettingsForm({ t, locale }: TabContext): AlertSettingsForm {
  const headingId = uid('alert-settings');
  const emailId = uid('email');
  const email = h('input', { attrs: { id: emailId, type: 'checkbox' }, on: { change: () => edited() } });
  // Plain text, not type=email: the browser's own check would not name the bad address.
  const recipients = textField({
    label: t.recipients,
    inputMode: 'email',
    dir: 'auto',
    placeholder: t.recipientsPlaceholder,
    onInput: () => edited(),
  });
  const dropId = uid('drop');
  const drop = h('input', {
    attrs: { id: dropId, type: 'checkbox' },
    on: {
      change: () => {
        points.disabled = !drop.checked;
        edited();
      },
    },
  });
  const pointsError = h('p', { cls: 'error', attrs: { id: uid('points-error'), 'aria-live': 'polite' } });
  // Text read in the panel's locale ("7,5" in Italian), not the browser's number field.
  const points = h('input', {
    cls: 'points',
    attrs: {
      type: 'text',
      inputmode: 'decimal',
      autocomplete: 'off',
      'aria-label': t.pointDropPoints,
      'aria-describedby': pointsError.id,
      'aria-invalid': 'false',
    },
    on: { input: () => edited() },
  });
  stepWithArrows(points, locale, { min: 1, max: 99 });
  const status = h('p', {
    cls: 'save-status',
    attrs: { 'aria-live': 'polite', 'data-testid': 'alert-settings-status' },
  });
  const save = h('button', {
    cls: 'primary',
    text: t.alertSettingsSave,
    attrs: { type: 'button' },
    on: { click: () => void submit() },
  });

  const element = h(
    'section',
    { cls: 'panel', attrs: { 'aria-labelledby': headingId } },
    h('h2', { attrs: { id: headingId }, text: t.alertSettingsHeading }),
    h('div', { cls: 'check' }, email, h('label', { attrs: { for: emailId }, text: t.alertEmail })),
    h('p', { cls: 'hint', text: t.alertEmailPermission }),
    recipients.wrap,
    h(
      'div',
      { cls: 'check drop-row' },
      drop,
      h('label', { attrs: { for: dropId }, text: t.pointDropLabel }),
      points,
      h('span', { attrs: { 'aria-hidden': 'true' }, text: t.pointDropUnit }),
    ),
    pointsError,
    h('div', { cls: 'settings-actions' }, status, save),
  );

  function edited(): void {
    status.textContent = '';
  }

  function show(settings: AlertSettings): void {
    email.checked = settings.email;
    recipients.input.value = settings.recipients.join(', ');
    drop.checked = settings.minPointDrop !== null;
    points.value = settings.minPointDrop === null ? '' : formatInputNumber(settings.minPointDrop, locale);
    points.disabled = !drop.checked;
    setFieldError(recipients.input, recipients.error, undefined);
    setFieldError(points, pointsError, undefined);
  }

  async function submit(): Promise<void> {
    const check = checkAlertForm(
      {
        email: email.checked,
        recipientsText: recipients.input.value,
        pointDrop: drop.checked,
        pointDropText: points.value,
      },
      t,
      locale,
    );
    setFieldError(recipients.input, recipients.error, check.ok ? undefined : check.errors.recipients);
    setFieldError(points, pointsError, check.ok ? undefined : check.errors.pointDrop);
    if (!check.ok) {
      status.textContent = t.fixErrors;
      (check.errors.recipients !== undefined ? recipients.input : points).focus();
      return;
    }
    save.disabled = true;
    status.textContent = t.saving;
    try {
      show(await call('saveAlertSettings', check.settings));
      status.textContent = t.alertSettingsSaved;
    } catch (error) {
      status.textContent = format(t.saveFailed, { message: errorMessage(error) });
    } finally {
      save.disabled = false;
    }
  }

  return { element, show };
}
