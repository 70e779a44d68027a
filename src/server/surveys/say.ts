/**
 * What the survey import tells the user (errors, report lines, notes), from the server catalogue
 * in the user's language (locale.ts: theirs, else the spreadsheet's, else English).
 */

import { errorTextIn, localizeError } from '../../shared/messages/errors';
import type { ErrorText } from '../../shared/messages/errors-render';
import type { ServerMessages, ServerText } from '../../shared/messages/server';
import { type KeyedText, renderKeyed } from '../../shared/messages/server-keyed';
import type { MessageParams } from '../../shared/messages/text';
import { userText } from '../locale';

export type SurveyMessage = keyof ServerMessages;

/** `key` filled in `text`'s language (the user's when left out). */
export function say(key: SurveyMessage, params: MessageParams = {}, text: ServerText = userText()): string {
  return text.format(text.messages[key], params);
}

/** Fails with `key` in the user's language. */
export function refuse(key: SurveyMessage, params: MessageParams = {}): never {
  throw new Error(say(key, params));
}

/**
 * The user's words, looked up once on first use: an import that reports several lines asks the
 * locale once, and one that reports nothing never does.
 */
export function lazyUserText(): () => ServerText {
  let text: ServerText | null = null;
  return () => {
    text ??= userText();
    return text;
  };
}

/** "Customer Health Score ▸ Set up health score", as the user's menu reads. */
export function setUpMenu(text: ServerText = userText()): string {
  return `${text.messages.addonName} ▸ ${text.messages.menuSetUp}`;
}

/** An error's message in `text`'s language: a core error is rendered from its key. */
export function messageOf(error: unknown, text: ServerText = userText()): string {
  const localized = localizeError(error, text.locale);
  return localized instanceof Error ? localized.message : String(localized);
}

/** What core composed from the server's keys (a detection reason, a question's type) in `text`'s language. */
export function sayKeyed(keyedText: KeyedText, text: ServerText = userText()): string {
  return renderKeyed(keyedText, text);
}

/** A core message (an answer's problem) in `text`'s language. */
export function sayError(errorText: ErrorText, text: ServerText = userText()): string {
  return errorTextIn(errorText, text.locale);
}
