/**
 * The custom functions Sheets users type in cells. Each is a thin adapter over `src/core`; the
 * build turns every export of this file into a top-level `function` of Code.js carrying this
 * JSDoc, which is what Sheets reads for autocomplete. Keep one JSDoc block per function, with a
 * description, one @param per argument, @return and @customfunction.
 */
import { asOfArg } from '../core/args';
import { healthAuc } from '../core/auc';
import { healthBand } from '../core/bands';
import {
  cacPayback,
  churnRate,
  customerLifetimeValue,
  grossRevenueRetention,
  netRevenueRetention,
} from '../core/business';
import { healthExplain, healthGroups } from '../core/explain';
import { healthScore } from '../core/healthscore';
import {
  cesScale,
  csatOf,
  csatScale,
  meanOf,
  NPS_SCALE,
  npsOf,
  parseScale,
  readAnswers,
  surveyScore,
} from '../core/surveys';
import { healthTrend } from '../core/trend';
import { healthWeights } from '../core/weights';
import { driversIn, localizeError } from '../shared/messages/errors';

/**
 * The spreadsheet's locale (File ▸ Settings), read only when a message needs it: on the error
 * path, and once per HEALTHEXPLAIN call. A call from outside a spreadsheet reads English.
 */
function spreadsheetLocale(): string {
  try {
    return SpreadsheetApp.getActive().getSpreadsheetLocale();
  } catch {
    return 'en';
  }
}

/** Runs a custom function; a core error is rethrown in the spreadsheet's language. */
function inSpreadsheetLanguage<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw localizeError(error, spreadsheetLocale());
  }
}

/**
 * Health score 0–100 of every account row, from the Health Model's weights and thresholds.
 * One call scores a whole range: =HEALTHSCORE(A2:L, A1:L1, HealthModel).
 * Inline form: =HEALTHSCORE(B2:E, {40,30,20,10}) averages sub-scores 0–100 with those weights.
 *
 * @param {Array<Array<*>>} values Account rows to score (one row per account).
 * @param {Array<Array<*>>} headers The header row naming the columns of values, or a row of weights for the inline form.
 * @param {Array<Array<*>>} model The Health Model range (Metric, Weight, Red, Green, ...); in the inline form, min_coverage.
 * @param {number} min_coverage Share of the total weight that must be present, 0–1 (default 0.5); below it the score is N/A.
 * @param {Date} as_of The date that "days since" and "days to" metrics are measured from (default: now); set-up passes the named cell AsOf, kept at today.
 * @param {Array<Array<*>>} overrides Scores set by hand: the Overrides range (account, Score, Band, Reason, By, Until); a Score shows until its Until date has passed.
 * @return {number[][]} One score per row: 0–100, "" for a blank row, N/A when too little data.
 * @customfunction
 */
export function HEALTHSCORE(
  values: unknown,
  headers: unknown,
  model?: unknown,
  min_coverage?: unknown,
  as_of?: unknown,
  overrides?: unknown,
) {
  return inSpreadsheetLanguage(() =>
    healthScore(values, headers, model, min_coverage, asOfArg(as_of, Date.now()), overrides),
  );
}

/**
 * Health band of each score: Healthy, At risk or Unhealthy.
 *
 * @param {Array<Array<*>>} scores Scores from HEALTHSCORE.
 * @param {number|string} healthy_at Scores at or above this are Healthy (default 70), or "quartiles" for top/bottom 25%.
 * @param {number} unhealthy_below Scores below this are Unhealthy (default 40).
 * @param {Array<Array<string>>} labels Your names for the bands: healthy, at risk, unhealthy, and optionally no score (default Healthy, At risk, Unhealthy, N/A); set-up passes BandLabels.
 * @param {Array<Array<string>>} accounts The account of each score (same rows), to find its override.
 * @param {Array<Array<*>>} overrides Bands set by hand: the Overrides range; a Band shows until its Until date has passed.
 * @param {Date} as_of Today (default: now), so an override ends on time; set-up passes AsOf.
 * @return {string[][]} A band per score, same shape as scores.
 * @customfunction
 */
export function HEALTHBAND(
  scores: unknown,
  healthy_at?: unknown,
  unhealthy_below?: unknown,
  labels?: unknown,
  accounts?: unknown,
  overrides?: unknown,
  as_of?: unknown,
) {
  return inSpreadsheetLanguage(() =>
    healthBand(scores, healthy_at, unhealthy_below, labels, accounts, overrides, asOfArg(as_of, Date.now())),
  );
}

