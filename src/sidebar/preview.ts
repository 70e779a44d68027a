/**
 * The live preview, computed in the browser with the very core the custom functions use:
 * HEALTHSCORE over every account, HEALTHBAND over the scores, HEALTHEXPLAIN for the lowest.
 */
import { healthBand } from '../core/bands';
import { CellKind, type CellReading, normalizeKey, readCell } from '../core/cells';
import { healthExplain } from '../core/explain';
import { healthScore, type ScoreCell } from '../core/healthscore';
import { type HealthModel, labelMap, type MetricRule, modelToTable } from '../core/model';
import { percentilesInc } from '../core/percentile';
import { assignRows, formatSegment, isSegmented, modelParts } from '../core/segments';
import { type BandSettings, fromWireCell, type SheetData } from '../shared/protocol';

export interface PreviewData {
  headers: string[];
  /** Cells as Sheets gives them (dates as Date). */
  rows: unknown[][];
  nameColumn: number;
  nowMs: number;
}

/** Rows as the core reads them: dates revived, every row as wide as the header. */
export function coreRows(data: SheetData): unknown[][] {
  const width = data.headers.length;
  return data.rows.map((row) => {
    const cells = new Array<unknown>(width);
    for (let c = 0; c < width; c++) cells[c] = c < row.length ? fromWireCell(row[c]) : '';
    return cells;
  });
}

export function toPreviewData(data: SheetData, nowMs: number): PreviewData {
  return { headers: data.headers.map(String), rows: coreRows(data), nameColumn: data.nameColumn, nowMs };
}

export interface LowAccount {
  /** 0-based data row. */
  row: number;
  name: string;
  score: number;
  drivers: string;
}

export interface PreviewResult {
  /** Non-blank accounts. */
  total: number;
  healthy: number;
  atRisk: number;
  unhealthy: number;
  /** Accounts whose coverage is too low for a score (N/A). */
  noScore: number;
  /** Counts of numeric scores in [0,10), [10,20) … [90,100]. */
  buckets: number[];
  lowest: LowAccount[];
}

export const BUCKETS = 10;
const LOWEST = 5;

/** Indices of the `k` smallest numeric scores, lowest first (ties: earlier row first). */
function lowestRows(scores: readonly ScoreCell[][], k: number): number[] {
  const picked: number[] = [];
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i][0];
    if (typeof score !== 'number') continue;
    if (picked.length === k && score >= (scores[picked[k - 1]][0] as number)) continue;
    let at = picked.length === k ? k - 1 : picked.length;
    while (at > 0 && (scores[picked[at - 1]][0] as number) > score) {
      picked[at] = picked[at - 1];
      at--;
    }
    picked[at] = i;
    if (picked.length > k) picked.length = k;
  }
  return picked;
}

