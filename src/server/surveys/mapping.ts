/**
 * Which question feeds which field: the one the user confirmed in the sidebar, else the one they
 * confirmed for this source before, else detection (core). A remembered question that is no longer
 * in the form falls back to detection for that field, and the import says so.
 */

import { isBlank } from '../../core/cells';
import {
  detectQuestions,
  type FormQuestion,
  type MappingField,
  type QuestionDetection,
  type SurveyMapping,
} from '../../core/survey-import';
import type { ServerText } from '../../shared/messages/server';
import type { SurveyConfidence } from '../../shared/protocol';
import { lazyUserText, refuse, say, sayKeyed } from './say';

export interface ChosenMapping {
  mapping: SurveyMapping;
  /** Why each detected field was chosen, in the user's words (none for a mapping confirmed as it is). */
  reasons: Partial<Record<MappingField, string>>;
  /** The mapping confirmed before, unchanged. */
  remembered: boolean;
  /** Fields whose remembered question is gone, in the user's terms. */
  notes: string[];
  /** How sure each field's question is, for the preview to show (a confirmed mapping: all sure). */
  confidence: Partial<Record<MappingField, SurveyConfidence>>;
}

const FIELDS: readonly MappingField[] = ['nps', 'csat', 'ces', 'account', 'comment'];
/** A field as the user's language names it (NPS, CSAT and CES are the same everywhere). */
function fieldName(field: MappingField, text: ServerText): string {
  if (field === 'account') return text.messages.surveyFieldAccount;
  if (field === 'comment') return text.messages.surveyFieldComment;
  return field.toUpperCase();
}
const SCALE_OF = { csat: 'csatScale', ces: 'cesScale' } as const;
const DEFAULT_SCALE = { csat: 5, ces: 7 } as const;
const MAX_SCALE = 100;

export function chooseMapping(
  questions: readonly FormQuestion[],
  formTitle: string,
  confirmed: unknown,
  remembered: SurveyMapping | null,
): ChosenMapping {
  if (confirmed !== undefined && confirmed !== null) {
    return {
      mapping: validateMapping(confirmed, questions, formTitle),
      reasons: {},
      remembered: false,
      notes: [],
      confidence: {},
    };
  }
  const detected = detectQuestions(questions);
  const text = lazyUserText();
  const why = (field: MappingField) => sayKeyed(detected.reasons[field], text());
  const confidence: Partial<Record<MappingField, SurveyConfidence>> = {};
  for (const field of FIELDS) confidence[field] = detectedConfidence(field, detected, questions);
  if (remembered === null) {
    const reasons: Partial<Record<MappingField, string>> = {};
    for (const field of FIELDS) reasons[field] = why(field);
    return { mapping: detected.mapping, reasons, remembered: false, notes: [], confidence };
  }
  const titles = new Set(questions.map((question) => question.title));
  const mapping = pickMapping(remembered);
  const reasons: Partial<Record<MappingField, string>> = {};
  const notes: string[] = [];
  for (const field of FIELDS) {
    const title = mapping[field];
    // The user's own choice (a question, or none for this field): nothing to doubt.
    if (title === null || titles.has(title)) {
      confidence[field] = title === null ? 'none' : 'sure';
      continue;
    }
    // The detected question, unless another field already uses it.
    const others = FIELDS.filter((other) => other !== field).map((other) => mapping[other]);
    const replacement = others.includes(detected.mapping[field]) ? null : detected.mapping[field];
    mapping[field] = replacement;
    // Its question is gone: whatever stands in for it, the user should look again.
    if (replacement === null || confidence[field] === 'sure')
      confidence[field] = replacement === null ? 'check' : 'likely';
    if (field === 'csat' || field === 'ces')
      mapping[SCALE_OF[field]] = replacement === null ? null : detected.mapping[SCALE_OF[field]];
    const now =
      replacement === null
        ? say('surveyNoQuestion', {}, text())
        : say('surveyReplacement', { question: replacement, reason: why(field) }, text());
    reasons[field] = say('surveyQuestionGoneReason', { question: title, now }, text());
    notes.push(
      say(
        'surveyQuestionGone',
        { field: fieldName(field, text()), question: title, form: formTitle, now },
        text(),
      ),
    );
  }
  return { mapping, reasons, remembered: notes.length === 0, notes, confidence };
}

/**
 * Detection's confidence in the preview's words: a mapped question is 'sure' unless nothing but
 * its title was seen (a sheet column nobody has answered yet), which is only 'likely'.
 */
function detectedConfidence(
  field: MappingField,
  detected: QuestionDetection,
  questions: readonly FormQuestion[],
): SurveyConfidence {
  const level = detected.confidence[field];
  if (level === 'low') return 'check';
  if (level === 'none') return 'none';
  const question = questions.find((candidate) => candidate.title === detected.mapping[field]);
  const unanswered = question?.samples?.every((sample) => isBlank(sample));
  return unanswered ? 'likely' : 'sure';
}

/** The mapping fields of a stored object (a property may have been written by an older version). */
function pickMapping(stored: SurveyMapping): SurveyMapping {
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  const number = (value: unknown) => (typeof value === 'number' ? value : null);
  return {
    nps: text(stored.nps),
    csat: text(stored.csat),
    csatScale: number(stored.csatScale),
    ces: text(stored.ces),
    cesScale: number(stored.cesScale),
    account: text(stored.account),
    comment: text(stored.comment),
  };
}

/** A mapping from the sidebar: every title a question of the form, scales whole numbers. */
export function validateMapping(
  candidate: unknown,
  questions: readonly FormQuestion[],
  formTitle: string,
): SurveyMapping {
  if (typeof candidate !== 'object' || candidate === null) refuse('surveyMappingMissing');
  const text = lazyUserText();
  const given = candidate as Record<string, unknown>;
  const titles = new Set(questions.map((question) => question.title));
  const title = (field: MappingField): string | null => {
    const value = given[field];
    if (value === null || value === undefined || value === '') return null;
    if (typeof value !== 'string' || !titles.has(value))
      refuse('surveyNotAQuestion', {
        field: fieldName(field, text()),
        question: String(value),
        form: formTitle,
      });
    return value;
  };
  const scale = (field: 'csat' | 'ces', question: string | null): number | null => {
    if (question === null) return null;
    const value = given[SCALE_OF[field]];
    if (value === null || value === undefined || value === '') return DEFAULT_SCALE[field];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 2 || value > MAX_SCALE)
      refuse('surveyScaleTop', { field: fieldName(field, text()), max: MAX_SCALE, value: String(value) });
    return value;
  };
  const csat = title('csat');
  const ces = title('ces');
  // One answer cannot be two things: an NPS question read as the account would blank every NPS.
  const taken = new Map<string, MappingField>();
  for (const field of FIELDS) {
    const question = title(field);
    if (question === null) continue;
    const other = taken.get(question);
    if (other !== undefined)
      refuse('surveyQuestionTwice', {
        question,
        first: fieldName(other, text()),
        second: fieldName(field, text()),
      });
    taken.set(question, field);
  }
  return {
    nps: title('nps'),
    csat,
    csatScale: scale('csat', csat),
    ces,
    cesScale: scale('ces', ces),
    account: title('account'),
    comment: title('comment'),
  };
}
