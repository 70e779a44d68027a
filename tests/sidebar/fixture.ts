/** Fixture data for the sidebar tests: the sample account sheet grown to a few hundred accounts. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSheetCsv } from '../../dev/csv';
import { seededRandom } from '../../dev/random';
import type { Band } from '../../src/core/bands';
import { type HealthModel, modelToTable, parseModelTable } from '../../src/core/model';
import type {
  AlertSettings,
  BacktestResult,
  BacktestStats,
  BandCountsPoint,
  BandSettings,
  HealthAlert,
  HistoryState,
  JobStatus,
  ServerApi,
  SheetData,
  SidebarState,
  SurveyMapping,
  SurveyPreview,
  SurveySource,
  SurveyState,
  UnmatchedResponse,
} from '../../src/shared/protocol';
import { toWireCell } from '../../src/shared/protocol';
import { buildSidebar } from '../../src/sidebar/build.mjs';
import { overridesFixture } from './overrides-fixture';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

export const ACCOUNTS_SHEET = 'Accounts';
export const OTHER_SHEET = 'Renewals';
export const XSS = '<img src=x onerror=alert(1)>';

/** Builds dist-like output in a temp dir (the root build also writes dist/Sidebar.html). */
export async function buildSidebarHtml(): Promise<{ html: string; bytes: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'sidebar-'));
  const { path, bytes } = await buildSidebar(dir);
  return { html: readFileSync(path, 'utf8'), bytes };
}

/** `count` accounts: the sample rows with jittered numbers and numbered names. */
export function accountSheet(count: number, seed = 7): { headers: string[]; rows: unknown[][] } {
  const [header, ...sample] = readSheetCsv(join(root, 'examples/accounts.csv'));
  const random = seededRandom(seed);
  const rows: unknown[][] = [];
  for (let i = 0; i < count; i++) {
    const base = sample[i % sample.length];
    rows.push(
      base.map((cell, c) => {
        if (c === 0) return `${String(cell)} ${i + 1}`;
        if (typeof cell === 'number' && c !== 3) return Math.round(cell * (0.5 + random()) * 10) / 10;
        return cell;
      }),
    );
  }
  return { headers: header.map(String), rows };
}

export function sampleModel(): HealthModel {
  return parseModelTable(readSheetCsv(join(root, 'examples/health-model.csv')));
}

export const FIXED_BANDS: BandSettings = { kind: 'fixed', healthyAt: 70, unhealthyBelow: 40 };

export interface FixtureOptions {
  count?: number;
  model?: HealthModel | null;
  /** Extra columns appended to every row: header → cell of row i. */
  extraColumns?: ExtraColumns;
  saveFails?: string;
  /** Snapshot days in the history (default 14). */
  historyDays?: number;
  /** Adds a form-responses sheet to the spreadsheet. */
  responsesSheet?: boolean;
}

export type ExtraColumns = Record<string, (row: number) => unknown>;

/** Every endpoint the sidebar calls, as the protocol types it. */
export type FixtureHandlers = ServerApi;

/** Endpoint handlers over in-memory sheets; saveModel and the other writes keep what they are sent. */
export function fixtureHandlers(options: FixtureOptions = {}): FixtureHandlers {
  const { headers, rows } = accountSheet(options.count ?? 300);
  for (const [name, cell] of Object.entries(options.extraColumns ?? {})) {
    headers.push(name);
    for (const [i, row] of rows.entries()) row.push(cell(i));
  }
  const sheets: Record<string, SheetData> = {
    [ACCOUNTS_SHEET]: {
      name: ACCOUNTS_SHEET,
      headers,
      rows: rows.map((row) => row.map(toWireCell)),
      nameColumn: 0,
    },
    [OTHER_SHEET]: {
      name: OTHER_SHEET,
      headers: headers.slice(0, 8),
      rows: rows.slice(0, 40).map((row) => row.slice(0, 8).map(toWireCell)),
      nameColumn: 0,
    },
  };
  if (options.responsesSheet) {
    sheets[RESPONSES_SHEET] = {
      name: RESPONSES_SHEET,
      headers: ['Timestamp', 'Email address', ...SURVEY_QUESTIONS.map((question) => question.title)],
      rows: [],
      nameColumn: 1,
    };
  }
  let model = options.model === undefined ? sampleModel() : options.model;
  let bands = FIXED_BANDS;
  const history = historyFixture(options.historyDays ?? 14);
  const backtest = backtestFixture(
    () => model,
    (next) => {
      model = next;
    },
  );
  const surveys = surveyFixture(rows.map((row) => String(row[0])));
  const overrides = overridesFixture(rows.map((row) => String(row[0])));
  return {
    getSidebarState: (): SidebarState => ({
      sheets: Object.values(sheets).map(({ name, headers, rows }) => ({
        name,
        headers,
        rowCount: rows.length,
      })),
      accountSheet: ACCOUNTS_SHEET,
      model,
      modelProblem: null,
      bands,
    }),
    getSheetData: (name) => {
      const sheet = sheets[name];
      if (sheet === undefined) throw new Error(`There is no sheet named "${name}".`);
      return sheet;
    },
    saveModel: (request) => {
      if (options.saveFails) throw new Error(options.saveFails);
      model = request.model;
      bands = request.bands;
      return { metrics: request.model.metrics.length, savedAt: '2026-01-15T10:30:00.000Z' };
    },
    ...history,
    ...backtest,
    ...surveys,
    ...overrides,
    exportForCrm: (sheetName) => {
      const name = sheetName ?? ACCOUNTS_SHEET;
      if (sheets[name] === undefined)
        throw new Error(`There is no sheet named "${name}" in this spreadsheet.`);
      return {
        sheet: CRM_EXPORT_SHEET,
        source: name,
        accounts: sheets[name].rows.length - 3,
        withoutId: 2,
        duplicates: 1,
        created: false,
        updated: TODAY,
      };
    },
  };
}

