/**
 * Export for CRM through the built add-on in the emulator: the "CRM Export" sheet's rows (values
 * only, text kept as text, one decimal, today in the spreadsheet's zone), rewriting an earlier
 * export in one write, refusing a sheet that is not one, the call count at 100 and 5,000
 * accounts, and the fault sweep over creating and rewriting it.
 */
import { describe, expect, it } from 'vitest';
import { createWorkbook, loadAddon, type Workbook } from '../../dev/emulator';
import type { CrmExportResult } from '../../src/shared/protocol';
import { type Scene, sweep } from './fault-sweep';
import { type Addon, CODE, callsDuring, generatedAccounts } from './helpers';

const SHEET = 'CRM Export';
const HEADER = ['Account ID', 'Score', 'Band', 'Drivers', 'Updated'];

/** Accounts set up in Tokyo; the clock at 20:00 UTC, already the next day there. */
function setUp(count: number, timeZone = 'Asia/Tokyo'): Scene {
  const workbook = createWorkbook({ Accounts: generatedAccounts(count) }, { timeZone });
  const addon = loadAddon(workbook, CODE) as Addon;
  workbook.setNow('2026-11-02T20:00:00Z');
  addon.setUpHealthScore('Accounts');
  return { workbook, addon };
}

const exportFor = (addon: Addon, sheet?: string) => addon.exportForCrm(sheet);
const active = (workbook: Workbook) => workbook.services.SpreadsheetApp.getActive();

/** Sets cells of the account sheet as a user types them. */
function type(workbook: Workbook, a1: string, values: unknown[][]) {
  active(workbook).getSheetByName('Accounts')!.getRange(a1).setValues(values);
}

/** The account sheet's key, score, band and drivers columns, as the sheet shows them now. */
function accountColumns(workbook: Workbook) {
  const [headers, ...rows] = workbook.values('Accounts');
  const at = (name: string) => headers.indexOf(name);
  return rows.map((row) => ({
    id: row[0],
    score: row[at('Health score')],
    band: row[at('Health band')],
    drivers: row[at('Health drivers')],
  }));
}

