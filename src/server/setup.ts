/**
 * One-click set-up (issue: the team's sheet): the Health Model sheet with a starter model, the
 * named ranges, the Health History sheet, four array-formula columns right of the table (score,
 * band, drivers, trend), and the traffic lights. Running it again changes nothing; nothing of
 * the user's is overwritten.
 */
import { columnLetter, quoteSheetName } from '../core/a1';
import { fail } from '../core/args';
import { DEFAULT_HEALTHY_AT, DEFAULT_UNHEALTHY_BELOW } from '../core/bands';
import { type HealthModel, plainRule } from '../core/model';
import { type Ingredient, suggestStarterModel } from '../core/starter';
import { outcomeColumn } from '../core/starter-columns';
import type { SetUpResult } from '../shared/protocol';
import type { HistoryPointer } from './history-pointer';
import { ensureHistorySheet } from './history-sheet';
import { createModelSheet, ensureNamedRanges, newModelSheetWords, refreshAsOf } from './model-sheet';
import {
  ACCOUNT_SHEET_PROPERTY,
  MANAGED_HEADERS,
  MODEL_SHEET,
  NAMED,
  PROPERTY,
  SCORE_HEADER,
  TREND_DAYS,
  TREND_HEADER,
} from './names';
import {
  accountKeyColumn,
  accountSheetFor,
  activeSpreadsheet,
  documentProperties,
  managedColumns,
  requireSheet,
  tableWidth,
  trendColumn,
} from './spreadsheet';
import { applyRules, type ManagedColumns, TREND_NUMBER_FORMAT } from './traffic-lights';
import { trendFormulaFrom } from './trend-range';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const INGREDIENT_NAMES: Ingredient[] = [
  'CSM sentiment',
  'Customer sentiment',
  'Engagement',
  'Advocacy',
  'Adoption',
  'Outcomes',
  'Support',
];

/** The sheet's own ingredient-like columns, then a weight-0 row for each ingredient it lacks. */
export function starterModelFor(
  headers: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  nowMs: number,
): HealthModel {
  const found = suggestStarterModel(headers, rows, nowMs);
  const covered = new Set(found.map((metric) => metric.ingredient));
  const notes = 'No column found for this ingredient: add one with this name, then give it a weight.';
  const placeholders = INGREDIENT_NAMES.filter((ingredient) => !covered.has(ingredient)).map((ingredient) =>
    plainRule(ingredient, 0, { group: ingredient, notes }),
  );
  return { metrics: [...found.map((metric) => metric.rule), ...placeholders] };
}

/**
 * A "Health Model" sheet without the HealthModel name is adopted only when it holds a model table
 * (Metric and Weight headers at A1): a sheet of the user's that happens to have the name is never
 * taken over.
 */
function adoptModelSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  const [metric, weight] = sheet
    .getRange('A1:B1')
    .getValues()[0]
    .map((cell) => String(cell).trim().toLowerCase());
  if (metric !== 'metric' || weight !== 'weight') {
    fail(
      `This spreadsheet already has a sheet named "${MODEL_SHEET}" that is not a Health Model table ` +
        '(Metric and Weight headers in A1:B1). Rename it, then run Set up health score again.',
    );
  }
}