export const CRM_EXPORT_SHEET = 'CRM Export';

export const TODAY = '2026-01-15';
export const LAST_RUN = '2026-01-15T06:00:00.000Z';
export const SNAPSHOT_ERROR = 'The Health History sheet is protected: ask its owner for edit access.';

/** `days` daily snapshots up to TODAY: 300 accounts drifting from Healthy towards At risk. */
export function historyCounts(days: number): BandCountsPoint[] {
  const end = Date.parse(`${TODAY}T00:00:00Z`);
  return Array.from({ length: days }, (_, i) => {
    const day = new Date(end - (days - 1 - i) * 86_400_000).toISOString().slice(0, 10);
    const unhealthy = 30 + Math.round(i * 1.5);
    const atRisk = 80 + (i % 3) * 4 + i;
    return { day, healthy: 300 - unhealthy - atRisk, atRisk, unhealthy };
  });
}

/** The latest snapshot's alerts, deliberately not worst first. */
export function historyAlerts(): HealthAlert[] {
  return [
    {
      account: 'Initech GmbH 2',
      fromBand: 'Healthy',
      toBand: 'At risk',
      fromScore: 72.4,
      toScore: 61,
      drop: 11.4,
      rule: 'band',
    },
    {
      account: 'Dunder Mifflin Corp 1',
      fromBand: 'At risk',
      toBand: 'At risk',
      fromScore: 66,
      toScore: 45.5,
      drop: 20.5,
      rule: 'points',
    },
    {
      account: 'Bluth Ltd 7',
      fromBand: 'At risk',
      toBand: 'Unhealthy',
      fromScore: 44,
      toScore: 31.2,
      drop: 12.8,
      rule: 'band',
    },
    {
      account: 'Axiom S.r.l. 13',
      fromBand: 'Healthy',
      toBand: 'Unhealthy',
      fromScore: 74,
      toScore: 35,
      drop: 39,
      rule: 'band',
    },
  ];
}

function historyFixture(
  days: number,
): Pick<ServerApi, 'getHistoryState' | 'takeHealthSnapshot' | 'setSnapshotSchedule' | 'saveAlertSettings'> {
  const counts = historyCounts(days);
  let snapshots: JobStatus = { schedule: 'daily', lastRun: LAST_RUN, lastError: SNAPSHOT_ERROR };
  let settings: AlertSettings = { email: true, recipients: ['cs-lead@example.com'], minPointDrop: null };
  let alerts: HistoryState['alerts'] = days === 0 ? null : { day: TODAY, items: historyAlerts() };
  return {
    getHistoryState: () => ({ snapshots, counts: [...counts], alerts, settings }),
    takeHealthSnapshot: () => {
      const today = { day: TODAY, healthy: 170, atRisk: 90, unhealthy: 37 };
      const replaced = counts.at(-1)?.day === TODAY;
      if (replaced) counts[counts.length - 1] = today;
      else counts.push(today);
      const items = historyAlerts().slice(0, 3);
      alerts = { day: TODAY, items };
      snapshots = { ...snapshots, lastRun: '2026-01-15T10:45:00.000Z', lastError: null };
      return {
        day: TODAY,
        accounts: 297,
        replaced,
        skipped: [{ count: 3, reason: 'no score' }],
        alerts: items,
        emailed: settings.email ? settings.recipients.length : 0,
        thinnedRows: 12,
        columnsAdded: replaced ? [] : ['Trend'],
      };
    },
    setSnapshotSchedule: (schedule) => {
      snapshots = { ...snapshots, schedule };
      return snapshots;
    },
    saveAlertSettings: (next) => {
      settings = next;
      return settings;
    },
  };
}

