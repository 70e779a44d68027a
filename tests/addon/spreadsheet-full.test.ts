/**
 * A spreadsheet at Google's 10 million cells: what grows the grid is refused, and the user is told
 * in their language what fills it and what to do, instead of Google's words alone.
 */
import { describe, expect, it } from 'vitest';
import { distFile } from '../../dev/dist-path.mjs';
import { createWorkbook, loadAddon, type Workbook } from '../../dev/emulator';
import { type Addon, generatedAccounts } from './helpers';

const ACCOUNTS = generatedAccounts(6);

/** The accounts, and an archive sheet grown until `room` cells are left. */
function nearlyFull(room: number, userLocale = 'en') {
  const workbook = createWorkbook(
    { Accounts: ACCOUNTS.map((row) => [...row]), Archive: [['x']] },
    { userLocale },
  );
  workbook.setNow('2026-11-02T09:00:00Z');
  const addon = loadAddon(workbook, distFile('Code.js')) as Addon;
  const spreadsheet = workbook.services.SpreadsheetApp.getActive();
  const used = spreadsheet.getSheets().reduce((cells, s) => cells + s.getMaxRows() * s.getMaxColumns(), 0);
  spreadsheet.getSheetByName('Archive')!.insertRowsAfter(1, Math.floor((10_000_000 - room - used) / 26));
  return { workbook, addon, spreadsheet };
}

const accountCells = (workbook: Workbook) => JSON.stringify(workbook.typed('Accounts'));

describe('a spreadsheet at its 10 million cells', () => {
  it('stops set-up with a message that says what to do, the account sheet untouched', () => {
    const { workbook, addon } = nearlyFull(20_000); // less than the Health Model's new sheet
    const before = accountCells(workbook);
    expect(() => addon.setUpHealthScore('Accounts')).toThrow(
      /^The spreadsheet is full: Google allows 10,000,000 cells in one spreadsheet, .* None of your own cells were changed\. Delete sheets you no longer need/,
    );
    expect(accountCells(workbook)).toBe(before);
  });

  it('says it in the menu’s alert, in the user’s language, with its digits', () => {
    const { workbook, addon } = nearlyFull(20_000, 'it');
    addon.setUpHealthScore();
    expect(workbook.ui.alerts).toHaveLength(1);
    expect(workbook.ui.alerts[0].prompt).toMatch(
      /^Il foglio di lavoro è pieno: Google consente 10\.000\.000 celle/,
    );
  });

  it('sets up once room is made, whatever a refused set-up left on the way', () => {
    const { workbook, addon, spreadsheet } = nearlyFull(60_000); // room for some of set-up's sheets
    expect(() => addon.setUpHealthScore('Accounts')).toThrow(/^The spreadsheet is full/);
    spreadsheet.deleteSheet(spreadsheet.getSheetByName('Archive')!);
    expect(addon.setUpHealthScore('Accounts')).toMatchObject({ sheet: 'Accounts' });
    expect(workbook.values('Accounts')[0]).toEqual([
      ...ACCOUNTS[0],
      'Health score',
      'Health band',
      'Health drivers',
      'Trend',
    ]);
    expect(typeof workbook.values('Accounts')[1][ACCOUNTS[0].length]).toBe('number');
  });
});
