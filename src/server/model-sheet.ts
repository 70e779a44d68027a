/** The Health Model sheet (contract §4): the table at A1, band thresholds in named cells. */
import { asPlainText } from '../core/a1';
import { DEFAULT_HEALTHY_AT, DEFAULT_UNHEALTHY_BELOW } from '../core/bands';
import { describeCell, isBlank, readNumber } from '../core/cells';
import { type HealthModel, MODEL_COLUMNS, modelToTable, parseModelTable } from '../core/model';
import type { BandSettings } from '../shared/protocol';
import { BAND_BLOCK, MODEL_SHEET, NAMED } from './names';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const BAND_LABELS = [
  ['Band thresholds', ''],
  ['Healthy at', ''],
  ['Unhealthy below', ''],
];

/** The model table as cells, with user text kept from turning into formulas. */
function tableCells(model: HealthModel): unknown[][] {
  return modelToTable(model).map((row) => row.map(asPlainText));
}

function bandCells(bands: BandSettings): [[unknown], [unknown]] {
  return bands.kind === 'quartiles' ? [['quartiles'], ['']] : [[bands.healthyAt], [bands.unhealthyBelow]];
}

/**
 * Creates the Health Model sheet with its table, band cells and named ranges. Only called when
 * the sheet does not exist, so nothing of the user's is overwritten.
 */
export function createModelSheet(spreadsheet: Spreadsheet, model: HealthModel, bands: BandSettings): void {
  const sheet = spreadsheet.insertSheet(MODEL_SHEET);
  const [healthy, unhealthy] = bandCells(bands);
  const labels = BAND_LABELS.map((row) => [...row]);
  labels[1][1] = healthy[0] as string;
  labels[2][1] = unhealthy[0] as string;
  // Table (A:H) and band block (J1:K3) in one write: the sheet is new, so the blanks between
  // them overwrite nothing.
  const table = tableCells(model);
  const rows = Math.max(table.length, labels.length);
  const cells = Array.from({ length: rows }, (_, r) => [
    ...(table[r] ?? MODEL_COLUMNS.map(() => '')),
    '',
    ...(labels[r] ?? ['', '']),
  ]);
  sheet.getRange(1, 1, rows, cells[0].length).setValues(cells);
  sheet.setFrozenRows(1);
  sheet.getRange('A1:H1').setFontWeight('bold');
  ensureNamedRanges(spreadsheet, sheet, true);
}

/** Names the model table and the band cells, unless those names already exist. */
export function ensureNamedRanges(
  spreadsheet: Spreadsheet,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  fresh: boolean,
): string[] {
  const wanted: [string, string][] = [
    [NAMED.model, 'A1:H'],
    [NAMED.healthyAt, BAND_BLOCK.healthyAt],
    [NAMED.unhealthyBelow, BAND_BLOCK.unhealthyBelow],
  ];
  const created: string[] = [];
  for (const [name, a1] of wanted) {
    if (!fresh && spreadsheet.getRangeByName(name) !== null) continue;
    spreadsheet.setNamedRange(name, sheet.getRange(a1));
    created.push(name);
  }
  return created;
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
    return {
      model: null,
      problem: `No ${NAMED.model} named range yet: run Set up health score.`,
      bands,
      tableRows: 0,
    };
  }
  const cells = modelRange.getValues();
  const tableRows = cells.reduce((last, row, i) => (row.some((cell) => !isBlank(cell)) ? i + 1 : last), 0);
  try {
    return { model: parseModelTable(cells), problem: null, bands, tableRows };
  } catch (error) {
    return { model: null, problem: (error as Error).message, bands, tableRows };
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
  const sheet = spreadsheet.getSheetByName(MODEL_SHEET);
  if (sheet === null) {
    createModelSheet(spreadsheet, model, bands);
    return;
  }
  const table = tableCells(model);
  const oldRows = sheet.getLastRow();
  const blank = MODEL_COLUMNS.map(() => '');
  while (table.length < oldRows) table.push([...blank]);
  sheet.getRange(1, 1, table.length, MODEL_COLUMNS.length).setValues(table);
  const [healthy, unhealthy] = bandCells(bands);
  const healthyRange = spreadsheet.getRangeByName(NAMED.healthyAt) ?? sheet.getRange(BAND_BLOCK.healthyAt);
  const unhealthyRange =
    spreadsheet.getRangeByName(NAMED.unhealthyBelow) ?? sheet.getRange(BAND_BLOCK.unhealthyBelow);
  healthyRange.setValue(healthy[0]);
  unhealthyRange.setValue(unhealthy[0]);
}
