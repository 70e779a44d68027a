/**
 * The History tab: take a snapshot now or daily, the portfolio's bands over time, the latest
 * snapshot's alerts, the export for the CRM, and who gets the alert e-mail.
 */
import { format } from '../../shared/messages';
import type { HistoryState, JobStatus } from '../../shared/protocol';
import { call } from '../client';
import { alertSettingsForm } from '../components/alert-settings-form';
import { bandChart } from '../components/band-chart';
import { crmExportSection } from '../components/crm-export';
import { jobStatusView } from '../components/job-status';
import { loadStatus } from '../components/load-status';
import { append, h, replaceChildren, uid } from '../dom';
import { calendarDay, errorMessage } from '../formatting';
import { bandKeyOf, bandLabel, snapshotReport, worstFirst } from '../history-summary';
import type { TabContext } from './context';

export function mountHistoryTab(root: HTMLElement, context: TabContext): void {
  const { t, locale, numbers } = context;
  const loading = loadStatus(t);

  // Snapshots: now, and daily.
  const snapshotButton = h('button', {
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
  const snapshotsId = uid('snapshots');

  // The chart and the alerts are redrawn from each HistoryState.
  const chartId = uid('chart');
  const chartHolder = h('div');
  const alertsId = uid('alerts');
  const alertsNote = h('p', { cls: 'hint' });
  const alertList = h('ul', {
    cls: 'alerts',
    attrs: { 'aria-labelledby': alertsId, 'data-testid': 'alerts' },
  });
  const settings = alertSettingsForm(context);

  const content = h(
    'div',
    { attrs: { hidden: true } },
    h(
      'section',
      { cls: 'panel', attrs: { 'aria-labelledby': snapshotsId } },
      h('h2', { attrs: { id: snapshotsId }, text: t.snapshotsHeading }),
      h('p', { cls: 'hint', text: t.snapshotsHint }),
      snapshotButton,
      report,
      h(
        'div',
        { cls: 'check schedule' },
        daily,
        h('label', { attrs: { for: dailyId }, text: t.snapshotDaily }),
      ),
      scheduleError,
      job.element,
    ),
    h(
      'section',
      { cls: 'panel', attrs: { 'aria-labelledby': chartId } },
      h('h2', { attrs: { id: chartId }, text: t.chartHeading }),
      chartHolder,
    ),
    h(
      'section',
      { cls: 'panel', attrs: { 'aria-labelledby': alertsId } },
      h('h2', { attrs: { id: alertsId }, text: t.alertsHeading }),
      alertsNote,
      alertList,
    ),
    crmExportSection(context),
    settings.element,
  );
  replaceChildren(root, loading.element, content);

  function showJob(status: JobStatus): void {
    daily.checked = status.schedule !== 'off';
    job.show(status);
  }

  /** Schedule, chart and alerts; the settings form is filled once, on load. */
  function show(state: HistoryState): void {
    showJob(state.snapshots);
    replaceChildren(chartHolder, bandChart(state.counts, t, locale, numbers));
    const alerts = state.alerts;
    alertsNote.textContent =
      alerts === null
        ? t.alertsNoSnapshot
        : format(alerts.items.length === 0 ? t.alertsNone : t.alertsOf, {
            day: calendarDay(alerts.day, locale),
            count: alerts.items.length,
          });
    replaceChildren(
      alertList,
      ...worstFirst(alerts?.items ?? []).map((alert) =>
        h(
          'li',
          {},
          h(
            'div',
            { cls: 'account' },
            h('span', { cls: 'name' }, h('bdi', { text: alert.account })),
            h('span', {
              cls: 'score',
              text: format(t.alertScores, {
                from: numbers.score(alert.fromScore),
                to: numbers.score(alert.toScore),
              }),
            }),
          ),
          h(
            'div',
            { cls: 'hint' },
            h('span', {
              cls: `band-chip ${bandKeyOf(alert.fromBand) ?? ''}`,
              text: bandLabel(alert.fromBand, t),
            }),
            ` ${t.bandArrow} `,
            h('span', {
              cls: `band-chip ${bandKeyOf(alert.toBand) ?? ''}`,
              text: bandLabel(alert.toBand, t),
            }),
            ' · ',
            alert.rule === 'band'
              ? t.alertRuleBand
              : format(t.alertRulePoints, { points: numbers.scoreValue(alert.drop) }),
          ),
        ),
      ),
    );
  }

  async function load(): Promise<void> {
    const state = await call('getHistoryState');
    show(state);
    // Only here: a refresh after a snapshot must not undo edits to the settings not saved yet.
    settings.show(state.settings);
    content.hidden = false;
  }

  async function takeSnapshot(): Promise<void> {
    snapshotButton.disabled = true;
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
      snapshotButton.disabled = false;
    }
    // The chart, the alerts and the last run changed with it.
    try {
      show(await call('getHistoryState'));
    } catch (error) {
      append(
        report,
        h('p', { cls: 'error', text: format(t.refreshFailed, { message: errorMessage(error) }) }),
      );
    }
  }

  async function setSchedule(on: boolean): Promise<void> {
    daily.disabled = true;
    scheduleError.textContent = '';
    try {
      showJob(await call('setSnapshotSchedule', on ? 'daily' : 'off'));
    } catch (error) {
      daily.checked = !on;
      scheduleError.textContent = format(t.scheduleFailed, { message: errorMessage(error) });
    } finally {
      daily.disabled = false;
    }
  }

  void loading.run(load);
}
