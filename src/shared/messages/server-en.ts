/**
 * English strings of the server: the add-on menu, alerts and toasts. Kept apart from the
 * sidebar's catalogue so Code.js, which every custom-function call loads, carries only these.
 * The full catalogue (en.ts) includes them.
 */
export const serverEn = {
  // Add-on and menu (server)
  addonName: 'Customer Health Score',
  menuOpenPanel: 'Open health panel',
  menuSetUp: 'Set up health score',
  menuTrafficLights: 'Apply traffic lights',
  menuSnapshot: 'Take health snapshot now',
  menuImportSurveys: 'Import survey responses',
  menuHelp: 'Help',
  sidebarTitle: 'Health score',
  // Alerts and toasts (server)
  alertErrorTitle: 'Customer Health Score: something went wrong',
  alertNoAccountSheet:
    'Open the sheet that lists your accounts (one row per account, headers in row 1), then try again.',
  toastSetUpDone:
    'Health score set up on "{sheet}" with {metrics, plural, one {# metric} other {# metrics}}.',
  toastSetUpUnchanged: 'The health score on "{sheet}" was already set up; nothing changed.',
  toastTrafficLightsDone:
    'Traffic lights applied on "{sheet}" ({rules, plural, one {# rule} other {# rules}}).',
  toastSnapshotDone:
    'Snapshot taken: {accounts, plural, one {# account} other {# accounts}}, {alerts} turned worse.',
  toastSurveysImported: 'Survey responses imported: {added} added, {updated} updated, {unmatched} unmatched.',
  toastModelSaved: 'Health Model saved.',
  helpTitle: 'Customer Health Score: help',
  helpText:
    'One score per account from 0 to 100, built from the metrics and weights of the Health Model sheet. ' +
    '≥ healthy threshold is green, below the unhealthy threshold is red, yellow in between. ' +
    'Use =HEALTHSCORE(values, headers, HealthModel) in a sheet, or open the health panel to tune the model.',
};
