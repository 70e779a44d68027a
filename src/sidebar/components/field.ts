/** A labelled input with its validation message: the building block of every form row. */
import { h, uid } from '../dom';
import { formatInputNumber, parseLocaleNumber } from '../locale-numbers';

export interface Field<T extends HTMLInputElement | HTMLSelectElement = HTMLInputElement> {
  wrap: HTMLElement;
  input: T;
  error: HTMLElement;
}

export interface FieldOptions {
  /** Visible label. */
  label: string;
  /** Full accessible name when the visible label is short (e.g. "Red of NPS"). */
  name?: string;
  value?: string;
  type?: string;
  placeholder?: string;
  inputMode?: string;
  /** 'auto' for text of its own direction (a URL, e-mail addresses, sheet text in a Persian panel). */
  dir?: 'auto';
  cls?: string;
  onInput: (value: string) => void;
}

export function textField(options: FieldOptions): Field {
  const id = uid('field');
  const error = h('p', { cls: 'error', attrs: { id: `${id}-error`, 'aria-live': 'polite' } });
  const input = h('input', {
    attrs: {
      id,
      type: options.type ?? 'text',
      placeholder: options.placeholder,
      inputmode: options.inputMode,
      dir: options.dir,
      'aria-label': options.name,
      'aria-describedby': error.id,
      'aria-invalid': 'false',
      autocomplete: 'off',
      spellcheck: 'false',
    },
    on: { input: () => options.onInput(input.value) },
  });
  input.value = options.value ?? '';
  const wrap = h(
    'div',
    { cls: `field ${options.cls ?? ''}`.trim() },
    h('label', { attrs: { for: id }, text: options.label }),
    input,
    error,
  );
  return { wrap, input, error };
}

/**
 * ArrowUp / ArrowDown step a number typed in `locale`'s notation, as the browser's own number field
 * does (the sidebar's number fields are text: that one would refuse "7,5" or Persian digits). The
 * step goes through the field's `input` listeners like typing.
 */
export function stepWithArrows(
  input: HTMLInputElement,
  locale: string,
  { step = 1, min = -Infinity, max = Infinity }: { step?: number; min?: number; max?: number } = {},
): void {
  input.addEventListener('keydown', (event) => {
    if ((event.key !== 'ArrowUp' && event.key !== 'ArrowDown') || input.disabled) return;
    event.preventDefault();
    const current = parseLocaleNumber(input.value, locale);
    const moved = (Number.isFinite(current) ? current : 0) + (event.key === 'ArrowUp' ? step : -step);
    // Rounded to the step's decimals: 0.1 + 0.2 shows as 0.3.
    const next = Math.min(max, Math.max(min, Math.round(moved * 1e9) / 1e9));
    input.value = formatInputNumber(next, locale);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Shows (or clears) a field's message and marks the input invalid for assistive technology. */
export function setFieldError(
  input: HTMLInputElement | HTMLSelectElement,
  error: HTMLElement,
  message: string | undefined,
): void {
  const text = message ?? '';
  if (error.textContent !== text) error.textContent = text;
  input.setAttribute('aria-invalid', text === '' ? 'false' : 'true');
}
