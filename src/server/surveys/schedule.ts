/**
 * The scheduled import: a job of the document's one dispatcher trigger (triggers.ts) that imports
 * the source imported last, with its remembered mapping and options. A failed run is stored with
 * the job and shown in the sidebar (getSurveyState().schedule.lastError), and rethrown for Apps
 * Script's e-mail.
 */
import type { JobStatus, SurveyImportResult } from '../../shared/protocol';
import { SURVEY_JOB } from '../jobs';
import { FORMS_SCOPE, hasScopes, requireScopes, TRIGGERS_SCOPE } from '../scopes';
import { scheduleJob } from '../triggers';
import { importSurvey } from './import';
import { refuse } from './say';
import { rememberedImport } from './settings';

export function setSchedule(schedule: unknown): JobStatus {
  const turningOn = schedule !== 'off' && SURVEY_JOB.schedules.includes(schedule as never);
  const remembered = rememberedImport();
  if (turningOn && remembered === null) refuse('surveyNothingImportedYet');
  // Every scope the job will need, asked now while the user is here to grant it.
  if (turningOn && remembered?.source.kind === 'form') requireScopes([FORMS_SCOPE, TRIGGERS_SCOPE]);
  return scheduleJob(SURVEY_JOB, schedule);
}

/**
 * Imports the remembered source again (the menu action and the schedule). The menu passes what
 * it read already, to know whether there is anything to import.
 */
export function importRemembered(
  remembered = rememberedImport() ?? refuse('surveyNothingImportedYet'),
): SurveyImportResult {
  if (remembered.source.kind === 'form' && !hasScopes([FORMS_SCOPE])) refuse('surveyNoFormsPermission');
  const result = importSurvey(remembered.source, {
    addColumns: remembered.addColumns,
    windowDays: remembered.windowDays,
  });
  if (result.confirm !== undefined) refuse('surveyScheduleWouldOverwrite', result.confirm);
  return result;
}
