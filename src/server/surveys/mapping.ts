/**
 * Which question feeds which field: the one the user confirmed in the sidebar, else the one they
 * confirmed for this source before, else detection (core). A remembered question that is no longer
 * in the form falls back to detection for that field, and the import says so.
 */
import { fail } from '../../core/args';
import {
  detectQuestions,
  type FormQuestion,
  type MappingField,
  type SurveyMapping,
} from '../../core/survey-import';

export interface ChosenMapping {
  mapping: SurveyMapping;
  /** Why each detected field was chosen (none for a mapping confirmed as it is). */
  reasons: Partial<Record<MappingField, string>>;
  /** The mapping confirmed before, unchanged. */
  remembered: boolean;
  /** Fields whose remembered question is gone, in the user's terms. */
  notes: string[];
}

const FIELDS: readonly MappingField[] = ['nps', 'csat', 'ces', 'account', 'comment'];
const FIELD_NAMES: Record<MappingField, string> = {
  nps: 'NPS',
  csat: 'CSAT',
  ces: 'CES',
  account: 'Account',
  comment: 'Comment',
};
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
    };
  }
  const detected = detectQuestions(questions);
  if (remembered === null)
    return { mapping: detected.mapping, reasons: detected.reasons, remembered: false, notes: [] };
  const titles = new Set(questions.map((question) => question.title));
  const mapping = pickMapping(remembered);
  const reasons: Partial<Record<MappingField, string>> = {};
  const notes: string[] = [];
  for (const field of FIELDS) {
    const title = mapping[field];
    if (title === null || titles.has(title)) continue;
    // The detected question, unless another field already uses it.
    const others = FIELDS.filter((other) => other !== field).map((other) => mapping[other]);
    const replacement = others.includes(detected.mapping[field]) ? null : detected.mapping[field];
    mapping[field] = replacement;
    if (field === 'csat' || field === 'ces')
      mapping[SCALE_OF[field]] = replacement === null ? null : detected.mapping[SCALE_OF[field]];
    const now = replacement === null ? 'no question' : `"${replacement}" (${detected.reasons[field]})`;
    reasons[field] = `"${title}" is no longer in the form: ${now}`;
    notes.push(
      `${FIELD_NAMES[field]}: the question "${title}" is no longer in "${formTitle}", so ${now} is used.`,
    );
  }
  return { mapping, reasons, remembered: notes.length === 0, notes };
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
  if (typeof candidate !== 'object' || candidate === null) fail('The question mapping is missing.');
  const given = candidate as Record<string, unknown>;
  const titles = new Set(questions.map((question) => question.title));
  const title = (field: MappingField): string | null => {
    const value = given[field];
    if (value === null || value === undefined || value === '') return null;
    if (typeof value !== 'string' || !titles.has(value))
      fail(`${FIELD_NAMES[field]}: "${String(value)}" is not a question of "${formTitle}".`);
    return value;
  };
  const scale = (field: 'csat' | 'ces', question: string | null): number | null => {
    if (question === null) return null;
    const value = given[SCALE_OF[field]];
    if (value === null || value === undefined || value === '') return DEFAULT_SCALE[field];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 2 || value > MAX_SCALE)
      fail(
        `The top of the ${FIELD_NAMES[field]} scale must be a whole number from 2 to ${MAX_SCALE} (got ${String(value)}).`,
      );
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
      fail(
        `"${question}" is chosen for both ${FIELD_NAMES[other]} and ${FIELD_NAMES[field]}: ` +
          'a question can feed one field only. Choose another question for one of them.',
      );
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
