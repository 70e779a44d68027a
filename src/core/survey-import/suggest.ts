/**
 * An account an unmatched answer probably means: a small typo ("Initek" → Initech) or an
 * abbreviation ("IBM" → International Business Machines). Only ever offered in the unmatched list
 * for the user to confirm, never matched on its own: a wrong account is worse than none.
 */
import { editDistance } from '../closest';
import { LEGAL_SUFFIXES, nameKey } from './names';
import { foldText, wordsOf } from './text';

/** Typos allowed: one per this many letters of the name, at most two ("Acme" allows one). */
const LETTERS_PER_TYPO = 3;
const MAX_TYPOS = 2;

export function suggestAccount(answer: string, accounts: readonly string[]): string | null {
  return accountSuggester(accounts)(answer);
}

/**
 * suggestAccount for many answers against one account list: each account's name key, typo
 * allowance and initials are worked out once, not once per unmatched answer.
 */
export function accountSuggester(accounts: readonly string[]): (answer: string) => string | null {
  const candidates = accounts.flatMap((account) => {
    const name = nameKey(account);
    if (name === '') return [];
    const typos = Math.min(MAX_TYPOS, Math.floor(name.length / LETTERS_PER_TYPO));
    return [{ account, name, typos, initials: initialsOf(account) }];
  });
  return (answer) => {
    const key = nameKey(answer);
    if (key.length < 2) return null;
    const letters = key.replace(/\s+/g, '');
    const found = new Set<string>();
    for (const { account, name, typos, initials } of candidates) {
      if (typos > 0 && editDistance(key, name) <= typos) found.add(account);
      else if (initials === letters) found.add(account);
    }
    // Two accounts fit as well: no suggestion, the user picks.
    return found.size === 1 ? [...found][0] : null;
  };
}

const SUFFIXES = new Set(LEGAL_SUFFIXES.map((suffix) => foldText(suffix).replace(/[.\s]/g, '')));

/** "International Business Machines Corp." → "ibm" (legal suffixes dropped first). */
function initialsOf(account: string): string {
  const words = wordsOf(foldText(account.replace(/[.'’`]/g, ''))).filter((word) => !SUFFIXES.has(word));
  return words.length < 2 ? '' : words.map((word) => word[0]).join('');
}
