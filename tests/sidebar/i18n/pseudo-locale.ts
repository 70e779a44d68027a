/**
 * A pseudo-locale for the hard-coded-text test: every English message wrapped in ⟦…⟧ (placeholders
 * and plural blocks untouched inside). Text on screen outside the brackets came from somewhere
 * other than the catalogue.
 */
import type { Messages } from '../../../src/shared/messages';
import { en } from '../../../src/shared/messages/en';
import { type ErrorMessages, errorsEn } from '../../../src/shared/messages/errors-en';

export const PSEUDO_LOCALE = 'en-x-pseudo';

export function pseudoMessages(messages: Messages = en): Messages {
  return Object.fromEntries(Object.entries(messages).map(([key, text]) => [key, `⟦${text}⟧`])) as Messages;
}

/** Core's messages (the Model tab's field errors come from core's checks) wrapped the same way. */
export function pseudoErrorMessages(messages: ErrorMessages = errorsEn): ErrorMessages {
  return Object.fromEntries(
    Object.entries(messages).map(([key, text]) => [key, `⟦${text}⟧`]),
  ) as ErrorMessages;
}

/** What is left of a text once every ⟦…⟧, nested ones first, is taken out. */
export function outsideBrackets(text: string): string {
  let rest = text;
  let before: string;
  do {
    before = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  } while (rest !== before);
  return rest.trim();
}
