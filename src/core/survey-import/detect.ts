/**
 * Which question holds NPS, CSAT, CES, the account and the comment: from question types, scale
 * bounds (stated by the form or the title), title keywords and, for a sheet column, what its
 * answers look like (answer-profile.ts). Each field is mapped only when a rule is sure of it; a
 * question that only half fits (a "company" title over head-counts) is named in the reason and
 * left for the user to choose, never guessed. Reasons are keys of the server catalogue with their
 * parameters (server-keyed.ts): the server words them in the user's language.
 */
import { type KeyedText, keyed, type ServerKey } from '../../shared/messages/server-keyed';
import { readNumber } from '../cells';
import { type AnswerStats, answerStats } from './answer-profile';
import { isMissingAnswer } from './answers';
import {
  ACCOUNT_KEYWORDS,
  CES_KEYWORDS,
  COMMENT_KEYWORDS,
  COMPANY_TRAIT_KEYWORDS,
  COUNT_KEYWORDS,
  CSAT_KEYWORDS,
  EMAIL_KEYWORDS,
  NPS_KEYWORDS,
  RATING_KEYWORDS,
  UPLOAD_KEYWORDS,
} from './keywords';
import { foldText, type KeywordTable, mentionedKeyword, spelledInTitle } from './text';
import { scaleInTitle } from './title-scale';

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

/** 'high': mapped; 'low': a question half fits and is left for the user; 'none': nothing fits. */
export type Confidence = 'high' | 'low' | 'none';

export interface QuestionDetection {
  mapping: SurveyMapping;
  reasons: Record<MappingField, KeyedText>;
  confidence: Record<MappingField, Confidence>;
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

/**
 * What a question's answers look like; 'unknown' is a column of a sheet with no answers yet (its
 * title is all there is), 'empty' a column nobody answered in a sheet that has answers (nothing
 * to gain from mapping it, and its title alone is no proof).
 */
type AnswerShape = 'scale' | 'paragraph' | 'text' | 'choice' | 'unknown' | 'empty' | 'other';

interface Profile {
  title: string;
  folded: string;
  shape: AnswerShape;
  scale: ScaleBounds | null;
  /** A rating item: its answers are 1..levels by construction, whatever the number of levels. */
  rating: boolean;
  /** A sheet column's answers; null for a form item (its type says what it is). */
  stats: AnswerStats | null;
  /** The title asks for a count or an amount ("How many people…"). */
  counting: boolean;
}

/** A profile whose scale is known, so rules read its bounds without assertions. */
type Scaled = Profile & { scale: ScaleBounds };
const isScaled = (profile: Profile): profile is Scaled => profile.scale !== null;

/** A detection rule: the reason this question fits the field, or null. */
type Rule = (profile: Profile) => KeyedText | null;

// Google Forms' own defaults for a scale item.
const FORMS_SCALE_LOWER = 1;
const FORMS_SCALE_UPPER = 5;
// Google Forms' default number of rating levels.
const FORMS_RATING_LEVELS = 5;
/** A comment's answers: this many words on average, and mostly different from each other. */
const COMMENT_WORDS = 4;
const COMMENT_DISTINCT = 0.7;
/** An account column: at most this share of its answers hold a digit (company names rarely do)… */
const ACCOUNT_DIGITS = 0.5;
/** …and at least this share are different (a few options picked again and again name no account). */
const ACCOUNT_DISTINCT = 0.5;
/** Below this many answers, distinctness cannot be told from chance: every answer must differ. */
const FEW_ANSWERS = 6;
/** NPS from the answers alone: at least this many answers, this many different. */
const NPS_MIN_ANSWERS = 3;

export function detectQuestions(questions: readonly FormQuestion[]): QuestionDetection {
  const profiles = questions.map(profileOf);
  if (profiles.some((profile) => profile.stats !== null && profile.stats.count > 0)) {
    for (const profile of profiles) if (profile.shape === 'unknown') profile.shape = 'empty';
  }
  const used = new Set<Profile>();
  const pick = (rules: readonly Rule[]) => pickQuestion(profiles, used, rules);

  const nps = pick(NPS_RULES);
  const csat = pick(CSAT_RULES);
  const ces = pick(CES_RULES);
  const account = pick(ACCOUNT_RULES);
  const comment = pick(COMMENT_RULES);
  const unsure = (table: KeywordTable, field: string | KeyedText) => nearMiss(profiles, used, table, field);
  const misses: Record<MappingField, KeyedText | null> = {
    nps: nps ? null : unsure(NPS_KEYWORDS, 'NPS'),
    csat: csat ? null : unsure(CSAT_KEYWORDS, 'CSAT'),
    ces: ces ? null : unsure(CES_KEYWORDS, 'CES'),
    account: account ? null : unsure(ACCOUNT_KEYWORDS, keyed('surveyWhyFieldAccount')),
    comment: comment ? null : unsure(COMMENT_KEYWORDS, keyed('surveyWhyFieldComment')),
  };
  const picked = { nps, csat, ces, account, comment };
  const confidence = {} as Record<MappingField, Confidence>;
  for (const field of Object.keys(picked) as MappingField[])
    confidence[field] = picked[field] ? 'high' : misses[field] === null ? 'none' : 'low';
  return {
    confidence,
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
      nps: nps?.reason ?? misses.nps ?? keyed('surveyWhyNoNps'),
      csat: csat?.reason ?? misses.csat ?? keyed('surveyWhyNoCsat'),
      ces: ces?.reason ?? misses.ces ?? keyed('surveyWhyNoCes'),
      account:
        account?.reason ??
        (misses.account === null
          ? keyed('surveyWhyNoAccount')
          : keyed('surveyWhyAccountUntil', { reason: misses.account })),
      comment: comment?.reason ?? misses.comment ?? keyed('surveyWhyNoComment'),
    },
  };
}

