/**
 * Overrides in the sheet (contract §9): set-up's Overrides sheet and HealthOverrides name, formulas
 * that pass them, the traffic lights marking overridden rows, overrides ending with AsOf, onEdit
 * filling Until and following header renames. Through the built add-on in the emulator.
 */
import { describe, expect, it } from 'vitest';
import { createWorkbook, loadAddon, type Workbook } from '../../dev/emulator';
import { type Addon, CODE, callsDuring } from './helpers';

const OVERRIDES_HEADER = ['Account', 'Score', 'Band', 'Reason', 'By', 'Until'];

/** Eight accounts scored on logins (days since, Red 30 Green 0) and active users; a Tier column. */
function accounts(count = 8): unknown[][] {
  const rows: unknown[][] = [['Account', 'Tier', 'Last login', 'Active users']];
  for (let i = 0; i < count; i++) {
    const tier = i % 2 === 0 ? 'Enterprise' : 'SMB';
    rows.push([`Account ${i + 1}`, tier, new Date(Date.UTC(2026, 9, 25 + (i % 8))), 40 + (i % 8) * 5]);
  }
  return rows;
}

const MODEL = [
  ['Metric', 'Weight', 'Red', 'Green', 'Group', 'Values', 'Missing', 'Notes', 'Segment'],
  ['Last login', 60, 30, 0, '', '', '', '', ''],
  ['Active users', 40, 0, 100, '', '', '', '', ''],
];

/** Accounts in D..F: score, band, drivers (the table is A:D). */
const SCORE = 4;
const BAND = 5;
const DRIVERS = 6;

function setUp(options: { timeZone?: string; count?: number; model?: unknown[][] } = {}) {
  const workbook = createWorkbook({ Accounts: accounts(options.count) }, { timeZone: options.timeZone });
  const addon = loadAddon(workbook, CODE) as Addon;
  workbook.setNow('2026-11-02T09:00:00Z');
  addon.setUpHealthScore('Accounts');
  const spreadsheet = workbook.services.SpreadsheetApp.getActive();
  const model = options.model ?? MODEL;
  const sheet = spreadsheet.getSheetByName('Health Model')!;
  sheet.getRange('A1:I20').clearContent();
  sheet.getRange(1, 1, model.length, model[0].length).setValues(model);
  return { workbook, addon, spreadsheet };
}

/** Override rows written as a script would (no onEdit): [account, score, band, reason, by, until]. */
function writeOverrides(workbook: Workbook, rows: unknown[][]) {
  const sheet = workbook.services.SpreadsheetApp.getActive().getSheetByName('Overrides')!;
  sheet.getRange(2, 1, rows.length, 6).setValues(rows);
}

const row = (workbook: Workbook, account: string) =>
  workbook.values('Accounts').find((cells) => cells[0] === account)!;
const rowNumber = (workbook: Workbook, account: string) =>
  workbook.values('Accounts').findIndex((cells) => cells[0] === account) + 1;
const style = (workbook: Workbook, a1: string) => {
  const { bold, italic } = workbook.cellTextStyle('Accounts', a1);
  return { bold, italic };
};
const COLOURS: Record<string, string> = { Healthy: '#b7e1cd', 'At risk': '#fce8b2', Unhealthy: '#f4c7c3' };

