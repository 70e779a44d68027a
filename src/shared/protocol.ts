/**
 * The one contract between the sidebar (browser) and the server (Apps Script): every endpoint the
 * sidebar calls through google.script.run, with its request and response types. Both sides import
 * this module, so they cannot disagree about a payload. Only JSON-safe values cross: Dates travel
 * as `{ date: ISO string }` (google.script.run cannot carry Date objects).
 */
import type { BandAlert } from '../core/history/alerts';
import type { BandChurn, ModelBacktest } from '../core/history/backtest';
import type { HealthModel } from '../core/model';
import type { OverrideDay } from '../core/overrides';
import type { SurveyMapping } from '../core/survey-import/detect';

/** A sheet cell as it crosses the wire. */
export type WireCell = string | number | boolean | { date: string };

/** Healthy / unhealthy thresholds as the Health Model sheet holds them. */
export type BandSettings =
  | { kind: 'fixed'; healthyAt: number; unhealthyBelow: number }
  | { kind: 'quartiles' };

export interface SheetSummary {
  name: string;
  headers: string[];
  /** Data rows below the header. */
  rowCount: number;
}

export interface SidebarState {
  sheets: SheetSummary[];
  /** The account sheet set up last, or the active sheet. */
  accountSheet: string | null;
  /** The Health Model sheet as it stands, or null before set-up (or when it cannot be read). */
  model: HealthModel | null;
  /** Why the model could not be read, in the user's terms. */
  modelProblem: string | null;
  bands: BandSettings;
}

export interface SheetData {
  name: string;
  headers: string[];
  rows: WireCell[][];
  /** Column of account names, for the preview's lowest accounts. */
  nameColumn: number;
}

export interface SaveModelRequest {
  model: HealthModel;
  bands: BandSettings;
}

export interface SaveModelResult {
  metrics: number;
  savedAt: string;
}

export interface SetUpResult {
  sheet: string;
  metrics: string[];
  columnsAdded: string[];
  /** False when everything was already in place (running it twice changes nothing). */
  changed: boolean;
  /** The sheet's outcome column (Churned, Exited…), if it has one: the Backtest tab reads it. */
  outcomeColumn?: string;
}

export interface TrafficLightsResult {
  sheet: string;
  rules: number;
}

export type Schedule = 'off' | 'hourly' | 'daily';

/** A scheduled job as the sidebar shows it (times as ISO strings). */
export interface JobStatus {
  schedule: Schedule;
  lastRun: string | null;
  /** The last run's failure, in the user's terms; null when it worked. */
  lastError: string | null;
}

/** An account that turned worse since the previous snapshot (core/history/alerts.ts). */
export type HealthAlert = BandAlert;

export interface AlertSettings {
  /** Send one digest e-mail after a snapshot that found alerts. */
  email: boolean;
  recipients: string[];
  /** Also alert when a score falls by more than this many points (null: band changes only). */
  minPointDrop: number | null;
}

/** Accounts per band on one snapshot day (YYYY-MM-DD). */
export interface BandCountsPoint {
  day: string;
  healthy: number;
  atRisk: number;
  unhealthy: number;
}

export interface SnapshotResult {
  day: string;
  accounts: number;
  /** True when today's earlier snapshot was replaced rather than a new day added. */
  replaced: boolean;
  /** Accounts left out, and why (no name, no score…). */
  skipped: { count: number; reason: string }[];
  alerts: HealthAlert[];
  /** Recipients of the digest e-mail (0 when none was sent). */
  emailed: number;
  /** History rows removed by thinning days older than 90 days to one per week. */
  thinnedRows: number;
  /** Columns this snapshot added to the account sheet (the Trend column on the first one). */
  columnsAdded: string[];
}

export interface HistoryState {
  snapshots: JobStatus;
  counts: BandCountsPoint[];
  /** Alerts of the latest snapshot: `items` the worst that fit in a document property, `total` how many. */
  alerts: { day: string; items: HealthAlert[]; total?: number } | null;
  settings: AlertSettings;
}

export interface BacktestRequest {
  sheet: string;
  /** Header of the column saying whether each account churned. */
  outcomeColumn: string;
}

/** Accounts and churn in one band (core/history/backtest.ts). */
export type { BandChurn };

/** One model's backtest (core/history/backtest.ts). */
export type BacktestStats = ModelBacktest;

