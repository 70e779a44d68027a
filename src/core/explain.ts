/** HEALTHEXPLAIN and HEALTHGROUPS: the same sub-scores as HEALTHSCORE, summarised differently. */
import { type DriversText, driversText, ENGLISH_DRIVER_MESSAGES } from '../shared/messages/drivers';
import { asColumn, failWith, type Grid, rowArg, scalarArg, toGrid } from './args';
import { asciiDigits, cellParam, isBlank, normalizeKey, readNumber } from './cells';
import { modelScores } from './healthscore';
import { type HealthModel, parseModelTable } from './model';
import { overrideKeyColumn, overridesByRow, parseOverrides, untilDay } from './overrides';
import { prepareScorer, type RowScorer } from './scoring';
import { bySegment, isSegmented, type ModelPart } from './segments';

/**
 * Per row: the metrics that cost the most points, largest first (at most `top`), then the
 * missing ones: `Support tickets -14.0; NPS -9.0; missing: Logins, CSAT` (in `drivers`' language).
 */
export function healthExplain(
  valuesArg: unknown,
  headersArg: unknown,
  modelArg: unknown,
  topArg: unknown,
  nowMs: number,
  drivers: DriversText = driversText(ENGLISH_DRIVER_MESSAGES),
  overridesArg?: unknown,
): string | string[][] {
  const top = parseTop(topArg);
  const values = toGrid(valuesArg);
  const headers = rowArg(headersArg, 'headers');
  const model = parseModelTable(modelArg);
  const explain = (rows: Grid, rowsModel: HealthModel) =>
    explainRows(prepareScorer(rows, headers, rowsModel, nowMs), top, drivers);
  const texts = isSegmented(model)
    ? bySegment(values, headers, model, explain, (i, parts) =>
        noModelText(values[i], headers, parts, drivers),
      )
    : explain(values, model);
  // An override the team set comes first: it is what the score column shows.
  const held = overridesByRow(parseOverrides(overridesArg, nowMs), values, (overrides) =>
    overrideKeyColumn(overrides, headers),
  );
  // A score set by hand hides the model's: the text opens with it (the snapshot's history reads
  // it there, src/server/computed-scores.ts), scored as HEALTHSCORE scores at set-up's coverage.
  const computed = held?.some((override) => override?.score != null)
    ? modelScores(values, headers, model, DEFAULT_MIN_COVERAGE, nowMs)
    : null;
  held?.forEach((override, i) => {
    if (override === null) return;
    const parts = [drivers.override(override.by, override.reason, untilDay(override))];
    if (computed !== null && override.score != null) parts.unshift(drivers.modelScore(computed[i][0]));
    texts[i] = drivers.join(texts[i] === '' ? parts : [...parts, texts[i]]);
  });
  return asColumn(texts, !Array.isArray(valuesArg));
}

/** HEALTHSCORE's default min_coverage, the one set-up's formula passes. */
const DEFAULT_MIN_COVERAGE = 0.5;

/**
 * The model's own score at the start of an overridden row's drivers (`64.2 from the model; …`,
 * `۶۴٫۲ …`, `64,2 …`, `N/A …`), or null when the text does not open with one.
 */
export function leadingModelScore(text: unknown): number | 'N/A' | null {
  if (typeof text !== 'string') return null;
  const opening = asciiDigits(text.slice(0, 16)).replace(/^[\u200e\u200f\u2066-\u2069\u061c]+/, '');
  if (opening.startsWith('N/A')) return 'N/A';
  const match = /^([0-9]{1,3})(?:[.,]([0-9]))?(?![0-9])/.exec(opening);
  if (match === null) return null;
  const score = Number(`${match[1]}.${match[2] ?? '0'}`);
  return score <= 100 ? score : null;
}

