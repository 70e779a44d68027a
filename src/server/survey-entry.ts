/**
 * Survey import entry points: the sidebar's Surveys tab, the menu action and the scheduled
 * trigger. The build writes each export as a top-level function of Code.js; the work is done by
 * the importer, loaded when first used (survey-module.ts, survey-endpoints.ts, ./surveys/).
 */
import type {
  AssignRequest,
  JobStatus,
  Schedule,
  SurveyImportOptions,
  SurveyImportResult,
  SurveyPreview,
  SurveySource,
  SurveyState,
} from '../shared/protocol';
import { surveyModule } from './survey-module';

/**
 * Sidebar: reads a survey and shows what an import would do: the questions, the detected (or
 * remembered) mapping with its reasons, and how many responses are new and matched. Changes nothing.
 *
 * @param {Object|string} source A form URL or ID, a form-responses sheet's name, or
 *     { kind: 'form', form } / { kind: 'sheet', sheet }.
 * @return {Object} The preview (SurveyPreview).
 */
export function previewSurveyImport(source: SurveySource): SurveyPreview {
  return surveyModule().previewSurveyImport(source);
}

/**
 * Sidebar: imports a survey's responses into the Survey Responses sheet and adds the NPS / CSAT /
 * Last survey columns the account sheet lacks (survey-endpoints.ts).
 *
 * @param {Object|string} source A form URL or ID, a form-responses sheet's name, or
 *     { kind: 'form', form } / { kind: 'sheet', sheet }.
 * @param {Object} options The confirmed mapping, whether to add columns and the days counted.
 * @return {Object} Counts of added, updated and unmatched responses, problems, columns added.
 */
export function importSurveyResponses(
  source: SurveySource,
  options?: SurveyImportOptions,
): SurveyImportResult {
  return surveyModule().importSurveyResponses(source, options);
}

/**
 * Sidebar: the source imported last, the scheduled import's status, the unmatched responses and
 * the accounts they can be assigned to.
 *
 * @return {Object} The Surveys tab's state (SurveyState).
 */
export function getSurveyState(): SurveyState {
  return surveyModule().getSurveyState();
}

/**
 * Sidebar: assigns an unmatched response to an account (and every response with the same answer).
 *
 * @param {Object} request { responseId, account }.
 * @return {Object} The Surveys tab's new state.
 */
export function assignSurveyResponse(request: AssignRequest): SurveyState {
  return surveyModule().assignSurveyResponse(request);
}

/**
 * Sidebar: imports the last imported survey again every hour or every day ('off' stops it).
 *
 * @param {string} schedule 'off', 'hourly' or 'daily'.
 * @return {Object} The schedule, its last run and last error.
 */
export function setSurveySchedule(schedule: Schedule): JobStatus {
  return surveyModule().setSurveySchedule(schedule);
}