export interface BacktestResult {
  outcomeColumn: string;
  current: BacktestStats;
  learned: BacktestStats;
  /** The learned model's metrics and weights, as "Apply learned weights" would write them. */
  learnedWeights: { metric: string; weight: number; auc: number | null }[];
  /** The whole table HEALTHWEIGHTS returned (header row first): what "Apply" sends to the server. */
  learnedModelTable: (string | number)[][];
}

/** The learned model the Backtest tab showed: the user applies what they saw, not a re-run. */
export interface ApplyWeightsRequest {
  table: (string | number)[][];
}

export interface ApplyWeightsResult {
  metrics: number;
  /** The sheet the replaced model was copied to. */
  previousSheet: string;
}

/**
 * Where survey responses come from: a Google Form (URL or ID; needs the Forms scope) or a
 * form-responses sheet of this spreadsheet (needs no extra scope). A plain string is read as a
 * sheet name when this spreadsheet has such a sheet, else as a form URL or ID.
 */
export type SurveySource = string | { kind: 'form'; form: string } | { kind: 'sheet'; sheet: string };

export type SurveyField = 'nps' | 'csat' | 'ces' | 'account' | 'comment';

/** Question titles per field (core/survey-import/detect.ts); account null: match by e-mail. */
export type { SurveyMapping };

export interface SurveyQuestion {
  title: string;
  /** What the form says of it, e.g. "Scale 0–10", "Paragraph", in the user's language. */
  detail: string;
}

export interface SurveyPreview {
  formTitle: string;
  /** 'form' or 'sheet': which path (and so which permission) the import uses. */
  path: 'form' | 'sheet';
  questions: SurveyQuestion[];
  mapping: SurveyMapping;
  /** Why each field was detected, for the user to confirm, in the user's language (the server words core's reasons). */
  reasons: Partial<Record<SurveyField, string>>;
  /** True when the mapping is the one the user confirmed before. */
  remembered: boolean;
  responses: number;
  /** Responses not in the Survey Responses sheet yet. */
  newResponses: number;
  matched: number;
  unmatched: number;
  /** Account sheet columns an import would add (NPS, CSAT, Last survey), if absent. */
  columnsToAdd: string[];
  /** Health Model rows those columns come with (metric and weight), the user may decline both. */
  modelRowsToAdd?: { metric: string; weight: number }[];
  /** Per mapped answer field: a few sample answers and what the import would write. */
  fields?: Partial<Record<SurveyAnswerField, SurveyFieldPreview>>;
  /** How sure the choice of each field's question is; absent from older servers. */
  confidence?: Partial<Record<SurveyField, SurveyConfidence>>;
}

/**
 * 'sure': the user chose this question before, or its title and its answers (or the form's item
 * type) both fit; 'likely': only its title fits (a column with no answers yet); 'check': a question
 * half fits and is left unmapped for the user to choose; 'none': no question fits.
 */
export type SurveyConfidence = 'sure' | 'likely' | 'check' | 'none';

export type SurveyAnswerField = 'nps' | 'csat' | 'ces' | 'comment';

export interface SurveyFieldPreview {
  samples: string[];
  /** Values written, new ones, existing ones changed, existing ones blanked. */
  write: number;
  add: number;
  change: number;
  blank: number;
}

/** Days of responses the SURVEYSCORE columns count unless the user says otherwise. */
export const DEFAULT_WINDOW_DAYS = 180;

export interface SurveyImportOptions {
  /** The confirmed mapping (remembered for the next import); default: remembered or detected. */
  mapping?: SurveyMapping;
  /** Add the NPS / CSAT / Last survey columns the account sheet lacks (default true). */
  addColumns?: boolean;
  /** Days of responses the SURVEYSCORE columns count (default DEFAULT_WINDOW_DAYS). */
  windowDays?: number;
  /** The user saw how many imported values would be blanked or changed, and goes on. */
  confirmOverwrite?: boolean;
}

export interface SurveyImportResult {
  added: number;
  updated: number;
  unmatched: number;
  /** Answers left blank because they were not valid (response ID and why). */
  problems: string[];
  columnsAdded: string[];
  /**
   * Set when nothing was written because the import would blank or change more than a few values
   * already imported: the counts to show, and import again with confirmOverwrite to go on.
   */
  confirm?: { blanked: number; changed: number };
  /** What the scores leave out: responses older than the window, questions not imported. */
  notes?: string[];
}

