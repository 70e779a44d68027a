/** Workbooks for add-on tests: the sample accounts (or generated ones) with the built add-on loaded. */
import { join } from 'node:path';
import type { AddonSurface } from '../../dev/addon-surface';
import { readSheetCsv } from '../../dev/csv';
import { distFile } from '../../dev/dist-path.mjs';
import { createWorkbook, loadAddon, type Workbook } from '../../dev/emulator';
import { seededRandom } from '../../dev/random';

export const ROOT = join(__dirname, '../..');
export const CODE = distFile('Code.js');

export type Addon = AddonSurface;

/** The add-on's functions without their types: for tests that send what the sidebar never would, to check the server refuses it. */
export function untyped(addon: Addon): Record<string, (...args: unknown[]) => unknown> {
  return addon as unknown as Record<string, (...args: unknown[]) => unknown>;
}

export { openEvent } from '../../dev/emulator';

export function sampleAccounts(): unknown[][] {
  return readSheetCsv(join(ROOT, 'examples/accounts.csv'));
}

/** `count` accounts with the seven ingredients, deterministic. */
export function generatedAccounts(count: number): unknown[][] {
  const random = seededRandom(count);
  const words = ['red', 'yellow', 'green'];
  const rows: unknown[][] = [
    [
      'Account',
      'CSM sentiment',
      'NPS',
      'Meetings attended',
      'Advocacy',
      'Active users',
      'Goals met',
      'Support tickets',
    ],
  ];
  for (let i = 0; i < count; i++) {
    rows.push([
      `Account ${i + 1}`,
      words[Math.floor(random() * 3)],
      Math.round(random() * 200 - 100),
      Math.round(random() * 8),
      random() < 0.5 ? 'yes' : 'no',
      Math.round(random() * 100),
      ['poor', 'fair', 'good'][Math.floor(random() * 3)],
      Math.round(random() * 30),
    ]);
  }
  return rows;
}

export function workbookWith(sheets: Record<string, unknown[][]>): { workbook: Workbook; addon: Addon } {
  const workbook = createWorkbook(sheets);
  const addon = loadAddon(workbook, CODE) as Addon;
  return { workbook, addon };
}

/** Service calls made by `action`, per service and in all. */
export function callsDuring(workbook: Workbook, action: () => unknown): { spreadsheet: number; all: number } {
  const [spreadsheetBefore, allBefore] = [workbook.serviceCalls('SpreadsheetApp'), workbook.serviceCalls()];
  action();
  return {
    spreadsheet: workbook.serviceCalls('SpreadsheetApp') - spreadsheetBefore,
    all: workbook.serviceCalls() - allBefore,
  };
}
