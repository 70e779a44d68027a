/** A labelled input with its validation message: the building block of every form row. */
import { h, uid } from '../dom';

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
