/**
 * What the add-on remembers of survey imports, in document properties (shared by every editor):
 * the confirmed mapping per source, the accounts picked for unmatched responses, and the source
 * imported last (what the menu and the schedule import again).
 */
import { fitPrefix } from '../../core/bytes';
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
  /** Survey columns whose Health Model rows are still to be added (an import failed between). */
  pendingMetrics?: string[];
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

/**
 * A property holds 9 KB with its key (https://developers.google.com/apps-script/guides/services/quotas):
 * remembered mappings and assignments keep their newest entries within 8,000 bytes, the oldest
 * going first. Dropping one only means the next import asks again; the sheet keeps what it has.
 */
export const REMEMBERED_BYTES = 8_000;

/** Stores `entries` (oldest first), dropping from the front until the JSON fits. */
function writeNewest<T>(key: string, entries: [string, T][]): void {
  const { kept } = fitPrefix(entries.slice().reverse(), REMEMBERED_BYTES, (newestFirst) =>
    JSON.stringify(Object.fromEntries(newestFirst.slice().reverse())),
  );
  writeObject(key, Object.fromEntries(entries.slice(entries.length - kept)));
}

/** The entries of `all` with `key` moved (or added) last: the newest. */
function withNewest<T>(all: Record<string, T>, key: string, value: T): [string, T][] {
  return [...Object.entries(all).filter(([k]) => k !== key), [key, value]];
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
  writeNewest(PROPERTY.surveyMapping, withNewest(all, sourceKey, mapping));
}

/** Accounts picked for unmatched responses, by assignmentKey (core/survey-import/match.ts). */
export function rememberedAssignments(): Record<string, string> {
  return readObject<Record<string, string>>(PROPERTY.surveyAssignments) ?? {};
}

export function rememberAssignment(keys: readonly string[], account: string): void {
  let entries = Object.entries(rememberedAssignments());
  for (const key of keys) entries = withNewest(Object.fromEntries(entries), key, account);
  writeNewest(PROPERTY.surveyAssignments, entries);
}
