/**
 * The History tab: take a snapshot now or daily, the portfolio's bands over time, the latest
 * snapshot's alerts, the export for the CRM, and who gets the alert e-mail. Each section renders
 * itself (components/); this module lays them out and redraws them from each HistoryState.
 */
import { format } from '../../shared/messages';
import type { HistoryState } from '../../shared/protocol';
import { call } from '../client';
import { alertItems } from '../components/alert-list';
import { alertSettingsForm } from '../components/alert-settings-form';
import { bandChart } from '../components/band-chart';
import { crmExportSection } from '../components/crm-export';
import { loadStatus } from '../components/load-status';
import { overridesPanel } from '../components/overrides-panel';
import { snapshotPanel } from '../components/snapshot-panel';
import { h, replaceChildren, uid } from '../dom';
import { calendarDay, errorMessage } from '../formatting';
import type { TabContext } from './context';

export function mountHistoryTab(root: HTMLElement, context: TabContext): void {
  const { t, locale, numbers } = context;
  const loading = loadStatus(t);
  const snapshots = snapshotPanel(context, refreshAfterSnapshot);
  const chartId = uid('chart');
  const chartHolder = h('div');
  const alertsId = uid('alerts');
  const alertsNote = h('p', { cls: 'hint' });
  const alertList = h('ul', {
    cls: 'alerts',
    attrs: { 'aria-labelledby': alertsId, 'data-testid': 'alerts' },
  });
  const settings = alertSettingsForm(context);
  // Loads on its own: a missing Overrides table must not hide the history.
  const overrides = overridesPanel(t, locale);

  const content = h(
    'div',
    { attrs: { hidden: true } },
    snapshots.element,
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
    overrides.element,
    crmExportSection(context),
    settings.element,
  );
  replaceChildren(root, loading.element, content);

  /** Schedule, chart and alerts; the settings form is filled once, on load. */
  function show(state: HistoryState): void {
    snapshots.showJob(state.snapshots, state.counts.at(-1)?.day ?? null);
    replaceChildren(chartHolder, bandChart(state.counts, t, locale, numbers));
    const alerts = state.alerts;
    alertsNote.textContent =
      alerts === null
        ? t.alertsNoSnapshot
        : format(alerts.items.length === 0 ? t.alertsNone : t.alertsOf, {
            day: calendarDay(alerts.day, locale),
            count: alerts.items.length,
          });
    replaceChildren(alertList, ...alertItems(alerts?.items ?? [], t, locale, numbers));
  }

  async function load(): Promise<void> {
    const state = await call('getHistoryState');
    show(state);
    // Only here: a refresh after a snapshot must not undo edits to the settings not saved yet.
    settings.show(state.settings);
    content.hidden = false;
  }

  /** The chart, the alerts and the last run changed with the snapshot. */
  async function refreshAfterSnapshot(): Promise<void> {
    try {
      show(await call('getHistoryState'));
    } catch (error) {
      snapshots.reportProblem(format(t.refreshFailed, { message: errorMessage(error) }));
    }
  }

  void loading.run(load);
  void overrides.load();
}
