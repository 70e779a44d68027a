/**
 * English messages of the custom functions: their errors (what Sheets shows behind #ERROR!) and
 * HEALTHEXPLAIN's drivers. Core throws a key and its parameters; this text is the default
 * rendering, the server renders it in the spreadsheet's language (errors.ts). Pieces that other
 * messages insert (a cell, a model row) are keys too, so no sentence is repeated per caller.
 * Internal-invariant errors that no formula can reach stay plain English strings in core.
 */
export const errorsEn = {
  // Pieces inserted into other messages
  cellText: '"{text}"',
  cellDate: 'the date {date}',
  cellBadDate: 'an invalid date',
  place: '{name} row {row}, column {column}',
  listJoin: ', ',
  nothing: 'nothing',
  modelRow: 'Health Model row {row} ("{metric}")',
  modelField: '{row}: {column}',
  // HEALTHEXPLAIN's drivers: `Support tickets -14.0; NPS -9.0; missing: Logins, CSAT`
  driverLoss: '{metric} {points}',
  driversMissing: 'missing: {metrics}',
  driversJoin: '; ',
  // Arguments
  notCell: '{name} must be a single cell, not a {rows}×{columns} range.',
  notRow: '{name} must be one row, but it has {rows} rows.',
  notList: '{name} must be a single column or row, not a {rows}×{columns} range.',
  asOf: 'as_of {cell} is not a date: pass a cell holding a date (set-up uses the named cell AsOf), or DATE(2024, 5, 1).',
  top: 'top {cell} must be a whole number ≥ 0.',
  minCoverage: 'min_coverage {cell} must be between 0 and 1 (or 0% and 100%).',
  noModel: 'model is missing: pass the Health Model range, e.g. HealthModel.',
  modelCell:
    "model must be the Health Model range (e.g. HealthModel or 'Health Model'!A1:H10), not a single cell.",
  width:
    'values is {width, plural, one {# column} other {# columns}} wide but {name} is {other}; they must match.',
  headerTwice: 'headers: "{header}" appears in columns {first} and {second}; rename one.',
  metricFound: '"{metric}"',
  metricClose: '"{metric}" (closest header: "{header}")',
  noColumn:
    'The Health Model metric {metric} matches no column header. Rename the column back, or change the metric in the Health Model.',
  noColumns:
    'The Health Model metrics {metrics} match no column header. Rename the columns back, or change the metrics in the Health Model.',
  inlineWeight: 'weights column {column} is {weight}; weights must be ≥ 0.',
  inlineZero: 'weights are all 0: give at least one column a weight above 0.',
  inlineScore: '{place} is {cell}; inline sub-scores must be 0–100.',
  // The Health Model range
  modelEmpty: 'Health Model: no metrics below the header row.',
  modelProblem: 'Health Model: {problem}',
  modelRowProblem: '{row}: {problem}',
  headerDouble: 'Health Model header: "{name}" appears twice (columns {first} and {second}).',
  headerMissing:
    'Health Model: the header row has no "{name}" column (found: {found}). The first row of the model range must be its header.',
  metricTwice: 'metric "{metric}" is listed twice; keep one row.',
  redGreenPair: 'set both Red and Green, or leave both blank (P0 and P100).',
  redGreenEqual: 'Red and Green are both {value}; they must differ.',
  weightsZero: 'every metric has weight 0; give at least one a weight above 0.',
  weightBlank: '{row}: Weight is blank. Enter a number ≥ 0 (0 turns the metric off).',
  weightNaN: '{row}: Weight {cell} is not a number.',
  weightNegative: '{row}: Weight {weight} is negative; weights must be ≥ 0.',
  missingCell: '{row}: Missing {cell} must be blank, "skip", or a sub-score from 0 to 100.',
  thresholdLarge: '{what} {cell} is too large: thresholds run from -1e15 to 1e15.',
  percentile: '{what} {cell}: a percentile runs from P0 to P100.',
  threshold: '{what} {cell} is neither a number nor a percentile like P10.',
  thresholdDate:
    '{what} {cell} is neither a number nor a percentile like P10 (the cell is formatted as a date: format it as a number).',
  valuesEntry: '{what}: "{entry}" should look like Label=score, e.g. Churning=0; Stable=60; Expanding=100.',
  valuesScore: '{what}: the score of "{label}" is {score}; scores run from 0 to 100.',
  valuesTwice: '{what}: the label "{label}" is listed twice.',
  noGroups:
    'Health Model: no metric has a Group. Fill the Group column (e.g. Sentiment, Adoption) to use HEALTHGROUPS.',
  // HEALTHBAND
  labelsCount:
    'labels has {count} cells: give three (healthy, at risk, unhealthy) and optionally a fourth for no score.',
  labelsTwice: 'labels {first} and {second} are both "{label}": each band needs its own label.',
  bandOrder: 'healthy_at ({healthy}) must be above unhealthy_below ({unhealthy}).',
  healthyNaN: 'healthy_at {cell} must be a number or the word "quartiles".',
  unhealthyNaN: 'unhealthy_below {cell} must be a number.',
  scoreRange:
    'scores holds {score}: health scores run from 0 to 100. Point HEALTHBAND at a HEALTHSCORE column.',
  scoreRangeAt:
    'scores (row {row}, column {column}) holds {score}: health scores run from 0 to 100. Point HEALTHBAND at a HEALTHSCORE column.',
  // NPS, CSAT, CES, SURVEYSCORE, HEALTHTREND
  answer: '{where} is {cell}: {kind} answers are whole numbers from {min} to {max}.',
  scale: 'scale {cell} must be a whole number of at least 2.',
  kind: 'kind {cell} must be one of {kinds}.',
  days: '{name} {cell} must be a number of days ≥ 0.',
  needsDates: '{need} needs response_dates to know {why}.',
  needsLast: 'SURVEYSCORE kind LAST',
  whyLast: 'which response is the most recent',
  whyWithin: 'how old each response is',
  responseRows:
    'The response columns must have the same number of rows: response_accounts has {accounts}, response_values {values}.',
  responseRowsDates:
    'The response columns must have the same number of rows: response_accounts has {accounts}, response_values {values}, response_dates {dates}.',
  responseNaN: 'response_values row {row} is {cell}, not a number.',
  historyRows:
    'The history columns must have the same number of rows: history_accounts has {accounts}, history_dates {dates}, history_scores {scores}.',
  // The survey import's rows (core/survey-import/rows.ts): `answer` names the response with this
  surveyAnswerOf: 'The answer of response {response} to "{question}"',
  surveyNoResponseId: 'A response submitted {submitted} has no response ID.',
  // CHURNRATE, GRR, NRR, CLV, CACPAYBACK
  argRow: '{name} row {row}',
  lengths: 'Columns must have equal length (or be single values): {sizes} rows.',
  nameCount: '{name} {count}',
  argBlank: '{arg} is blank.',
  argNaN: '{arg} is {cell}, not a number.',
  positive: '{arg} is {value}: it must be above 0.',
  nonNegative: '{arg} is {value}: it must not be negative.',
  fraction: '{arg} is {value}: it must be a fraction from 0 to 1 (e.g. 0.75 or 75%).',
  rowNote: ' (row {row})',
  lossesOver:
    'contraction + churned ({lost}) exceed start_mrr {start}{where}: only MRR the period started with can be lost (new MRR lost in the period is expansion less its loss).',
  lostOver:
    'customers_lost {lost} exceeds customers_at_start {start}{where}: a period cannot lose more customers than it started with.',
  neverPaid: '{arg} is 0: the acquisition cost is never paid back.',
  // Segments: model rows whose Segment cell names an account column and its values
  segmentCell:
    'Segment {cell} should look like Column = value, e.g. Tier = Enterprise (several values: Tier = Enterprise, Strategic).',
  segmentColumns:
    'Segment uses the column "{column}" but earlier rows use "{first}"; every segment of one model must use the same account column.',
  segmentValueTwice:
    'the segment value "{value}" already belongs to the segment {first}; give each value one segment.',
  segmentWeightsZero:
    'every metric of the segment {segment} has weight 0; give at least one a weight above 0.',
  segmentHeader:
    'The Health Model segments use the column "{column}", which matches no column header{closest}. Rename the column back, or change the Segment cells in the Health Model.',
  closestHeader: ' (closest header: "{header}")',
  // HEALTHEXPLAIN's words for segments and overrides
  driversNoSegment: 'no model for {column} = {value}',
  driversOverride: 'override by {by}: {reason}, until {until}',
  driversOverrideAnonymous: 'override: {reason}, until {until}',
  driversModelScore: '{score} from the model',
  // Overrides: a score or band set by hand, with a reason and an expiry date
  overridesRange:
    'overrides must be the Overrides range (e.g. Overrides), header row first, not a single cell.',
  overridesKeyHeader:
    'Overrides: the first header (A1) must name your accounts column, e.g. Account, as in the account sheet.',
  overridesHeader: 'Overrides: the header row has no "{name}" column (found: {found}).',
  overridesKey:
    'Overrides: its first column is "{header}", which matches no column header{closest}. Name it as the account column is named.',
  overrideEmpty: 'Overrides row {row} ({account}): give a Score or a Band.',
  overrideScore: 'Overrides row {row} ({account}): Score {cell} must be a number from 0 to 100.',
  overrideReason: 'Overrides row {row} ({account}): Reason is blank; say why the score is set by hand.',
  overrideUntil:
    'Overrides row {row} ({account}): Until {cell} must be a date, the last day the override holds (the sidebar sets 30 days ahead).',
  overrideTwice:
    'Overrides rows {first} and {second} both set {account} for today; end one of them (change its Until date).',
  overrideBand: 'Overrides row {row} ({account}): Band {cell} is not one of {labels}.',
  overrideAccounts: 'accounts has {accounts} rows but scores has {scores}; they must match.',
  // HEALTHWEIGHTS, HEALTHAUC and the backtest
  outcomeRows: '{name} has {rows} rows but outcomes has {outcomes}; they must match.',
  outcomeWord:
    '{where} is {cell}: use TRUE/1/yes/churned/lost/cancelled for churned or FALSE/0/no/retained/renewed/active for retained.',
  weightsFew:
    'HEALTHWEIGHTS needs at least {min} accounts of both outcomes to learn anything (found {churned} churned, {retained} retained): fewer fit by chance (2 accounts always "separate" perfectly).',
  aucFew:
    'HEALTHAUC needs at least one churned and one retained account with a score (found {churned} churned, {retained} retained).',
  backtestRows: 'The account table has {rows} rows but {name} has {outcomes}; they must match.',
  backtestBlank:
    '{name} is blank on every row: mark accounts that churned (TRUE, yes, churned…) and accounts that were retained (FALSE, no, retained…) to backtest the model.',
  backtestFew:
    'The backtest needs at least {min} churned and {min} retained accounts in {name} (found {churned} churned, {retained} retained): with fewer, any model separates them by chance.',
  backtestNoSignal:
    'HEALTHWEIGHTS found no metric that separates churned from retained accounts (every learned weight is 0), so there is no learned model to compare.',
};

export type ErrorKey = keyof typeof errorsEn;
export type ErrorMessages = { readonly [K in ErrorKey]: string };
