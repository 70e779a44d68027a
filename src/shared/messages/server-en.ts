/**
 * English strings of the server: the add-on menu, alerts and toasts. Kept apart from the
 * sidebar's catalogue so Code.js, which every custom-function call loads, carries only these.
 * The sidebar's catalogue (en.ts) shares only common.ts with it.
 */
import { commonEn } from './common';

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
  // Surveys (issue 13): the menu's import before any survey was imported
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
};
