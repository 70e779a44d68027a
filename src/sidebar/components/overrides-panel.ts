/**
 * The History tab's overrides: those holding now (each with "End now") and those ended lately,
 * then a form to add one. Loads itself with listOverrides; every text from the sheet (accounts,
 * reasons, names, band labels) enters through textContent or an option's value only.
 */
import type { Messages } from '../../shared/messages';
import { format } from '../../shared/messages';
import type { OverrideEntry, OverridesState } from '../../shared/protocol';
import { call } from '../client';
import { h, replaceChildren, uid } from '../dom';
import { calendarDay, errorMessage } from '../formatting';
import {
  browserStorage,
  checkOverride,
  defaultUntil,
  type OverrideField,
  rememberBy,
  rememberedBy,
} from '../override-form';

export interface OverridesPanel {
  element: HTMLElement;
  load(): Promise<void>;
}

export function overridesPanel(t: Messages, locale: string): OverridesPanel {
  let state: OverridesState | null = null;
  let busy = false;
  const headingId = uid('overrides');
  const status = h('p', { cls: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const activeList = h('ul', { cls: 'overrides', attrs: { 'data-testid': 'overrides-active' } });
  const activeNote = h('p', { cls: 'hint' });
  const endedHeading = h('h3', { text: format(t.overridesEnded, { days: 30 }) });
  const endedList = h('ul', { cls: 'overrides', attrs: { 'data-testid': 'overrides-ended' } });

  const fieldIds = { account: uid('ov-account'), score: uid('ov-score'), band: uid('ov-band') };
  const errorOf = {} as Record<OverrideField, HTMLElement>;
  const labelled = (field: OverrideField, label: string, input: HTMLElement, id: string): HTMLElement => {
    errorOf[field] = h('p', { cls: 'error', attrs: { id: `${id}-error`, 'aria-live': 'polite' } });
    input.id = id;
    input.setAttribute('aria-describedby', `${id}-error`);
    return h('div', { cls: 'field' }, h('label', { attrs: { for: id }, text: label }), input, errorOf[field]);
  };
  const accountSelect = h('select', { attrs: { 'data-testid': 'override-account' } });
  const accountInput = h('input', { attrs: { type: 'text', dir: 'auto', autocomplete: 'off' } });
  const accountWrap = h('div');
  const kindName = uid('ov-kind');
  const kindScore = h('input', { attrs: { type: 'radio', name: kindName, value: 'score', checked: true } });
  const kindBand = h('input', { attrs: { type: 'radio', name: kindName, value: 'band' } });
  const scoreInput = h('input', { attrs: { type: 'text', inputmode: 'decimal', autocomplete: 'off' } });
  const bandSelect = h('select');
  const reasonInput = h('input', { attrs: { type: 'text', dir: 'auto', autocomplete: 'off' } });
  const byId = uid('ov-by');
  const byInput = h('input', { attrs: { id: byId, type: 'text', dir: 'auto', autocomplete: 'name' } });
  byInput.value = rememberedBy(browserStorage());
  const untilInput = h('input', { attrs: { type: 'date' } });
  const accountField = labelled('account', t.overrideAccount, accountWrap, fieldIds.account);
  // The id and description belong to the select or input show() puts in the wrapper.
  accountWrap.removeAttribute('id');
  accountWrap.removeAttribute('aria-describedby');
  const scoreField = labelled('score', t.overrideScore, scoreInput, fieldIds.score);
  const bandField = labelled('band', t.overrideBand, bandSelect, fieldIds.band);
  const addButton = h('button', { cls: 'primary', text: t.overrideAdd, attrs: { type: 'button' } });
  const formStatus = h('p', { cls: 'hint', attrs: { 'aria-live': 'polite' } });
  const form = h(
    'details',
    { cls: 'override-form' },
    h('summary', { text: t.overrideAddHeading }),
    accountField,
    h(
      'fieldset',
      { cls: 'inline-choice' },
      h('legend', { text: t.overrideKind }),
      h('label', { cls: 'check' }, kindScore, h('span', { text: t.overrideKindScore })),
      h('label', { cls: 'check' }, kindBand, h('span', { text: t.overrideKindBand })),
    ),
    scoreField,
    bandField,
    labelled('reason', t.overrideReason, reasonInput, uid('ov-reason')),
    h('div', { cls: 'field' }, h('label', { attrs: { for: byId }, text: t.overrideBy }), byInput),
    labelled('until', t.overrideUntil, untilInput, uid('ov-until')),
    addButton,
    formStatus,
  );
  const content = h(
    'div',
    { attrs: { hidden: true } },
    h('h3', { text: t.overridesActive }),
    activeNote,
    activeList,
    endedHeading,
    endedList,
    form,
  );
  const element = h(
    'section',
    { cls: 'panel', attrs: { 'aria-labelledby': headingId, 'data-testid': 'overrides' } },
    h('h2', { attrs: { id: headingId }, text: t.overridesHeading }),
    h('p', { cls: 'hint', text: t.overridesHint }),
    status,
    content,
  );

  const showKind = () => {
    scoreField.hidden = !kindScore.checked;
    bandField.hidden = kindScore.checked;
  };
  kindScore.addEventListener('change', showKind);
  kindBand.addEventListener('change', showKind);
  showKind();
  addButton.addEventListener('click', () => void addOne());

  const what = (entry: OverrideEntry): string =>
    entry.score !== null
      ? format(t.overrideScoreIs, { score: new Intl.NumberFormat(locale).format(entry.score) })
      : format(t.overrideBandIs, { band: entry.band ?? '' });

  function item(entry: OverrideEntry, active: boolean): HTMLElement {
    const meta = [
      entry.by === '' ? null : format(t.overrideByName, { by: entry.by }),
      format(active ? t.overrideUntilDay : t.overrideEndedDay, { day: calendarDay(entry.until, locale) }),
    ].filter((part): part is string => part !== null);
    const end = active
      ? h('button', {
          cls: 'secondary',
          text: t.overrideEnd,
          attrs: { type: 'button', 'aria-label': format(t.overrideEndOf, { account: entry.account }) },
          on: { click: () => void endOne(entry) },
        })
      : null;
    return h(
      'li',
      {},
      h(
        'div',
        { cls: 'account' },
        h('span', { cls: 'name' }, h('bdi', { text: entry.account })),
        h('span', { cls: 'score', text: what(entry) }),
      ),
      h('div', {}, h('bdi', { text: entry.reason })),
      h('div', { cls: 'hint' }, ...meta.flatMap((part, i) => (i === 0 ? [part] : [' · ', part]))),
      end,
    );
  }

  function show(next: OverridesState): void {
    state = next;
    replaceChildren(activeList, ...next.active.map((entry) => item(entry, true)));
    activeNote.textContent = next.active.length === 0 ? t.overridesNoneActive : '';
    replaceChildren(endedList, ...next.ended.map((entry) => item(entry, false)));
    endedHeading.hidden = next.ended.length === 0;
    const option = (value: string) => {
      const each = h('option', { attrs: { dir: 'auto' }, text: value });
      each.value = value;
      return each;
    };
    const chosen = accountSelect.value;
    replaceChildren(accountSelect, option(''), ...next.accounts.map(option));
    (accountSelect.firstChild as HTMLOptionElement).textContent = t.overrideAccountChoose;
    accountSelect.value = next.accounts.includes(chosen) ? chosen : '';
    // Without a known account sheet the name is typed; the server checks it when it can.
    const input = next.accounts.length > 0 ? accountSelect : accountInput;
    input.id = fieldIds.account;
    input.setAttribute('aria-describedby', `${fieldIds.account}-error`);
    (input === accountSelect ? accountInput : accountSelect).removeAttribute('id');
    replaceChildren(accountWrap, input);
    replaceChildren(bandSelect, ...next.bands.map(option));
    if (untilInput.value === '') untilInput.value = defaultUntil(next.today);
    untilInput.min = next.today;
    content.hidden = false;
  }

  async function load(): Promise<void> {
    status.textContent = t.loading;
    try {
      show(await call('listOverrides'));
      status.textContent = '';
    } catch (error) {
      status.textContent = errorMessage(error);
    }
  }

  function setErrors(errors: Partial<Record<OverrideField, string>>): void {
    for (const [field, error] of Object.entries(errorOf) as [OverrideField, HTMLElement][]) {
      error.textContent = errors[field] ?? '';
    }
    const first = (['account', 'score', 'band', 'reason', 'until'] as const).find((field) => errors[field]);
    if (first === undefined) return;
    const ids: Record<OverrideField, string> = { ...fieldIds, reason: reasonInput.id, until: untilInput.id };
    const input = document.getElementById(ids[first]);
    input?.setAttribute('aria-invalid', 'true');
    input?.focus();
  }

  async function addOne(): Promise<void> {
    if (state === null || busy) return;
    const account = state.accounts.length > 0 ? accountSelect.value : accountInput.value;
    const check = checkOverride(
      {
        account,
        kind: kindScore.checked ? 'score' : 'band',
        scoreText: scoreInput.value,
        band: bandSelect.value,
        reason: reasonInput.value,
        by: byInput.value,
        until: untilInput.value,
      },
      state.today,
      t,
      locale,
    );
    for (const input of [accountSelect, accountInput, scoreInput, bandSelect, reasonInput, untilInput]) {
      input.setAttribute('aria-invalid', 'false');
    }
    if (check.request === null) {
      setErrors(check.errors);
      return;
    }
    setErrors({});
    rememberBy(browserStorage(), check.request.by);
    busy = true;
    addButton.disabled = true;
    formStatus.textContent = t.overrideAdding;
    try {
      show(await call('addOverride', check.request));
      formStatus.textContent = format(t.overrideAdded, {
        account: check.request.account,
        day: calendarDay(check.request.until, locale),
      });
      scoreInput.value = '';
      reasonInput.value = '';
      untilInput.value = defaultUntil(state.today);
    } catch (error) {
      formStatus.textContent = format(t.overrideFailed, { message: errorMessage(error) });
    } finally {
      busy = false;
      addButton.disabled = false;
    }
  }

  async function endOne(entry: OverrideEntry): Promise<void> {
    if (busy) return;
    busy = true;
    status.textContent = t.overrideEnding;
    try {
      show(await call('endOverride', { row: entry.row, account: entry.account }));
      status.textContent = format(t.overrideEndedNow, { account: entry.account });
    } catch (error) {
      status.textContent = format(t.overrideFailed, { message: errorMessage(error) });
      // The sheet may have changed under the list: show it as it is now.
      try {
        show(await call('listOverrides'));
      } catch {
        // The message above says what went wrong.
      }
    } finally {
      busy = false;
    }
  }

  return { element, load };
}
