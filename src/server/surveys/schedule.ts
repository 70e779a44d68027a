/**
 * The scheduled import: a job of the document's one dispatcher trigger (triggers.ts) that imports
 * the source imported last, with its remembered mapping and options. A failed run is stored with
 * the job and shown in the sidebar (getSurveyState().schedule.lastError), and rethrown for Apps
 * Script's e-mail.
 */
import { fail } from '../../core/args';
import type { JobStatus, SurveyImportResult } from '../../shared/protocol';
import { SURVEY_JOB } from '../jobs';
import { scheduleJob } from '../triggers';
import { importSurvey } from './import';
import { rememberedImport } from './settings';

const NOTHING_IMPORTED =
  'No survey has been imported yet: open the health panel, choose a form or a form-responses sheet ' +
  'on the Surveys tab and import it once. Afterwards this imports the same survey again.';

export function setSchedule(schedule: unknown): JobStatus {
  const turningOn = schedule !== 'off' && SURVEY_JOB.schedules.includes(schedule as never);
  if (turningOn && rememberedImport() === null) fail(NOTHING_IMPORTED);
  return scheduleJob(SURVEY_JOB, schedule);
}

/** Imports the remembered source again (the menu action and the schedule). */
export function importRemembered(): SurveyImportResult {
  const remembered = rememberedImport() ?? fail(NOTHING_IMPORTED);
  return importSurvey(remembered.source, {
    addColumns: remembered.addColumns,
    windowDays: remembered.windowDays,
  });
}
