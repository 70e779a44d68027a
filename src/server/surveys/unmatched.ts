/**
 * Responses no account matched: listed for the sidebar from the Survey Responses sheet, and
 * assigned there by the user. An assignment is remembered under the response's assignment key
 * (core), so later responses from the same company or respondent follow it.
 */
import { asPlainText } from '../../core/a1';
import { isBlank, isDate, normalizeKey } from '../../core/cells';
import { accountSuggester, assignmentKey, SURVEY_WIDTH } from '../../core/survey-import';
import type { SurveyState, UnmatchedResponse } from '../../shared/protocol';
import { SURVEY_JOB } from '../jobs';
import { activeSpreadsheet } from '../spreadsheet';
import { jobStatus } from '../triggers';
import { findAccountTable, requireAccountTable } from './accounts';
import { withDocumentLock } from './lock';
import {
  MATCH_COLUMN,
  readSurveySheet,
  requireWritable,
  type SurveySheet,
  UNMATCHED,
  writableRow,
} from './responses-sheet';
import { refuse } from './say';
import { rememberAssignment, rememberedImport } from './settings';

const ID = 0;
const SUBMITTED = 1;
const ACCOUNT = 3;
const RESPONDENT = 4;

export function surveyState(): SurveyState {
  const spreadsheet = activeSpreadsheet();
  const current = readSurveySheet(spreadsheet);
  const accounts = [...(findAccountTable(spreadsheet)?.index.accounts ?? [])];
  const suggest = accountSuggester(accounts);
  const unmatched =
    current.header === 'ok' ? current.rows.filter(isUnmatched).map((row) => toUnmatched(row, suggest)) : [];
  return {
    source: rememberedImport()?.source ?? null,
    schedule: jobStatus(SURVEY_JOB),
    unmatched,
    accounts,
  };
}

const isUnmatched = (row: readonly unknown[]) => row[MATCH_COLUMN] === UNMATCHED;

function toUnmatched(row: readonly unknown[], suggest: (answer: string) => string | null): UnmatchedResponse {
  const submitted = row[SUBMITTED];
  const answer = String(row[ACCOUNT]);
  const suggestion = suggest(answer);
  return {
    responseId: String(row[ID]),
    submitted: isDate(submitted) ? submitted.toISOString() : String(submitted),
    respondent: String(row[RESPONDENT]),
    answer,
    ...(suggestion === null ? {} : { suggestion }),
  };
}

/**
 * The keys the import computed for an unmatched row. Its Account cell holds the raw answer, or the
 * e-mail when there was none; when it equals the e-mail either may have been the case, so both
 * keys are remembered.
 */
function assignmentKeys(row: readonly unknown[]): string[] {
  const email = String(row[RESPONDENT] ?? '');
  const answer = isBlank(row[ACCOUNT]) ? undefined : String(row[ACCOUNT]);
  const keys = [assignmentKey({ email, answer })];
  if (answer !== undefined && answer.trim() === email.trim()) keys.push(assignmentKey({ email }));
  return [...new Set(keys.filter((key) => key !== ''))];
}

export function assignResponse(request: unknown): SurveyState {
  const given = (typeof request === 'object' && request !== null ? request : {}) as {
    responseId?: unknown;
    account?: unknown;
  };
  if (typeof given.responseId !== 'string' || given.responseId === '') refuse('surveyChooseResponse');
  if (typeof given.account !== 'string' || given.account.trim() === '') refuse('surveyChooseAccount');
  const { responseId } = given;
  const wanted = given.account;
  withDocumentLock(() => {
    const spreadsheet = activeSpreadsheet();
    const table = requireAccountTable(spreadsheet);
    const account =
      table.index.accounts.find((name) => normalizeKey(name) === normalizeKey(wanted)) ??
      refuse('surveyNoSuchAccount', { account: wanted, sheet: table.name });
    const current = readSurveySheet(spreadsheet);
    requireWritable(current);
    const row = current.rows.find((candidate) => String(candidate[ID]) === responseId);
    if (row === undefined) refuse('surveyNoSuchResponse', { response: responseId });
    if (!isUnmatched(row)) {
      // Assigning again what is already assigned (a retry, a double click) changes nothing.
      if (normalizeKey(row[ACCOUNT]) === normalizeKey(account)) return;
      refuse('surveyAlreadyMatched', { response: responseId, account: String(row[ACCOUNT]) });
    }
    const keys = assignmentKeys(row);
    if (keys.length === 0) refuse('surveyNothingToAssignBy', { response: responseId });
    // Remembered first: if the sheet write fails, the next import applies the assignment anyway.
    rememberAssignment(keys, account);
    assignRows(current, keys, account);
  });
  return surveyState();
}

/** Every unmatched row with one of the keys gets the account, rewritten in place as one block. */
function assignRows(current: SurveySheet, keys: readonly string[], account: string): void {
  // The response was found on the sheet, so it exists; the guard keeps the type honest.
  const sheet = current.sheet;
  if (sheet === null || sheet === undefined) return;
  const targets = new Set<number>();
  let first = Number.POSITIVE_INFINITY;
  let last = -1;
  current.rows.forEach((row, index) => {
    if (!isUnmatched(row) || !assignmentKeys(row).some((key) => keys.includes(key))) return;
    targets.add(index);
    first = Math.min(first, index);
    last = index;
  });
  const block = current.rows.slice(first, last + 1).map((row, offset) => {
    const writable = writableRow(row);
    if (targets.has(first + offset)) {
      writable[ACCOUNT] = asPlainText(account);
      writable[MATCH_COLUMN] = 'assigned';
    }
    return writable;
  });
  sheet.getRange(first + 2, 1, block.length, SURVEY_WIDTH).setValues(block);
}
