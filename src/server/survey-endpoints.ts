/**
 * The survey importer, loaded only when it is used (survey-module.ts): the sidebar's Surveys tab,
 * the menu's import and the scheduled one. The build bundles this file apart, into surveys.html;
 * survey-entry.ts holds the entry points Apps Script sees. Errors are put in the user's language
 * here, where they are thrown. Which OAuth scope each path asks for: docs/scopes.md.
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
import { importSettings, importSurvey, previewSurvey } from './surveys/import';
import { importRemembered, setSchedule } from './surveys/schedule';
import { rememberedImport } from './surveys/settings';
import { assignResponse, surveyState } from './surveys/unmatched';
import { speakingUser } from './user-errors';

export { importRemembered, rememberedImport };

/**
 * Sidebar: reads a survey and shows what an import would do: the questions, the detected (or
 * remembered) mapping with its reasons, and how many responses are new and matched. Changes nothing.
 *
 * @param {Object|string} source A form URL or ID, a form-responses sheet's name, or
 *     { kind: 'form', form } / { kind: 'sheet', sheet }.
 * @return {Object} The preview (SurveyPreview).
 */
export function previewSurveyImport(source: SurveySource): SurveyPreview {
  return speakingUser(() => previewSurvey(source));
}

/**
 * Sidebar: imports a survey's responses into the Survey Responses sheet (new ones added, edited ones
 * updated in place), matched to the accounts of the account sheet, and adds the NPS / CSAT / Last
 * survey columns the account sheet lacks. Remembers the mapping and the source for the next import.
 *
 * @param {Object|string} source A form URL or ID, a form-responses sheet's name, or
 *     { kind: 'form', form } / { kind: 'sheet', sheet }.
 * @param {Object} options The confirmed mapping, whether to add columns (default true) and the
 *     days of responses the scores count (default 180); all optional.
 * @return {Object} Counts of added, updated and unmatched responses, problems, columns added.
 */
export function importSurveyResponses(
  source: SurveySource,
  options?: SurveyImportOptions,
): SurveyImportResult {
  return speakingUser(() => importSurvey(source, importSettings(options)));
}

/**
 * Sidebar: the source imported last, the scheduled import's status, the unmatched responses and
 * the accounts they can be assigned to.
 *
 * @return {Object} The Surveys tab's state (SurveyState).
 */
export function getSurveyState(): SurveyState {
  return speakingUser(surveyState);
}

/**
 * Sidebar: assigns an unmatched response to an account; every unmatched response with the same
 * answer (or e-mail) follows, now and in later imports.
 *
 * @param {Object} request { responseId, account }.
 * @return {Object} The Surveys tab's new state.
 */
export function assignSurveyResponse(request: AssignRequest): SurveyState {
  return speakingUser(() => assignResponse(request));
}

/**
 * Sidebar: imports the last imported survey again every hour or every day ('off' stops it). One
 * schedule per spreadsheet, whoever sets it.
 *
 * @param {string} schedule 'off', 'hourly' or 'daily'.
 * @return {Object} The schedule, its last run and last error.
 */
export function setSurveySchedule(schedule: Schedule): JobStatus {
  return speakingUser(() => setSchedule(schedule));
}
