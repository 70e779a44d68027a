/**
 * One-click set-up of the team's account sheet: the Health Model sheet with a starter model, the
 * named ranges, the Overrides and Health History sheets, four array-formula columns right of the
 * table (score, band, drivers, trend), and the traffic lights. Running it again changes nothing;
 * nothing of the user's is overwritten.
 */
import { columnLetter, quoteSheetName } from '../core/a1';
import { DEFAULT_HEALTHY_AT, DEFAULT_UNHEALTHY_BELOW } from '../core/bands';
import { type HealthModel, plainRule } from '../core/model';
import { type Ingredient, suggestStarterModel } from '../core/starter';
import { outcomeColumn } from '../core/starter-columns';
import { ENGLISH, type ServerText } from '../shared/messages/server';
import type { SetUpResult } from '../shared/protocol';
import type { HistoryPointer } from './history-pointer';
import { ensureHistorySheet } from './history-sheet';
import { spreadsheetText } from './locale';
import { createModelSheet, ensureNamedRanges, newModelSheetWords, refreshAsOf } from './model-sheet';
import {
  ACCOUNT_SHEET_PROPERTY,
  MANAGED_HEADERS,
  MODEL_SHEET,
  NAMED,
  PROPERTY,
  TREND_DAYS,
  TREND_HEADER,
} from './names';
import { ensureOverridesSheet, overridesRange } from './overrides-sheet';
import { refuse } from './refuse';
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
import { starterRuleIn } from './starter-notes';
import {
  applyRules,
  type ManagedColumns,
  type RuleRanges,
  ruleRanges,
  TREND_NUMBER_FORMAT,
} from './traffic-lights';
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

/**
 * The sheet's own ingredient-like columns, then a weight-0 row for each ingredient it lacks; Notes
 * in `text`'s language (the spreadsheet's).
 */
export function starterModelFor(
  headers: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  nowMs: number,
  text: ServerText = ENGLISH,
): HealthModel {
  const found = suggestStarterModel(headers, rows, nowMs);
  const covered = new Set(found.map((metric) => metric.ingredient));
  const notes = text.messages.starterNoteNoColumn;
  const placeholders = INGREDIENT_NAMES.filter((ingredient) => !covered.has(ingredient)).map((ingredient) =>
    plainRule(ingredient, 0, { group: ingredient, notes }),
  );
  return { metrics: [...found.map((metric) => starterRuleIn(metric, text)), ...placeholders] };
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
    refuse('modelSheetNotOurs', { sheet: MODEL_SHEET });
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
    refuse('setUpNeedsRows', { sheet: name });
  }
  let changed = false;
  let metrics: string[] = [];
  const overrides = overridesRange(spreadsheet);

  const modelSheet = spreadsheet.getSheetByName(MODEL_SHEET);
  if (modelSheet === null) {
    const rows = data.slice(1).map((row) => row.slice(0, width));
    const words = spreadsheetText(spreadsheet);
    const model = starterModelFor(headers.slice(0, width), rows, Date.now(), words);
    // Captions and band labels in the spreadsheet's language (Italian: Sano, A rischio, Critico…).
    createModelSheet(
      spreadsheet,
      model,
      { kind: 'fixed', healthyAt: DEFAULT_HEALTHY_AT, unhealthyBelow: DEFAULT_UNHEALTHY_BELOW },
      ...newModelSheetWords(spreadsheet, words),
    );
    metrics = model.metrics.filter((rule) => rule.weight > 0).map((rule) => rule.metric);
    changed = true;
  } else {
    if (spreadsheet.getRangeByName(NAMED.model) === null) adoptModelSheet(modelSheet);
    if (ensureNamedRanges(spreadsheet, modelSheet).length > 0) changed = true;
    refreshAsOf(spreadsheet);
  }
  // The formulas read HealthOverrides and the Trend column the history sheet: both exist first.
  const keyHeader = String(headers[accountKeyColumn(headers)] ?? '').trim();
  if (ensureOverridesSheet(spreadsheet, keyHeader, overrides)) changed = true;
  const historyCreated = ensureHistorySheet(spreadsheet, data.length - 1).created;
  // insertSheet activates the new sheet; bring the user back to their accounts and the scores.
  if (changed || historyCreated) sheet.activate();

  const columns = addScoreColumns(sheet, headers, width);
  changed ||= columns.added.length > 0 || columns.upgraded;
  applyRules(sheet, name, columns, true, columns.ranges);
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
  return trendFormulaFrom(accountsRange(keyColumn), 2, TREND_DAYS);
}

/** `A2:A`: the account key column's rows, which HEALTHBAND matches against the overrides. */
export function accountsRange(keyColumn: number): string {
  const key = columnLetter(keyColumn + 1);
  return `${key}2:${key}`;
}

/** The score column's formula: the model, the default coverage, the AsOf date (contract §8), the overrides. */
export const scoreFormula = (values: string, header: string) =>
  `=HEALTHSCORE(${values}, ${header}, ${NAMED.model}, 0.5, ${NAMED.asOf}, ${NAMED.overrides})`;
export const bandFormula = (scores: string, accounts: string) =>
  `=HEALTHBAND(${scores}, ${NAMED.healthyAt}, ${NAMED.unhealthyBelow}, ${NAMED.bandLabels}, ${accounts}, ` +
  `${NAMED.overrides}, ${NAMED.asOf})`;
export const explainFormula = (values: string, header: string) =>
  `=HEALTHEXPLAIN(${values}, ${header}, ${NAMED.model}, 3, ${NAMED.asOf}, ${NAMED.overrides})`;

