/**
 * What a sheet column's answers look like, for detection: a title can say "company" over a
 * question of head-counts or checkboxes, and "why" over a multiple-choice list; the answers tell.
 */
import { readNumber } from '../cells';
import { isMissingAnswer } from './answers';

export interface AnswerStats {
  /** Answers that say something (blanks, "NA", "Prefer not to say"… left out). */
  count: number;
  distinct: number;
  /** Share of answers that read as numbers (25, "1,200", "45%"). */
  numeric: number;
  /** Share of answers with a digit in them ("1-10 employees", "2024"): company names rarely have one. */
  digits: number;
  /** Share of answers that are links (an upload question's files, a pasted URL list). */
  links: number;
  /** Mean number of words of an answer. */
  words: number;
  /** Some answer spans lines or is a paragraph long. */
  long: boolean;
  /** Answers are picks from a short list: few values, each picked several times. */
  options: boolean;
  /** A checkbox question: answers list several picks from the same few options. */
  checkbox: boolean;
  /** Every answer is a yes or a no (or true / false), in any of the languages detection reads. */
  yesNo: boolean;
}

/** Free-text answers this long, or spanning lines, come from a paragraph question. */
const PARAGRAPH_ANSWER_LENGTH = 80;
/** A list of options has at most this many values… */
const MAX_OPTIONS = 12;
/** …each picked this many times on average (with fewer answers nothing can be told). */
const PICKS_PER_OPTION = 2;
/** A checkbox option is at most this many words on average. */
const MAX_PICK_WORDS = 3;
/** Share of answers that are comma lists for a checkbox question. */
const CHECKBOX_SHARE = 0.3;

const YES_NO = new Set([
  'yes',
  'no',
  'true',
  'false',
  'sì',
  'si',
  'da',
  'nu',
  'sí',
  'oui',
  'non',
  'ja',
  'nein',
  'sim',
  'não',
  'بله',
  'خیر',
  'نه',
  'آره',
  'ใช่',
  'ไม่ใช่',
  'ไม่',
]);

export function answerStats(samples: readonly unknown[]): AnswerStats {
  const answers = samples.filter((sample) => !isMissingAnswer(sample)).map((sample) => String(sample).trim());
  const count = answers.length;
  const distinct = new Set(answers.map((answer) => answer.toLowerCase())).size;
  const share = (test: (answer: string) => boolean) =>
    count === 0 ? 0 : answers.filter(test).length / count;
  let words = 0;
  for (const answer of answers) words += answer.split(/\s+/).filter((word) => word !== '').length;
  return {
    count,
    distinct,
    numeric: share((answer) => !Number.isNaN(readNumber(answer))),
    digits: share((answer) => /\p{Nd}/u.test(answer)),
    links: share(
      (answer) =>
        /^(https?:\/\/|www\.)\S+$/i.test(answer) && /drive\.google|docs\.google|\/file/i.test(answer),
    ),
    words: count === 0 ? 0 : words / count,
    long: answers.some((answer) => answer.includes('\n') || answer.length >= PARAGRAPH_ANSWER_LENGTH),
    options: distinct <= MAX_OPTIONS && count >= distinct * PICKS_PER_OPTION && distinct < count,
    checkbox: looksLikeCheckboxes(answers),
    yesNo: count > 0 && answers.every((answer) => YES_NO.has(answer.toLowerCase())),
  };
}

function looksLikeCheckboxes(answers: readonly string[]): boolean {
  const lists = answers.filter((answer) => answer.includes(', '));
  if (lists.length === 0 || lists.length < answers.length * CHECKBOX_SHARE) return false;
  const picks = lists.flatMap((answer) => answer.split(/,\s+/));
  let words = 0;
  for (const pick of picks) words += pick.split(/\s+/).length;
  // Options are a word or three ("Mobile app"); a comment's clauses are longer.
  const vocabulary = new Set(picks.map((pick) => pick.toLowerCase()));
  return words / picks.length <= MAX_PICK_WORDS && vocabulary.size <= MAX_OPTIONS;
}
