/** The Health Model sheet (contract §4): the table at A1, band thresholds in named cells. */
import { asPlainText } from '../core/a1';
import {
  type BandLabels,
  DEFAULT_BAND_LABELS,
  DEFAULT_HEALTHY_AT,
  DEFAULT_UNHEALTHY_BELOW,
  parseBandLabels,
} from '../core/bands';
import { describeCell, isBlank, isDate, readNumber } from '../core/cells';
import { zonedDayKey, zonedMidnight } from '../core/history/zoned';
import { type HealthModel, modelToTable, parseModelTable, TABLE_COLUMNS } from '../core/model';
import {
  ENGLISH,
  type ServerMessages,
  type ServerText,
  someServerCatalogue,
} from '../shared/messages/server';
import type { BandSettings } from '../shared/protocol';
import { spreadsheetText } from './locale';
import { BAND_BLOCK, MODEL_SHEET, NAMED } from './names';
import { insertCompleteSheet } from './new-sheet';
import { refuse, userMessage } from './refuse';
import { inUserLanguage } from './user-errors';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** J1:J9, what each cell of the settings block is for, in one language. */
export type ModelCaptions = readonly string[];

export function modelCaptions(t: ServerMessages): ModelCaptions {
  return [
    t.modelBandThresholds,
    t.modelHealthyAt,
    t.modelUnhealthyBelow,
    t.modelAsOf,
    t.modelBandLabels,
    t.bandHealthy,
    t.bandAtRisk,
    t.bandUnhealthy,
    t.bandNoScore,
  ];
}

const ENGLISH_CAPTIONS = modelCaptions(ENGLISH.messages);

/** The band labels a new Health Model sheet starts with in a language (English: the defaults). */
export function startingBandLabels(t: ServerMessages): BandLabels {
  return {
    healthy: t.bandHealthy,
    atRisk: t.bandAtRisk,
    unhealthy: t.bandUnhealthy,
    noScore: t.bandLabelNoScore,
  };
}

/** A new Health Model sheet's band labels and captions: in the spreadsheet's language. */
export function newModelSheetWords(
  spreadsheet: Spreadsheet,
  text: ServerText = spreadsheetText(spreadsheet),
): [BandLabels, ModelCaptions] {
  const { messages } = text;
  return [startingBandLabels(messages), modelCaptions(messages)];
}

/** J4:K9: the as-of date (K4) and the band labels (K6:K9), with what each cell is for. */
function extraCells(today: Date, labels: BandLabels, captions: ModelCaptions): unknown[][] {
  return [
    [captions[3], today],
    [captions[4], ''],
    [captions[5], labels.healthy],
    [captions[6], labels.atRisk],
    [captions[7], labels.unhealthy],
    [captions[8], labels.noScore],
  ].map((row) => row.map(asPlainText));
}

/** Today's date in the spreadsheet's time zone: midnight, as a date cell of that day holds. */
export function todayIn(spreadsheet: Spreadsheet): Date {
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  return zonedMidnight(zonedDayKey(timeZone)(new Date()), timeZone);
}

/**
 * The model table as cells (A:I, the Segment header in I1 whether or not segments are used, so
 * the team sees where they go), with user text kept from turning into formulas.
 */
function tableCells(model: HealthModel): unknown[][] {
  return modelToTable(model).map((row, r) =>
    TABLE_COLUMNS.map((column, c) => asPlainText(row[c] ?? (r === 0 ? column : ''))),
  );
}

function bandCells(bands: BandSettings): [[unknown], [unknown]] {
  return bands.kind === 'quartiles' ? [['quartiles'], ['']] : [[bands.healthyAt], [bands.unhealthyBelow]];
}

/**
 * Creates the Health Model sheet with its table, band cells and named ranges. Only called when
 * the sheet does not exist, so nothing of the user's is overwritten.
 */
export function createModelSheet(
  spreadsheet: Spreadsheet,
  model: HealthModel,
  bands: BandSettings,
  bandLabels: BandLabels = DEFAULT_BAND_LABELS,
  captions: ModelCaptions = ENGLISH_CAPTIONS,
): void {
  const today = todayIn(spreadsheet);
  const [healthy, unhealthy] = bandCells(bands);
  const labels: unknown[][] = [
    [captions[0], ''],
    [captions[1], healthy[0]],
    [captions[2], unhealthy[0]],
  ];
  labels.push(...extraCells(today, bandLabels, captions));
  // Table (A:I) and settings block (J1:K9) in one write: the sheet is new, so the blanks
  // overwrite nothing.
  const table = tableCells(model);
  const rows = Math.max(table.length, labels.length);
  const cells = Array.from({ length: rows }, (_, r) => [
    ...(table[r] ?? TABLE_COLUMNS.map(() => '')),
    ...(labels[r] ?? ['', '']),
  ]);
  const sheet = insertCompleteSheet(spreadsheet, MODEL_SHEET, (building) => {
    building.getRange(1, 1, rows, cells[0].length).setValues(cells);
    building.getRange(BAND_BLOCK.asOf).setNumberFormat('yyyy-mm-dd');
    building.setFrozenRows(1);
    building.getRange('A1:I1').setFontWeight('bold');
  });
  ensureNamedRanges(spreadsheet, sheet);
}