/**
 * The metrics that cost each account the most points, largest first, then the missing ones.
 * Example result: "Support tickets -14.0; NPS -9.0; missing: Logins".
 *
 * @param {Array<Array<*>>} values Account rows (one row per account).
 * @param {Array<Array<*>>} headers The header row naming the columns of values.
 * @param {Array<Array<*>>} model The Health Model range.
 * @param {number} top How many metrics to name per account (default 3).
 * @param {Date} as_of The date that date metrics are measured from (default: now); set-up passes AsOf.
 * @param {Array<Array<*>>} overrides The Overrides range: an overridden account's text starts with who set it, why, and until when.
 * @return {string[][]} One explanation per row.
 * @customfunction
 */
export function HEALTHEXPLAIN(
  values: unknown,
  headers: unknown,
  model: unknown,
  top?: unknown,
  as_of?: unknown,
  overrides?: unknown,
) {
  // The drivers are text the team reads: in the spreadsheet's language (one locale read per call).
  return inSpreadsheetLanguage(() =>
    healthExplain(
      values,
      headers,
      model,
      top,
      asOfArg(as_of, Date.now()),
      driversIn(spreadsheetLocale()),
      overrides,
    ),
  );
}

/**
 * Group scores (e.g. Sentiment, Adoption): one column per Group of the Health Model, one row
 * per account, each the weighted mean of that group's present metrics.
 *
 * @param {Array<Array<*>>} values Account rows (one row per account).
 * @param {Array<Array<*>>} headers The header row naming the columns of values.
 * @param {Array<Array<*>>} model The Health Model range, with a Group column.
 * @param {Date} as_of The date that date metrics are measured from (default: now).
 * @return {number[][]} One row per account, one column per group (no header row).
 * @customfunction
 */
export function HEALTHGROUPS(values: unknown, headers: unknown, model: unknown, as_of?: unknown) {
  return inSpreadsheetLanguage(() => healthGroups(values, headers, model, asOfArg(as_of, Date.now())));
}

/**
 * Net Promoter Score of 0–10 answers: % promoters (9–10) minus % detractors (0–6), −100 to 100.
 *
 * @param {Array<Array<*>>} responses Answers 0–10; blanks are skipped.
 * @return {number} The NPS, or N/A when there is no answer.
 * @customfunction
 */
export function NPS(responses: unknown) {
  return inSpreadsheetLanguage(() => npsOf(readAnswers(responses, NPS_SCALE)));
}

/**
 * Customer satisfaction: % of answers in the top two boxes (4–5 on a 1–5 scale), 0–100.
 *
 * @param {Array<Array<*>>} responses Answers 1–scale; blanks are skipped.
 * @param {number} scale The top of the scale (default 5).
 * @return {number} The CSAT, or N/A when there is no answer.
 * @customfunction
 */
export function CSAT(responses: unknown, scale?: unknown) {
  return inSpreadsheetLanguage(() => {
    const top = parseScale(scale, 5);
    return csatOf(readAnswers(responses, csatScale(top)), top);
  });
}

/**
 * Customer effort score: the mean of 1–scale answers.
 *
 * @param {Array<Array<*>>} responses Answers 1–scale; blanks are skipped.
 * @param {number} scale The top of the scale (default 7).
 * @return {number} The mean effort, or N/A when there is no answer.
 * @customfunction
 */
export function CES(responses: unknown, scale?: unknown) {
  return inSpreadsheetLanguage(() => meanOf(readAnswers(responses, cesScale(parseScale(scale, 7)))));
}

/**
 * Survey result per account from a responses table: NPS, CSAT, CES, MEAN, COUNT or LAST.
 *
 * @param {Array<Array<*>>} account_keys The accounts to report on (names or IDs).
 * @param {Array<Array<*>>} response_accounts The account of each response.
 * @param {Array<Array<*>>} response_values The answer of each response.
 * @param {string} kind NPS (default), CSAT, CES, MEAN, COUNT, or LAST (most recent value, or its date when the values are dates; needs dates).
 * @param {Array<Array<*>>} response_dates The date of each response (optional).
 * @param {number} within_days Only responses dated within this many days before now (optional).
 * @return {number[][]} One result per account key; "" when the account has no responses.
 * @customfunction
 */
export function SURVEYSCORE(
  account_keys: unknown,
  response_accounts: unknown,
  response_values: unknown,
  kind?: unknown,
  response_dates?: unknown,
  within_days?: unknown,
) {
  return inSpreadsheetLanguage(() =>
    surveyScore(
      account_keys,
      response_accounts,
      response_values,
      kind,
      response_dates,
      within_days,
      Date.now(),
    ),
  );
}

/**
 * Score change per account: latest score minus the score about `days` days before it.
 *
 * @param {Array<Array<*>>} account_keys The accounts to report on.
 * @param {Array<Array<*>>} history_accounts The account of each history row.
 * @param {Array<Array<*>>} history_dates The snapshot date of each history row.
 * @param {Array<Array<*>>} history_scores The score of each history row.
 * @param {number} days How far back to compare (default 30).
 * @return {number[][]} One change per account; "" with fewer than two snapshots.
 * @customfunction
 */
