/**
 * The add-on's entry points besides the custom functions: menu triggers, menu actions and the
 * sidebar's endpoints. The build writes each export as a top-level function of Code.js.
 * Menu actions run without arguments; the sidebar passes the sheet it works on.
 */

import { getServerMessages as getMessages } from '../shared/messages/server';
import type { MessageParams } from '../shared/messages/text';
import type {
  AlertSettings,
  ApplyWeightsRequest,
  ApplyWeightsResult,
  CrmExportResult,
  HistoryState,
  JobStatus,
  SaveModelRequest,
  SaveModelResult,
  Schedule,
  SetUpResult,
  SheetData,
  SidebarState,
  SnapshotResult,
  SurveyImportResult,
  TrafficLightsResult,
} from '../shared/protocol';
import { saveAlertSettingsFrom } from './alerts';
import { exportForCrmFrom } from './crm-export';
import { historyState, scheduleSnapshots } from './history-api';
import { type Job, SNAPSHOT_JOB, SURVEY_JOB } from './jobs';
import { applyLearnedWeightsFrom, restorePreviousModelFrom } from './learned-model';
import { userText } from './locale';
import { refreshAsOf } from './model-sheet';
import { optionalSheetName } from './requests';
import { setUpHealthScoreIn } from './setup';
import { saveModelFrom, sheetData, sidebarState } from './sidebar-api';
import { takeSnapshot } from './snapshot';
import { activeSpreadsheet, requireSheet } from './spreadsheet';
import { surveyModule } from './survey-module';
import { applyTrafficLightsTo } from './traffic-lights';
import { runDueJobs } from './triggers';
import { inUserLanguage, speakingUser } from './user-errors';

/** The menu's, dialogs' and toasts' words: the user's language, else the spreadsheet's, else English. */
const messages = () => userText().messages;
/** Fills a message in the user's locale: their plural forms and digits. */
const format = (template: string, params: MessageParams) => userText().format(template, params);

/**
 * Builds the add-on menu. Safe in AuthMode.NONE (before the user has authorised the add-on): it
 * then reads nothing from the document. Once authorised, it also moves AsOf to today.
 *
 * @param {Object} e The open event.
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen) {
  const limited = e !== undefined && e.authMode !== ScriptApp.AuthMode.NONE;
  // Opening the sheet brings the scores to today (AsOf), once the user has authorised the add-on.
  if (limited) keepAsOfCurrent();
  // Before authorisation nothing may be read, not even the user's locale: the menu is English.
  const text = e?.authMode === ScriptApp.AuthMode.NONE ? getMessages('en') : messages();
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(text.menuOpenPanel, 'showHealthPanel')
    .addItem(text.menuSetUp, 'setUpHealthScore')
    .addItem(text.menuTrafficLights, 'applyTrafficLights')
    .addItem(text.menuSnapshot, 'takeHealthSnapshotFromMenu')
    .addItem(text.menuImportSurveys, 'importSurveysFromMenu')
    .addItem(text.menuExportCrm, 'exportForCrmFromMenu')
    .addSeparator()
    .addItem(text.menuHelp, 'showHelp')
    .addToUi();
}

/**
 * Moves AsOf to today so date-based scores are current. Never in the way: a sheet not set up yet,
 * or a failed write, only leaves yesterday's date (the next snapshot or run tries again).
 */
function keepAsOfCurrent(): void {
  try {
    refreshAsOf(SpreadsheetApp.getActive());
  } catch {
    // Nothing to report: the scores keep their previous day until the next try.
  }
}

