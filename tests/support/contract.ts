/**
 * Literals of the contract (docs/reference.md) that several tests check. Spelled out
 * here, not imported from src/, so a test never takes its expectation from the code it checks.
 */

/** §4: the Survey Responses sheet's header row. */
export const CONTRACT_SURVEY_HEADERS = [
  'Response ID',
  'Submitted',
  'Form',
  'Account',
  'Respondent',
  'NPS',
  'CSAT',
  'CES',
  'Comment',
  'Match',
];
