/**
 * The survey import's mapping as the form shows it (one select per field, "" for none, the
 * CSAT / CES scales as text) and back, with the source a remembered import used.
 */
import type { Messages } from '../shared/messages';
import type { SurveyField, SurveyMapping, SurveyQuestion, SurveySource } from '../shared/protocol';
import { formatInputNumber, parseLocaleNumber } from './locale-numbers';

export const SURVEY_FIELDS: readonly SurveyField[] = ['nps', 'csat', 'ces', 'account', 'comment'];
export type ScaledField = 'csat' | 'ces';
export const SCALED_FIELDS: readonly ScaledField[] = ['csat', 'ces'];
const scaleKey = { csat: 'csatScale', ces: 'cesScale' } as const;

/** What each select and scale input holds. */
export interface MappingSelections {
  questions: Record<SurveyField, string>;
  scales: Record<ScaledField, string>;
}

/** `locale`: the notation the scale inputs show and are read in (English when left out). */
export function selectionsFrom(mapping: SurveyMapping, locale = 'en'): MappingSelections {
  const questions = {} as Record<SurveyField, string>;
  for (const field of SURVEY_FIELDS) questions[field] = mapping[field] ?? '';
  const scales = {} as Record<ScaledField, string>;
  for (const field of SCALED_FIELDS) {
    const scale = mapping[scaleKey[field]];
    scales[field] = scale === null ? '' : formatInputNumber(scale, locale);
  }
  return { questions, scales };
}

/** The question titles to offer: the form's, plus a mapped title the form no longer has. */
export function questionOptions(questions: readonly SurveyQuestion[], mapping: SurveyMapping): string[] {
  const titles = questions.map((question) => question.title);
  for (const field of SURVEY_FIELDS) {
    const title = mapping[field];
    if (title !== null && !titles.includes(title)) titles.push(title);
  }
  return titles;
}

const MIN_SCALE = 2;
const MAX_SCALE = 100;

export type MappingCheck =
  | { ok: true; mapping: SurveyMapping }
  | { ok: false; errors: Partial<Record<ScaledField, string>> };

export function mappingFrom(selections: MappingSelections, t: Messages, locale = 'en'): MappingCheck {
  const errors: Partial<Record<ScaledField, string>> = {};
  const scale = (field: ScaledField): number | null => {
    if (selections.questions[field] === '') return null;
    const value = parseLocaleNumber(selections.scales[field], locale);
    if (!Number.isInteger(value) || value < MIN_SCALE || value > MAX_SCALE) {
      errors[field] = t.surveyScaleInvalid;
      return null;
    }
    return value;
  };
  const question = (field: SurveyField): string | null => selections.questions[field] || null;
  const mapping: SurveyMapping = {
    nps: question('nps'),
    csat: question('csat'),
    csatScale: scale('csat'),
    ces: question('ces'),
    cesScale: scale('ces'),
    account: question('account'),
    comment: question('comment'),
  };
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, mapping };
}

/** The top of a scale a question's detail names ("Scale 1–5" → 5), or null. */
export function scaleFromDetail(detail: string): number | null {
  const range = /(\d+)\s*(?:[–—-]|to)\s*(\d+)/i.exec(detail);
  return range === null ? null : Number(range[2]);
}

export type SourceChoice = { kind: 'form'; form: string } | { kind: 'sheet'; sheet: string };

/** A remembered source as the form shows it; a plain string is a sheet when one has that name. */
export function sourceChoice(
  source: SurveySource | null,
  sheetNames: readonly string[],
): SourceChoice | null {
  if (source === null) return null;
  if (typeof source !== 'string') return source;
  return sheetNames.includes(source) ? { kind: 'sheet', sheet: source } : { kind: 'form', form: source };
}

/** The sheet most likely to hold form responses ("Form Responses 1"…), or null. */
export function guessResponsesSheet(sheetNames: readonly string[]): string | null {
  return (
    sheetNames.find((name) => /form responses/i.test(name)) ??
    sheetNames.find((name) => /responses|survey/i.test(name)) ??
    null
  );
}
