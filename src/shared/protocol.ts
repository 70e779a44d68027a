/**
 * The one contract between the sidebar (browser) and the server (Apps Script): every endpoint the
 * sidebar calls through google.script.run, with its request and response types. Both sides import
 * this module, so they cannot disagree about a payload. Only JSON-safe values cross: Dates travel
 * as `{ date: ISO string }` (google.script.run cannot carry Date objects).
 */
import type { HealthModel } from '../core/model';

/** A sheet cell as it crosses the wire. */
export type WireCell = string | number | boolean | { date: string };

/** Healthy / unhealthy thresholds as the Health Model sheet holds them. */
export type BandSettings =
  | { kind: 'fixed'; healthyAt: number; unhealthyBelow: number }
  | { kind: 'quartiles' };

export interface SheetSummary {
  name: string;
  headers: string[];
  /** Data rows below the header. */
  rowCount: number;
}

export interface SidebarState {
  sheets: SheetSummary[];
  /** The account sheet set up last, or the active sheet. */
  accountSheet: string | null;
  /** The Health Model sheet as it stands, or null before set-up (or when it cannot be read). */
  model: HealthModel | null;
  /** Why the model could not be read, in the user's terms. */
  modelProblem: string | null;
  bands: BandSettings;
}

export interface SheetData {
  name: string;
  headers: string[];
  rows: WireCell[][];
  /** Column of account names, for the preview's lowest accounts. */
  nameColumn: number;
}

export interface SaveModelRequest {
  model: HealthModel;
  bands: BandSettings;
}

export interface SaveModelResult {
  metrics: number;
  savedAt: string;
}

export interface SetUpResult {
  sheet: string;
  metrics: string[];
  columnsAdded: string[];
  /** False when everything was already in place (running it twice changes nothing). */
  changed: boolean;
}

export interface TrafficLightsResult {
  sheet: string;
  rules: number;
}

/** Every server endpoint the sidebar may call, by name. */
export interface ServerApi {
  getSidebarState(): SidebarState;
  getSheetData(sheetName: string): SheetData;
  suggestModel(sheetName: string): HealthModel;
  saveModel(request: SaveModelRequest): SaveModelResult;
  setUpHealthScore(sheetName: string): SetUpResult;
  applyTrafficLights(sheetName: string): TrafficLightsResult;
}

export const toWireCell = (cell: unknown): WireCell => {
  if (cell instanceof Date || Object.prototype.toString.call(cell) === '[object Date]') {
    const date = cell as Date;
    return { date: Number.isNaN(date.getTime()) ? '' : date.toISOString() };
  }
  if (typeof cell === 'number' || typeof cell === 'boolean' || typeof cell === 'string') return cell;
  return cell === null || cell === undefined ? '' : String(cell);
};

export const fromWireCell = (cell: WireCell): unknown =>
  typeof cell === 'object' && cell !== null ? new Date(cell.date) : cell;
