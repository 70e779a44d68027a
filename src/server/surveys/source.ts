/**
 * Where responses come from. A string names a sheet of this spreadsheet when there is one (the
 * linked-sheet path, no extra permission), else a form URL or ID (the form path, Forms scope);
 * `{ kind: 'form' | 'sheet' }` says which explicitly.
 */

import type { FormQuestion, SurveyMapping, SurveyResponse } from '../../core/survey-import';
import type { SurveySource } from '../../shared/protocol';
import { ACCOUNT_SHEET_PROPERTY, isAddonSheet } from '../names';
import { documentProperties } from '../spreadsheet';
import { openFormSurvey } from './form-source';
import { refuse } from './say';
import { openSheetSurvey } from './sheet-source';

export type ExplicitSource = Exclude<SurveySource, string>;

/** An opened source: its questions now, its responses once the mapping is known. */
export interface SurveyInput {
  path: 'form' | 'sheet';
  /** What the confirmed mapping is remembered under: the form's ID or the response sheet's ID. */
  key: string;
  /** The form's title (the sheet's name on the linked-sheet path): the Form column. */
  title: string;
  questions: FormQuestion[];
  /** What the menu and the schedule import again. */
  source: ExplicitSource;
  /**
   * The responses (every one, or on the form path those submitted since `options.since`), with
   * answers to the mapped questions keyed by question title.
   */
  readResponses(mapping: SurveyMapping, options?: ReadOptions): ReadResponses;
}

export interface ReadOptions {
  /** Only responses submitted at or after this time: the form path (the linked sheet is read whole). */
  since?: Date | null;
  /** Asked between responses on the form path: true stops reading (the rest is left for next time). */
  outOfTime?: () => boolean;
}

export interface ReadResponses {
  /** Oldest first on the form path. */
  responses: SurveyResponse[];
  /** Responses not read because time ran out. */
  remaining: number;
}

export function openSurvey(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  source: unknown,
): SurveyInput {
  if (typeof source === 'string') {
    const given = source.trim();
    if (given === '') refuse('surveyChooseSource');
    const sheet = spreadsheet.getSheetByName(given);
    return sheet === null ? openFormSurvey(given) : openResponsesSheet(sheet, given);
  }
  const candidate = source as { kind?: unknown; form?: unknown; sheet?: unknown } | null;
  if (candidate?.kind === 'form' && typeof candidate.form === 'string' && candidate.form.trim() !== '')
    return openFormSurvey(candidate.form.trim());
  if (candidate?.kind === 'sheet' && typeof candidate.sheet === 'string' && candidate.sheet.trim() !== '') {
    const name = candidate.sheet.trim();
    const sheet = spreadsheet.getSheetByName(name);
    return sheet === null ? refuse('surveyNoSuchSheet', { sheet: name }) : openResponsesSheet(sheet, name);
  }
  return refuse('surveyChooseSource');
}

/**
 * A sheet of responses; never one of the add-on's own (its Survey Responses would import itself)
 * nor the account sheet (its columns would be read as questions).
 */
function openResponsesSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, name: string): SurveyInput {
  if (isAddonSheet(name)) refuse('surveyAddonSheetChosen', { sheet: name });
  if (documentProperties().getProperty(ACCOUNT_SHEET_PROPERTY) === name)
    refuse('surveyAccountSheetChosen', { sheet: name });
  return openSheetSurvey(sheet, name);
}

/**
 * Question titles made unique, as answers are keyed by title: a form may repeat one ("Why?"), so
 * the second becomes "Why? (2)". Blank titles become "Question N".
 */
export function uniqueTitles(titles: readonly string[]): string[] {
  const taken = new Set<string>();
  const base = titles.map((title, i) => (title.trim() === '' ? `Question ${i + 1}` : title.trim()));
  const firsts = new Set(base);
  return base.map((title) => {
    let unique = title;
    for (let n = 2; taken.has(unique) || (unique !== title && firsts.has(unique)); n++)
      unique = `${title} (${n})`;
    taken.add(unique);
    return unique;
  });
}

/** The mapped question titles, each once. */
export function mappedTitles(mapping: SurveyMapping): Set<string> {
  const titles = [mapping.nps, mapping.csat, mapping.ces, mapping.account, mapping.comment];
  return new Set(titles.filter((title): title is string => title !== null));
}
