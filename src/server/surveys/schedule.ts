/**
 * The scheduled import: a job of the document's one dispatcher trigger (triggers.ts) that imports
 * the source imported last, with its remembered mapping and options. A failed run is stored with
 * the job and shown in the sidebar (getSurveyState().schedule.lastError), and rethrown for Apps
 * Script's e-mail.
 */
import { fail } from '../../core/args';
import type { JobStatus, SurveyImportResult } from '../../shared/protocol';
import { SURVEY_JOB } from '../jobs';
import { FORMS_SCOPE, hasScopes, requireScopes, TRIGGERS_SCOPE } from '../scopes';
import { scheduleJob } from '../triggers';
import { importSurvey } from './import';
import { rememberedImport } from './settings';

const NOTHING_IMPORTED =
  'No survey has been imported yet: open the health panel, choose a form or a form-responses sheet ' +
  'on the Surveys tab and import it once. Afterwards this imports the same survey again.';

const NO_FORMS_PERMISSION =
  'The scheduled import reads a Google Form, but this account has not allowed the add-on to read ' +
  'forms. Open the Surveys tab and turn the schedule on again (or import once by hand) to allow it.';

export function setSchedule(schedule: unknown): JobStatus {
  const turningOn = schedule !== 'off' && SURVEY_JOB.schedules.includes(schedule as never);
  const remembered = rememberedImport();
  if (turningOn && remembered === null) fail(NOTHING_IMPORTED);
  // Every scope the job will need, asked now while the user is here to grant it.
  if (turningOn && remembered?.source.kind === 'form') requireScopes([FORMS_SCOPE, TRIGGERS_SCOPE]);
  return scheduleJob(SURVEY_JOB, schedule);
}

/**
 * Imports the remembered source again (the menu action and the schedule). The menu passes what
 * it read already, to know whether there is anything to import.
 */
export function importRemembered(
  remembered = rememberedImport() ?? fail(NOTHING_IMPORTED),
): SurveyImportResult {
  if (remembered.source.kind === 'form' && !hasScopes([FORMS_SCOPE])) fail(NO_FORMS_PERMISSION);
  const result = importSurvey(remembered.source, {
    addColumns: remembered.addColumns,
    windowDays: remembered.windowDays,
  });
  if (result.confirm !== undefined)
    fail(
      `Nothing was imported: this import would blank ${result.confirm.blanked} and change ` +
        `${result.confirm.changed} values already on the Survey Responses sheet. Open the Surveys tab, ` +
        'check which question feeds each field, and import from there.',
    );
  return result;
}
