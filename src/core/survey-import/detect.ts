/**
 * Which form question holds NPS, CSAT, CES, the account and the comment: guessed from question
 * types, scale bounds and title keywords, each guess with a reason the sidebar shows so the user
 * can correct it.
 */
import { isBlank, readNumber } from '../cells';
import {
  ACCOUNT_KEYWORDS,
  CES_KEYWORDS,
  COMMENT_KEYWORDS,
  CSAT_KEYWORDS,
  EMAIL_KEYWORDS,
  NPS_KEYWORDS,
} from './keywords';
import { foldText, type KeywordTable, mentionedKeyword, spelledInTitle } from './text';

export type QuestionType =
  | 'SCALE'
  | 'RATING'
  | 'TEXT'
  | 'PARAGRAPH_TEXT'
  | 'MULTIPLE_CHOICE'
  | 'LIST'
  | 'CHECKBOX'
  | 'DATE'
  | 'OTHER'
  | 'UNKNOWN';

/**
 * A form question as the adapter sees it: FormApp items give bounds, a linked sheet gives samples.
 * A rating (stars, hearts, thumbs) is answered 1..upper, upper being its number of levels.
 */
export interface FormQuestion {
  title: string;
  type: QuestionType;
  lower?: number;
  upper?: number;
  choices?: string[];
  samples?: unknown[];
}

/** Question titles per field; account null means matching by the respondent's e-mail. */
export interface SurveyMapping {
  nps: string | null;
  csat: string | null;
  csatScale: number | null;
  ces: string | null;
  cesScale: number | null;
  account: string | null;
  comment: string | null;
}

export type MappingField = 'nps' | 'csat' | 'ces' | 'account' | 'comment';

export interface QuestionDetection {
  mapping: SurveyMapping;
  reasons: Record<MappingField, string>;
}

/**
 * Bounds of a numeric question. `exact` when the form states them (scale, or choices that are all
 * whole numbers); otherwise the lowest and highest answers seen, which only bound the real scale.
 */
export interface ScaleBounds {
  lower: number;
  upper: number;
  exact: boolean;
}

/** What a question's answers look like; 'unknown' is a linked-sheet column with no answers yet. */
type AnswerShape = 'scale' | 'paragraph' | 'text' | 'choice' | 'unknown' | 'other';

interface Profile {
  title: string;
  folded: string;
  shape: AnswerShape;
  scale: ScaleBounds | null;
  /** A rating item: its answers are 1..levels by construction, whatever the number of levels. */
  rating: boolean;
}

/** A detection rule: the reason this question fits the field, or null. */
type Rule = (profile: Profile) => string | null;

// Google Forms' own defaults for a scale item.
const FORMS_SCALE_LOWER = 1;
const FORMS_SCALE_UPPER = 5;
// Google Forms' default number of rating levels.
const FORMS_RATING_LEVELS = 5;
/** Free-text answers this long, or spanning lines, come from a paragraph question. */
const PARAGRAPH_ANSWER_LENGTH = 80;

export function detectQuestions(questions: readonly FormQuestion[]): QuestionDetection {
  const profiles = questions.map(profileOf);
  const used = new Set<Profile>();
  const pick = (rules: readonly Rule[]) => pickQuestion(profiles, used, rules);

  const nps = pick(NPS_RULES);
  const csat = pick(CSAT_RULES);
  const ces = pick(CES_RULES);
  const account = pick(ACCOUNT_RULES);
  const comment = pick(COMMENT_RULES);
  return {
    mapping: {
      nps: nps?.profile.title ?? null,
      csat: csat?.profile.title ?? null,
      csatScale: csat ? csatScaleOf(csat.profile.scale) : null,
      ces: ces?.profile.title ?? null,
      cesScale: ces ? cesScaleOf(ces.profile.scale) : null,
      account: account?.profile.title ?? null,
      comment: comment?.profile.title ?? null,
    },
    reasons: {
      nps: nps?.reason ?? "no 0–10 scale or question mentioning 'recommend'",
      csat: csat?.reason ?? "no 1–5 or 1–7 scale or question mentioning 'satisfied'",
      ces: ces?.reason ?? "no question mentioning 'effort' or 'easy'",
      account: account?.reason ?? "no company or account question: matched by the respondent's e-mail",
      comment: comment?.reason ?? 'no paragraph question or question asking for comments',
    },
  };
}

