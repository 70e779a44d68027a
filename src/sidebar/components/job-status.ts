/** A scheduled job's last run and its last failure: a failure stays on screen until a run works. */
import type { Messages } from '../../shared/messages';
import { format } from '../../shared/messages';
import type { JobStatus } from '../../shared/protocol';
import { h, uid } from '../dom';
import { dateTime } from '../formatting';

export interface JobStatusView {
  element: HTMLElement;
  show(status: JobStatus): void;
}

export function jobStatusView(t: Messages, locale: string, testId: string): JobStatusView {
  const lastRun = h('p', { cls: 'hint' });
  const lastError = h('p', { cls: 'error', attrs: { 'data-testid': `${testId}-error` } });
  // An id, so the schedule's control can point at its last run and failure (aria-describedby).
  const element = h(
    'div',
    { cls: 'job-status', attrs: { id: uid('job'), 'data-testid': testId } },
    lastRun,
    lastError,
  );
  return {
    element,
    show(status) {
      lastRun.textContent =
        status.lastRun === null
          ? t.jobNeverRun
          : format(t.jobLastRun, { time: dateTime(status.lastRun, locale) });
      lastError.textContent =
        status.lastError === null ? '' : format(t.jobLastError, { message: status.lastError });
    },
  };
}