export const OUTCOME_COLUMN = 'Churned?';
export const PREVIOUS_MODEL_SHEET = 'Health Model (previous)';

/** The learned model: the sample's metrics with weights led by usage and sentiment. */
export function learnedModel(): HealthModel {
  const model = sampleModel();
  const weights: Record<string, number> = {
    'Active users %': 24,
    'CSM sentiment': 20,
    NPS: 9,
    'Invoices late': 4,
  };
  return { metrics: model.metrics.map((rule) => ({ ...rule, weight: weights[rule.metric] ?? rule.weight })) };
}

/** A hand-made result, for the summary logic (the tab computes real ones from the sheet). */
export function backtestResult(outcomeColumn: string): BacktestResult {
  return {
    outcomeColumn,
    current: stats(0.712, 0.703, [
      ['Healthy', 140, 7],
      ['At risk', 100, 14],
      ['Unhealthy', 60, 21],
    ]),
    // The server's band order is not the display order: the tab finds each band by name.
    learned: stats(0.801, 0.774, [
      ['Unhealthy', 70, 30],
      ['Healthy', 150, 0],
      ['At risk', 80, 12],
    ]),
    learnedModelTable: modelToTable(learnedModel()) as (string | number)[][],
    learnedWeights: learnedModel().metrics.map((rule, i) => ({
      metric: rule.metric,
      weight: rule.weight,
      auc: i === 2 ? null : Math.round((0.55 + i * 0.02) * 1000) / 1000,
    })),
  };
}

function stats(auc: number, heldOutAuc: number, bands: [Band, number, number][]): BacktestStats {
  const perBand = bands.map(([band, accounts, churned]) => ({
    band,
    accounts,
    churned,
    churnRate: accounts === 0 ? null : churned / accounts,
  }));
  const rate = (name: string) => perBand.find((entry) => entry.band === name)?.churnRate ?? null;
  const healthy = rate('Healthy');
  const unhealthy = rate('Unhealthy');
  return {
    auc,
    heldOutAuc,
    accounts: bands.reduce((sum, [, accounts]) => sum + accounts, 0),
    churned: bands.reduce((sum, [, , churned]) => sum + churned, 0),
    unscored: 4,
    perBand,
    lift: healthy === null || healthy === 0 || unhealthy === null ? null : unhealthy / healthy,
  };
}

/** The column churn follows: few logins, likely churn. */
export const SIGNAL_COLUMN = 'Logins (30d)';
/** Columns churn does not follow at all. */
export const NOISE_COLUMNS = ['Noise A', 'Noise B'] as const;

/** One reproducible draw in [0, 1) per column and row. */
const draw = (column: number, row: number): number => seededRandom(column * 100_003 + row)();

const logins = (row: number): number => Math.round(draw(1, row) * 40);

/**
 * The backtest's columns: SIGNAL_COLUMN, the NOISE_COLUMNS and OUTCOME_COLUMN, where churn depends
 * on logins only (50% below 10, 20% below 20, else 4%). `blankEvery`: every n-th outcome is blank.
 */
export function churnColumns(options: { blankEvery?: number; outcome?: string } = {}): ExtraColumns {
  const { blankEvery = 0, outcome = OUTCOME_COLUMN } = options;
  return {
    [SIGNAL_COLUMN]: logins,
    [NOISE_COLUMNS[0]]: (row) => Math.round(draw(2, row) * 100),
    [NOISE_COLUMNS[1]]: (row) => Math.round(draw(3, row) * 100),
    [outcome]: (row) => {
      if (blankEvery > 0 && row % blankEvery === blankEvery - 1) return '';
      const risk = logins(row) < 10 ? 0.5 : logins(row) < 20 ? 0.2 : 0.04;
      return draw(4, row) < risk ? 'yes' : 'no';
    },
  };
}

/** The sample model with the logins and noise columns added: what the backtest scores. */
export function churnModel(): HealthModel {
  const table = readSheetCsv(join(root, 'examples/health-model.csv'));
  table.push(
    [SIGNAL_COLUMN, 10, 0, 40, 'Engagement', '', '', 'Logins in the last 30 days'],
    [NOISE_COLUMNS[0], 5, 0, 100, 'Other', '', '', ''],
    [NOISE_COLUMNS[1], 5, 100, 0, 'Other', '', '', ''],
  );
  return parseModelTable(table);
}