/** The first unused question the first rule accepts, else the second rule's, and so on. */
function pickQuestion(
  profiles: readonly Profile[],
  used: Set<Profile>,
  rules: readonly Rule[],
): { profile: Profile; reason: string } | null {
  for (const rule of rules) {
    for (const profile of profiles) {
      if (used.has(profile)) continue;
      const reason = rule(profile);
      if (reason !== null) {
        used.add(profile);
        return { profile, reason };
      }
    }
  }
  return null;
}

function profileOf(question: FormQuestion): Profile {
  const scale = inferScale(question);
  return {
    title: question.title,
    folded: foldText(question.title),
    shape: shapeOf(question, scale),
    scale,
    rating: question.type === 'RATING',
  };
}

function shapeOf(question: FormQuestion, scale: ScaleBounds | null): AnswerShape {
  if (scale !== null) return 'scale';
  switch (question.type) {
    case 'TEXT':
      return 'text';
    case 'PARAGRAPH_TEXT':
      return 'paragraph';
    case 'MULTIPLE_CHOICE':
    case 'LIST':
      return 'choice';
    case 'UNKNOWN': {
      const answers = (question.samples ?? []).filter((sample) => !isBlank(sample)).map(String);
      if (answers.length === 0) return 'unknown';
      const long = answers.some((text) => text.includes('\n') || text.length >= PARAGRAPH_ANSWER_LENGTH);
      return long ? 'paragraph' : 'text';
    }
    default:
      return 'other';
  }
}

/** Scale bounds from a scale item, a choice list of whole numbers, or whole-number sample answers. */
export function inferScale(question: FormQuestion): ScaleBounds | null {
  switch (question.type) {
    case 'SCALE':
      return {
        lower: question.lower ?? FORMS_SCALE_LOWER,
        upper: question.upper ?? FORMS_SCALE_UPPER,
        exact: true,
      };
    case 'RATING':
      return { lower: 1, upper: question.upper ?? FORMS_RATING_LEVELS, exact: true };
    case 'MULTIPLE_CHOICE':
    case 'LIST': {
      const range = wholeNumberRange(question.choices ?? []);
      return range !== null && (question.choices ?? []).length >= 2 ? { ...range, exact: true } : null;
    }
    case 'UNKNOWN': {
      const range = wholeNumberRange((question.samples ?? []).filter((sample) => !isBlank(sample)));
      return range === null ? null : { ...range, exact: false };
    }
    default:
      return null;
  }
}

/** Lowest and highest of values that are all whole numbers 0–10 (numeric text accepted); else null. */
function wholeNumberRange(values: readonly unknown[]): { lower: number; upper: number } | null {
  if (values.length === 0) return null;
  let lower = Number.POSITIVE_INFINITY;
  let upper = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    const number = readNumber(value);
    if (!Number.isInteger(number) || number < 0 || number > 10) return null;
    lower = Math.min(lower, number);
    upper = Math.max(upper, number);
  }
  return { lower, upper };
}

const TYPE_NAMES: Record<QuestionType, string> = {
  SCALE: 'Scale',
  RATING: 'Rating',
  TEXT: 'Short answer',
  PARAGRAPH_TEXT: 'Paragraph',
  MULTIPLE_CHOICE: 'Multiple choice',
  LIST: 'Dropdown',
  CHECKBOX: 'Checkboxes',
  DATE: 'Date',
  OTHER: 'Other',
  UNKNOWN: 'Sheet column',
};

/** What a question is, for the sidebar's list: "Scale 0–10", "Paragraph", "Sheet column, answers 1–5". */
export function describeQuestion(question: FormQuestion): string {
  const scale = inferScale(question);
  const name = TYPE_NAMES[question.type];
  if (scale === null) return name;
  return scale.exact
    ? `${name} ${scale.lower}–${scale.upper}`
    : `${name}, answers ${scale.lower}–${scale.upper}`;
}

function describeScale(scale: ScaleBounds, rating = false): string {
  if (!scale.exact) return `answers ${scale.lower}–${scale.upper}`;
  return `${scale.lower}–${scale.upper} ${rating ? 'rating' : 'scale'}`;
}

/** How a numeric question's answers look, for a reason: "1–5 scale", "1–5 rating", "answers 1–4". */
const describeAnswers = (profile: Profile) => describeScale(profile.scale!, profile.rating);

/**
 * A rule for questions whose title mentions a keyword of the table and whose shape `accepts` (it
 * returns what it saw, '' for nothing worth saying, or null to refuse); `note` ends the reason.
 */