export interface UnmatchedResponse {
  responseId: string;
  submitted: string;
  respondent: string;
  /** What the respondent gave as their company (or their e-mail when no such question). */
  answer: string;
  /** An account the answer probably means (a typo, an abbreviation), for the user to confirm. */
  suggestion?: string;
}

export interface SurveyState {
  /** The source imported last (what the schedule imports). */
  source: SurveySource | null;
  schedule: JobStatus;
  unmatched: UnmatchedResponse[];
  /** Account names of the account sheet, to assign unmatched responses to. */
  accounts: string[];
}

/** What "Export for CRM" wrote (src/server/crm-export.ts). */
export interface CrmExportResult {
  /** The sheet written: "CRM Export". */
  sheet: string;
  /** The account sheet it was read from. */
  source: string;
  /** Rows written, one per account. */
  accounts: number;
  /** Rows left out because they have a score or band but no account ID. */
  withoutId: number;
  /** Rows left out because an earlier row has the same account ID (trimmed, case-insensitive). */
  duplicates: number;
  /** True when the sheet was created; false when an earlier export was replaced. */
  created: boolean;
  /** The Updated date written: today in the spreadsheet's time zone, YYYY-MM-DD. */
  updated: string;
}

export interface AssignRequest {
  responseId: string;
  account: string;
}

/** A score or band set by hand (core/overrides.ts), as the sidebar lists it. */
export type OverrideEntry = OverrideDay & {
  /** Its row in the Overrides table (header = 1): what "End now" names. */
  row: number;
};

export interface OverridesState {
  /** Today in the spreadsheet's time zone, YYYY-MM-DD. */
  today: string;
  /** The account column the overrides are keyed by (the table's first header). */
  keyHeader: string;
  /** Holding now. */
  active: OverrideEntry[];
  /** Ended in the last 30 days, the latest first. */
  ended: OverrideEntry[];
  /** The account sheet's names in that column (empty when the sheet is not known). */
  accounts: string[];
  /** The team's band labels: healthy, at risk, unhealthy. */
  bands: string[];
}

/** A new override: a Score (0–100, or null) or a Band, a Reason, who, and its last day. */
export type AddOverrideRequest = OverrideDay;

export interface EndOverrideRequest {
  row: number;
  /** The account the sidebar showed on that row: refused if the sheet changed since. */
  account: string;
}

/**
 * Every server endpoint the sidebar calls, by name, and nothing else: menu actions such as
 * setUpHealthScore are entry points of Apps Script, not of the sidebar. Written as properties, not
 * methods, so parameters are checked strictly (a method's parameters would be bivariant).
 * src/server/endpoints.ts makes the build fail when a server function drifts from this list.
 */
export interface ServerApi {
  getSidebarState: () => SidebarState;
  getSheetData: (sheetName: string) => SheetData;
  saveModel: (request: SaveModelRequest) => SaveModelResult;
  takeHealthSnapshot: () => SnapshotResult;
  getHistoryState: () => HistoryState;
  setSnapshotSchedule: (schedule: Schedule) => JobStatus;
  saveAlertSettings: (settings: AlertSettings) => AlertSettings;
  applyLearnedWeights: (request: ApplyWeightsRequest) => ApplyWeightsResult;
  restorePreviousModel: () => SaveModelResult;
  previewSurveyImport: (source: SurveySource) => SurveyPreview;
  importSurveyResponses: (source: SurveySource, options?: SurveyImportOptions) => SurveyImportResult;
  getSurveyState: () => SurveyState;
  assignSurveyResponse: (request: AssignRequest) => SurveyState;
  setSurveySchedule: (schedule: Schedule) => JobStatus;
  exportForCrm: (sheetName?: string) => CrmExportResult;
  listOverrides: () => OverridesState;
  addOverride: (request: AddOverrideRequest) => OverridesState;
  endOverride: (request: EndOverrideRequest) => OverridesState;
}

export const toWireCell = (cell: unknown): WireCell => {
  if (cell instanceof Date || Object.prototype.toString.call(cell) === '[object Date]') {
    const date = cell as Date;
    return { date: Number.isNaN(date.getTime()) ? '' : date.toISOString() };
  }
  if (typeof cell === 'number' || typeof cell === 'boolean' || typeof cell === 'string') return cell;
  return cell === null || cell === undefined ? '' : String(cell);
};

export const fromWireCell = (cell: WireCell): unknown =>
  typeof cell === 'object' && cell !== null ? new Date(cell.date) : cell;
