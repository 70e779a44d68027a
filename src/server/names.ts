/** Names the add-on gives to sheets, named ranges, columns and stored settings (contract §4). */
export const MODEL_SHEET = 'Health Model';
/** Where "Apply learned weights" keeps the model it replaced, so the change can be undone. */
export const PREVIOUS_MODEL_SHEET = 'Health Model (previous)';
export const HISTORY_SHEET = 'Health History';
export { HISTORY_HEADER as HISTORY_HEADERS } from '../core/history/snapshot';
export const SURVEY_SHEET = 'Survey Responses';
/** What "Export for CRM" writes: one row per account, values only, for a CRM import. */
export const CRM_EXPORT_SHEET = 'CRM Export';
export const CRM_EXPORT_HEADERS = ['Account ID', 'Score', 'Band', 'Drivers', 'Updated'] as const;
/**
 * Scores and bands a CSM sets by hand, with a reason and an end date (core/overrides.ts). A1 holds
 * the account column's header (as the account sheet names it), then these columns.
 */
export const OVERRIDES_SHEET = 'Overrides';
export { OVERRIDE_COLUMNS } from '../core/overrides';
/** Days an override holds when the sidebar adds it, or a row is typed without an Until date. */
export const OVERRIDE_DAYS = 30;

/** Sheets the add-on writes: never account sheets, never a target for set-up, lights or import. */
const ADDON_SHEETS: ReadonlySet<string> = new Set([
  MODEL_SHEET,
  PREVIOUS_MODEL_SHEET,
  HISTORY_SHEET,
  SURVEY_SHEET,
  CRM_EXPORT_SHEET,
  OVERRIDES_SHEET,
]);

export function isAddonSheet(name: string): boolean {
  return ADDON_SHEETS.has(name);
}

export const NAMED = {
  model: 'HealthModel',
  healthyAt: 'HealthyAt',
  unhealthyBelow: 'UnhealthyBelow',
  /** The date "days since" metrics are measured from; kept at today (contract §8). */
  asOf: 'AsOf',
  /** The team's names for the bands (contract §8). */
  bandLabels: 'BandLabels',
  /** The Overrides sheet's table, A1:F (header row first); formulas pass it to the functions. */
  overrides: 'HealthOverrides',
} as const;

/** Columns the add-on adds right of the account table, in order. */
export const SCORE_HEADER = 'Health score';
export const BAND_HEADER = 'Health band';
export const DRIVERS_HEADER = 'Health drivers';
export const MANAGED_HEADERS = [SCORE_HEADER, BAND_HEADER, DRIVERS_HEADER] as const;
/** Added with the others, or on its own to sheets set up before history existed. */
export const TREND_HEADER = 'Trend';
/** Days HEALTHTREND looks back in the Trend column. */
export const TREND_DAYS = 30;

/**
 * The settings block right of the model table on the Health Model sheet (the named cells point
 * here): band thresholds in K2:K3, the as-of date in K4, the band labels in K6:K9.
 */
export const BAND_BLOCK = {
  labels: 'J1:K3',
  healthyAt: 'K2',
  unhealthyBelow: 'K3',
  /** Added by set-up to sheets made before as-of dates and band labels existed. */
  extras: 'J4:K9',
  asOf: 'K4',
  bandLabels: 'K6:K9',
} as const;

/** Document properties (shared by every editor of the spreadsheet). */
export const ACCOUNT_SHEET_PROPERTY = 'healthScore.accountSheet';
export const PROPERTY = {
  /** Compact band counts per snapshot day, for the sidebar's chart. */
  bandCounts: 'healthScore.bandCounts',
  /** Where the latest snapshot blocks and the thinning tiers are (see history-pointer.ts). */
  historyPointer: 'healthScore.historyPointer',
  snapshotJob: 'healthScore.snapshotJob',
  surveyJob: 'healthScore.surveySchedule',
  /** The one dispatcher trigger the document counts (see jobs.ts). */
  scheduler: 'healthScore.scheduler',
  alerts: 'healthScore.alerts',
  /** Overrides that ended and were listed in a digest, so the next one does not list them again. */
  endedOverrides: 'healthScore.endedOverrides',
  alertSettings: 'healthScore.alertSettings',
  surveyMapping: 'healthScore.surveyMapping',
  surveyAssignments: 'healthScore.surveyAssignments',
  surveySource: 'healthScore.surveySource',
} as const;