/** Each row's drivers under one model. */
function explainRows(scorer: RowScorer, top: number, drivers: DriversText): string[] {
  const texts: string[] = new Array(scorer.rowCount);
  const losses: { metric: string; points: number }[] = [];
  scorer.forEachRow((i, subScores, blank) => {
    if (blank) {
      texts[i] = '';
      return;
    }
    let presentWeight = 0;
    for (const [j, { rule }] of scorer.metrics.entries()) {
      if (!Number.isNaN(subScores[j])) presentWeight += rule.weight;
    }
    losses.length = 0;
    const missing: string[] = [];
    for (const [j, { rule }] of scorer.metrics.entries()) {
      const sub = subScores[j];
      if (Number.isNaN(sub)) missing.push(rule.metric);
      else if (sub < 100)
        losses.push({ metric: rule.metric, points: (rule.weight / presentWeight) * (100 - sub) });
    }
    // Stable sort: equal losses keep the model's order.
    losses.sort((a, b) => b.points - a.points);
    const parts = losses.slice(0, top).map(({ metric, points }) => drivers.loss(metric, points));
    if (missing.length > 0) parts.push(drivers.missing(missing));
    texts[i] = drivers.join(parts);
  });
  return texts;
}

/** A row whose segment has no model (and no default rows): which segment, so the team can add it. */
function noModelText(
  row: readonly unknown[],
  headers: readonly unknown[],
  parts: readonly ModelPart[],
  drivers: DriversText,
): string {
  if (row.every(isBlank)) return '';
  const column = parts.find((part) => part.segment !== null)?.segment?.column ?? '';
  const at = headers.findIndex((header) => normalizeKey(header) === normalizeKey(column));
  return drivers.join([drivers.noSegment(column, isBlank(row[at]) ? '""' : String(row[at]).trim())]);
}

function parseTop(arg: unknown): number {
  const cell = scalarArg(arg, 'top');
  if (cell === undefined || isBlank(cell)) return 3;
  const top = readNumber(cell);
  if (!Number.isInteger(top) || top < 0) failWith('top', { cell: cellParam(cell) });
  return top;
}

/**
 * One column per distinct Group (first appearance in the model), one row per account: the
 * weighted mean of the group's present metrics, "" when none is present.
 */
export function healthGroups(
  valuesArg: unknown,
  headersArg: unknown,
  modelArg: unknown,
  nowMs: number,
): (number | '')[][] {
  const model = parseModelTable(modelArg);
  const groupNames: string[] = [];
  const groupIndex = new Map<string, number>();
  for (const rule of model.metrics) {
    if (rule.group === '' || groupIndex.has(normalizeKey(rule.group))) continue;
    groupIndex.set(normalizeKey(rule.group), groupNames.length);
    groupNames.push(rule.group);
  }
  if (groupNames.length === 0) {
    failWith('noGroups');
  }
  const values = toGrid(valuesArg);
  const headers = rowArg(headersArg, 'headers');
  const group = (rows: Grid, rowsModel: HealthModel) =>
    groupRows(prepareScorer(rows, headers, rowsModel, nowMs), groupIndex, groupNames.length);
  if (!isSegmented(model)) return group(values, model);
  // Every segment's row has a cell for every group of the whole model ("" where it has none).
  return bySegment(values, headers, model, group, () => groupNames.map(() => '' as const));
}

function groupRows(
  scorer: RowScorer,
  groupIndex: ReadonlyMap<string, number>,
  groups: number,
): (number | '')[][] {
  const groupOf = scorer.metrics.map(({ rule }) =>
    rule.group === '' ? -1 : (groupIndex.get(normalizeKey(rule.group)) ?? -1),
  );
  const weighted = new Float64Array(groups);
  const weights = new Float64Array(groups);
  const rows: (number | '')[][] = new Array(scorer.rowCount);
  scorer.forEachRow((i, subScores, blank) => {
    weighted.fill(0);
    weights.fill(0);
    for (const [j, { rule }] of scorer.metrics.entries()) {
      const g = groupOf[j];
      if (g === -1 || Number.isNaN(subScores[j])) continue;
      weighted[g] += rule.weight * subScores[j];
      weights[g] += rule.weight;
    }
    rows[i] = Array.from(weighted, (sum, g) => (blank || weights[g] === 0 ? '' : sum / weights[g]));
  });
  return rows;
}