function backtestFixture(
  current: () => HealthModel | null,
  replace: (model: HealthModel | null) => void,
): Pick<ServerApi, 'applyLearnedWeights' | 'restorePreviousModel'> {
  let previous: HealthModel | null = null;
  return {
    applyLearnedWeights: (request) => {
      // As the server does: the table the tab sends is checked as any model table is.
      const learned = parseModelTable(request.table);
      previous = current();
      replace(learned);
      return { metrics: learned.metrics.length, previousSheet: PREVIOUS_MODEL_SHEET };
    },
    restorePreviousModel: () => {
      if (previous === null) throw new Error(`There is no "${PREVIOUS_MODEL_SHEET}" sheet to restore.`);
      replace(previous);
      return { metrics: previous.metrics.length, savedAt: '2026-01-15T11:00:00.000Z' };
    },
  };
}

export const RESPONSES_SHEET = 'Form Responses 1';
export const FORM_URL = 'https://docs.google.com/forms/d/1FAIpQLSe-health-survey/edit';
export const SURVEY_QUESTIONS = [
  { title: 'How likely are you to recommend us to a colleague?', detail: 'Scale 0–10' },
  { title: 'How satisfied are you with our support?', detail: 'Scale 1–5' },
  { title: 'How easy was it to get your issue resolved?', detail: 'Scale 1–7' },
  { title: 'Company name', detail: 'Short answer' },
  { title: 'Anything else we should know?', detail: 'Paragraph' },
  { title: 'Which product do you use most?', detail: 'Multiple choice' },
];

/** The mapping the server detects: CES is left out (the fixture's detection missed it). */
export function detectedMapping(): SurveyMapping {
  const [nps, csat, , account, comment] = SURVEY_QUESTIONS.map((question) => question.title);
  return { nps, csat, csatScale: 5, ces: null, cesScale: null, account, comment };
}

export function surveyPreview(): SurveyPreview {
  return {
    formTitle: 'Customer pulse, Q1',
    path: 'form',
    questions: SURVEY_QUESTIONS,
    mapping: detectedMapping(),
    reasons: {
      nps: 'a 0–10 scale asking how likely to recommend',
      csat: '"satisfied" in a 1–5 scale question',
      account: '"company" in a short-answer question',
      comment: 'the only paragraph question',
    },
    // CES: a question half fits and is left for the user; the account question fits by title alone.
    confidence: { nps: 'sure', csat: 'sure', ces: 'check', account: 'likely', comment: 'sure' },
    remembered: false,
    responses: 48,
    newResponses: 12,
    matched: 41,
    unmatched: 7,
    columnsToAdd: ['NPS', 'CSAT', 'Last survey'],
  };
}

export function unmatchedResponses(): UnmatchedResponse[] {
  return [
    {
      responseId: 'R_0107',
      submitted: '2026-01-12T09:14:00.000Z',
      respondent: 'pat@initech.example',
      answer: 'Initech',
    },
    {
      responseId: 'R_0111',
      submitted: '2026-01-13T16:02:00.000Z',
      respondent: 'sam@umbrella.example',
      answer: 'Umbrella Corporation',
    },
    {
      responseId: 'R_0119',
      submitted: '2026-01-14T11:40:00.000Z',
      respondent: 'lee@unknown.example',
      answer: 'lee@unknown.example',
    },
  ];
}

function surveyFixture(
  accounts: string[],
): Pick<
  ServerApi,
  | 'previewSurveyImport'
  | 'importSurveyResponses'
  | 'getSurveyState'
  | 'assignSurveyResponse'
  | 'setSurveySchedule'
> {
  let source: SurveySource | null = null;
  let schedule: JobStatus = { schedule: 'off', lastRun: null, lastError: null };
  let unmatched = unmatchedResponses();
  const state = (): SurveyState => ({ source, schedule, unmatched: [...unmatched], accounts });
  return {
    previewSurveyImport: () => surveyPreview(),
    importSurveyResponses: (from, options) => {
      source = from;
      return {
        added: 12,
        updated: 3,
        unmatched: unmatched.length,
        problems: ['R_0042: CSAT "7" is above the 1–5 scale'],
        columnsAdded: options?.addColumns === false ? [] : ['NPS', 'CSAT', 'Last survey'],
      };
    },
    getSurveyState: state,
    assignSurveyResponse: ({ responseId, account }) => {
      if (!accounts.includes(account)) throw new Error(`There is no account "${account}".`);
      if (!unmatched.some((response) => response.responseId === responseId)) {
        throw new Error(`There is no unmatched response ${responseId}.`);
      }
      unmatched = unmatched.filter((response) => response.responseId !== responseId);
      return state();
    },
    setSurveySchedule: (next) => {
      schedule = { ...schedule, schedule: next };
      return schedule;
    },
  };
}