const NAMED_CELLS: readonly [string, string][] = [
  [NAMED.model, 'A1:I'],
  [NAMED.healthyAt, BAND_BLOCK.healthyAt],
  [NAMED.unhealthyBelow, BAND_BLOCK.unhealthyBelow],
  [NAMED.asOf, BAND_BLOCK.asOf],
  [NAMED.bandLabels, BAND_BLOCK.bandLabels],
];

/** Whether J4:K9's first column holds what set-up writes there, in any language: the add-on's own block. */
const isOwnExtras = (cells: unknown[][]): boolean =>
  someServerCatalogue((t) =>
    modelCaptions(t)
      .slice(3)
      .every((caption, i) => cells[i][0] === caption),
  );

/**
 * Names the model table and the settings cells on the Health Model sheet. A name that already
 * points at this sheet is kept; a name the spreadsheet uses for something else (a user's own
 * "HealthyAt" target elsewhere) is never redirected: set-up stops and says so. A sheet made
 * before the as-of date and band labels existed gets their cells (J4:K9) first, but only when
 * those cells are empty (or already the add-on's): nothing of the user's is overwritten.
 */
export function ensureNamedRanges(
  spreadsheet: Spreadsheet,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
): string[] {
  const missing = NAMED_CELLS.filter(([name]) => {
    const range = spreadsheet.getRangeByName(name);
    if (range === null) return true;
    const at = range.getSheet().getName();
    if (at !== MODEL_SHEET) {
      refuse('namedRangeTaken', { name, at, sheet: MODEL_SHEET });
    }
    return false;
  });
  if (missing.some(([name]) => name === NAMED.asOf || name === NAMED.bandLabels)) {
    const extras = sheet.getRange(BAND_BLOCK.extras);
    const cells = extras.getValues();
    if (!isOwnExtras(cells)) {
      if (cells.some((row) => row.some((cell) => !isBlank(cell)))) {
        refuse('modelExtrasTaken', {
          sheet: MODEL_SHEET,
          cells: BAND_BLOCK.extras,
          asOf: ENGLISH.messages.modelAsOf, // the caption this branch writes: English, as the bands
        });
      }
      // A sheet set up before these cells existed: its bands have been English all along.
      extras.setValues(extraCells(todayIn(spreadsheet), DEFAULT_BAND_LABELS, ENGLISH_CAPTIONS));
      sheet.getRange(BAND_BLOCK.asOf).setNumberFormat('yyyy-mm-dd');
    }
  }
  for (const [name, a1] of missing) spreadsheet.setNamedRange(name, sheet.getRange(a1));
  return missing.map(([name]) => name);
}

/** The team's band labels (contract §8), or the defaults when the sheet has none yet. */
export function readBandLabels(spreadsheet: Spreadsheet): BandLabels {
  const range = spreadsheet.getRangeByName(NAMED.bandLabels);
  if (range === null) return DEFAULT_BAND_LABELS;
  try {
    return parseBandLabels(range.getValues());
  } catch (error) {
    throw new Error(`Health Model band labels (${NAMED.bandLabels}): ${(error as Error).message}`);
  }
}

/**
 * Keeps the AsOf cell at today in the spreadsheet's time zone, so date-based metrics and every
 * score recalculate once a day (contract §8). Writes only when the day changed; returns whether
 * it wrote. A sheet without AsOf (set up before it existed) is left alone.
 */
export function refreshAsOf(spreadsheet: Spreadsheet): boolean {
  return setAsOf(spreadsheet, todayIn(spreadsheet));
}

/**
 * Sets AsOf to `day` (a midnight in the spreadsheet's zone) unless it holds it already; with
 * `compare` false it writes without reading first (one call fewer; the caller knows it moved).
 */
export function setAsOf(spreadsheet: Spreadsheet, day: Date, compare = true): boolean {
  const range = spreadsheet.getRangeByName(NAMED.asOf);
  if (range === null) return false;
  if (compare) {
    const current = range.getValue();
    if (isDate(current) && current.getTime() === day.getTime()) return false;
  }
  range.setValue(day);
  return true;
}

export interface ModelState {
  model: HealthModel | null;
  problem: string | null;
  bands: BandSettings;
  /** Rows the table occupies now, header included (0 when there is no model sheet). */
  tableRows: number;
}

