/**
 * The Model tab's segments (a model per tier, region…): the account column they key on, which
 * segment is edited (Default or one of them), adding a segment from that column's values (picked
 * from those the sheet holds, or typed) with a copy of the default rules, and removing one.
 * Closed, and changing nothing, for a model without segments. Sheet text enters only through
 * textContent and attribute values.
 */

import { normalizeKey } from '../../core/cells';
import type { Messages } from '../../shared/messages';
import { format } from '../../shared/messages';
import { h, replaceChildren, uid } from '../dom';
import type { Draft } from '../draft';
import type { PreviewData } from '../preview';
import { addSegment, distinctValues, removeSegment, takenValues, typedValues } from '../segment-draft';

export interface SegmentPickerContext {
  t: Messages;
  locale: string;
  draft(): Draft;
  sheet(): PreviewData | null;
  /** The segment edited ('' the default). */
  selected(): string;
  /** Another segment picked, added or removed: edit that one (`edited`: the draft changed). */
  select(segment: string, edited: boolean): void;
}

export interface SegmentPicker {
  element: HTMLElement;
  /** Draws it again from the draft and the sheet. */
  render(): void;
}

export function segmentPicker(context: SegmentPickerContext): SegmentPicker {
  const { t } = context;
  const columnId = uid('segment-column');
  const column = h('select', { attrs: { id: columnId, 'data-testid': 'segment-column' } });
  const pickId = uid('segment');
  const pick = h('select', { attrs: { id: pickId, 'data-testid': 'segment' } });
  const remove = h('button', { cls: 'secondary', text: t.segmentRemove, attrs: { type: 'button' } });
  const columnHint = h('p', { cls: 'hint' });
  const valuesLegend = h('legend');
  const valueList = h('div', { cls: 'segment-values' });
  const typedId = uid('segment-typed');
  const typed = h('input', {
    attrs: { id: typedId, type: 'text', dir: 'auto', autocomplete: 'off', 'data-testid': 'segment-typed' },
  });
  const copy = h('input', { attrs: { type: 'checkbox', checked: true } });
  const add = h('button', { cls: 'secondary', text: t.segmentAdd, attrs: { type: 'button' } });
  const problem = h('p', { cls: 'error', attrs: { 'aria-live': 'polite' } });
  const addForm = h(
    'fieldset',
    { cls: 'segment-add' },
    valuesLegend,
    valueList,
    h('label', { attrs: { for: typedId }, text: t.segmentTyped }),
    typed,
    h('label', { cls: 'check' }, copy, h('span', { text: t.segmentCopyDefault })),
    add,
    problem,
  );
  const pickRow = h(
    'div',
    {},
    h('label', { attrs: { for: pickId }, text: t.segmentEditing }),
    h('div', { cls: 'inline' }, pick, remove),
  );
  const element = h(
    'details',
    { cls: 'panel segments', attrs: { 'data-testid': 'segments' } },
    h('summary', { text: t.segmentsHeading }),
    h('p', { cls: 'hint', text: t.segmentsHint }),
    h('label', { attrs: { for: columnId }, text: t.segmentColumn }),
    column,
    columnHint,
    pickRow,
    addForm,
  );

  column.addEventListener('change', () => {
    context.draft().segmentColumn = column.value;
    problem.textContent = '';
    render();
  });
  pick.addEventListener('change', () => context.select(pick.value, false));
  remove.addEventListener('click', () => {
    const segment = context.selected();
    if (segment === '') return;
    removeSegment(context.draft(), segment);
    context.select('', true);
    pick.focus();
  });
  add.addEventListener('click', () => {
    const draft = context.draft();
    const chosen = Array.from(
      valueList.querySelectorAll('input:checked'),
      (box) => (box as HTMLInputElement).value,
    );
    const outcome = addSegment(
      draft,
      draft.segmentColumn,
      [...chosen, ...typedValues(typed.value)],
      copy.checked,
      context.locale,
    );
    if ('problem' in outcome) problem.textContent = t.segmentNeedsValues;
    else if ('taken' in outcome) {
      problem.textContent = format(t.segmentValueTaken, { value: outcome.taken, segment: outcome.by });
    } else {
      problem.textContent = '';
      typed.value = '';
      context.select(outcome.segment, true);
      pick.focus();
    }
  });

  function option(value: string, text: string): HTMLOptionElement {
    const each = h('option', { attrs: { dir: 'auto' }, text });
    each.value = value;
    return each;
  }

  function render(): void {
    const draft = context.draft();
    const headers = (context.sheet()?.headers ?? []).filter((header) => header.trim() !== '');
    const chosen = draft.segmentColumn;
    const known = headers.some((header) => normalizeKey(header) === normalizeKey(chosen));
    replaceChildren(
      column,
      option('', t.segmentColumnNone),
      ...(chosen !== '' && !known ? [option(chosen, chosen)] : []),
      ...headers.map((header) => option(header, header)),
    );
    column.value = headers.find((header) => normalizeKey(header) === normalizeKey(chosen)) ?? chosen;
    // All segments key on one column: another column means removing them first.
    column.disabled = draft.segments.length > 0;
    columnHint.textContent = draft.segments.length > 0 ? t.segmentColumnLocked : '';
    replaceChildren(
      pick,
      option('', t.segmentDefault),
      ...draft.segments.map((segment) => option(segment, segment)),
    );
    pick.value = context.selected();
    pickRow.hidden = chosen === '';
    remove.disabled = context.selected() === '';
    addForm.hidden = chosen === '';
    if (draft.segments.length > 0) element.open = true;
    renderValues(draft, chosen);
  }

  function renderValues(draft: Draft, chosen: string): void {
    valuesLegend.textContent = format(t.segmentNew, { column: chosen });
    const sheet = context.sheet();
    const values = sheet === null || chosen === '' ? [] : distinctValues(sheet.headers, sheet.rows, chosen);
    const taken = takenValues(draft);
    const free = (values ?? []).filter((value) => !taken.has(normalizeKey(value)));
    replaceChildren(
      valueList,
      ...free.map((value) =>
        h(
          'label',
          { cls: 'check' },
          h('input', { attrs: { type: 'checkbox', value } }),
          h('span', { attrs: { dir: 'auto' }, text: value }),
        ),
      ),
    );
    valueList.hidden = free.length === 0;
  }

  return { element, render };
}
