/**
 * Every action works on the team's account sheet whatever sheet is active.
 * Set-up, traffic lights and snapshots never write into the add-on's own sheets; started from
 * one, they use the account sheet set up last, or say (in the user's language) what to do.
 */
import { describe, expect, it } from 'vitest';
import { createWorkbook, loadAddon } from '../../dev/emulator';
import { type Addon, CODE, generatedAccounts, workbookWith } from './helpers';

const LEARNED = [
  ['Metric', 'Weight', 'Red', 'Green', 'AUC'],
  ['NPS', 40, -50, 50, 0.7],
  ['Active users', 60, 10, 90, 0.8],
];

function setUp() {
  const scene = workbookWith({ Accounts: generatedAccounts(6) });
  scene.addon.setUpHealthScore('Accounts');
  const spreadsheet = scene.workbook.services.SpreadsheetApp.getActive();
  const show = (name: string) => spreadsheet.setActiveSheet(spreadsheet.getSheetByName(name)!);
  return { ...scene, spreadsheet, show };
}

describe("actions started on one of the add-on's own sheets", () => {
  it('the menu’s Set up on "Health Model (previous)" sets up the account sheet, not the backup', () => {
    const { workbook, addon, show } = setUp();
    addon.applyLearnedWeights({ table: LEARNED });
    const backup = JSON.stringify(workbook.values('Health Model (previous)'));
    show('Health Model (previous)');
    addon.setUpHealthScore();
    expect(workbook.ui.alerts).toEqual([]);
    expect(workbook.ui.toasts.at(-1)?.message).toContain('"Accounts"');
    expect(JSON.stringify(workbook.values('Health Model (previous)'))).toBe(backup);
  });

  it('the menu’s traffic lights on the Health Model colour the account sheet', () => {
    const { workbook, addon, show } = setUp();
    show('Health Model');
    addon.applyTrafficLights();
    expect(workbook.ui.alerts).toEqual([]);
    expect(workbook.conditionalFormats('Health Model')).toEqual([]);
    expect(workbook.ui.toasts.at(-1)?.message).toContain('"Accounts"');
  });

  it('the sidebar naming an add-on sheet gets the account sheet set up last', () => {
    const { addon } = setUp();
    const result = addon.setUpHealthScore('Health History')!;
    expect(result).toMatchObject({ sheet: 'Accounts', changed: false });
  });

  it('with no account sheet yet, says what to do in the user’s language and writes nothing', () => {
    for (const [userLocale, words] of [
      ['en', 'is a sheet the add-on keeps for itself'],
      ['it', 'è un foglio che il componente aggiuntivo usa per sé'],
    ] as const) {
      const workbook = createWorkbook(
        { 'Health History': [['Date', 'Account', 'Score', 'Band']], Accounts: generatedAccounts(3) },
        { userLocale },
      );
      const addon = loadAddon(workbook, CODE) as Addon;
      const before = JSON.stringify(workbook.values('Health History'));
      addon.setUpHealthScore();
      expect(workbook.ui.alerts).toHaveLength(1);
      expect(workbook.ui.alerts[0].prompt).toContain(words);
      expect(workbook.ui.alerts[0].prompt).toContain('Health History');
      expect(JSON.stringify(workbook.values('Health History'))).toBe(before);
      expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['Health History', 'Accounts']);
      expect(workbook.properties.document.size).toBe(0);
    }
  });

  it('a snapshot refuses an account sheet that is one of the add-on’s own', () => {
    const { workbook, addon } = setUp();
    workbook.properties.document.set('healthScore.accountSheet', 'Health Model');
    expect(() => addon.takeHealthSnapshot()).toThrow(/"Health Model" is a sheet the add-on keeps/);
  });
});

describe('Apply learned weights and Restore leave the user where they were', () => {
  it('on the account sheet or on the Health Model', () => {
    for (const where of ['Accounts', 'Health Model']) {
      const { addon, spreadsheet, show } = setUp();
      show(where);
      addon.applyLearnedWeights({ table: LEARNED });
      expect(spreadsheet.getActiveSheet().getName()).toBe(where);
      addon.restorePreviousModel();
      expect(spreadsheet.getActiveSheet().getName()).toBe(where);
    }
  });

  it('Restore after the Health Model sheet was deleted makes it again without moving the user', () => {
    const { addon, spreadsheet } = setUp();
    addon.applyLearnedWeights({ table: LEARNED });
    spreadsheet.deleteSheet(spreadsheet.getSheetByName('Health Model')!);
    addon.restorePreviousModel();
    expect(spreadsheet.getSheetByName('Health Model')).not.toBeNull();
    expect(spreadsheet.getActiveSheet().getName()).toBe('Accounts');
  });
});

describe('history scores', () => {
  it('are stored rounded to one decimal, as the score column shows them', () => {
    const { workbook, addon } = setUp();
    addon.takeHealthSnapshot();
    const header = workbook.values('Accounts')[0];
    const column = header.indexOf('Health score');
    const shown = new Map(
      workbook
        .values('Accounts')
        .slice(1)
        .map((row) => [row[0], row[column]]),
    );
    const stored = workbook.values('Health History').slice(1);
    expect(stored.length).toBe(6);
    expect([...shown.values()].some((score) => Math.round(Number(score) * 10) !== Number(score) * 10)).toBe(
      true,
    );
    for (const [, account, score] of stored) {
      expect(score).toBe(Math.round(Number(shown.get(account)) * 10) / 10);
    }
  });
});