/** Reads the model and the band cells through their named ranges. */
export function readModelState(spreadsheet: Spreadsheet): ModelState {
  const modelRange = spreadsheet.getRangeByName(NAMED.model);
  const bands = readBands(spreadsheet);
  if (modelRange === null) {
    const problem = userMessage('modelMissing', { table: NAMED.model });
    return { model: null, problem, bands, tableRows: 0 };
  }
  const cells = modelRange.getValues();
  const tableRows = cells.reduce((last, row, i) => (row.some((cell) => !isBlank(cell)) ? i + 1 : last), 0);
  try {
    return { model: parseModelTable(cells), problem: null, bands, tableRows };
  } catch (error) {
    // The sidebar shows it as it is: in the user's language here, like a thrown error.
    return { model: null, problem: (inUserLanguage(error) as Error).message, bands, tableRows };
  }
}

function readBands(spreadsheet: Spreadsheet): BandSettings {
  const healthyRange = spreadsheet.getRangeByName(NAMED.healthyAt);
  const unhealthyRange = spreadsheet.getRangeByName(NAMED.unhealthyBelow);
  const healthy = healthyRange?.getValue();
  if (typeof healthy === 'string' && healthy.trim().toLowerCase() === 'quartiles')
    return { kind: 'quartiles' };
  const healthyAt = isBlank(healthy) ? DEFAULT_HEALTHY_AT : readNumber(healthy);
  const unhealthyValue = unhealthyRange?.getValue();
  const unhealthyBelow = isBlank(unhealthyValue) ? DEFAULT_UNHEALTHY_BELOW : readNumber(unhealthyValue);
  if (Number.isNaN(healthyAt) || Number.isNaN(unhealthyBelow)) {
    throw new Error(
      `The band thresholds must be numbers (found ${describeCell(healthy)} and ${describeCell(unhealthyValue)}).`,
    );
  }
  return { kind: 'fixed', healthyAt, unhealthyBelow };
}

/**
 * Writes a model over the table in one batch (rows the old table used and the new one does not
 * are blanked in the same write), then the two band cells.
 */
export function writeModel(spreadsheet: Spreadsheet, model: HealthModel, bands: BandSettings): void {
  // The table the HealthModel name points at: a sheet that only has the name "Health Model" may be
  // the user's own, and is never written over.
  const named = spreadsheet.getRangeByName(NAMED.model);
  if (named === null) {
    if (spreadsheet.getSheetByName(MODEL_SHEET) !== null) {
      refuse('modelTableMissing', { sheet: MODEL_SHEET, table: NAMED.model });
    }
    createModelSheet(spreadsheet, model, bands, ...newModelSheetWords(spreadsheet));
    return;
  }
  const sheet = named.getSheet();
  const table = tableCells(model);
  // One read tells both the table's width and how many rows it fills now. A table named A1:H
  // (set up before segments existed) writes its eight columns, until a model with segments needs
  // the ninth: then the name grows to A1:I, if column I is free.
  const current = named.getValues();
  let width =
    (current[0]?.length ?? 0) >= TABLE_COLUMNS.length ? TABLE_COLUMNS.length : TABLE_COLUMNS.length - 1;
  if (width < TABLE_COLUMNS.length && model.metrics.some((rule) => rule.segment)) {
    growToSegmentColumn(spreadsheet, sheet);
    width = TABLE_COLUMNS.length;
  }
  const oldRows = current.reduce((last, row, i) => (row.some((cell) => !isBlank(cell)) ? i + 1 : last), 0);
  const blank = TABLE_COLUMNS.map(() => '');
  while (table.length < oldRows) table.push([...blank]);
  sheet.getRange(1, 1, table.length, width).setValues(table.map((row) => row.slice(0, width)));
  const [healthy, unhealthy] = bandCells(bands);
  const healthyRange = spreadsheet.getRangeByName(NAMED.healthyAt) ?? sheet.getRange(BAND_BLOCK.healthyAt);
  const unhealthyRange =
    spreadsheet.getRangeByName(NAMED.unhealthyBelow) ?? sheet.getRange(BAND_BLOCK.unhealthyBelow);
  healthyRange.setValue(healthy[0]);
  unhealthyRange.setValue(unhealthy[0]);
}

/** Points HealthModel at A1:I, after checking nothing of the team's is in column I. */
function growToSegmentColumn(spreadsheet: Spreadsheet, sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  const column = sheet.getRange('I1:I');
  const used = column.getValues().findIndex((row) => !isBlank(row[0]));
  if (used !== -1 && !(used === 0 && String(column.getValues()[0][0]).trim() === 'Segment')) {
    refuse('segmentColumnTaken', { sheet: MODEL_SHEET, cell: `I${used + 1}` });
  }
  spreadsheet.setNamedRange(NAMED.model, sheet.getRange('A1:I'));
}
