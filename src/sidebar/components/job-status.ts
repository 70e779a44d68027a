/** A scheduled job's last run and its last failure: a failure stays on screen until a run works. */
import type { Messages } from '../../shared/messages';
import { format } from '../../shared/messages';
import type { JobStatus } from '../../shared/protocol';
import { h, uid } from '../dom';
import { dateTime } from '../formatting';

export interface JobStatusView {
  element: HTMLElement;
  /**
   * `lastDone`: when the job last ran by hand (text already formatted), shown while the schedule
   * has never run, so "Not run yet" never sits under a snapshot just taken.
   */
  show(status: JobStatus, lastDone?: string | null): void;
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
    show(status, lastDone = null) {
      lastRun.textContent =
        status.lastRun !== null
          ? format(t.jobLastRun, { time: dateTime(status.lastRun, locale) })
          : lastDone !== null
            ? format(t.jobLastRun, { time: lastDone })
            : t.jobNeverRun;
      lastError.textContent =
        status.lastError === null ? '' : format(t.jobLastError, { message: status.lastError });
    },
  };
}