/** The first unused question the first rule accepts, else the second rule's, and so on. */
function pickQuestion(
  profiles: readonly Profile[],
  used: Set<Profile>,
  rules: readonly Rule[],
): { profile: Profile; reason: KeyedText } | null {
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

/**
 * The first unused question whose title mentions the field but whose answers kept every rule from
 * taking it, as a reason naming what was seen: the user decides.
 */
function nearMiss(
  profiles: readonly Profile[],
  used: ReadonlySet<Profile>,
  table: KeywordTable,
  field: string | KeyedText,
): KeyedText | null {
  for (const profile of profiles) {
    if (used.has(profile)) continue;
    const keyword = mentionedKeyword(profile.folded, table);
    const seen = keyword === null ? null : answersSeen(profile);
    if (keyword === null || seen === null) continue;
    return keyed('surveyWhyHalfFits', {
      question: profile.title,
      keyword: spelledInTitle(profile.title, keyword),
      seen,
      field,
    });
  }
  return null;
}

/** What a question's answers are, in a reason's words; null when nothing was seen. */
function answersSeen(profile: Profile): KeyedText | null {
  const stats = profile.stats;
  if (stats === null || stats.count === 0) return null;
  if (stats.checkbox) return keyed('surveySeenCheckboxes');
  if (stats.links > 0.5) return keyed('surveySeenLinks');
  if (profile.counting || stats.numeric > 0.5) return keyed('surveySeenNumbers');
  if (stats.digits > ACCOUNT_DIGITS) return keyed('surveySeenFigures');
  if (stats.options) return keyed('surveySeenOptions', { count: stats.distinct });
  if (profile.scale !== null)
    return keyed('surveySeenRange', { lower: profile.scale.lower, upper: profile.scale.upper });
  return keyed(profile.shape === 'paragraph' ? 'surveySeenLongText' : 'surveySeenShortText');
}

function profileOf(question: FormQuestion): Profile {
  const folded = foldText(question.title);
  const counting = mentionedKeyword(folded, COUNT_KEYWORDS) !== null;
  const stats = question.type === 'UNKNOWN' ? answerStats(question.samples ?? []) : null;
  // A count's answers are no scale, however small its numbers.
  const scale = question.type === 'UNKNOWN' && counting ? null : inferScale(question);
  return {
    title: question.title,
    folded,
    shape: shapeOf(question, scale, stats),
    scale,
    rating: question.type === 'RATING',
    stats,
    counting,
  };
}

function shapeOf(question: FormQuestion, scale: ScaleBounds | null, stats: AnswerStats | null): AnswerShape {
  if (scale !== null) return 'scale';
  if (stats !== null) return columnShape(stats);
  switch (question.type) {
    case 'TEXT':
      return 'text';
    case 'PARAGRAPH_TEXT':
      return 'paragraph';
    case 'MULTIPLE_CHOICE':
    case 'LIST':
      return 'choice';
    default:
      return 'other';
  }
}

/** A sheet column's shape from its answers: checkboxes and uploads are no text to match or keep. */
function columnShape(stats: AnswerStats): AnswerShape {
  if (stats.count === 0) return 'unknown';
  if (stats.checkbox || stats.links > 0.5 || stats.numeric > 0.5) return stats.checkbox ? 'choice' : 'other';
  const varied = stats.distinct >= stats.count * COMMENT_DISTINCT;
  if (stats.long || (stats.words >= COMMENT_WORDS && varied && !stats.options)) return 'paragraph';
  return stats.options ? 'choice' : 'text';
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
      const range = wholeNumberRange((question.samples ?? []).filter((sample) => !isMissingAnswer(sample)));
      if (range === null) return null;
      // A scale the title states ("from 1 to 5") is exact when every answer is on it.
      const stated = scaleInTitle(question.title);
      return stated !== null && stated.lower <= range.lower && range.upper <= stated.upper
        ? { ...stated, exact: true }
        : { ...range, exact: false };
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

/** Question types as Google Forms names them (in English: "Scale", "Short answer"…). */
const TYPE_NAMES: Record<QuestionType, ServerKey> = {
  SCALE: 'surveyTypeScale',
  RATING: 'surveyTypeRating',
  TEXT: 'surveyTypeText',
  PARAGRAPH_TEXT: 'surveyTypeParagraph',
  MULTIPLE_CHOICE: 'surveyTypeChoice',
  LIST: 'surveyTypeList',
  CHECKBOX: 'surveyTypeCheckboxes',
  DATE: 'surveyTypeDate',
  OTHER: 'surveyTypeOther',
  UNKNOWN: 'surveyTypeColumn',
};

/** What a question is, for the sidebar's list: "Scale 0–10", "Paragraph", "Sheet column, answers 1–5". */
export function describeQuestion(question: FormQuestion): KeyedText {
  const scale = inferScale(question);
  const type = keyed(TYPE_NAMES[question.type]);
  if (scale === null) return type;
  const bounds = { type, lower: scale.lower, upper: scale.upper };
  return keyed(scale.exact ? 'surveyTypeScaled' : 'surveyTypeAnswers', bounds);
}

function describeScale(scale: ScaleBounds, rating = false): KeyedText {
  const bounds = { lower: scale.lower, upper: scale.upper };
  if (!scale.exact) return keyed('surveyWhyAnswers', bounds);
  return keyed(rating ? 'surveyWhyRating' : 'surveyWhyScale', bounds);
}

/** How a numeric question's answers look, for a reason: "1–5 scale", "1–5 rating", "answers 1–4". */
const describeAnswers = (profile: Scaled) => describeScale(profile.scale, profile.rating);

/** What a rule saw of a question: a reason's first part, '' for nothing worth saying, null to refuse. */
type Seen = KeyedText | '' | null;

/**
 * A rule for questions whose title mentions a keyword of the table and whose shape `accepts` (it
 * returns what it saw); `byDomain` ends the reason with how the answers are matched.
 */
function mentioning(table: KeywordTable, accepts: (profile: Profile) => Seen, byDomain = false): Rule {
  return (profile) => {
    const found = mentionedKeyword(profile.folded, table);
    if (found === null) return null;
    const fit = accepts(profile);
    if (fit === null) return null;
    const keyword = spelledInTitle(profile.title, found);
    const reason =
      fit === '' ? keyed('surveyWhyMentions', { keyword }) : keyed('surveyWhyFitMentions', { fit, keyword });
    return byDomain ? keyed('surveyWhyByDomain', { reason }) : reason;
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

/** A 0–10 scale read from answers alone: enough of them, spread enough, not counts. */
const spreadLikeNps = (p: Scaled) =>
  p.stats !== null && p.stats.count >= NPS_MIN_ANSWERS && p.stats.distinct >= NPS_MIN_ANSWERS && !p.counting;

/** `accepts` applied to scaled profiles only: the others are refused. */
const scaled =
  (accepts: (profile: Scaled) => KeyedText | null) =>
  (profile: Profile): KeyedText | null =>
    isScaled(profile) ? accepts(profile) : null;

const NPS_RULES: readonly Rule[] = [
  mentioning(
    NPS_KEYWORDS,
    scaled((p) => (isZeroToTen(p.scale) ? describeAnswers(p) : null)),
  ),
  scaled((p) =>
    isZeroToTen(p.scale) && !mentionsAny(p, [CSAT_KEYWORDS, CES_KEYWORDS]) ? describeAnswers(p) : null,
  ),
  mentioning(
    NPS_KEYWORDS,
    scaled((p) => (fitsZeroToTen(p.scale) && !p.counting ? describeAnswers(p) : null)),
  ),
  // A "Score" whose answers go above 7, where no CSAT or CES scale reaches: what else would it be?
  mentioning(
    RATING_KEYWORDS,
    scaled((p) =>
      fitsZeroToTen(p.scale) &&
      p.scale.upper > 7 &&
      spreadLikeNps(p) &&
      !mentionsAny(p, [CSAT_KEYWORDS, CES_KEYWORDS])
        ? keyed('surveyWhyZeroToTen', { answers: describeAnswers(p) })
        : null,
    ),
  ),
  mentioning(NPS_KEYWORDS, noAnswersYet),
];

const CSAT_RULES: readonly Rule[] = [
  // A rating asking about satisfaction is CSAT on its own number of levels (3–10 stars).
  mentioning(
    CSAT_KEYWORDS,
    scaled((p) => (isOneToFiveOrSeven(p.scale) || p.rating ? describeAnswers(p) : null)),
  ),
  mentioning(CSAT_KEYWORDS, noAnswersYet),
  scaled((p) =>
    isOneToFiveOrSeven(p.scale) && p.scale.exact && !mentionsAny(p, [NPS_KEYWORDS, CES_KEYWORDS])
      ? describeAnswers(p)
      : null,
  ),
];

const CES_RULES: readonly Rule[] = [
  mentioning(
    CES_KEYWORDS,
    scaled((p) => (isOneToFiveOrSeven(p.scale) ? describeAnswers(p) : null)),
  ),
  mentioning(CES_KEYWORDS, noAnswersYet),
];

const isFreeText = (p: Profile) => p.shape === 'text' || p.shape === 'unknown';
/**
 * Answers that can name an account: not a count, a trait of the company or a file, not yes/no, not mostly
 * figures, and mostly distinct (every one distinct when there are too few to tell). Form items
 * have no answers to look at: their type says it.
 */
const nameLike = (p: Profile) => {
  if (p.counting) return false;
  if (mentionedKeyword(p.folded, COMPANY_TRAIT_KEYWORDS) !== null) return false;
  if (mentionedKeyword(p.folded, UPLOAD_KEYWORDS) !== null) return false;
  const stats = p.stats;
  if (stats === null || stats.count === 0) return true;
  const distinct =
    stats.count >= FEW_ANSWERS
      ? stats.distinct >= stats.count * ACCOUNT_DISTINCT
      : stats.distinct === stats.count;
  return distinct && !stats.yesNo && stats.digits <= ACCOUNT_DIGITS;
};

const ACCOUNT_RULES: readonly Rule[] = [
  mentioning(ACCOUNT_KEYWORDS, (p) => (isFreeText(p) && nameLike(p) ? '' : null)),
  // A form's dropdown of companies (a sheet column of a few values picked again and again could be
  // any multiple-choice question: left to the user).
  mentioning(ACCOUNT_KEYWORDS, (p) =>
    p.shape === 'choice' && p.stats === null && nameLike(p) ? keyed('surveyWhyChoice') : null,
  ),
  mentioning(EMAIL_KEYWORDS, (p) => (isFreeText(p) ? '' : null), true),
];

const paragraphSeen = (p: Profile) => keyed(p.stats === null ? 'surveyWhyParagraph' : 'surveyWhyLongAnswers');

const COMMENT_RULES: readonly Rule[] = [
  mentioning(COMMENT_KEYWORDS, (p) => (p.shape === 'paragraph' ? paragraphSeen(p) : null)),
  (p) => (p.shape === 'paragraph' ? paragraphSeen(p) : null),
  // A short free-text question asking why: a form item, or a sheet column with no answers yet (a
  // column's short answers may be the options of a multiple-choice "Why did you choose us?").
  mentioning(COMMENT_KEYWORDS, (p) =>
    p.shape === 'unknown' || (p.shape === 'text' && p.stats === null) ? keyed('surveyWhyFreeText') : null,
  ),
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
