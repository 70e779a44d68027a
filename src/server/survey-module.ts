/**
 * The survey importer is a file of its own in the Apps Script project (`surveys.html`, bundled by
 * build.mjs from survey-endpoints.ts), read and evaluated the first time an execution needs it.
 * Every custom-function call loads Code.js, and the importer (its detection in nine languages, the
 * seven tools' layouts, matching) is a third of it, used a few times a month from the sidebar, the
 * menu or the scheduled import. HTML files are not evaluated when the script loads; a template's
 * raw content is the file as pushed (the same read as the translations, translations.ts).
 */
import type * as SurveyEndpoints from './survey-endpoints';

export type SurveyModule = typeof SurveyEndpoints;

/** The project file (without `.html`) holding the importer's code. */
export const SURVEY_MODULE_FILE = 'surveys';

let loaded: SurveyModule | null = null;

/** The importer, evaluated once per execution. */
export function surveyModule(): SurveyModule {
  if (loaded === null) {
    const source = HtmlService.createTemplateFromFile(SURVEY_MODULE_FILE).getRawContent();
    // The file is a function body that returns the module (build.mjs); Function evaluates it in
    // the global scope, not in this one.
    loaded = new Function(source)() as SurveyModule;
  }
  return loaded;
}