export function setUpHealthScoreIn(sheetName: unknown): SetUpResult {
  const spreadsheet = activeSpreadsheet();
  // Never the add-on's own sheets: from one of those, the account sheet set up last.
  const sheet =
    typeof sheetName === 'string'
      ? accountSheetFor(spreadsheet, sheetName)
      : requireSheet(spreadsheet, sheetName);
  const name = sheet.getName();
  const data = sheet.getDataRange().getValues();
  const headers = data[0] ?? [];
  const width = tableWidth(headers);
  if (width === 0 || data.length < 2) {
    fail(`"${name}" needs a header row and at least one account row below it.`);
  }
  let changed = false;
  let metrics: string[] = [];

  const modelSheet = spreadsheet.getSheetByName(MODEL_SHEET);
  if (modelSheet === null) {
    const rows = data.slice(1).map((row) => row.slice(0, width));
    const model = starterModelFor(headers.slice(0, width), rows, Date.now());
    // Captions and band labels in the spreadsheet's language (Italian: Sano, A rischio, Critico…).
    createModelSheet(
      spreadsheet,
      model,
      { kind: 'fixed', healthyAt: DEFAULT_HEALTHY_AT, unhealthyBelow: DEFAULT_UNHEALTHY_BELOW },
      ...newModelSheetWords(spreadsheet),
    );
    metrics = model.metrics.filter((rule) => rule.weight > 0).map((rule) => rule.metric);
    changed = true;
  } else {
    if (spreadsheet.getRangeByName(NAMED.model) === null) adoptModelSheet(modelSheet);
    if (ensureNamedRanges(spreadsheet, modelSheet).length > 0) changed = true;
    refreshAsOf(spreadsheet);
  }
  // The Trend column's formula reads the history sheet, so it must exist first.
  const historyCreated = ensureHistorySheet(spreadsheet, data.length - 1).created;
  // insertSheet activates the new sheet; bring the user back to their accounts and the scores.
  if (changed || historyCreated) sheet.activate();

  const columns = addScoreColumns(sheet, headers, width);
  changed ||= columns.added.length > 0 || columns.upgraded;
  applyRules(sheet, name, columns, true);
  const properties = documentProperties();
  // The pointer goes with a new history; also when a failed set-up created the history but never
  // got to save it (the snapshot could search for its place, but a finished set-up is whole).
  const pointed = !historyCreated && properties.getProperty(PROPERTY.historyPointer) !== null;
  properties.setProperties({
    [ACCOUNT_SHEET_PROPERTY]: name,
    ...(pointed ? {} : { [PROPERTY.historyPointer]: JSON.stringify(newPointer(spreadsheet, name, columns)) }),
  });
  const outcome = outcomeColumn(headers.slice(0, width), data.slice(1));
  const found = outcome === -1 ? {} : { outcomeColumn: String(headers[outcome]).trim() };
  return { sheet: name, metrics, columnsAdded: columns.added, changed, ...found };
}

/**
 * Where the first snapshot goes, so it needs no search: row 2 of the new history, reading the
 * account sheet's columns up to the Trend column.
 */
function newPointer(spreadsheet: Spreadsheet, sheetName: string, columns: ManagedColumns): HistoryPointer {
  const last = Math.max(columns.score, columns.band, columns.trend);
  return {
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    accountsA1: `${quoteSheetName(sheetName)}!A1:${columnLetter(last)}`,
    day: null,
    start: 2,
    rows: 0,
    previousStart: null,
    weekly: { row: 2, day: null },
    monthly: { row: 2, day: null },
  };
}

/**
 * The Trend column's formula: HEALTHTREND of each account over the Health History sheet (from
 * row 2 while the history is young; snapshots move the start as old days are thinned).
 */
export function trendFormula(keyColumn: number): string {
  const key = columnLetter(keyColumn + 1);
  return trendFormulaFrom(`${key}2:${key}`, 2, TREND_DAYS);
}

/** The score column's formula: the model, the default coverage, and the AsOf date (contract §8). */
export const scoreFormula = (values: string, header: string) =>
  `=HEALTHSCORE(${values}, ${header}, ${NAMED.model}, 0.5, ${NAMED.asOf})`;
export const bandFormula = (scores: string) =>
  `=HEALTHBAND(${scores}, ${NAMED.healthyAt}, ${NAMED.unhealthyBelow}, ${NAMED.bandLabels})`;
export const explainFormula = (values: string, header: string) =>
  `=HEALTHEXPLAIN(${values}, ${header}, ${NAMED.model}, 3, ${NAMED.asOf})`;

/** The formulas set-up wrote before as-of dates and band labels, exactly (user edits are left alone). */
const OLD_FORMULAS: readonly [RegExp, (...parts: string[]) => string][] = [
  [/^=HEALTHSCORE\(([^,()]+), ([^,()]+), HealthModel\)$/, (values, header) => scoreFormula(values, header)],
  [/^=HEALTHBAND\(([^,()]+), HealthyAt, UnhealthyBelow\)$/, (scores) => bandFormula(scores)],
  [
    /^=HEALTHEXPLAIN\(([^,()]+), ([^,()]+), HealthModel\)$/,
    (values, header) => explainFormula(values, header),
  ],
];

/** A formula of an older set-up brought up to date, or null when it is not one (or already is). */
export function upgradedFormula(formula: string): string | null {
  for (const [pattern, rewrite] of OLD_FORMULAS) {
    const match = pattern.exec(formula.trim());
    if (match !== null) return rewrite(...match.slice(1));
  }
  return null;
}

