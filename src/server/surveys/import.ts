/**
 * Preview and import: open the source, choose the mapping, match each response to an account, then
 * merge the rows into the Survey Responses sheet in one write under the document lock. What is
 * remembered (mapping, source, where the form was read up to) is written only after the sheet write
 * succeeded, so a failed import leaves nothing half done and running it again completes it.
 *
 * A form import reads only the responses submitted since the latest one the previous import of the
 * same form wrote (core/survey-import/cursor.ts), so an hourly import of a form with 20,000
 * responses costs a few dozen FormApp calls; older rows are not rebuilt, except unmatched ones,
 * which are matched again from what the sheet holds. Another mapping, another form imported in
 * between, or a Survey Responses sheet without the remembered response reads the form whole again.
 */
import {
  type AccountIndex,
  ANSWER_FIELDS,
  type AnswerProblem,
  type Assignments,
  cursorStart,
  describeQuestion,
  fieldChanges,
  keepFirstSeen,
  matchInput,
  mergeSurveyRows,
  nextCursor,
  rematchUnmatched,
  type SurveyMapping,
  type SurveyResponse,
  type SurveyRow,
  surveyRow,
} from '../../core/survey-import';
import type { ServerText } from '../../shared/messages/server';
import {
  DEFAULT_WINDOW_DAYS,
  type SurveyAnswerField,
  type SurveyFieldPreview,
  type SurveyImportResult,
  type SurveyPreview,
} from '../../shared/protocol';
import { activeSpreadsheet } from '../spreadsheet';
import { type AccountTable, requireAccountTable } from './accounts';
import { withDocumentLock } from './lock';
import { chooseMapping } from './mapping';
import { addSurveyMetrics, metricRowsFor } from './model-metrics';
import { MATCH_COLUMN, readSurveySheet, requireWritable, UNMATCHED, writeMerge } from './responses-sheet';
import { lazyUserText, messageOf, refuse, say, sayError, sayKeyed } from './say';
import { addSurveyColumns, columnsToAdd, csatScaleProblem } from './score-columns';
import {
  rememberedAssignments,
  rememberedImport,
  rememberedMapping,
  rememberImport,
  rememberMapping,
} from './settings';
import { mappedTitles, openSurvey } from './source';

/** Answer problems listed one by one; beyond that only counted, to keep the result small. */
const LISTED_PROBLEMS = 20;

export function previewSurvey(source: unknown): SurveyPreview {
  const spreadsheet = activeSpreadsheet();
  const survey = openSurvey(spreadsheet, source);
  const chosen = chooseMapping(survey.questions, survey.title, undefined, rememberedMapping(survey.key));
  const table = requireAccountTable(spreadsheet);
  const { responses } = survey.readResponses(chosen.mapping);
  const current = readSurveySheet(spreadsheet);
  const known = new Set(current.rows.map((row) => String(row[0])));
  const assignments = rememberedAssignments();
  const built = buildRows(responses, chosen.mapping, table.index, assignments);
  const matched = responses.length - built.unmatched;
  const columns = columnsToAdd(table.headers, chosen.mapping);
  const text = lazyUserText();
  return {
    formTitle: survey.title,
    path: survey.path,
    questions: survey.questions.map((question) => ({
      title: question.title,
      detail: sayKeyed(describeQuestion(question), text()),
    })),
    mapping: chosen.mapping,
    reasons: chosen.reasons,
    confidence: chosen.confidence,
    remembered: chosen.remembered,
    responses: responses.length,
    newResponses: new Set(responses.map((response) => response.id).filter((id) => !known.has(id))).size,
    matched,
    unmatched: responses.length - matched,
    columnsToAdd: columns,
    modelRowsToAdd: metricRowsFor(columns),
    fields: fieldPreviews(chosen.mapping, current.rows, built.rows),
  };
}

/** Sample answers shown per mapped field: enough to see a company name where a score should be. */
const SAMPLES = 3;

/** Per mapped answer field, a few answers as imported and the counts of what would be written. */
function fieldPreviews(
  mapping: SurveyMapping,
  existing: readonly (readonly unknown[])[],
  rows: readonly SurveyRow[],
): Partial<Record<SurveyAnswerField, SurveyFieldPreview>> {
  const changes = fieldChanges(existing, rows);
  const previews: Partial<Record<SurveyAnswerField, SurveyFieldPreview>> = {};
  for (const field of Object.keys(changes) as SurveyAnswerField[]) {
    if (mapping[field] === null) continue;
    previews[field] = { samples: sampleAnswers(rows, ANSWER_FIELDS[field]), ...changes[field] };
  }
  return previews;
}