/**
 * The formulas older set-ups wrote, exactly (user edits are left alone): before as-of dates and
 * band labels, then before overrides. The band formula's accounts are the account key column.
 */
const OLD_FORMULAS: readonly [RegExp, (accounts: string, ...parts: string[]) => string][] = [
  [
    /^=HEALTHSCORE\(([^,()]+), ([^,()]+), HealthModel(?:, 0\.5, AsOf)?\)$/,
    (_, values, header) => scoreFormula(values, header),
  ],
  [
    /^=HEALTHBAND\(([^,()]+), HealthyAt, UnhealthyBelow(?:, BandLabels)?\)$/,
    (accounts, scores) => bandFormula(scores, accounts),
  ],
  [
    /^=HEALTHEXPLAIN\(([^,()]+), ([^,()]+), HealthModel(?:, 3, AsOf)?\)$/,
    (_, values, header) => explainFormula(values, header),
  ],
];

/**
 * A formula of an older set-up brought up to date, or null when it is not one (or already is).
 * `accounts` is the account key column's range (`A2:A`), which the band formula now passes.
 */
export function upgradedFormula(formula: string, accounts: string): string | null {
  for (const [pattern, rewrite] of OLD_FORMULAS) {
    const match = pattern.exec(formula.trim());
    if (match !== null) return rewrite(accounts, ...match.slice(1));
  }
  return null;
}

/**
 * Sheets set up before the AsOf, BandLabels and HealthOverrides names get them in their score,
 * band and drivers formulas (row 2 of each managed column), one write per changed formula.
 * Returns how many.
 */
function upgradeFormulas(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  columns: readonly number[],
  accounts: string,
): number {
  const first = Math.min(...columns);
  const last = Math.max(...columns);
  const formulas = sheet.getRange(2, first + 1, 1, last - first + 1).getFormulas()[0];
  let upgraded = 0;
  for (const column of columns) {
    const next = upgradedFormula(formulas[column - first], accounts);
    if (next === null) continue;
    sheet.getRange(2, column + 1).setFormula(next);
    upgraded++;
  }
  return upgraded;
}

type Range = GoogleAppsScript.Spreadsheet.Range;

/**
 * Adds the managed columns that are missing, after the last used column, each one array formula
 * over whole open columns of the table (so new accounts are scored without touching formulas).
 * Sheets set up before the Trend column existed get just that column. New columns come with the
 * ranges the traffic lights go on (they carry the number formats too: one call each, not two).
 */
function addScoreColumns(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  headers: readonly unknown[],
  width: number,
): { added: string[]; upgraded: boolean; ranges?: RuleRanges } & ManagedColumns {
  const present = managedColumns(headers);
  const trend = trendColumn(headers);
  const keyColumn = accountKeyColumn(headers);
  const missing = MANAGED_HEADERS.filter((_, i) => present[i] === -1);
  if (missing.length === 0) {
    const found = { score: present[0] + 1, band: present[1] + 1, trend: trend + 1, key: keyColumn + 1 };
    const upgraded = upgradeFormulas(sheet, present, accountsRange(keyColumn)) > 0;
    if (trend !== -1) return { added: [], upgraded, ...found };
    const column = headers.length + 1;
    writeColumns(sheet, column, [TREND_HEADER], [trendFormula(keyColumn)], () => [
      [sheet.getRange(`${columnLetter(column)}2:${columnLetter(column)}`), TREND_NUMBER_FORMAT],
    ]);
    return { added: [TREND_HEADER], upgraded, ...found, trend: column };
  }
  if (missing.length < MANAGED_HEADERS.length) {
    refuse('someManagedColumns', { sheet: sheet.getName(), columns: MANAGED_HEADERS.join(', ') });
  }
  const last = columnLetter(width);
  const firstNew = headers.length + 1;
  const scoreLetter = columnLetter(firstNew);
  const values = `A2:${last}`;
  const header = `A1:${last}1`;
  const newHeaders: string[] = [...MANAGED_HEADERS];
  const formulas = [
    scoreFormula(values, header),
    bandFormula(`${scoreLetter}2:${scoreLetter}`, accountsRange(keyColumn)),
    explainFormula(values, header),
  ];
  if (trend === -1) {
    newHeaders.push(TREND_HEADER);
    formulas.push(trendFormula(keyColumn));
  }
  const columns = {
    score: firstNew,
    band: firstNew + 1,
    trend: trend === -1 ? firstNew + MANAGED_HEADERS.length : trend + 1,
    key: keyColumn + 1,
  };
  let ranges: RuleRanges | undefined;
  writeColumns(sheet, firstNew, newHeaders, formulas, () => {
    ranges = ruleRanges(sheet, columns);
    // Score and band are adjacent here, one range: the band's text is untouched by a number format.
    const formats: [Range, string][] = [[ranges.lights[0], SCORE_FORMAT]];
    if (trend === -1 && ranges.trend !== null) formats.push([ranges.trend, TREND_NUMBER_FORMAT]);
    return formats;
  });
  return { added: newHeaders, upgraded: false, ...columns, ranges };
}

/** The score column's number format: one decimal. */
const SCORE_FORMAT = '0.0';

/**
 * Header and formula rows in one write (strings starting with "=" become formulas), after the
 * number formats `formatted` gives once the grid is wide enough.
 */
function writeColumns(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  firstColumn: number,
  headers: string[],
  formulas: string[],
  formatted: () => readonly [Range, string][],
): void {
  let range: Range;
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
  for (const [cells, format] of formatted()) cells.setNumberFormat(format);
  range.setValues([headers, formulas]);
}