describe('exportForCrm', () => {
  it('writes one row of values per account: IDs and drivers as text, scores to one decimal, today in the sheet’s zone', () => {
    const { workbook, addon } = setUp(6);
    // Account IDs a CRM export must keep as text: a formula, a sign, an at, a leading zero.
    type(workbook, 'A2:A5', [['\'=HYPERLINK("x")'], ["'+44 Ltd"], ["'@acme"], ["'007"]]);
    const result = exportFor(addon, 'Accounts');
    expect(result).toEqual({
      sheet: SHEET,
      source: 'Accounts',
      accounts: 6,
      withoutId: 0,
      duplicates: 0,
      created: true,
      updated: '2026-11-03',
    });
    const [header, ...rows] = workbook.values(SHEET);
    expect(header).toEqual(HEADER);
    const expected = accountColumns(workbook).map((account) => [
      account.id,
      Number((account.score as number).toFixed(1)),
      account.band,
      account.drivers,
      '2026-11-03',
    ]);
    expect(rows).toEqual(expected);
    expect(rows.slice(0, 4).map((row) => row[0])).toEqual(['=HYPERLINK("x")', '+44 Ltd', '@acme', '007']);
    // Values only, and one decimal at most.
    expect(
      workbook
        .formulas(SHEET)
        .flat()
        .filter((formula) => formula !== ''),
    ).toEqual([]);
    for (const row of rows)
      expect(Math.round((row[1] as number) * 10)).toBeCloseTo((row[1] as number) * 10, 9);
    expect(rows.some((row) => String(row[3]).includes(' -'))).toBe(true);
    // The grid is the export's size; the account sheet's own cells are untouched.
    expect(active(workbook).getSheetByName(SHEET)!.getMaxRows()).toBe(7);
  });

  it('leaves out rows without an account ID and repeated IDs, and says how many', () => {
    const { workbook, addon } = setUp(6);
    // Row 3 loses its ID; row 4 repeats Account 1 (spaces and case aside); row 5 takes Account 5's.
    type(workbook, 'A3:A5', [['  '], ['  account 1 '], ['Account 5']]);
    const result = exportFor(addon, 'Accounts');
    expect(result).toMatchObject({ accounts: 3, withoutId: 1, duplicates: 2 });
    expect(workbook.values(SHEET).map((row) => row[0])).toEqual([
      'Account ID',
      'Account 1',
      'Account 5',
      'Account 6',
    ]);
  });

  it('rewrites an earlier export in one write, blanking the rows a longer one left', () => {
    const { workbook, addon } = setUp(8);
    exportFor(addon, 'Accounts');
    const sheetId = active(workbook).getSheetByName(SHEET)!.getSheetId();
    // Five accounts fewer: their rows are blanked, not left behind.
    active(workbook).getSheetByName('Accounts')!.deleteRows(5, 5);
    workbook.setNow('2026-11-05T01:00:00Z');
    let result: CrmExportResult | undefined;
    const calls = callsDuring(workbook, () => {
      result = exportFor(addon, 'Accounts');
    });
    expect(result).toMatchObject({ accounts: 3, created: false, updated: '2026-11-05' });
    expect(workbook.values(SHEET)).toEqual([
      HEADER,
      ...accountColumns(workbook).map((account) => [
        account.id,
        Number((account.score as number).toFixed(1)),
        account.band,
        account.drivers,
        '2026-11-05',
      ]),
    ]);
    expect(active(workbook).getSheetByName(SHEET)!.getSheetId()).toBe(sheetId);
    expect(calls.spreadsheet).toBe(10);
    // Longer again: the grid grows first (one more call) and every row is written.
    type(workbook, 'A5:B6', [
      ['Late 1', 'green'],
      ['Late 2', 'red'],
    ]);
    let longer: CrmExportResult | undefined;
    expect(callsDuring(workbook, () => (longer = exportFor(addon, 'Accounts'))).spreadsheet).toBe(11);
    expect(longer?.accounts).toBe(5);
    expect(workbook.values(SHEET).map((row) => row[0])).toEqual([
      'Account ID',
      'Account 1',
      'Account 2',
      'Account 3',
      'Late 1',
      'Late 2',
    ]);
  });

  it('refuses a "CRM Export" sheet that is not an export, naming the conflict, and writes nothing', () => {
    const { workbook, addon } = setUp(4);
    const theirs = active(workbook).insertSheet(SHEET);
    theirs.getRange('A1:C2').setValues([
      ['Account', 'Owner', 'Notes'],
      ['Acme', 'Anna', 'renewal call'],
    ]);
    const before = JSON.stringify(workbook.values(SHEET));
    expect(() => exportFor(addon, 'Accounts')).toThrow(
      /already has a sheet named "CRM Export" whose first row is "Account \| Owner \| Notes", not "Account ID \| Score \| Band \| Drivers \| Updated".*rename or delete that sheet/,
    );
    expect(JSON.stringify(workbook.values(SHEET))).toBe(before);
    // Before set-up there is nothing to export: the message says what to do.
    const bare = createWorkbook({ Accounts: generatedAccounts(3) });
    const fresh = loadAddon(bare, CODE) as Addon;
    expect(() => fresh.exportForCrm('Accounts')).toThrow(
      /"Accounts" has no "Health score", "Health band", "Health drivers" columns: run Set up health score/,
    );
    expect(bare.sheets.map((sheet) => sheet.name)).toEqual(['Accounts']);
  });

  it('from the menu: exports the account sheet set up last, whatever sheet is open, and says so in a toast', () => {
    const { workbook, addon } = setUp(5);
    active(workbook).insertSheet('Notes');
    expect(addon.exportForCrmFromMenu()).toMatchObject({ source: 'Accounts', accounts: 5 });
    expect(workbook.ui.toasts.at(-1)?.message).toBe(
      '5 accounts exported to the "CRM Export" sheet, ready to import into your CRM.',
    );
    // A failure is an alert with the reason, not an exception.
    active(workbook).getSheetByName(SHEET)!.getRange('A1').setValue('Name');
    expect(addon.exportForCrmFromMenu()).toBeUndefined();
    expect(workbook.ui.alerts.at(-1)?.prompt).toMatch(/not an export of this add-on/);
    // The export is not offered as an account sheet in the panel.
    const state = addon.getSidebarState();
    expect(state.sheets.map((sheet) => sheet.name)).not.toContain(SHEET);
  });

  it('takes as many SpreadsheetApp calls for 5,000 accounts as for 100: 11 to create the sheet, 10 to rewrite it', () => {
    const calls = (count: number) => {
      const { workbook, addon } = setUp(count);
      const create = callsDuring(workbook, () => exportFor(addon, 'Accounts'));
      const rewrite = callsDuring(workbook, () => exportFor(addon, 'Accounts'));
      expect(workbook.values(SHEET)).toHaveLength(count + 1);
      expect(active(workbook).getSheetByName(SHEET)!.getMaxRows()).toBe(count + 1);
      return { create: create.spreadsheet, rewrite: rewrite.spreadsheet };
    };
    const small = calls(100);
    const large = calls(5_000);
    console.log(
      `CRM export, SpreadsheetApp calls: 100 accounts ${JSON.stringify(small)}, 5,000 ${JSON.stringify(large)}`,
    );
    expect(large).toEqual(small);
    expect(small).toEqual({ create: 11, rewrite: 10 });
  }, 120_000);
});

describe('fault sweep: Export for CRM', () => {
  /** The user's own cells: the account table, Health columns included (the export only reads it). */
  const accountSheet = (workbook: Workbook) => JSON.stringify(workbook.values('Accounts'));
  const report = (name: string, result: ReturnType<typeof sweep>) => {
    console.log(`fault sweep: ${name} survives ${result.survived} of ${result.calls} failed calls`);
    for (const { call, why } of result.broken) console.log(`  call ${call}: ${why}`);
  };

  it('creating the sheet, and rewriting a longer earlier export, survive a failure at every call', () => {
    const created = sweep(
      () => setUp(6),
      ({ addon }) => addon.exportForCrm('Accounts'),
      accountSheet,
    );
    report('CRM export (new sheet)', created);
    const longer = () => {
      const scene = setUp(9);
      scene.addon.exportForCrm('Accounts');
      active(scene.workbook).getSheetByName('Accounts')!.deleteRows(4, 4);
      scene.workbook.setNow('2026-11-04T09:00:00Z');
      return scene;
    };
    const rewritten = sweep(longer, ({ addon }) => addon.exportForCrm('Accounts'), accountSheet);
    report('CRM export (rewrite)', rewritten);
    expect(created.calls).toBeGreaterThanOrEqual(12);
    expect([...created.broken, ...rewritten.broken]).toEqual([]);
  }, 120_000);
});
