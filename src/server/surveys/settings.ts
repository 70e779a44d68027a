/**
 * What the add-on remembers of survey imports, in document properties (shared by every editor):
 * the confirmed mapping per source, the accounts picked for unmatched responses, and the source
 * imported last (what the menu and the schedule import again).
 */
import type { ImportCursor, SurveyMapping } from '../../core/survey-import';
import { PROPERTY } from '../names';
import { documentProperties } from '../spreadsheet';
import type { ExplicitSource } from './source';

export interface RememberedImport {
  source: ExplicitSource;
  addColumns: boolean;
  windowDays: number;
  lastImport: { at: string; added: number; updated: number; unmatched: number };
  /** Form imports: where the form was read up to (checked before use, see cursorStart). */
  cursor?: ImportCursor | null;
}

const properties = documentProperties;

/** A stored JSON object, or null when absent or unreadable (a hand-edited property). */
function readObject<T extends object>(key: string): T | null {
  const text = properties().getProperty(key);
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as T) : null;
  } catch {
    return null;
  }
}

function writeObject(key: string, value: object): void {
  properties().setProperty(key, JSON.stringify(value));
}

export function rememberedImport(): RememberedImport | null {
  const stored = readObject<RememberedImport>(PROPERTY.surveySource);
  const kind = stored?.source?.kind;
  return kind === 'form' || kind === 'sheet' ? stored : null;
}

export function rememberImport(value: RememberedImport): void {
  writeObject(PROPERTY.surveySource, value);
}

/** Mappings by source key (see SurveyInput.key). */
export function rememberedMapping(sourceKey: string): SurveyMapping | null {
  const all = readObject<Record<string, SurveyMapping>>(PROPERTY.surveyMapping);
  return all !== null && Object.hasOwn(all, sourceKey) ? all[sourceKey] : null;
}

export function rememberMapping(sourceKey: string, mapping: SurveyMapping): void {
  const all = readObject<Record<string, SurveyMapping>>(PROPERTY.surveyMapping) ?? {};
  all[sourceKey] = mapping;
  writeObject(PROPERTY.surveyMapping, all);
}

/** Accounts picked for unmatched responses, by assignmentKey (core/survey-import/match.ts). */
export function rememberedAssignments(): Record<string, string> {
  return readObject<Record<string, string>>(PROPERTY.surveyAssignments) ?? {};
}

export function rememberAssignment(keys: readonly string[], account: string): void {
  const all = rememberedAssignments();
  for (const key of keys) all[key] = account;
  writeObject(PROPERTY.surveyAssignments, all);
}