function sampleAnswers(rows: readonly SurveyRow[], column: number): string[] {
  const samples: string[] = [];
  for (const row of rows) {
    // Text is written with a leading apostrophe (never a formula): the user sees what was answered.
    const value = String(row[column]).replace(/^'/, '');
    if (value === '' || samples.includes(value)) continue;
    samples.push(value);
    if (samples.length === SAMPLES) break;
  }
  return samples;
}

export interface ImportSettings {
  mapping?: unknown;
  addColumns: boolean;
  windowDays: number;
  /** The user was told how many imported values would be blanked or changed, and goes on. */
  confirmOverwrite?: boolean;
}

/**
 * More blanked or changed values than this asks first: a re-import changes a few answers that
 * respondents edited, while a question mapped to the wrong field rewrites every row.
 */
export const OVERWRITE_LIMIT = 3;

/** The sidebar's options, checked; defaults: the remembered or detected mapping, add columns, 180 days. */
export function importSettings(options: unknown): ImportSettings {
  if (options !== undefined && options !== null && typeof options !== 'object')
    refuse('surveyOptionsInvalid');
  const given = (options ?? {}) as {
    mapping?: unknown;
    addColumns?: unknown;
    windowDays?: unknown;
    confirmOverwrite?: unknown;
  };
  const windowDays = given.windowDays ?? DEFAULT_WINDOW_DAYS;
  if (typeof windowDays !== 'number' || !Number.isFinite(windowDays) || windowDays <= 0)
    refuse('surveyWindowInvalid', { value: String(windowDays) });
  if (given.addColumns !== undefined && typeof given.addColumns !== 'boolean')
    refuse('surveyAddColumnsInvalid', { value: String(given.addColumns) });
  return {
    mapping: given.mapping,
    addColumns: given.addColumns ?? true,
    windowDays,
    confirmOverwrite: given.confirmOverwrite === true,
  };
}

/**
 * How long an import may spend reading responses before it writes what it has: Apps Script ends a
 * run after 6 minutes, and writing and feeding the score take the rest. Only a first import of a
 * very large form gets there; the next import goes on from where this one stopped.
 */
const READ_BUDGET_MS = 4 * 60_000;

export function importSurvey(source: unknown, settings: ImportSettings): SurveyImportResult {
  const started = Date.now();
  const text = lazyUserText();
  return withDocumentLock(() => {
    const spreadsheet = activeSpreadsheet();
    const survey = openSurvey(spreadsheet, source);
    const chosen = chooseMapping(
      survey.questions,
      survey.title,
      settings.mapping,
      rememberedMapping(survey.key),
    );
    const table = requireAccountTable(spreadsheet);
    const current = readSurveySheet(spreadsheet);
    requireWritable(current);
    const rows = current.header === 'ok' ? current.rows : [];
    const previous = rememberedImport();
    const start =
      survey.path === 'form'
        ? cursorStart(previous?.cursor, survey.key, chosen.mapping, sheetHolds(rows))
        : null;
    const read = survey.readResponses(chosen.mapping, {
      since: start?.since ?? null,
      outOfTime: () => Date.now() - started > READ_BUDGET_MS,
    });
    const assignments = rememberedAssignments();
    const built = buildRows(read.responses, chosen.mapping, table.index, assignments);
    // Rows not read again this time (all of them but the new and edited on the form path).
    const rematched = rematchUnmatched(
      rows,
      survey.title,
      new Set(read.responses.map((response) => String(response.id))),
      (input) => table.index.match(input, assignments),
    );
    const undated = new Set(read.responses.filter((r) => r.undated === true).map((r) => r.id));
    const dated = keepFirstSeen(built.rows, undated, current.rows);
    const overwrite = overwriteCounts(current.rows, dated);
    if (overwrite.blanked + overwrite.changed > OVERWRITE_LIMIT && settings.confirmOverwrite !== true)
      // Nothing written, nothing remembered: the user sees the counts and decides.
      return { added: 0, updated: 0, unmatched: 0, problems: [], columnsAdded: [], confirm: overwrite };
    const merge = mergeSurveyRows(current.rows, [...dated, ...rematched.rows]);
    writeMerge(spreadsheet, current, merge);
    // The survey's responses still unmatched on the sheet, whether read this time or not.
    const unmatched = built.unmatched + rematched.unmatched;

    rememberMapping(survey.key, chosen.mapping);
    // The model rows an import adds go with the columns it adds: remembered before either is
    // written, so an import that fails between the two finishes the model on the next run.
    const pendingMetrics = settings.addColumns
      ? [...new Set([...(previous?.pendingMetrics ?? []), ...columnsToAdd(table.headers, chosen.mapping)])]
      : [];
    const remembered = {
      source: survey.source,
      addColumns: settings.addColumns,
      windowDays: settings.windowDays,
      lastImport: {
        at: new Date().toISOString(),
        added: merge.added,
        updated: merge.updated,
        unmatched,
      },
      ...(survey.path === 'form'
        ? { cursor: nextCursor(survey.key, chosen.mapping, read.responses, start) }
        : {}),
    };
    rememberImport({ ...remembered, pendingMetrics });
    const fed = settings.addColumns
      ? feedScore(spreadsheet, table, chosen.mapping, settings.windowDays, pendingMetrics, text)
      : null;
    if (pendingMetrics.length > 0 && fed?.metricsDone) rememberImport({ ...remembered, pendingMetrics: [] });
    const unread =
      read.remaining === 0
        ? []
        : [
            say(
              'surveyTimeRanOut',
              { read: read.responses.length, total: read.responses.length + read.remaining },
              text(),
            ),
          ];
    return {
      added: merge.added,
      updated: merge.updated,
      unmatched,
      problems: [
        ...chosen.notes,
        ...unread,
        ...describeProblems(built.problems, text),
        ...(fed?.problems ?? []),
      ],
      columnsAdded: fed?.added ?? [],
      notes: leftOut(survey.questions, chosen.mapping, read.responses, settings.windowDays, started, text),
    };
  });
}

/** Questions named in the note, the rest counted. */
const LISTED_QUESTIONS = 5;

/** What the import keeps out of the scores, said once so nobody wonders where it went. */
function leftOut(
  questions: readonly { title: string }[],
  mapping: SurveyMapping,
  responses: readonly SurveyResponse[],
  windowDays: number,
  now: number,
  text: () => ServerText,
): string[] {
  const notes: string[] = [];
  const oldest = now - windowDays * 24 * 60 * 60 * 1000;
  const old = responses.filter(
    (response) => response.undated !== true && response.submitted.getTime() < oldest,
  ).length;
  if (old > 0)
    notes.push(say('surveyOldResponses', { old, total: responses.length, days: windowDays }, text()));
  const mapped = mappedTitles(mapping);
  const skipped = questions.map((question) => question.title).filter((title) => !mapped.has(title));
  if (skipped.length > 0) {
    const questionList = skipped
      .slice(0, LISTED_QUESTIONS)
      .map((title) => say('surveyQuoted', { text: title }, text()))
      .join(text().messages.surveyListSeparator);
    const more = skipped.length - LISTED_QUESTIONS;
    notes.push(
      more > 0
        ? say('surveyNotImportedMore', { questions: questionList, more }, text())
        : say('surveyNotImported', { questions: questionList }, text()),
    );
  }
  return notes;
}

/** Imported values (scores and comments) the rows would blank or change, over every field. */
function overwriteCounts(
  existing: readonly (readonly unknown[])[],
  rows: readonly SurveyRow[],
): { blanked: number; changed: number } {
  let blanked = 0;
  let changed = 0;
  for (const change of Object.values(fieldChanges(existing, rows))) {
    blanked += change.blank;
    changed += change.change;
  }
  return { blanked, changed };
}

/** Whether the sheet's rows hold a response, by Response ID (a numeric-looking ID may read back as a number). */
function sheetHolds(rows: readonly (readonly unknown[])[]): (responseId: string) => boolean {
  return (responseId) => rows.some((row) => String(row[0]) === responseId);
}

function buildRows(
  responses: readonly SurveyResponse[],
  mapping: SurveyMapping,
  index: AccountIndex,
  assignments: Assignments,
): { rows: SurveyRow[]; problems: AnswerProblem[]; unmatched: number } {
  const rows: SurveyRow[] = [];
  const problems: AnswerProblem[] = [];
  let unmatched = 0;
  for (const response of responses) {
    const built = surveyRow(response, mapping, index.match(matchInput(response, mapping), assignments));
    rows.push(built.row);
    problems.push(...built.problems);
    if (built.row[MATCH_COLUMN] === UNMATCHED) unmatched++;
  }
  return { rows, problems, unmatched };
}

function describeProblems(problems: readonly AnswerProblem[], text: () => ServerText): string[] {
  const listed = problems
    .slice(0, LISTED_PROBLEMS)
    .map((problem) => say('surveyAnswerLeftBlank', { problem: sayError(problem.text, text()) }, text()));
  const more = problems.length - listed.length;
  return more > 0 ? [...listed, say('surveyMoreLeftBlank', { more }, text())] : listed;
}

/**
 * The NPS / CSAT / Last survey columns and their model metrics. The responses are already saved,
 * so a failure here is reported with the result rather than thrown; the next import retries.
 */
function feedScore(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  table: AccountTable,
  mapping: SurveyMapping,
  windowDays: number,
  pendingMetrics: readonly string[],
  text: () => ServerText,
): { added: string[]; problems: string[]; metricsDone: boolean } {
  const problems: string[] = [];
  const csatScale = csatScaleProblem(mapping);
  if (csatScale !== null) problems.push(say('surveyCsatScale', { scale: csatScale }, text()));
  const columns = columnsToAdd(table.headers, mapping);
  try {
    addSurveyColumns(table, columns, windowDays);
  } catch (error) {
    problems.push(
      say(
        'surveyColumnsNotAdded',
        { columns: columns.join(', '), sheet: table.name, message: messageOf(error, text()) },
        text(),
      ),
    );
    return { added: [], problems, metricsDone: false };
  }
  try {
    const metrics = addSurveyMetrics(spreadsheet, pendingMetrics, text);
    if (metrics.problem !== null) problems.push(metrics.problem);
  } catch (error) {
    problems.push(say('surveyModelNotUpdated', { message: messageOf(error, text()) }, text()));
    return { added: columns, problems, metricsDone: false };
  }
  return { added: columns, problems, metricsDone: true };
}
