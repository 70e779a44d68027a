/**
 * The History tab's snapshot section: "Take snapshot now" with its report, the daily schedule and
 * the schedule's last run. What a snapshot changed elsewhere (chart, alerts) the tab redraws.
 */
import { format } from '../../shared/messages';
import type { JobStatus } from '../../shared/protocol';
import { call } from '../client';
import { h, replaceChildren, uid } from '../dom';
import { calendarDay, errorMessage } from '../formatting';
import { snapshotReport } from '../history-summary';
import type { TabContext } from '../tabs/context';
import { jobStatusView } from './job-status';

export interface SnapshotPanel {
  element: HTMLElement;
  /** The schedule as the server has it; `latestDay`: the last snapshot day (YYYY-MM-DD), if any. */
  showJob(status: JobStatus, latestDay: string | null): void;
  /** Adds a line under the report (e.g. the refresh after a snapshot failed). */
  reportProblem(message: string): void;
}

export function snapshotPanel(context: TabContext, afterSnapshot: () => Promise<void>): SnapshotPanel {
  const { t, locale, numbers } = context;
  const button = h('button', {
    cls: 'primary',
    text: t.snapshotNow,
    attrs: { type: 'button' },
    on: { click: () => void takeSnapshot() },
  });
  const report = h('div', {
    cls: 'report',
    attrs: { role: 'status', 'aria-live': 'polite', 'data-testid': 'snapshot-report' },
  });
  const dailyId = uid('daily');
  const job = jobStatusView(t, locale, 'snapshot-job');
  const daily = h('input', {
    attrs: { id: dailyId, type: 'checkbox', 'aria-describedby': job.element.id },
    on: { change: () => void setSchedule(daily.checked) },
  });
  const scheduleError = h('p', { cls: 'error', attrs: { 'aria-live': 'polite' } });
  const headingId = uid('snapshots');
  let latest: string | null = null;

  const element = h(
    'section',
    { cls: 'panel', attrs: { 'aria-labelledby': headingId } },
    h('h2', { attrs: { id: headingId }, text: t.snapshotsHeading }),
    h('p', { cls: 'hint', text: t.snapshotsHint }),
    button,
    report,
    h(
      'div',
      { cls: 'check schedule' },
      daily,
      h('label', { attrs: { for: dailyId }, text: t.snapshotDaily }),
    ),
    scheduleError,
    job.element,
  );

  function showJob(status: JobStatus, latestDay: string | null): void {
    latest = latestDay;
    daily.checked = status.schedule !== 'off';
    job.show(status, latestDay === null ? null : calendarDay(latestDay, locale));
  }

  async function takeSnapshot(): Promise<void> {
    button.disabled = true;
    replaceChildren(report, h('p', { text: t.snapshotRunning }));
    try {
      const result = await call('takeHealthSnapshot');
      const lines = snapshotReport(result, t, numbers, calendarDay(result.day, locale));
      replaceChildren(
        report,
        h('ul', { cls: 'report-lines' }, ...lines.map((line) => h('li', { text: line }))),
      );
    } catch (error) {
      const message = format(t.snapshotFailed, { message: errorMessage(error) });
      replaceChildren(report, h('p', { cls: 'error', text: message }));
      return;
    } finally {
      button.disabled = false;
    }
    await afterSnapshot();
  }

  async function setSchedule(on: boolean): Promise<void> {
    daily.disabled = true;
    scheduleError.textContent = '';
    try {
      showJob(await call('setSnapshotSchedule', on ? 'daily' : 'off'), latest);
    } catch (error) {
      daily.checked = !on;
      scheduleError.textContent = format(t.scheduleFailed, { message: errorMessage(error) });
    } finally {
      daily.disabled = false;
    }
  }

  return {
    element,
    showJob,
    reportProblem: (message) => report.append(h('p', { cls: 'error', text: message })),
  };
}