/**
 * Sheets set up before the AsOf and BandLabels names get them in their score, band and drivers
 * formulas (row 2 of each managed column), one write per changed formula. Returns how many.
 */
function upgradeFormulas(sheet: GoogleAppsScript.Spreadsheet.Sheet, columns: readonly number[]): number {
  const first = Math.min(...columns);
  const last = Math.max(...columns);
  const formulas = sheet.getRange(2, first + 1, 1, last - first + 1).getFormulas()[0];
  let upgraded = 0;
  for (const column of columns) {
    const next = upgradedFormula(formulas[column - first]);
    if (next === null) continue;
    sheet.getRange(2, column + 1).setFormula(next);
    upgraded++;
  }
  return upgraded;
}

/**
 * Adds the managed columns that are missing, after the last used column, each one array formula
 * over whole open columns of the table (so new accounts are scored without touching formulas).
 * Sheets set up before the Trend column existed get just that column.
 */
function addScoreColumns(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  headers: readonly unknown[],
  width: number,
): { added: string[]; upgraded: boolean } & ManagedColumns {
  const present = managedColumns(headers);
  const trend = trendColumn(headers);
  const missing = MANAGED_HEADERS.filter((_, i) => present[i] === -1);
  if (missing.length === 0) {
    const found = { score: present[0] + 1, band: present[1] + 1, trend: trend + 1 };
    const upgraded = upgradeFormulas(sheet, present) > 0;
    if (trend !== -1) return { added: [], upgraded, ...found };
    const column = headers.length + 1;
    writeColumns(sheet, column, [TREND_HEADER], [trendFormula(accountKeyColumn(headers))]);
    return { added: [TREND_HEADER], upgraded, ...found, trend: column };
  }
  if (missing.length < MANAGED_HEADERS.length) {
    fail(
      `"${sheet.getName()}" already has some of the columns ${MANAGED_HEADERS.join(', ')} but not all. ` +
        'Rename or remove them, then run Set up health score again.',
    );
  }
  const last = columnLetter(width);
  const firstNew = headers.length + 1;
  const scoreLetter = columnLetter(firstNew);
  const values = `A2:${last}`;
  const header = `A1:${last}1`;
  const newHeaders: string[] = [...MANAGED_HEADERS];
  const formulas = [
    scoreFormula(values, header),
    bandFormula(`${scoreLetter}2:${scoreLetter}`),
    explainFormula(values, header),
  ];
  if (trend === -1) {
    newHeaders.push(TREND_HEADER);
    formulas.push(trendFormula(accountKeyColumn(headers)));
  }
  writeColumns(sheet, firstNew, newHeaders, formulas);
  const trendAt = trend === -1 ? firstNew + MANAGED_HEADERS.length : trend + 1;
  return { added: newHeaders, upgraded: false, score: firstNew, band: firstNew + 1, trend: trendAt };
}

/** Number formats of the columns set-up adds (the score one decimal, the trend with arrows). */
const formats: readonly [string, string][] = [
  [SCORE_HEADER, '0.0'],
  [TREND_HEADER, TREND_NUMBER_FORMAT],
];

/** Header and formula rows in one write (strings starting with "=" become formulas). */
function writeColumns(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  firstColumn: number,
  headers: string[],
  formulas: string[],
): void {
  let range: GoogleAppsScript.Spreadsheet.Range;
  try {
    range = sheet.getRange(1, firstColumn, 2, headers.length);
  } catch {
    // Rarely needed, so only then: the grid is too narrow for the new columns.
    const maxColumns = sheet.getMaxColumns();
    sheet.insertColumnsAfter(maxColumns, firstColumn + headers.length - 1 - maxColumns);
    range = sheet.getRange(1, firstColumn, 2, headers.length);
  }
  // Formats first: the header and formula write is the one that makes the columns exist, so a
  // failure before it leaves nothing a second set-up would take for done.
  for (const [header, format] of formats) {
    const at = headers.indexOf(header);
    if (at === -1) continue;
    const letter = columnLetter(firstColumn + at);
    sheet.getRange(`${letter}2:${letter}`).setNumberFormat(format);
  }
  range.setValues([headers, formulas]);
}