export function HEALTHTREND(
  account_keys: unknown,
  history_accounts: unknown,
  history_dates: unknown,
  history_scores: unknown,
  days?: unknown,
) {
  return inSpreadsheetLanguage(() =>
    healthTrend(account_keys, history_accounts, history_dates, history_scores, days),
  );
}

/**
 * How well scores separate churned from retained accounts (AUC, 0–1; 0.5 is chance).
 *
 * @param {Array<Array<*>>} scores Health scores.
 * @param {Array<Array<*>>} outcomes Churned (TRUE, 1, yes, churned, lost, cancelled) or retained (FALSE, 0, no, retained, renewed, active).
 * @return {number} The probability that a churned account scored lower than a retained one.
 * @customfunction
 */
export function HEALTHAUC(scores: unknown, outcomes: unknown) {
  return inSpreadsheetLanguage(() => healthAuc(scores, outcomes));
}

/**
 * Customer churn rate: customers lost ÷ customers at the start of the period.
 *
 * @param {number} customers_at_start Customers at the start of the period.
 * @param {number} customers_lost Customers lost during the period.
 * @return {number} The churn rate as a fraction (format as %).
 * @customfunction
 */
export function CHURNRATE(customers_at_start: unknown, customers_lost: unknown) {
  return inSpreadsheetLanguage(() => churnRate(customers_at_start, customers_lost));
}

/**
 * Gross revenue retention: (start MRR − contraction − churned MRR) ÷ start MRR.
 *
 * @param {number} start_mrr MRR at the start of the period.
 * @param {number} contraction MRR lost to downgrades.
 * @param {number} churned MRR lost to cancellations.
 * @return {number} GRR as a fraction (format as %).
 * @customfunction
 */
export function GRR(start_mrr: unknown, contraction: unknown, churned: unknown) {
  return inSpreadsheetLanguage(() => grossRevenueRetention(start_mrr, contraction, churned));
}

/**
 * Net revenue retention: (start MRR + expansion − contraction − churned MRR) ÷ start MRR.
 *
 * @param {number} start_mrr MRR at the start of the period.
 * @param {number} expansion MRR gained from upgrades.
 * @param {number} contraction MRR lost to downgrades.
 * @param {number} churned MRR lost to cancellations.
 * @return {number} NRR as a fraction (format as %).
 * @customfunction
 */
export function NRR(start_mrr: unknown, expansion: unknown, contraction: unknown, churned: unknown) {
  return inSpreadsheetLanguage(() => netRevenueRetention(start_mrr, expansion, contraction, churned));
}

/**
 * Customer lifetime value: ARPU × gross margin ÷ churn rate (same period for ARPU and churn).
 *
 * @param {number} arpu Average revenue per account per period.
 * @param {number} gross_margin Gross margin, 0–1.
 * @param {number} churn_rate Churn rate per period, above 0.
 * @return {number} The lifetime value.
 * @customfunction
 */
export function CLV(arpu: unknown, gross_margin: unknown, churn_rate: unknown) {
  return inSpreadsheetLanguage(() => customerLifetimeValue(arpu, gross_margin, churn_rate));
}

/**
 * Months to recover the cost of acquiring a customer: CAC ÷ (ARPU × gross margin).
 *
 * @param {number} cac Customer acquisition cost.
 * @param {number} arpu Average monthly revenue per account.
 * @param {number} gross_margin Gross margin, 0–1.
 * @return {number} The payback period in months.
 * @customfunction
 */
export function CACPAYBACK(cac: unknown, arpu: unknown, gross_margin: unknown) {
  return inSpreadsheetLanguage(() => cacPayback(cac, arpu, gross_margin));
}

/**
 * Learns weights and thresholds from accounts with a known outcome: returns a new Health Model
 * table (Metric, Weight, Red, Green, AUC, then Group/Values/Missing carried over) that
 * HEALTHSCORE accepts as it is. Weights sum to 100; a metric that does not help gets 0.
 *
 * @param {Array<Array<*>>} values Account rows with a known outcome (one row per account).
 * @param {Array<Array<*>>} headers The header row naming the columns of values.
 * @param {Array<Array<*>>} model The Health Model range whose metrics to weigh.
 * @param {Array<Array<*>>} outcomes Churned (TRUE, 1, yes, churned, lost, cancelled) or retained (FALSE, 0, no, retained, renewed, active) per row; blank rows are not learned from.
 * @param {Date} as_of The date that date metrics are measured from (default: now).
 * @return {Array<Array<*>>} The learned model table, header row first.
 * @customfunction
 */
export function HEALTHWEIGHTS(
  values: unknown,
  headers: unknown,
  model: unknown,
  outcomes: unknown,
  as_of?: unknown,
) {
  return inSpreadsheetLanguage(() =>
    healthWeights(values, headers, model, outcomes, asOfArg(as_of, Date.now())),
  );
}
