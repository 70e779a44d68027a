/**
 * The add-on's scheduled jobs. An editor add-on may hold only one time-driven trigger per user
 * per document, so every job runs from one dispatcher trigger (scheduler.ts); a job's own document
 * property holds its schedule, last run and last error.
 */
import type { Schedule } from '../shared/protocol';
import { PROPERTY } from './names';

export interface Job {
  /** Document property holding the job's schedule, last run and last error. */
  property: string;
  schedules: readonly Schedule[];
}

export const SNAPSHOT_JOB: Job = { property: PROPERTY.snapshotJob, schedules: ['off', 'daily'] };
export const SURVEY_JOB: Job = { property: PROPERTY.surveyJob, schedules: ['off', 'hourly', 'daily'] };
export const ALL_JOBS: readonly Job[] = [SNAPSHOT_JOB, SURVEY_JOB];

/** The dispatcher trigger's handler (a top-level function of Code.js). */
export const DISPATCHER = 'runScheduledJobs';
