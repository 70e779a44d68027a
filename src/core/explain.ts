/** HEALTHEXPLAIN and HEALTHGROUPS: the same sub-scores as HEALTHSCORE, summarised differently. */
import { type DriversText, driversText, ENGLISH_DRIVER_MESSAGES } from '../shared/messages/drivers';
import { asColumn, failWith, rowArg, scalarArg, toGrid } from './args';
import { cellParam, isBlank, normalizeKey, readNumber } from './cells';
import { parseModelTable } from './model';
import { prepareScorer } from './scoring';

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
): string | string[][] {
  const top = parseTop(topArg);
  const scorer = prepareScorer(
    toGrid(valuesArg),
    rowArg(headersArg, 'headers'),
    parseModelTable(modelArg),
    nowMs,
  );
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
  return asColumn(texts, !Array.isArray(valuesArg));
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
  const scorer = prepareScorer(toGrid(valuesArg), rowArg(headersArg, 'headers'), model, nowMs);
  const groupOf = scorer.metrics.map(({ rule }) =>
    rule.group === '' ? -1 : groupIndex.get(normalizeKey(rule.group))!,
  );
  const weighted = new Float64Array(groupNames.length);
  const weights = new Float64Array(groupNames.length);
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
    rows[i] = groupNames.map((_, g) => (blank || weights[g] === 0 ? '' : weighted[g] / weights[g]));
  });
  return rows;
}
