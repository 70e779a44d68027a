/** Names the add-on gives to sheets, named ranges, columns and stored settings (contract §4). */
export const MODEL_SHEET = 'Health Model';
export const NAMED = {
  model: 'HealthModel',
  healthyAt: 'HealthyAt',
  unhealthyBelow: 'UnhealthyBelow',
} as const;

/** Columns the add-on adds right of the account table, in order. */
export const SCORE_HEADER = 'Health score';
export const BAND_HEADER = 'Health band';
export const DRIVERS_HEADER = 'Health drivers';
export const MANAGED_HEADERS = [SCORE_HEADER, BAND_HEADER, DRIVERS_HEADER] as const;

/** Where the band thresholds live on the Health Model sheet (the named cells point here). */
export const BAND_BLOCK = { labels: 'J1:K3', healthyAt: 'K2', unhealthyBelow: 'K3' } as const;

/** Document property naming the account sheet set up last. */
export const ACCOUNT_SHEET_PROPERTY = 'healthScore.accountSheet';
