/**
 * English strings of the server: the add-on menu, alerts and toasts. Kept apart from the
 * sidebar's catalogue so Code.js, which every custom-function call loads, carries only these.
 * The sidebar's catalogue (en.ts) shares only common.ts with it.
 */
import { commonEn } from './common';
import { STARTER_NOTES_EN } from './starter-notes-en';

export const serverEn = {
  ...commonEn,
  // Add-on and menu (server)
  addonName: 'Customer Health Score',
  menuOpenPanel: 'Open health panel',
  menuSetUp: 'Set up health score',
  menuTrafficLights: 'Apply traffic lights',
  menuSnapshot: 'Take health snapshot now',
  menuImportSurveys: 'Import survey responses',
  menuExportCrm: 'Export for CRM',
  menuHelp: 'Help',
  // What the sidebar sends, checked at the server (src/server/requests.ts)
  errorBadRequest:
    'The health panel sent something the add-on cannot use ({field}). Close the panel, open it again and retry.',
  errorBandOutOfRange: 'Band thresholds are scores from 0 to 100: {value} is outside that range.',
  errorBandsOrder: 'Healthy at ({healthy}) must be above Unhealthy below ({unhealthy}).',
  // Alerts and toasts (server)
  alertErrorTitle: 'Customer Health Score: something went wrong',
  // Surveys: the menu's import before any survey was imported
  alertNoSurveyYet:
    "No survey has been imported yet. Open {panel}, go to the {tab} tab, choose your Google Form or the sheet holding your survey tool's export, and import it once: after that, this menu item imports the same survey again.",
  surveysTabName: 'Surveys',
  alertNoAccountSheet:
    'Open the sheet that lists your accounts (one row per account, headers in row 1), then try again.',
  // Actions started on one of the add-on's own sheets; header renames the Health Model follows
  alertAddonSheet:
    '"{sheet}" is a sheet the add-on keeps for itself, not a list of accounts. Open the sheet that lists your accounts (one row per account, headers in row 1) and run "{menu}" there.',
  toastMetricRenamed: 'Health Model updated: the metric "{from}" is now "{to}", like its column.',
  toastSetUpDone:
    'Health score set up on "{sheet}" with {metrics, plural, one {# metric} other {# metrics}}.',
  toastSetUpUnchanged: 'The health score on "{sheet}" was already set up; nothing changed.',
  toastSetUpOutcome:
    '“{column}” says which accounts churned: open the health panel’s Backtest tab to see how well the score foretells it.',
  toastTrafficLightsDone:
    'Traffic lights applied on "{sheet}" ({rules, plural, one {# rule} other {# rules}}).',
  toastSnapshotDone:
    'Snapshot taken: {accounts, plural, one {# account} other {# accounts}}, {alerts} turned worse.',
  toastSurveysImported: 'Survey responses imported: {added} added, {updated} updated, {unmatched} unmatched.',
  toastModelSaved: 'Health Model saved.',
  toastCrmExported:
    '{accounts, plural, one {# account} other {# accounts}} exported to the "{sheet}" sheet, ready to import into your CRM.',
  // The Health Model sheet set-up creates: captions (column J) and band labels (K6:K9)
  modelBandThresholds: 'Band thresholds',
  modelHealthyAt: 'Healthy at',
  modelUnhealthyBelow: 'Unhealthy below',
  modelAsOf: 'Scores as of',
  modelBandLabels: 'Band labels',
  /** What HEALTHBAND writes for no score in a new sheet (bandNoScore is the caption beside it). */
  bandLabelNoScore: 'N/A',
  // The digest e-mail (written in the spreadsheet's locale)
  digestSubject:
    '{count, plural, =0 {No accounts} one {# account} other {# accounts}} turned worse in {sheet}',
  digestIntro:
    '{count, plural, =0 {No accounts} one {# account} other {# accounts}} turned worse in "{sheet}" in the snapshot of {date}.',
  digestMore: '…and {more} more.',
  digestOpen: 'Open the spreadsheet: {url}',
  digestOpenLink: 'Open {sheet}',
  digestUnnamed: 'your spreadsheet',
  digestBandChange: '{from} → {to}, {scores}',
  digestScores: 'score {from} → {to} (−{drop})',
  digestStill: '{scores}, still {band}',
  digestNow: '{scores}, now {band}',
  helpTitle: 'Customer Health Score: help',
  helpText:
    'One score per account from 0 to 100, built from the metrics and weights of the Health Model sheet. ' +
    '≥ healthy threshold is green, below the unhealthy threshold is red, yellow in between. ' +
    'Use =HEALTHSCORE(values, headers, HealthModel) in a sheet, or open the health panel to tune the model.',
  // Survey import and preview (src/server/surveys): errors, report lines and notes
  surveyFieldAccount: 'Account',
  surveyFieldComment: 'Comment',
  surveyChooseSource:
    'Choose the survey to import: a Google Form (its URL or ID) or the sheet holding the responses.',
  surveyNoSuchSheet: 'There is no sheet named "{sheet}" in this spreadsheet.',
  surveyAddonSheetChosen:
    "\"{sheet}\" is one of the add-on's own sheets, not survey responses: choose the sheet where your survey tool's export or your form's responses are.",
  surveyAccountSheetChosen:
    '"{sheet}" is your account sheet, not survey responses: choose the sheet where your survey tool\'s export or your form\'s responses are.',
  surveyNoForm:
    'There is no form at "{form}" that you can open ({message}). Paste the URL (or the ID) of a form you can edit.',
  surveySheetEmpty:
    'The sheet "{sheet}" is empty: paste or import the survey\'s responses there, headers first.',
  // What an action refuses, named for the user (set-up, export, alerts, learned weights, snapshots)
  setUpNeedsRows: '"{sheet}" needs a header row and at least one account row below it.',
  chooseAccountSheet: 'Choose the sheet that holds your accounts.',
  noSuchSheet: 'There is no sheet named "{sheet}" in this spreadsheet.',
  sheetGone: 'There is no sheet named "{sheet}" any more.',
  crmExportIsExport: '"{sheet}" is the export itself: choose the sheet that lists your accounts.',
  alertNotAnEmail: '"{address}" is not an e-mail address.',
  alertNoRecipients: 'Add at least one address to send the alert e-mail to.',
  alertTooManyRecipients:
    "The digest can go to at most {limit} addresses (Google's limit for one e-mail); {count} are listed. Use a group address for a larger team.",
  alertNotShared:
    '{count, plural, one {{addresses} is not shared on this spreadsheet} other {{addresses} are not shared on this spreadsheet}}: the digest goes only to the team. The owner can share the spreadsheet (view access is enough) with an address to allow it.',
  alertNotSharedOrDomain:
    '{count, plural, one {{addresses} is not shared on this spreadsheet and not in {domain}} other {{addresses} are not shared on this spreadsheet and not in {domain}}}: the digest goes only to the team. The owner can share the spreadsheet (view access is enough) with an address to allow it.',
  learnedRunBacktestFirst: 'Run the backtest first: there is no learned model to apply.',
  learnedCannotApply: 'The learned model cannot be applied: {message}',
  learnedNoModelSheet: 'There is no "{sheet}" sheet to keep.',
  learnedNothingToRestore: 'There is no "{sheet}" sheet to restore: no learned weights were applied.',
  learnedCannotRestore: '"{sheet}" cannot be restored: {message}',
  snapshotSetUpFirst: 'Set up the health score on your account sheet first (menu: {menu}).',
  snapshotHistoryGone: 'The "{sheet}" sheet is gone.',
  historyFullColumn:
    "The {sheet} sheet needs a Computed score column, but the spreadsheet already uses {used} of Google's {limit} cells. Nothing was written. Delete old history rows or unused sheets and columns, take snapshots less often, or keep the history in BigQuery.",
  historyFullRows:
    "Today's snapshot needs {rows, plural, one {# more row} other {# more rows}} in {sheet}, but the spreadsheet already uses {used} of Google's {limit} cells. Nothing was written. Delete old history rows or unused sheets and columns, take snapshots less often, or keep the history in BigQuery.",
  modelSheetNotOurs:
    'This spreadsheet already has a sheet named "{sheet}" that is not a Health Model table (Metric and Weight headers in A1:B1). Rename it, then run {menu} again.',
  someManagedColumns:
    '"{sheet}" already has some of the columns {columns} but not all. Rename or remove them, then run {menu} again.',
  noScoreColumns: '"{sheet}" has no "{score}" and "{band}" columns yet: run {menu} first.',
  exportMissingColumns:
    '{count, plural, one {"{sheet}" has no {columns} column} other {"{sheet}" has no {columns} columns}}: run {menu} on it first.',
  exportSheetNotOurs:
    'This spreadsheet already has a sheet named "{sheet}" whose first row is "{found}", not "{columns}". It is not an export of this add-on, so nothing was written: rename or delete that sheet, then export again.',
  exportBlankHeader: '(blank)',
  namedRangeTaken:
    'This spreadsheet already has a named range "{name}" (on "{at}"), a name the add-on uses for its {sheet} sheet. Rename yours (Data ▸ Named ranges), then run {menu} again.',
  modelExtrasTaken:
    'The {sheet} sheet already has something in {cells}, where set-up puts the "{asOf}" date and the band labels. Move it elsewhere, then run {menu} again.',
  modelMissing: 'No {table} named range yet: run {menu}.',
  modelTableMissing:
    'This spreadsheet has a "{sheet}" sheet but no {table} table on it: run {menu} first (it adopts a Health Model table, or says what is in the way).',
  segmentColumnTaken:
    'Segments need column I of the {sheet} sheet (a Segment column next to the table), but {cell} holds something. Move it elsewhere, then save again.',
  historySheetNotOurs:
    'This spreadsheet already has a sheet named "{sheet}" whose first row is not {columns}. Snapshots would write into it: rename it, then run {menu} again.',
  snapshotAfterToday:
    "The latest snapshot is dated {day}, after today ({today}): check the spreadsheet's time zone.",
  spreadsheetFull:
    "The spreadsheet is full: Google allows {limit} cells in one spreadsheet, counting every cell of every sheet's grid, empty ones too, and this needed more. None of your own cells were changed. Delete sheets you no longer need, or the empty rows and columns at the end of large sheets, then try again.",
  scheduleTooManyTriggers:
    'Nothing was scheduled: Google lets one person run this add-on on a schedule in at most {limit} spreadsheets, and you already do in {limit}. Turn the schedule off in one of them (health panel, History or Surveys tab), then try again here.',
  surveyBusy:
    'Another survey import (or an assignment) is writing the Survey Responses sheet right now. Nothing was changed: try again in a minute.',
  surveyNothingImportedYet:
    'No survey has been imported yet: open the health panel, choose a form or a sheet of responses on the Surveys tab and import it once. After that, this imports the same survey again.',
  surveyNoFormsPermission:
    'The scheduled import reads a Google Form, but this account has not allowed the add-on to read forms. Open the Surveys tab and turn the schedule on again (or import once by hand) to allow it.',
  surveyScheduleWouldOverwrite:
    'Nothing was imported: this import would blank {blanked} and change {changed} values already on the Survey Responses sheet. Open the Surveys tab, check which question feeds each field, and import from there.',
  surveySetUpOnAddonSheet:
    'The health score is set up on "{sheet}", one of the add-on\'s own sheets: open the sheet that lists your accounts, run {menu} there, then import again.',
  surveySetUpFirst:
    'Set up the health score on your account sheet first ({menu}): survey responses are matched to the accounts of that sheet.',
  surveyChooseResponse: 'Choose the response to assign.',
  surveyChooseAccount: 'Choose the account to assign it to.',
  surveyNoSuchAccount: 'There is no account "{account}" in "{sheet}".',
  surveyNoSuchResponse: 'There is no response "{response}" on the Survey Responses sheet.',
  surveyAlreadyMatched: 'Response "{response}" is already matched to "{account}".',
  surveyNothingToAssignBy: 'Response "{response}" has neither an answer nor an e-mail to assign it by.',
  surveySheetNotOurs:
    'The sheet "{sheet}" does not start with the columns {columns}. Rename that sheet, then import again.',
  surveySheetNoHeader:
    'The sheet "{sheet}" has rows but no header row: restore its header, or rename the sheet.',
  surveyMappingMissing: 'The question mapping is missing.',
  surveyNotAQuestion: '{field}: "{question}" is not a question of "{form}".',
  surveyScaleTop: 'The top of the {field} scale must be a whole number from 2 to {max} (got {value}).',
  surveyQuestionTwice:
    '"{question}" is chosen for both {first} and {second}: a question can feed one field only. Choose another question for one of them.',
  surveyQuestionGone: '{field}: the question "{question}" is no longer in "{form}", so {now} is used.',
  surveyQuestionGoneReason: '"{question}" is no longer in the form: {now}',
  surveyQuoted: '"{text}"',
  surveyListSeparator: ', ',
  surveyNoQuestion: 'no question',
  surveyReplacement: '"{question}" ({reason})',
  surveyOptionsInvalid: 'The import options are not valid.',
  surveyWindowInvalid: 'The number of days of responses the scores count must be above 0 (got {value}).',
  surveyAddColumnsInvalid: 'Whether to add the score columns must be yes or no (got {value}).',
  surveyTimeRanOut:
    'Time ran out after reading {read} of {total} responses (the oldest first): the next import goes on from there. Import again, or let the schedule do it.',
  surveyOldResponses:
    '{old, plural, one {# of the {total} responses is} other {# of the {total} responses are}} older than the {days} days the scores count: they are on the Survey Responses sheet, not in the NPS and CSAT columns.',
  surveyNotImported: 'Not imported (no field of the health score): {questions}.',
  surveyNotImportedMore: 'Not imported (no field of the health score): {questions} and {more} more.',
  surveyAnswerLeftBlank: '{problem} It was left blank.',
  surveyMoreLeftBlank: '…and {more} more answers left blank for the same reasons.',
  surveyColumnsNotAdded:
    'The responses were imported, but the {columns} columns could not be added to "{sheet}" ({message}). Import again to add them.',
  surveyModelNotUpdated: 'The Health Model could not be updated ({message}): the next import tries again.',
  surveyCsatScale:
    'CSAT answers are on a 1–{scale} scale, but the CSAT column counts 1–5 answers only, so no CSAT column was added (the answers are on the Survey Responses sheet).',
  surveyAddMetricsYourself: '{why} Add {metrics} to the Health Model yourself so the score uses them.',
  surveyNoModelRange: 'There is no {range} named range.',
  surveyModelUnreadable: 'The Health Model could not be read ({message}).',
  surveyModelFull: 'The {range} range has no empty rows left.',
  surveyMetricNote: 'Added by the survey import (Survey Responses sheet).',
  // The starter model's Notes column (core/starter.ts returns a key, set-up writes it in the spreadsheet's language)
  ...STARTER_NOTES_EN,
  starterNoteNoColumn: 'No column found for this ingredient: add one with this name, then give it a weight.',
  // Overrides (src/server/overrides-api.ts)
  overridesMissing: 'There is no Overrides table yet: run {setUp} once to create it.',
  overrideUnknownAccount: 'There is no account "{account}" in the {column} column of the account sheet.',
  overrideAlreadyActive: '"{account}" already has an override until {until}: end it first.',
  overrideRowChanged:
    'Row {row} of the Overrides sheet no longer holds an active override of "{account}": the sheet changed. Nothing was written.',
  overrideUntilPast: 'Until ({until}) is before today ({today}).',
  overridesBusy:
    'Someone else is writing the Overrides sheet right now. Nothing was changed: try again in a moment.',
  // Overrides that ended, in the digest e-mail (src/core/history/alerts.ts)
  digestEndedSubject: '{count, plural, one {# override} other {# overrides}} ended in {sheet}',
  digestEndedIntro:
    '{count, plural, one {# override passed its Until date and stopped} other {# overrides passed their Until date and stopped}}: the computed score shows again.',
  digestEndedItem: '{set} set by {by} until {date}: {reason}',
  digestEndedItemNoBy: '{set} until {date}: {reason}',
  digestEndedScore: 'score {score}',
  digestEndedBand: 'band {band}',
  digestEndedScoreBand: 'score {score} and band {band}',
  // Overrides: set-up's Overrides sheet, the Until onEdit fills in, header renames
  overridesSheetNotOurs:
    'This spreadsheet already has a sheet named "{sheet}" whose first row is not {columns}. Set-up keeps the team\'s overrides on that sheet: rename yours, then run "{menu}" again.',
  overridesNameTaken:
    'This spreadsheet already has a named range "{name}" (on "{sheet}"), a name the add-on uses for its {target} sheet. Rename yours (Data ▸ Named ranges), then run "{menu}" again.',
  toastUntilFilled:
    'Until set to {date}, {days, plural, one {# day} other {# days}} from today: change it if the override should end sooner or later.',
  toastOverridesKeyRenamed: 'Overrides updated: the account column is now "{to}", like its header.',
  toastSegmentColumnRenamed:
    'Health Model updated: the segments by "{from}" now read "{to}", like its column.',
};
