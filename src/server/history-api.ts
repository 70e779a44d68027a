/** The sidebar's History tab: band counts over time, the latest alerts, settings, the schedule. */
import { decodeCountsSeries } from '../core/history/counts';
import type { HistoryState, JobStatus } from '../shared/protocol';
import { readAlertSettings, readStoredAlerts } from './alerts';
import { SNAPSHOT_JOB } from './jobs';
import { PROPERTY } from './names';
import { documentProperties } from './spreadsheet';
import { jobStatus, scheduleJob } from './triggers';

export function historyState(): HistoryState {
  const stored = documentProperties().getProperties();
  return {
    snapshots: jobStatus(SNAPSHOT_JOB),
    counts: decodeCountsSeries(stored[PROPERTY.bandCounts]),
    alerts: readStoredAlerts(stored),
    settings: readAlertSettings(stored),
  };
}

export function scheduleSnapshots(schedule: unknown): JobStatus {
  return scheduleJob(SNAPSHOT_JOB, schedule);
}
