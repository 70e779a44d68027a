/**
 * An in-page confirmation (window.confirm blocks the sidebar and looks foreign): the question with
 * a confirm and a cancel button, focus on confirm; Escape cancels. Focus returns where it was.
 */
import { h, uid } from '../dom';

export interface ConfirmBar {
  element: HTMLElement;
  ask(): Promise<boolean>;
}

export function confirmBar(question: string, confirmLabel: string, cancelLabel: string): ConfirmBar {
  const questionId = uid('confirm');
  let answer: ((confirmed: boolean) => void) | null = null;
  let returnFocus: HTMLElement | null = null;
  const finish = (confirmed: boolean): void => {
    element.hidden = true;
    const resolve = answer;
    answer = null;
    returnFocus?.focus();
    resolve?.(confirmed);
  };
  const confirm = h('button', {
    cls: 'primary',
    text: confirmLabel,
    attrs: { type: 'button' },
    on: { click: () => finish(true) },
  });
  const element = h(
    'div',
    {
      cls: 'confirm',
      attrs: { role: 'group', 'aria-labelledby': questionId, hidden: true },
      on: {
        keydown: (event) => {
          if (event.key === 'Escape') finish(false);
        },
      },
    },
    h('p', { attrs: { id: questionId }, text: question }),
    h(
      'div',
      { cls: 'inline' },
      confirm,
      h('button', {
        cls: 'secondary',
        text: cancelLabel,
        attrs: { type: 'button' },
        on: { click: () => finish(false) },
      }),
    ),
  );
  return {
    element,
    ask() {
      answer?.(false);
      returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.hidden = false;
      confirm.focus();
      return new Promise((resolve) => {
        answer = resolve;
      });
    },
  };
}
