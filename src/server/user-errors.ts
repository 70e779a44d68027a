/**
 * Errors the user reads (the sidebar's failure handler, the menu's alert) in their language. Core
 * throws a message key (LocalizedError) whose `message` is English; google.script.run hands the
 * sidebar only that message, so the key must be rendered here, before the error leaves the server.
 */
import { localizeError } from '../shared/messages/errors';
import { userText } from './locale';

/** `error` in the user's language when core threw it by key; any other error as it is. */
export function inUserLanguage(error: unknown): unknown {
  try {
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
