/**
 * Scheduled jobs (daily snapshot, survey import): one time-driven trigger per job per document.
 *
 * Installable triggers belong to the user who made them, so a second editor cannot see or delete
 * the first one's. The document property of the job therefore names the one trigger that counts;
 * a trigger that fires and finds another trigger named there deletes itself. Turning a schedule on
 * or off from any editor's sidebar thus always leaves exactly one live schedule per document.
 */
import { fail } from '../core/args';
import type { JobStatus, Schedule } from '../shared/protocol';
import { requireScopes, TRIGGERS_SCOPE } from './scopes';

export interface Job {
  /** Top-level function the trigger calls. */
  handler: string;
  /** Document property holding the job's schedule, trigger ID and last run. */
  property: string;
  schedules: readonly Schedule[];
}

interface StoredJob {
  schedule: Schedule;
  triggerId: string | null;
  lastRun: string | null;
  lastError: string | null;
}

const OFF: StoredJob = { schedule: 'off', triggerId: null, lastRun: null, lastError: null };

function read(job: Job): StoredJob {
  const text = PropertiesService.getDocumentProperties().getProperty(job.property);
  if (text === null) return { ...OFF };
  try {
    return { ...OFF, ...(JSON.parse(text) as Partial<StoredJob>) };
  } catch {
    return { ...OFF };
  }
}

function write(job: Job, stored: StoredJob): void {
  PropertiesService.getDocumentProperties().setProperty(job.property, JSON.stringify(stored));
}

export function jobStatus(job: Job): JobStatus {
  const { schedule, lastRun, lastError } = read(job);
  return { schedule, lastRun, lastError };
}

/** This user's triggers for this document that run the job's handler. */
function ownTriggers(job: Job): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(SpreadsheetApp.getActive()).filter(
    (trigger) => trigger.getHandlerFunction() === job.handler,
  );
}

/** Replaces the job's trigger by one on the new schedule (or none for 'off'). */
export function scheduleJob(job: Job, schedule: unknown): JobStatus {
  if (typeof schedule !== 'string' || !job.schedules.includes(schedule as Schedule)) {
    fail(`The schedule must be one of ${job.schedules.join(', ')} (got ${String(schedule)}).`);
  }
  requireScopes([TRIGGERS_SCOPE]);
  for (const trigger of ownTriggers(job)) ScriptApp.deleteTrigger(trigger);
  const stored = read(job);
  stored.schedule = schedule as Schedule;
  stored.triggerId = null;
  if (schedule !== 'off') {
    const builder = ScriptApp.newTrigger(job.handler).timeBased();
    const trigger =
      schedule === 'hourly' ? builder.everyHours(1).create() : builder.everyDays(1).atHour(6).create();
    stored.triggerId = trigger.getUniqueId();
  }
  write(job, stored);
  return jobStatus(job);
}

/**
 * Runs a job from its trigger. A trigger the document no longer names (another editor rescheduled
 * the job) removes itself instead. A failure is stored for the sidebar and thrown again, so Apps
 * Script's own failure e-mail still reaches the trigger's owner.
 */
export function runScheduled<T>(
  job: Job,
  event: { triggerUid?: string } | undefined,
  work: () => T,
): T | null {
  const stored = read(job);
  const uid = event?.triggerUid;
  if (uid !== undefined && uid !== stored.triggerId) {
    for (const trigger of ownTriggers(job))
      if (trigger.getUniqueId() === uid) ScriptApp.deleteTrigger(trigger);
    return null;
  }
  const now = new Date().toISOString();
  try {
    const result = work();
    write(job, { ...read(job), lastRun: now, lastError: null });
    return result;
  } catch (error) {
    write(job, { ...read(job), lastRun: now, lastError: (error as Error).message });
    throw error;
  }
}