describe('set-up makes the Overrides sheet', () => {
  it('creates it with the account header, its named range and a date Until, and leaves the user on their accounts', () => {
    const { workbook, spreadsheet } = setUp();
    expect(workbook.values('Overrides')[0]).toEqual(OVERRIDES_HEADER);
    expect(workbook.namedRanges()).toMatchObject({ HealthOverrides: 'Overrides!A1:F1000' });
    expect(spreadsheet.getActiveSheet().getName()).toBe('Accounts');
    writeOverrides(workbook, [['Account 1', 10, '', 'Churn risk', 'Ana', new Date(Date.UTC(2026, 11, 31))]]);
    expect(workbook.displayValues('Overrides')[1][5]).toBe('2026-12-31');
  });

  it('passes HealthOverrides (and the account column to HEALTHBAND) in the formulas', () => {
    const { workbook } = setUp();
    expect(workbook.formulas('Accounts')[1].slice(SCORE, DRIVERS + 1)).toEqual([
      '=HEALTHSCORE(A2:D, A1:D1, HealthModel, 0.5, AsOf, HealthOverrides)',
      '=HEALTHBAND(E2:E, HealthyAt, UnhealthyBelow, BandLabels, A2:A, HealthOverrides, AsOf)',
      '=HEALTHEXPLAIN(A2:D, A1:D1, HealthModel, 3, AsOf, HealthOverrides)',
    ]);
  });

  it('a re-run keeps every override row, nothing duplicated, and costs the same for 3 or 300 overrides', () => {
    const costs = [3, 300].map((count) => {
      const { workbook, addon } = setUp();
      const rows = Array.from({ length: count }, (_, i) => [
        `Account ${(i % 8) + 1}`,
        50,
        '',
        `Reason ${i}`,
        'Ana',
        new Date(Date.UTC(2026, 0, 1)), // ended: rows of one account may repeat
      ]);
      writeOverrides(workbook, rows);
      const before = workbook.values('Overrides');
      const calls = callsDuring(workbook, () => {
        expect(addon.setUpHealthScore('Accounts')).toMatchObject({ changed: false });
      });
      expect(workbook.values('Overrides')).toEqual(before);
      expect(workbook.values('Overrides').filter((cells) => cells[0] !== '')).toHaveLength(count + 1);
      return calls.spreadsheet;
    });
    expect(costs[1]).toBe(costs[0]);
  });

  it('refuses a sheet of the user’s called Overrides, never writing into it, and a HealthOverrides name elsewhere', () => {
    const theirs = createWorkbook({
      Accounts: accounts(),
      Overrides: [
        ['Client', 'Discount'],
        ['Acme', 0.1],
      ],
    });
    expect(() => (loadAddon(theirs, CODE) as Addon).setUpHealthScore('Accounts')).toThrow(
      /already has a sheet named "Overrides" whose first row is not Account \| Score \| Band \| Reason \| By \| Until/,
    );
    expect(theirs.values('Overrides')).toEqual([
      ['Client', 'Discount'],
      ['Acme', 0.1],
    ]);

    // The name is checked before anything is written.
    const named = createWorkbook({ Accounts: accounts(), Notes: [['x']] });
    const spreadsheet = named.services.SpreadsheetApp.getActive();
    spreadsheet.setNamedRange('HealthOverrides', spreadsheet.getRange('Notes!A1'));
    expect(() => (loadAddon(named, CODE) as Addon).setUpHealthScore('Accounts')).toThrow(
      /already has a named range "HealthOverrides" \(on "Notes"\)/,
    );
    expect(named.namedRanges()).toEqual({ HealthOverrides: 'Notes!A1' });
    expect(spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(['Accounts', 'Notes']);
  });

  it('upgrades the formulas of the previous set-up exactly as it wrote them, and leaves a user’s edit alone', () => {
    const old = [
      '=HEALTHSCORE(A2:D, A1:D1, HealthModel, 0.5, AsOf)',
      '=HEALTHBAND(E2:E, HealthyAt, UnhealthyBelow, BandLabels)',
      '=HEALTHEXPLAIN(A2:D, A1:D1, HealthModel, 5, AsOf)', // the user asked for five drivers
    ];
    const { workbook, addon, spreadsheet } = setUp();
    spreadsheet
      .getSheetByName('Accounts')!
      .getRange(2, SCORE + 1, 1, 3)
      .setFormulas([old]);
    addon.setUpHealthScore('Accounts');
    expect(workbook.formulas('Accounts')[1].slice(SCORE, DRIVERS + 1)).toEqual([
      '=HEALTHSCORE(A2:D, A1:D1, HealthModel, 0.5, AsOf, HealthOverrides)',
      '=HEALTHBAND(E2:E, HealthyAt, UnhealthyBelow, BandLabels, A2:A, HealthOverrides, AsOf)',
      old[2],
    ]);
  });
});

describe('overrides in the score, band and drivers columns', () => {
  const until = new Date(Date.UTC(2026, 10, 10)); // holds through 10 November

  function overridden() {
    const scene = setUp();
    const computed = { one: row(scene.workbook, 'Account 1'), two: row(scene.workbook, 'Account 2') };
    writeOverrides(scene.workbook, [
      ['Account 1', 15, '', 'Champion left', 'Ana', until],
      ['ACCOUNT 2', '', 'Healthy', 'Renewal signed', 'Bo', until], // matched ignoring case
    ]);
    return { ...scene, computed };
  }

  it('a score override shows its score and the band it falls in; a band override its band', () => {
    const { workbook, computed } = overridden();
    const one = row(workbook, 'Account 1');
    expect(computed.one[SCORE]).not.toBe(15);
    expect(one.slice(SCORE, BAND + 1)).toEqual([15, 'Unhealthy']);
    const two = row(workbook, 'Account 2');
    expect(two[SCORE]).toBe(computed.two[SCORE]);
    expect(two[BAND]).toBe('Healthy');
    expect(row(workbook, 'Account 3')[SCORE]).toBe(workbook.values('Accounts')[3][SCORE]);
  });

  it('HEALTHEXPLAIN says who, why and until when, then the drivers', () => {
    const { workbook } = overridden();
    expect(row(workbook, 'Account 1')[DRIVERS]).toMatch(
      /^\d+\.\d from the model; override by Ana: Champion left, until 2026-11-10; /,
    );
    expect(row(workbook, 'Account 2')[DRIVERS]).toMatch(
      /^override by Bo: Renewal signed, until 2026-11-10; /,
    );
    expect(row(workbook, 'Account 3')[DRIVERS]).not.toMatch(/override/);
  });

  it('the lights mark overridden rows in bold italic over their band’s colour, the others as before', () => {
    const { workbook } = overridden();
    for (const account of ['Account 1', 'Account 2', 'Account 3']) {
      const at = rowNumber(workbook, account);
      const band = String(row(workbook, account)[BAND]);
      const marked = account !== 'Account 3';
      for (const column of ['E', 'F']) {
        expect(workbook.cellBackground('Accounts', `${column}${at}`)).toBe(COLOURS[band]);
        expect(style(workbook, `${column}${at}`)).toEqual(
          marked ? { bold: true, italic: true } : { bold: null, italic: null },
        );
      }
    }
  });

  it('after Until, once the daily job moves AsOf, the computed values and the plain lights come back', () => {
    const { workbook, addon } = overridden();
    workbook.setNow(Date.parse('2026-11-10T23:00:00Z'));
    addon.runScheduledJobs({});
    expect(row(workbook, 'Account 1')[SCORE]).toBe(15); // the 10th is still inside Until
    workbook.setNow(Date.parse('2026-11-11T09:00:00Z'));
    addon.runScheduledJobs({});
    const one = row(workbook, 'Account 1');
    expect(one[SCORE]).not.toBe(15);
    expect(one[DRIVERS]).not.toMatch(/override/);
    expect(row(workbook, 'Account 2')[DRIVERS]).not.toMatch(/override/);
    const at = rowNumber(workbook, 'Account 1');
    expect(style(workbook, `E${at}`)).toEqual({ bold: null, italic: null });
    expect(workbook.cellBackground('Accounts', `E${at}`)).toBe(COLOURS[String(one[BAND])]);
  });

  it('applying the lights again replaces only the add-on’s rules, within 10 calls', () => {
    const { workbook, addon } = overridden();
    const before = workbook.conditionalFormats('Accounts');
    const calls = callsDuring(workbook, () => addon.applyTrafficLights('Accounts'));
    expect(calls.all).toBeLessThanOrEqual(10);
    expect(workbook.conditionalFormats('Accounts')).toEqual(before);
  });
});

describe('onEdit on the Overrides sheet', () => {
  it('fills Until with today + 30 days in the spreadsheet’s time zone when a row has an account but no Until', () => {
    // 00:30 on 3 November in Tokyo is still 2 November in UTC.
    const { workbook } = setUp({ timeZone: 'Asia/Tokyo' });
    workbook.setNow('2026-11-02T15:30:00Z');
    const outcome = workbook.userEdit('Overrides', 'A2', 'Account 1');
    expect(outcome).toMatchObject({ fired: true, ok: true, value: { until: '2026-12-03', rows: [2] } });
    expect(workbook.displayValues('Overrides')[1][5]).toBe('2026-12-03');
    expect(workbook.ui.toasts.at(-1)?.message).toMatch(/^Until set to 2026-12-03, 30 days from today/);
  });

  it('fills pasted rows in one write per run, keeps an Until given, and leaves an Until cleared by hand', () => {
    const { workbook } = setUp();
    const given = new Date(Date.UTC(2027, 0, 15));
    workbook.userEdit('Overrides', 'A2:D5', [
      ['Account 1', 20, '', 'Champion left'],
      ['Account 2', 30, '', 'Budget cut'],
      ['', '', '', ''],
      ['Account 4', '', 'Healthy', 'Renewed'],
    ]);
    const until = workbook.displayValues('Overrides').map((cells) => cells[5]);
    expect(until.slice(1, 5)).toEqual(['2026-12-02', '2026-12-02', '', '2026-12-02']);
    workbook.userEdit('Overrides', 'F3', given);
    workbook.userEdit('Overrides', 'F2', ''); // cleared by hand: the functions will name the row
    expect(
      workbook
        .displayValues('Overrides')
        .map((cells) => cells[5])
        .slice(1, 5),
    ).toEqual(['', '2027-01-15', '', '2026-12-02']);
  });

  it('costs the same few calls for 8 and 800 accounts', () => {
    const costs = [8, 800].map((count) => {
      const { workbook } = setUp({ count });
      return callsDuring(workbook, () => workbook.userEdit('Overrides', 'A2', 'Account 1')).spreadsheet;
    });
    expect(costs[1]).toBe(costs[0]);
    expect(costs[0]).toBeLessThanOrEqual(16);
  });

  it('never writes into a sheet called Overrides that is not the add-on’s', () => {
    const workbook = createWorkbook({ Overrides: [['Client', 'Note']] });
    loadAddon(workbook, CODE);
    const outcome = workbook.userEdit('Overrides', 'A2', 'Acme');
    expect(outcome).toMatchObject({ fired: true, ok: true, value: null });
    expect(workbook.values('Overrides')).toEqual([
      ['Client', 'Note'],
      ['Acme', ''],
    ]);
  });
});

describe('header renames the overrides and segments follow', () => {
  it('renaming the account column renames Overrides!A1, and the overrides keep holding', () => {
    const { workbook } = setUp();
    writeOverrides(workbook, [
      ['Account 1', 15, '', 'Champion left', 'Ana', new Date(Date.UTC(2026, 11, 31))],
    ]);
    const outcome = workbook.userEdit('Accounts', 'A1', 'Customer');
    expect(outcome).toMatchObject({ fired: true, ok: true, value: { from: 'Account', to: 'Customer' } });
    expect(workbook.values('Overrides')[0][0]).toBe('Customer');
    expect(row(workbook, 'Account 1')[SCORE]).toBe(15);
    expect(workbook.ui.toasts.at(-1)?.message).toBe(
      'Overrides updated: the account column is now "Customer", like its header.',
    );
  });

  it('renaming the segment column renames it in the model’s Segment cells, within the rename budget', () => {
    const model = [
      MODEL[0],
      ['Last login', 60, 30, 0, '', '', '', '', ''],
      ['Active users', 40, 0, 100, '', '', '', '', ''],
      ['Last login', 20, 30, 0, '', '', '', '', 'Tier = Enterprise'],
      ['Active users', 80, 0, 100, '', '', '', '', 'tier: Enterprise, Strategic'],
    ];
    const { workbook } = setUp({ model });
    const scores = workbook.values('Accounts').map((cells) => cells[SCORE]);
    const calls = callsDuring(workbook, () => workbook.userEdit('Accounts', 'B1', 'Plan tier'));
    expect(calls.spreadsheet).toBeLessThanOrEqual(10);
    expect(workbook.values('Health Model').map((cells) => cells[8])).toEqual(
      expect.arrayContaining(['Segment', '', 'Plan tier = Enterprise', 'Plan tier = Enterprise, Strategic']),
    );
    expect(workbook.values('Accounts').map((cells) => cells[SCORE])).toEqual(scores);
    expect(workbook.ui.toasts.at(-1)?.message).toMatch(/segments by "Tier" now read "Plan tier"/);
  });
});
