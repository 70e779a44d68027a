/**
 * One-click set-up (issue: the team's sheet): the Health Model sheet with a starter model, the
 * named ranges, three array-formula columns right of the table, and the traffic lights. Running it
 * again changes nothing; nothing of the user's is overwritten.
 */
import { columnLetter } from '../core/a1';
import { fail } from '../core/args';
import { DEFAULT_HEALTHY_AT, DEFAULT_UNHEALTHY_BELOW } from '../core/bands';
import { type HealthModel, plainRule } from '../core/model';
import { type Ingredient, suggestStarterModel } from '../core/starter';
import type { SetUpResult } from '../shared/protocol';
import { createModelSheet, ensureNamedRanges } from './model-sheet';
import { ACCOUNT_SHEET_PROPERTY, MANAGED_HEADERS, MODEL_SHEET, NAMED } from './names';
import { activeSpreadsheet, managedColumns, requireSheet, tableWidth } from './spreadsheet';
import { applyRules } from './traffic-lights';

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

export function setUpHealthScoreIn(sheetName: unknown): SetUpResult {
  const spreadsheet = activeSpreadsheet();
  const sheet = requireSheet(spreadsheet, sheetName);
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
    createModelSheet(spreadsheet, model, {
      kind: 'fixed',
      healthyAt: DEFAULT_HEALTHY_AT,
      unhealthyBelow: DEFAULT_UNHEALTHY_BELOW,
    });
    metrics = model.metrics.filter((rule) => rule.weight > 0).map((rule) => rule.metric);
    changed = true;
    // insertSheet activates the new sheet; bring the user back to their accounts and the scores.
    sheet.activate();
  } else if (ensureNamedRanges(spreadsheet, modelSheet, false).length > 0) {
    changed = true;
  }

  const columns = addScoreColumns(sheet, headers, width);
  changed ||= columns.added.length > 0;
  applyRules(sheet, name, columns.score, columns.band);
  PropertiesService.getDocumentProperties().setProperty(ACCOUNT_SHEET_PROPERTY, name);
  return { sheet: name, metrics, columnsAdded: columns.added, changed };
}

/**
 * Adds the managed columns that are missing, after the last used column, each one array formula
 * over whole open columns of the table (so new accounts are scored without touching formulas).
 */
function addScoreColumns(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  headers: readonly unknown[],
  width: number,
): { added: string[]; score: number; band: number } {
  const present = managedColumns(headers);
  const missing = MANAGED_HEADERS.filter((_, i) => present[i] === -1);
  if (missing.length === 0) return { added: [], score: present[0] + 1, band: present[1] + 1 };
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
  const formulas = [
    `=HEALTHSCORE(${values}, ${header}, ${NAMED.model})`,
    `=HEALTHBAND(${scoreLetter}2:${scoreLetter}, ${NAMED.healthyAt}, ${NAMED.unhealthyBelow})`,
    `=HEALTHEXPLAIN(${values}, ${header}, ${NAMED.model})`,
  ];
  const needed = firstNew + MANAGED_HEADERS.length - 1 - sheet.getMaxColumns();
  if (needed > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), needed);
  // Header and formula rows in one write: strings starting with "=" become formulas.
  sheet.getRange(1, firstNew, 2, MANAGED_HEADERS.length).setValues([[...MANAGED_HEADERS], formulas]);
  sheet.getRange(`${scoreLetter}2:${scoreLetter}`).setNumberFormat('0.0');
  return { added: [...MANAGED_HEADERS], score: firstNew, band: firstNew + 1 };
}