function nameOf(data: PreviewData, row: number): string {
  const cell = data.nameColumn >= 0 ? data.rows[row][data.nameColumn] : '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

/**
 * Throws the core's message when the model cannot score these accounts. With segments, the
 * accounts of `segment` only ('' the default model's: those no segment takes), scored as the
 * sheet scores them (percentiles within the segment, bands over the whole sheet).
 */
export function computePreview(
  data: PreviewData,
  model: HealthModel,
  bands: BandSettings,
  segment = '',
): PreviewResult {
  const result: PreviewResult = {
    total: 0,
    healthy: 0,
    atRisk: 0,
    unhealthy: 0,
    noScore: 0,
    buckets: new Array<number>(BUCKETS).fill(0),
    lowest: [],
  };
  if (data.rows.length === 0) return result;
  const table = modelToTable(model);
  const headers = [data.headers];
  const scores = healthScore(data.rows, headers, table, undefined, data.nowMs) as ScoreCell[][];
  const bandCells =
    bands.kind === 'quartiles'
      ? healthBand(scores, 'quartiles', undefined)
      : healthBand(scores, bands.healthyAt, bands.unhealthyBelow);
  const { rows: shown, model: shownModel } = segmentRows(data, model, segment);
  for (const i of shown) {
    const score = scores[i][0];
    const band = (bandCells as string[][])[i][0];
    if (score === '') continue;
    result.total++;
    if (band === 'Healthy') result.healthy++;
    else if (band === 'At risk') result.atRisk++;
    else if (band === 'Unhealthy') result.unhealthy++;
    else result.noScore++;
    if (typeof score === 'number') result.buckets[Math.min(BUCKETS - 1, Math.floor(score / 10))]++;
  }
  const lowest = lowestRows(
    shown.map((i) => scores[i]),
    LOWEST,
  ).map((k) => shown[k]);
  if (lowest.length > 0 && shownModel !== null) {
    // Explained among the segment's own accounts, with its own rules, as HEALTHEXPLAIN does.
    const part: PreviewData = { ...data, rows: shown.map((i) => data.rows[i]) };
    const at = new Map(shown.map((row, k) => [row, k]));
    const drivers = explainRows(
      part,
      shownModel,
      lowest.map((row) => at.get(row) as number),
    );
    result.lowest = lowest.map((row, k) => ({
      row,
      name: nameOf(data, row),
      score: scores[row][0] as number,
      drivers: drivers[k],
    }));
  }
  return result;
}

/** The rows the preview shows and the rules that score them (null: none, the rows are N/A). */
function segmentRows(
  data: PreviewData,
  model: HealthModel,
  segment: string,
): { rows: number[]; model: HealthModel | null } {
  if (!isSegmented(model)) return { rows: data.rows.map((_, i) => i), model };
  const parts = modelParts(model);
  const partOf = assignRows(data.rows, data.headers, parts);
  const key = normalizeKey(segment);
  const picked = parts.findIndex(
    (part) => (part.segment === null ? '' : normalizeKey(formatSegment(part.segment))) === key,
  );
  // A segment without rules yet scores nobody: its accounts are still the default model's.
  if (picked === -1 && segment !== '') return { rows: [], model: null };
  const rows: number[] = [];
  for (let i = 0; i < partOf.length; i++) if (partOf[i] === picked) rows.push(i);
  if (picked === -1) return { rows, model: null };
  const metrics = parts[picked].model.metrics.map(({ segment: _, ...rule }) => rule);
  return { rows, model: { metrics } };
}

/**
 * HEALTHEXPLAIN of a few rows as it reads over the whole portfolio, without explaining every
 * row: `Pxx` thresholds are resolved over all rows first and written into the model as numbers.
 * Where they resolve to one value (numbers cannot tell accounts apart, so they count as
 * missing), those numeric cells are blanked in the rows explained, to the same effect.
 */
function explainRows(data: PreviewData, model: HealthModel, picked: readonly number[]): string[] {
  const rows = picked.map((row) => data.rows[row].slice());
  const reading: CellReading = { kind: CellKind.Missing, value: 0 };
  const metrics = model.metrics.map((rule): MetricRule => {
    if (rule.weight <= 0 || (rule.red?.kind === 'number' && rule.green?.kind === 'number')) return rule;
    const column = data.headers.findIndex((header) => normalizeKey(header) === normalizeKey(rule.metric));
    if (column === -1) return rule;
    const labels = labelMap(rule.values);
    const numbers = new Float64Array(data.rows.length);
    let count = 0;
    for (const row of data.rows) {
      if (readCell(row[column], data.nowMs, labels, reading).kind === CellKind.Numeric)
        numbers[count++] = reading.value;
    }
    if (count === 0) return rule;
    const red = rule.red ?? { kind: 'percentile', p: 0 };
    const green = rule.green ?? { kind: 'percentile', p: 100 };
    const ps = [red, green].flatMap((threshold) => (threshold.kind === 'percentile' ? [threshold.p] : []));
    const selected = percentilesInc(numbers, count, ps);
    const redValue = red.kind === 'number' ? red.value : selected[0];
    const greenValue = green.kind === 'number' ? green.value : selected[selected.length - 1];
    if (redValue === greenValue) {
      for (const row of rows) {
        if (readCell(row[column], data.nowMs, labels, reading).kind === CellKind.Numeric) row[column] = '';
      }
      return rule;
    }
    return {
      ...rule,
      red: { kind: 'number', value: redValue },
      green: { kind: 'number', value: greenValue },
    };
  });
  const texts = healthExplain(rows, [data.headers], modelToTable({ metrics }), 3, data.nowMs) as string[][];
  return texts.map(([text]) => text);
}