/**
 * Runs when the add-on is installed: adds the menu at once, without a reload.
 *
 * @param {Object} e The install event.
 */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall) {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/** Opens the health panel (the sidebar). */
export function showHealthPanel() {
  // The sidebar opens in the language the menu speaks (its own picker can change it); only a
  // locale tag like "pt-BR" is written into the page.
  const text = userText();
  const tag = /^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$/.test(text.locale) ? text.locale : '';
  const html = HtmlService.createHtmlOutputFromFile('Sidebar');
  html.setContent(html.getContent().replace('data-locale=""', `data-locale="${tag}"`));
  SpreadsheetApp.getUi().showSidebar(html.setTitle(text.messages.sidebarTitle));
}

/** Shows what the add-on does and how to start. */
export function showHelp() {
  const text = messages();
  SpreadsheetApp.getUi().alert(text.helpTitle, text.helpText, SpreadsheetApp.getUi().ButtonSet.OK);
}

/**
 * Sets up the health score on an account sheet: the Health Model sheet with a starter model,
 * named ranges, score / band / drivers columns and traffic lights. Running it again changes
 * nothing. From the menu it works on the active sheet.
 *
 * @param {string} sheetName The account sheet (optional from the menu).
 * @return {Object} What was set up.
 */
export function setUpHealthScore(sheetName?: string): SetUpResult | undefined {
  if (sheetName !== undefined) return speakingUser(() => setUpHealthScoreIn(sheetName));
  return fromMenu(() => {
    const result = setUpHealthScoreIn(activeSpreadsheet().getActiveSheet().getName());
    const text = messages();
    const template = result.changed ? text.toastSetUpDone : text.toastSetUpUnchanged;
    const done = format(template, { sheet: result.sheet, metrics: result.metrics.length });
    const outcome = result.outcomeColumn;
    activeSpreadsheet().toast(
      outcome === undefined ? done : `${done} ${format(text.toastSetUpOutcome, { column: outcome })}`,
    );
    return result;
  });
}

/**
 * Applies the green / yellow / red traffic lights to the score and band columns, keeping the
 * sheet's other conditional-format rules first. From the menu it works on the active sheet.
 *
 * @param {string} sheetName The account sheet (optional from the menu).
 * @return {Object} The sheet and the number of rules the add-on owns.
 */
export function applyTrafficLights(sheetName?: string): TrafficLightsResult | undefined {
  if (sheetName !== undefined) {
    return speakingUser(() => {
      const spreadsheet = activeSpreadsheet();
      return applyTrafficLightsTo(spreadsheet, requireSheet(spreadsheet, sheetName), sheetName);
    });
  }
  return fromMenu(() => {
    const spreadsheet = activeSpreadsheet();
    const sheet = spreadsheet.getActiveSheet();
    const result = applyTrafficLightsTo(spreadsheet, sheet, sheet.getName());
    spreadsheet.toast(
      format(messages().toastTrafficLightsDone, { sheet: result.sheet, rules: result.rules }),
    );
    return result;
  });
}

/**
 * Sidebar: the sheets, the Health Model as it stands and the band thresholds.
 *
 * @return {Object} The sidebar's starting state.
 */
export function getSidebarState(): SidebarState {
  return speakingUser(sidebarState);
}

/**
 * Sidebar: an account sheet's headers and rows for the live preview (dates as ISO strings).
 *
 * @param {string} sheetName The account sheet.
 * @return {Object} Headers, rows and the account-name column.
 */
export function getSheetData(sheetName: string): SheetData {
  return speakingUser(() => sheetData(sheetName));
}

/**
 * Sidebar: writes the model and the band thresholds to the Health Model sheet in one batch; every
 * formula that references it recalculates.
 *
 * @param {Object} request The model and band thresholds.
 * @return {Object} What was saved.
 */
export function saveModel(request: SaveModelRequest): SaveModelResult {
  return speakingUser(() => saveModelFrom(request));
}

/**
 * Appends today's score and band of every account to the Health History sheet (a second run the
 * same day replaces that day's rows), thins old history, and lists accounts that turned worse.
 *
 * @return {Object} What the snapshot wrote and the alerts it found.
 */
export function takeHealthSnapshot(): SnapshotResult {
  return speakingUser(takeSnapshot);
}

/** Menu: takes the snapshot and says what happened in a toast. */
export function takeHealthSnapshotFromMenu() {
  return fromMenu(() => {
    const result = takeSnapshot();
    activeSpreadsheet().toast(
      format(messages().toastSnapshotDone, { accounts: result.accounts, alerts: result.alerts.length }),
    );
    return result;
  });
}

/**
 * Menu: imports the last imported survey again with its confirmed mapping and shows the counts;
 * explains what to do when nothing was imported yet.
 *
 * @return {Object} The import's counts (undefined when it failed; the alert says why).
 */
export function importSurveysFromMenu(): SurveyImportResult | undefined {
  const surveys = surveyModule();
  const remembered = surveys.rememberedImport();
  if (remembered === null) {
    // Not a failure: the first import is made from the sidebar, where the questions are chosen.
    const text = messages();
    const ui = SpreadsheetApp.getUi();
    ui.alert(
      text.menuImportSurveys,
      format(text.alertNoSurveyYet, {
        panel: `${text.addonName} ▸ ${text.menuOpenPanel}`,
        tab: text.surveysTabName,
      }),
      ui.ButtonSet.OK,
    );
    return undefined;
  }
  return fromMenu(() => {
    const result = surveys.importRemembered(remembered);
    activeSpreadsheet().toast(
      format(messages().toastSurveysImported, {
        added: result.added,
        updated: result.updated,
        unmatched: result.unmatched,
      }),
    );
    return result;
  });
}

/**
 * Writes the "CRM Export" sheet (Account ID | Score | Band | Drivers | Updated), one row per
 * account of the account sheet, as values ready for a Salesforce or HubSpot import (docs/crm.md).
 * An earlier export is replaced; a sheet of that name that is not an export is left alone.
 *
 * @param {string} sheetName The account sheet (optional: the one set up last, else the active sheet).
 * @return {Object} How many accounts were written, and how many rows were left out.
 */
export function exportForCrm(sheetName?: string): CrmExportResult {
  return speakingUser(() => exportForCrmFrom(optionalSheetName(sheetName)));
}

/** Menu: exports for the CRM and says what happened in a toast. */
export function exportForCrmFromMenu(): CrmExportResult | undefined {
  return fromMenu(() => {
    const result = exportForCrmFrom();
    activeSpreadsheet().toast(
      format(messages().toastCrmExported, { accounts: result.accounts, sheet: result.sheet }),
    );
    return result;
  });
}

/**
 * The document's one time-driven trigger: takes the daily snapshot and imports survey responses
 * when each is due. A job's failure is recorded for the sidebar.
 *
 * @param {Object} e The trigger event.
 * @return {number} How many jobs ran.
 */
export function runScheduledJobs(e?: { triggerUid?: string }): number {
  keepAsOfCurrent();
  return runDueJobs(
    e,
    new Map<Job, () => unknown>([
      [SNAPSHOT_JOB, takeSnapshot],
      [SURVEY_JOB, () => surveyModule().importRemembered()],
    ]),
  );
}

/**
 * Sidebar: band counts over time, the latest alerts, alert settings and the snapshot schedule.
 *
 * @return {Object} The History tab's state.
 */
export function getHistoryState(): HistoryState {
  return speakingUser(historyState);
}

/**
 * Sidebar: turns the daily snapshot on ('daily') or off ('off'); one trigger per document.
 *
 * @param {string} schedule 'daily' or 'off'.
 * @return {Object} The schedule as it now stands.
 */
export function setSnapshotSchedule(schedule: Schedule): JobStatus {
  return speakingUser(() => scheduleSnapshots(schedule));
}

/**
 * Sidebar: saves who gets the alert digest and when an alert is raised.
 *
 * @param {Object} settings E-mail on/off, recipients and the optional point drop.
 * @return {Object} The settings saved.
 */
export function saveAlertSettings(settings: AlertSettings): AlertSettings {
  return speakingUser(() => saveAlertSettingsFrom(settings));
}

/**
 * Sidebar: writes the learned model the Backtest tab showed to the Health Model sheet, keeping
 * the model it replaces on the "Health Model (previous)" sheet.
 *
 * @param {Object} request The learned model table ({ table }).
 * @return {Object} How many metrics were written and where the previous model is.
 */
export function applyLearnedWeights(request: ApplyWeightsRequest): ApplyWeightsResult {
  return speakingUser(() => applyLearnedWeightsFrom(request));
}

/**
 * Sidebar: puts back the model kept on the "Health Model (previous)" sheet.
 *
 * @return {Object} What was restored.
 */
export function restorePreviousModel(): SaveModelResult {
  return speakingUser(restorePreviousModelFrom);
}

/** Runs a menu action; a failure is shown to the user as an alert with its message. */
function fromMenu<T>(action: () => T): T | undefined {
  try {
    return action();
  } catch (error) {
    SpreadsheetApp.getUi().alert(
      messages().alertErrorTitle,
      (inUserLanguage(error) as Error).message,
      SpreadsheetApp.getUi().ButtonSet.OK,
    );
    return undefined;
  }
}