function mentioning(table: KeywordTable, accepts: (profile: Profile) => string | null, note = ''): Rule {
  return (profile) => {
    const keyword = mentionedKeyword(profile.folded, table);
    const fit = keyword === null ? null : accepts(profile);
    if (fit === null) return null;
    const mention = `title mentions '${spelledInTitle(profile.title, keyword!)}'`;
    const reason = fit === '' ? mention : `${fit}, ${mention}`;
    return note === '' ? reason : `${reason}: ${note}`;
  };
}

/** True when the title speaks of another field, so a bare scale must not be taken for this one. */
function mentionsAny(profile: Profile, tables: readonly KeywordTable[]): boolean {
  return tables.some((table) => mentionedKeyword(profile.folded, table) !== null);
}

const isZeroToTen = (scale: ScaleBounds | null) =>
  scale?.exact === true && scale.lower <= 1 && scale.upper === 10;
// Seen answers only bound the scale: any whole numbers 0–10 may be NPS answers.
const fitsZeroToTen = (scale: ScaleBounds | null) => scale !== null && !scale.exact;
const isOneToFiveOrSeven = (scale: ScaleBounds | null) =>
  scale !== null &&
  (scale.exact
    ? scale.lower === 1 && (scale.upper === 5 || scale.upper === 7)
    : scale.lower >= 1 && scale.upper <= 7);

/** Nothing is known of the answers yet (a linked sheet without responses): trust the title. */
const noAnswersYet = (profile: Profile) => (profile.shape === 'unknown' ? '' : null);

const NPS_RULES: readonly Rule[] = [
  mentioning(NPS_KEYWORDS, (p) => (isZeroToTen(p.scale) ? describeAnswers(p) : null)),
  (p) => (isZeroToTen(p.scale) && !mentionsAny(p, [CSAT_KEYWORDS, CES_KEYWORDS]) ? describeAnswers(p) : null),
  mentioning(NPS_KEYWORDS, (p) => (fitsZeroToTen(p.scale) ? describeAnswers(p) : null)),
  // Above 7 no CSAT or CES scale reaches: what else would answers up to 10 be?
  (p) =>
    fitsZeroToTen(p.scale) && p.scale!.upper > 7 && !mentionsAny(p, [CSAT_KEYWORDS, CES_KEYWORDS])
      ? `${describeAnswers(p)}, a 0–10 scale`
      : null,
  mentioning(NPS_KEYWORDS, noAnswersYet),
];

const CSAT_RULES: readonly Rule[] = [
  // A rating asking about satisfaction is CSAT on its own number of levels (3–10 stars).
  mentioning(CSAT_KEYWORDS, (p) => (isOneToFiveOrSeven(p.scale) || p.rating ? describeAnswers(p) : null)),
  mentioning(CSAT_KEYWORDS, noAnswersYet),
  (p) =>
    isOneToFiveOrSeven(p.scale) && p.scale!.exact && !mentionsAny(p, [NPS_KEYWORDS, CES_KEYWORDS])
      ? describeAnswers(p)
      : null,
];

const CES_RULES: readonly Rule[] = [
  mentioning(CES_KEYWORDS, (p) => (isOneToFiveOrSeven(p.scale) ? describeAnswers(p) : null)),
  mentioning(CES_KEYWORDS, noAnswersYet),
];

const isFreeText = (p: Profile) => p.shape === 'text' || p.shape === 'unknown';

const ACCOUNT_RULES: readonly Rule[] = [
  mentioning(ACCOUNT_KEYWORDS, (p) => (isFreeText(p) ? '' : null)),
  mentioning(ACCOUNT_KEYWORDS, (p) => (p.shape === 'choice' ? 'choice question' : null)),
  mentioning(EMAIL_KEYWORDS, (p) => (isFreeText(p) ? '' : null), 'matched by its domain'),
];

const COMMENT_RULES: readonly Rule[] = [
  mentioning(COMMENT_KEYWORDS, (p) => (p.shape === 'paragraph' ? 'paragraph question' : null)),
  (p) => (p.shape === 'paragraph' ? 'paragraph question' : null),
  mentioning(COMMENT_KEYWORDS, (p) => (isFreeText(p) ? 'free-text question' : null)),
];

/** CSAT's scale: the stated one, else 5 unless answers above 5 were seen (then 7). */
function csatScaleOf(scale: ScaleBounds | null): number {
  if (scale === null) return 5;
  if (scale.exact) return scale.upper;
  return scale.upper > 5 ? 7 : 5;
}

/** CES's scale: the stated one, else the usual 7. */
function cesScaleOf(scale: ScaleBounds | null): number {
  return scale?.exact ? scale.upper : 7;
}
