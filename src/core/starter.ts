/**
 * A starter Health Model from an account sheet: its columns that name a health signal
 * (starter-lexicon.ts: tenure, contract, charges, payment, complaints, support calls, recency,
 * usage, satisfaction… in five languages), each oriented by what it means, with weights by
 * ingredient and Red/Green from the data. Outcome, name, ID, e-mail and URL columns are never
 * metrics; the outcome column is reported so set-up can point to the Backtest tab.
 */

import { STARTER_NOTES_EN, type StarterNoteKey } from '../shared/messages/starter-notes-en';
import { CellKind, type CellReading, isBlank, normalizeKey, readCell, SENTIMENT_WORDS } from './cells';
import { type HealthModel, type MetricRule, plainRule } from './model';
import { percentileOf } from './percentile';
import { isIdentifierColumn, outcomeColumn } from './starter-columns';
import { INGREDIENT_SHARES, type Ingredient, type Signal, signalOf } from './starter-lexicon';

export type { StarterNoteKey };

import { suggestValues } from './starter-values';

export type { Ingredient } from './starter-lexicon';

/** A text column with more distinct labels than this is a name or a free comment, not a scale. */
export const MAX_LABELS = 8;

export interface StarterMetric {
  column: number;
  ingredient: Ingredient;
  /** Its Notes (`rule.notes`) are in English; `note` says the same as a message key, for set-up. */
  rule: MetricRule;
  note: StarterNote;
}

/** A Notes text as a key and its parameters, so set-up writes it in the spreadsheet's language. */
export interface StarterNote {
  readonly key: StarterNoteKey;
  readonly params: Readonly<Record<string, string | StarterNote>>;
}

/** A note in words: `messages` from a catalogue (server-*.ts), English by default. */
export function starterNoteText(
  note: StarterNote,
  messages: Readonly<Record<StarterNoteKey, string>> = STARTER_NOTES_EN,
): string {
  return messages[note.key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = note.params[name];
    if (value === undefined) return whole;
    return typeof value === 'string' ? value : starterNoteText(value, messages);
  });
}

const noteOf = (key: StarterNoteKey, params: StarterNote['params'] = {}): StarterNote => ({ key, params });

export interface StarterSheet {
  metrics: StarterMetric[];
  /** The column saying whether each account churned, if the sheet has one (for the Backtest tab). */
  outcome: { column: number; header: string } | null;
}

/** The starter metrics and the outcome column of an account sheet. */
export function readStarterSheet(
  headers: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  nowMs: number,
): StarterSheet {
  const outcome = outcomeColumn(headers, rows);
  const found: StarterMetric[] = [];
  const seen = new Set<string>();
  headers.forEach((header, column) => {
    if (isBlank(header) || column === outcome) return;
    const name = String(header).trim().replace(/\s+/g, ' ');
    // HEALTHSCORE reads the first column of a name: a second one would score the same cells.
    if (seen.has(normalizeKey(name))) return;
    seen.add(normalizeKey(name));
    const signal = signalOf(name);
    if (signal === null) return;
    const cells = rows.map((row) => row[column]);
    if (isIdentifierColumn(name, cells)) return;
    const suggested = ruleFromData(name, cells, signal, nowMs);
    if (suggested === null) return;
    const { rule } = suggested;
    const note = signal.off ? noteOf('starterNoteOff', { note: suggested.note }) : suggested.note;
    if (signal.off) rule.weight = 0;
    rule.notes = starterNoteText(note);
    found.push({ column, ingredient: signal.ingredient, rule, note });
  });
  // Split each ingredient's share among its metrics, so no ingredient dominates by column count.
  for (const [ingredient, share] of Object.entries(INGREDIENT_SHARES)) {
    const members = found.filter((metric) => metric.ingredient === ingredient && metric.rule.weight > 0);
    for (const metric of members) metric.rule.weight = Math.round((share / members.length) * 10) / 10;
  }
  return {
    // Metrics that count first; those shown but off (a bill's size, Values still to score) after.
    metrics: [
      ...found.filter(({ rule }) => rule.weight > 0),
      ...found.filter(({ rule }) => rule.weight === 0),
    ],
    outcome: outcome === -1 ? null : { column: outcome, header: String(headers[outcome]).trim() },
  };
}

