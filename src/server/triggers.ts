/**
 * Scheduled jobs (daily snapshot, survey import) run from ONE time-driven trigger per document:
 * an editor add-on may hold only one trigger of each type per user per document. The trigger runs
 * hourly when some job is hourly, else daily around 6 am, and each run does the jobs that are due.
 *
 * Installable triggers belong to the user who made them, so a second editor cannot see or delete
 * the first one's. A document property therefore names the one trigger that counts; a trigger
 * that fires and finds another one named there deletes itself. Changing a schedule from any
 * editor's sidebar thus always leaves exactly one live trigger per document.
 */
import { fail } from '../core/args';
import type { JobStatus, Schedule } from '../shared/protocol';
import { ALL_JOBS, DISPATCHER, type Job } from './jobs';
import { PROPERTY } from './names';
import { refuse } from './refuse';
import { requireScopes, TRIGGERS_SCOPE } from './scopes';
import { documentProperties } from './spreadsheet';

interface StoredJob {
  schedule: Schedule;
  lastRun: string | null;
  lastError: string | null;
}

const OFF: StoredJob = { schedule: 'off', lastRun: null, lastError: null };
/** A daily job is due when its last run is at least this old (the trigger's hour drifts). */
const DAILY_GAP_MS = 20 * 3_600_000;

function readJson<T>(property: string, fallback: T): T {
  const text = documentProperties().getProperty(property);
  try {
    return text === null ? fallback : { ...fallback, ...(JSON.parse(text) as Partial<T>) };
  } catch {
    return fallback;
  }
}

function write(job: Job, stored: StoredJob): void {
  documentProperties().setProperty(job.property, JSON.stringify(stored));
}

const read = (job: Job): StoredJob => readJson(job.property, { ...OFF });

export function jobStatus(job: Job): JobStatus {
  const { schedule, lastRun, lastError } = read(job);
  return { schedule, lastRun, lastError };
}

/** This user's dispatcher triggers for this document. */
function ownTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(SpreadsheetApp.getActive()).filter(
    (trigger) => trigger.getHandlerFunction() === DISPATCHER,
  );
}

type Cadence = 'hourly' | 'daily' | 'off';

/** How often the one trigger runs for these jobs' schedules. */
function cadenceOf(schedules: Schedule[]): Cadence {
  return schedules.includes('hourly') ? 'hourly' : schedules.includes('daily') ? 'daily' : 'off';
}

/** This user's one dispatcher trigger at `cadence` (none when off): its ID. */
function createTrigger(cadence: Cadence): string | null {
  if (cadence === 'off') return null;
  const builder = ScriptApp.newTrigger(DISPATCHER).timeBased();
  const trigger =
    cadence === 'hourly' ? builder.everyHours(1).create() : builder.everyDays(1).atHour(6).create();
  return trigger.getUniqueId();
}

/** Google's refusal when a user holds 20 triggers of this add-on, across all their documents. */
const TOO_MANY_TRIGGERS = /too many triggers/i;

/**
 * Sets a job's schedule and makes the one trigger match what all jobs need. The schedule is
 * stored only once its trigger exists: when Google refuses the trigger (20 per user across all
 * their spreadsheets) or storing it fails, the schedules stay as they were and the trigger they
 * had is put back, so the panel never shows a schedule that nothing runs.
 */
export function scheduleJob(job: Job, schedule: unknown): JobStatus {
  if (typeof schedule !== 'string' || !job.schedules.includes(schedule as Schedule)) {
    fail(`The schedule must be one of ${job.schedules.join(', ')} (got ${String(schedule)}).`);
  }
  const stored = new Map(ALL_JOBS.map((each) => [each, read(each)]));
  const scheduleOf = (each: Job) => (each === job ? (schedule as Schedule) : stored.get(each)!.schedule);
  const cadence = cadenceOf(ALL_JOBS.map(scheduleOf));
  const before = cadenceOf(ALL_JOBS.map((each) => stored.get(each)!.schedule));
  // Both in one write, so a failure leaves the schedules and the trigger's name as they were.
  const save = (triggerId: string | null) =>
    documentProperties().setProperties({
      [job.property]: JSON.stringify({ ...stored.get(job)!, schedule }),
      [PROPERTY.scheduler]: JSON.stringify({ triggerId }),
    });
  if (cadence === 'off') {
    // Stored first: a trigger a failure leaves behind finds itself unnamed and removes itself.
    save(null);
    for (const trigger of ownTriggers()) ScriptApp.deleteTrigger(trigger);
    return jobStatus(job);
  }
  requireScopes([TRIGGERS_SCOPE]);
  // One time-driven trigger per user and document: the old one goes before the new one is made.
  for (const trigger of ownTriggers()) ScriptApp.deleteTrigger(trigger);
  let triggerId: string | null;
  try {
    triggerId = createTrigger(cadence);
  } catch (error) {
    putBack(before);
    if (!TOO_MANY_TRIGGERS.test(String((error as Error)?.message))) throw error;
    return refuse('scheduleTooManyTriggers', { limit: 20 });
  }
  try {
    save(triggerId);
  } catch (error) {
    // Not stored: the new trigger goes, and the one the stored schedules name comes back.
    try {
      for (const trigger of ownTriggers()) ScriptApp.deleteTrigger(trigger);
    } catch {
      // An unnamed trigger removes itself when it fires.
    }
    putBack(before);
    throw error;
  }
  return jobStatus(job);
}

/** The trigger the stored schedules had, made again after a new one was refused (best effort). */
function putBack(cadence: Cadence): void {
  if (cadence === 'off') return;
  try {
    const triggerId = createTrigger(cadence);
    documentProperties().setProperty(PROPERTY.scheduler, JSON.stringify({ triggerId }));
  } catch {
    // The refusal is the error worth showing; the next change of schedule tries again.
  }
}

/**
 * The dispatcher: runs each job that is due (hourly jobs every time, daily ones once a day).
 * A trigger the document no longer names removes itself instead. A job's failure is stored for
 * the sidebar, the other jobs still run, and the first failure is thrown again at the end so
 * Apps Script's own failure e-mail still reaches the trigger's owner.
 */
export function runDueJobs(
  event: { triggerUid?: string } | undefined,
  work: ReadonlyMap<Job, () => unknown>,
): number {
  const uid = event?.triggerUid;
  const { triggerId } = readJson<{ triggerId: string | null }>(PROPERTY.scheduler, { triggerId: null });
  if (uid !== undefined && uid !== triggerId) {
    for (const trigger of ownTriggers()) if (trigger.getUniqueId() === uid) ScriptApp.deleteTrigger(trigger);
    return 0;
  }
  let ran = 0;
  let firstError: unknown = null;
  for (const [job, run] of work) {
    const stored = read(job);
    const last = stored.lastRun === null ? 0 : Date.parse(stored.lastRun);
    const due =
      stored.schedule === 'hourly' || (stored.schedule === 'daily' && Date.now() - last >= DAILY_GAP_MS);
    if (!due) continue;
    ran++;
    const now = new Date().toISOString();
    try {
      run();
      write(job, { ...read(job), lastRun: now, lastError: null });
    } catch (error) {
      write(job, { ...read(job), lastRun: now, lastError: (error as Error).message });
      firstError ??= error;
    }
  }
  if (firstError !== null) throw firstError;
  return ran;
}
