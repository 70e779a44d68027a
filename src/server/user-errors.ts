/**
 * Errors the user reads (the sidebar's failure handler, the menu's alert) in their language. Core
 * throws a message key (LocalizedError) whose `message` is English; google.script.run hands the
 * sidebar only that message, so the key must be rendered here, before the error leaves the server.
 */
import { localizeError } from '../shared/messages/errors';
import { userText } from './locale';
import { userMessage } from './refuse';

/** Google's refusal to grow a spreadsheet past its cells, as Apps Script words it. */
const SPREADSHEET_FULL = /above the limit of 10000000 cells/;

/**
 * `error` in the user's language when core threw it by key, or when Google refused to grow the
 * spreadsheet past its 10 million cells (its own words name no way out); any other error as it is.
 */
export function inUserLanguage(error: unknown): unknown {
  try {
    if (SPREADSHEET_FULL.test(String((error as Error | null)?.message))) {
      return new Error(userMessage('spreadsheetFull', { limit: 10_000_000 }));
    }
    return localizeError(error, userText().locale);
  } catch {
    // Reading the locale failed too: the original error is the one worth showing.
    return error;
  }
}

/** Runs a sidebar endpoint; what it throws reaches the sidebar in the user's language. */
export function speakingUser<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw inUserLanguage(error);
  }
}
