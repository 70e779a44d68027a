/** A tab's first load: "Loading…", then nothing, or the failure with a "Try again" button. */
import type { Messages } from '../../shared/messages';
import { format } from '../../shared/messages';
import { h, replaceChildren } from '../dom';
import { errorMessage } from '../formatting';

export interface LoadStatus {
  element: HTMLElement;
  /** Runs `load`, showing its progress; on failure, offers to run it again. */
  run(load: () => Promise<void>): Promise<void>;
}

export function loadStatus(t: Messages): LoadStatus {
  const element = h('div', { cls: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
  async function run(load: () => Promise<void>): Promise<void> {
    replaceChildren(element, t.loading);
    try {
      await load();
      replaceChildren(element);
    } catch (error) {
      const retry = h('button', {
        cls: 'secondary small',
        text: t.retry,
        attrs: { type: 'button' },
        on: { click: () => void run(load) },
      });
      replaceChildren(
        element,
        h('p', { text: format(t.tabLoadFailed, { message: errorMessage(error) }) }),
        retry,
      );
    }
  }
  return { element, run };
}
