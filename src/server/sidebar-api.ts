/** What the sidebar asks of the server (types in src/shared/protocol.ts). */

import { isBlank } from '../core/cells';
import {
  type BandSettings,
  type SaveModelResult,
  type SheetData,
  type SidebarState,
  toWireCell,
} from '../shared/protocol';
import { readModelState, writeModel } from './model-sheet';
import { ACCOUNT_SHEET_PROPERTY, isAddonSheet } from './names';
import { saveModelRequest } from './requests';
import {
  accountKeyColumn,
  activeSpreadsheet,
  documentProperties,
  requireSheet,
  tableWidth,
} from './spreadsheet';

export function sidebarState(): SidebarState {
  const spreadsheet = activeSpreadsheet();
  const sheets = spreadsheet
    .getSheets()
    .filter((sheet) => !isAddonSheet(sheet.getName()))
    .map((sheet) => {
      const lastColumn = sheet.getLastColumn();
      const headers = lastColumn === 0 ? [] : sheet.getRange(1, 1, 1, lastColumn).getDisplayValues()[0];
      return {
        name: sheet.getName(),
        headers: headers.slice(0, tableWidth(headers)),
        rowCount: Math.max(0, sheet.getLastRow() - 1),
      };
    });
  const remembered = documentProperties().getProperty(ACCOUNT_SHEET_PROPERTY);
  const active = spreadsheet.getActiveSheet().getName();
  const accountSheet =
    [remembered, active].find((name) => sheets.some((sheet) => sheet.name === name)) ??
    sheets[0]?.name ??
    null;
  let state: ReturnType<typeof readModelState>;
  try {
    state = readModelState(spreadsheet);
  } catch (error) {
    const bands: BandSettings = { kind: 'fixed', healthyAt: 70, unhealthyBelow: 40 };
    return { sheets, accountSheet, model: null, modelProblem: (error as Error).message, bands };
  }
  return { sheets, accountSheet, model: state.model, modelProblem: state.problem, bands: state.bands };
}

export function sheetData(sheetName: unknown): SheetData {
  const sheet = requireSheet(activeSpreadsheet(), sheetName);
  const data = sheet.getDataRange().getValues();
  const headers = (data[0] ?? []).map((header) => (isBlank(header) ? '' : String(header)));
  const width = tableWidth(headers);
  const nameColumn = accountKeyColumn(headers);
  return {
    name: sheet.getName(),
    headers: headers.slice(0, width),
    rows: data.slice(1).map((row) => row.slice(0, width).map(toWireCell)),
    nameColumn,
  };
}

export function saveModelFrom(candidate: unknown): SaveModelResult {
  const { model, bands } = saveModelRequest(candidate);
  writeModel(activeSpreadsheet(), model, bands);
  return { metrics: model.metrics.length, savedAt: new Date().toISOString() };
}