/** Proposes a metric for every header that names a health signal and has usable data. */
export function suggestStarterModel(
  headers: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  nowMs: number,
): StarterMetric[] {
  return readStarterSheet(headers, rows, nowMs).metrics;
}

export function starterModel(
  headers: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  nowMs: number,
): HealthModel {
  return { metrics: suggestStarterModel(headers, rows, nowMs).map((metric) => metric.rule) };
}

/**
 * Red/Green from P10/P90 of the numbers (P0/P100 when those are equal, as for a 0/1 column),
 * oriented by the signal; Values for a text column of few labels; null if nothing usable. The
 * weight is a placeholder: 1 for a metric that counts, 0 for Values still to be scored.
 */
function ruleFromData(
  metric: string,
  cells: readonly unknown[],
  signal: Signal,
  nowMs: number,
): { rule: MetricRule; note: StarterNote } | null {
  const numbers: number[] = [];
  const labels = new Map<string, string>();
  const reading: CellReading = { kind: CellKind.Missing, value: 0 };
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    readCell(cell, nowMs, null, reading);
    if (reading.kind === CellKind.Numeric) numbers.push(reading.value);
    else if (typeof cell === 'string' && !labels.has(normalizeKey(cell)))
      labels.set(normalizeKey(cell), cell.trim());
  }
  const base = plainRule(metric, 1, { group: signal.ingredient });
  // Mostly numbers: a ramp. Stray words among them ("n/a", "TBD") are missing, never a scale.
  if (numbers.length >= 2 && numbers.length >= labels.size) {
    const [low, high] = spreadOf(numbers);
    if (low === high) return null;
    const [red, green] = signal.lowerIsBetter ? [high, low] : [low, high];
    return {
      rule: { ...base, red: { kind: 'number', value: red }, green: { kind: 'number', value: green } },
      note: noteOf(signal.lowerIsBetter ? 'starterNoteLowerIsBetter' : 'starterNoteRamp'),
    };
  }
  // Labels a Values cell cannot hold (its separators) would break the model table.
  const usable = [...labels.values()].filter((label) => !/[;,=:]/.test(label));
  if (usable.length < 2 || labels.size > MAX_LABELS) return null;
  const allWords = usable.every((label) => SENTIMENT_WORDS.has(normalizeKey(label)));
  if (allWords && !signal.lowerIsBetter && signal.scale === 'words')
    return { rule: base, note: noteOf('starterNoteBuiltInWords') };
  const { values, unjudged } = suggestValues(signal.scale, usable, signal.lowerIsBetter);
  // Under a plain signal name (CSM, Sentiment) labels none of which mean anything known are
  // names, not a scale; a contract, plan or payment column is a scale whatever its labels.
  if (signal.scale === 'words' && unjudged.length === usable.length) return null;
  const informative = new Set(values.map(({ score }) => score)).size > 1;
  return {
    rule: { ...base, weight: informative ? 1 : 0, values },
    note:
      unjudged.length === 0
        ? noteOf('starterNoteCheckValues')
        : noteOf('starterNoteScoreLabels', { labels: unjudged.join(' / ') }),
  };
}

function spreadOf(numbers: readonly number[]): [number, number] {
  const [low, high] = suggestThresholds(numbers);
  if (low !== high) return [low, high];
  const least = numbers.reduce((a, b) => Math.min(a, b));
  const most = numbers.reduce((a, b) => Math.max(a, b));
  return [roundNicely(least), roundNicely(most)];
}

/** P10 and P90 of the data, rounded to two significant digits so the model reads well. */
export function suggestThresholds(numbers: readonly number[]): [number, number] {
  return [roundNicely(percentileOf(numbers, 10)), roundNicely(percentileOf(numbers, 90))];
}

export function roundNicely(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1);
  return Number((Math.round(value / magnitude) * magnitude).toPrecision(2));
}
