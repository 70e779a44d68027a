/** Fixture data for the sidebar tests: the sample account sheet grown to a few hundred accounts. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSheetCsv } from '../../dev/csv';
import { seededRandom } from '../../dev/random';
import { type HealthModel, parseModelTable } from '../../src/core/model';
import type { BandSettings, ServerApi, SheetData, SidebarState } from '../../src/shared/protocol';
import { toWireCell } from '../../src/shared/protocol';
import { buildSidebar } from '../../src/sidebar/build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

export const ACCOUNTS_SHEET = 'Accounts';
export const OTHER_SHEET = 'Renewals';
export const XSS = '<img src=x onerror=alert(1)>';

/** Builds dist-like output in a temp dir (the root build also writes dist/Sidebar.html). */
export async function buildSidebarHtml(): Promise<{ html: string; bytes: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'sidebar-'));
  const { path, bytes } = await buildSidebar(dir);
  return { html: readFileSync(path, 'utf8'), bytes };
}

/** `count` accounts: the sample rows with jittered numbers and numbered names. */
export function accountSheet(count: number, seed = 7): { headers: string[]; rows: unknown[][] } {
  const [header, ...sample] = readSheetCsv(join(root, 'examples/accounts.csv'));
  const random = seededRandom(seed);
  const rows: unknown[][] = [];
  for (let i = 0; i < count; i++) {
    const base = sample[i % sample.length];
    rows.push(
      base.map((cell, c) => {
        if (c === 0) return `${String(cell)} ${i + 1}`;
        if (typeof cell === 'number' && c !== 3) return Math.round(cell * (0.5 + random()) * 10) / 10;
        return cell;
      }),
    );
  }
  return { headers: header.map(String), rows };
}

export function sampleModel(): HealthModel {
  return parseModelTable(readSheetCsv(join(root, 'examples/health-model.csv')));
}

export const FIXED_BANDS: BandSettings = { kind: 'fixed', healthyAt: 70, unhealthyBelow: 40 };

export interface FixtureOptions {
  count?: number;
  model?: HealthModel | null;
  /** Extra columns appended to every row: header → cell of row i. */
  extraColumns?: Record<string, (row: number) => unknown>;
  saveFails?: string;
}

export type FixtureHandlers = Pick<ServerApi, 'getSidebarState' | 'getSheetData' | 'saveModel'>;

/** Endpoint handlers over in-memory sheets; saveModel keeps what it is sent. */
export function fixtureHandlers(options: FixtureOptions = {}): FixtureHandlers {
  const { headers, rows } = accountSheet(options.count ?? 300);
  for (const [name, cell] of Object.entries(options.extraColumns ?? {})) {
    headers.push(name);
    for (const [i, row] of rows.entries()) row.push(cell(i));
  }
  const sheets: Record<string, SheetData> = {
    [ACCOUNTS_SHEET]: {
      name: ACCOUNTS_SHEET,
      headers,
      rows: rows.map((row) => row.map(toWireCell)),
      nameColumn: 0,
    },
    [OTHER_SHEET]: {
      name: OTHER_SHEET,
      headers: headers.slice(0, 8),
      rows: rows.slice(0, 40).map((row) => row.slice(0, 8).map(toWireCell)),
      nameColumn: 0,
    },
  };
  let model = options.model === undefined ? sampleModel() : options.model;
  let bands = FIXED_BANDS;
  return {
    getSidebarState: (): SidebarState => ({
      sheets: Object.values(sheets).map(({ name, headers, rows }) => ({
        name,
        headers,
        rowCount: rows.length,
      })),
      accountSheet: ACCOUNTS_SHEET,
      model,
      modelProblem: null,
      bands,
    }),
    getSheetData: (name) => {
      const sheet = sheets[name];
      if (sheet === undefined) throw new Error(`There is no sheet named "${name}".`);
      return sheet;
    },
    saveModel: (request) => {
      if (options.saveFails) throw new Error(options.saveFails);
      model = request.model;
      bands = request.bands;
      return { metrics: request.model.metrics.length, savedAt: '2026-01-15T10:30:00.000Z' };
    },
  };
}
