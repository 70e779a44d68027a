/**
 * English: the reference catalogue. Every user-facing string of the sidebar and of the server's
 * menus, alerts and toasts lives here. Another locale is one file exporting a `Messages` object
 * (the compiler then demands exactly these keys) registered in `index.ts`.
 * Placeholders are `{name}`, filled by `format()`; keep them when translating.
 */
export const en = {
  // Add-on and menu (server)
  addonName: 'Customer Health Score',
  menuOpenPanel: 'Open health panel',
  menuSetUp: 'Set up health score',
  menuTrafficLights: 'Apply traffic lights',
  menuHelp: 'Help',
  sidebarTitle: 'Health score',
  // Alerts and toasts (server)
  alertErrorTitle: 'Customer Health Score: something went wrong',
  alertNoAccountSheet:
    'Open the sheet that lists your accounts (one row per account, headers in row 1), then try again.',
  toastSetUpDone: 'Health score set up on "{sheet}" with {metrics} metrics.',
  toastSetUpUnchanged: 'The health score on "{sheet}" was already set up; nothing changed.',
  toastTrafficLightsDone: 'Traffic lights applied on "{sheet}" ({rules} rules).',
  toastModelSaved: 'Health Model saved.',
  helpTitle: 'Customer Health Score: help',
  helpText:
    'One score per account from 0 to 100, built from the metrics and weights of the Health Model sheet. ' +
    '≥ healthy threshold is green, below the unhealthy threshold is red, yellow in between. ' +
    'Use =HEALTHSCORE(values, headers, HealthModel) in a sheet, or open the health panel to tune the model.',

  // Sidebar: loading and sheet picker
  loading: 'Loading…',
  loadFailed: 'Could not load the panel: {message}',
  retry: 'Try again',
  sheetLabel: 'Account sheet',
  sheetRows: '{rows} accounts, {columns} columns',
  noSheets: 'This spreadsheet has no sheet with a header row yet.',
  confirmDiscard: 'You have unsaved changes to the model. Discard them and switch sheet?',
  unsavedLeave: 'You have unsaved changes to the Health Model.',
  modelProblem: 'The Health Model sheet could not be read: {message}. Starting from a suggested model.',
  starterNotice: 'No Health Model yet: these metrics are suggested from your columns. Review them and save.',

  // Sidebar: metrics
  metricsHeading: 'Metrics',
  noMetrics: 'No metrics yet. Add one below.',
  include: 'Include',
  includeMetric: 'Include {metric}',
  weight: 'Weight',
  weightOf: 'Weight of {metric}',
  weightSliderOf: 'Weight slider of {metric}',
  shareOf: '{share} of the score',
  red: 'Red',
  green: 'Green',
  redOf: 'Red (sub-score 0) of {metric}',
  greenOf: 'Green (sub-score 100) of {metric}',
  redPlaceholder: 'e.g. P10',
  greenPlaceholder: 'e.g. P90',
  suggest: 'Suggest from data',
  suggestOf: 'Suggest Red and Green of {metric} from the data (P10 / P90)',
  suggestDone: 'Red {red}, Green {green} suggested from {count} numbers.',
  suggestNoNumbers: 'This column has too few numbers to suggest thresholds.',
  more: 'Group, values, missing',
  group: 'Group',
  groupOf: 'Group of {metric}',
  values: 'Values',
  valuesOf: 'Values of {metric}',
  valuesPlaceholder: 'Churning=0; Stable=60; Expanding=100',
  missing: 'Missing',
  missingOf: 'Missing (sub-score used when blank) of {metric}',
  missingPlaceholder: 'skip or 0–100',
  remove: 'Remove',
  removeOf: 'Remove {metric} from the model',
  addMetric: 'Add metric',
  addMetricChoose: 'Choose a column…',
  add: 'Add',
  addOf: 'Add the chosen column as a metric',
  noColumnsLeft: 'Every column is already in the model.',
  notInSheet: 'This sheet has no column "{metric}".',
  lowerIsBetter: 'Lower is better',

  // Sidebar: field validation
  weightInvalid: 'Enter a weight: a number ≥ 0.',
  missingInvalid: 'Missing must be blank, "skip", or a sub-score from 0 to 100.',
  bandNumberInvalid: 'Enter a number.',
  bandOrderInvalid: 'Healthy at ({healthy}) must be above Unhealthy below ({unhealthy}).',
  fixErrors: 'Fix the highlighted fields to save.',

  // Sidebar: bands
  bandsHeading: 'Bands',
  quartiles: 'Quartiles (top 25% healthy, bottom 25% unhealthy)',
  healthyAt: 'Healthy at or above',
  unhealthyBelow: 'Unhealthy below',

  // Sidebar: preview
  previewHeading: 'Preview',
  previewFailed: 'The preview could not be computed: {message}',
  previewEmpty: 'No accounts to preview.',
  bandHealthy: 'Healthy',
  bandAtRisk: 'At risk',
  bandUnhealthy: 'Unhealthy',
  bandNoScore: 'No score',
  bandCount: '{band}: {count}',
  bandSummary: 'Healthy {healthy}, at risk {atRisk}, unhealthy {unhealthy}, no score {noScore}.',
  distributionHeading: 'Score distribution',
  bucket: 'Scores {from}–{to}: {count} accounts',
  lowestHeading: 'Lowest accounts',
  lowestScore: 'Score {score}',
  rowLabel: 'Row {row}',
  noDrivers: 'Nothing costs points.',

  // Sidebar: save
  save: 'Save model',
  saving: 'Saving…',
  saved: 'Saved {metrics} metrics at {time}.',
  saveFailed: 'Could not save: {message}',
  unchanged: 'No changes to save.',
  unsaved: 'Unsaved changes.',
} satisfies Record<string, string>;
