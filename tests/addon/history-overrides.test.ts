/**
 * Overrides in the history: the Health History keeps the shown score and band and the
 * score the model computed; an override that ends is listed once in the next digest; a history of
 * four columns is widened without losing a row, whatever call fails.
 */
import { describe, expect, it } from 'vitest';
import type { Workbook } from '../../dev/emulator';
import { sweep } from './fault-sweep';
import { type Addon, callsDuring, generatedAccounts, workbookWith } from './helpers';

const oneDecimal = (score: unknown) => Math.round(Number(score) * 10) / 10;
const day = (key: string) => new Date(`${key}T00:00:00Z`);
const SCORE = 8;
const BAND = 9;
const DRIVERS = 10;

function setUp(count = 6): { workbook: Workbook; addon: Addon } {
  const { workbook, addon } = workbookWith({ Accounts: generatedAccounts(count) });
  workbook.setNow('2026-11-02T09:00:00Z');
  addon.setUpHealthScore('Accounts');
  return { workbook, addon };
}

/** Rows of the Overrides table (account, Score, Band, Reason, By, Until), under set-up's header. */
function setOverrides(workbook: Workbook, rows: unknown[][]): void {
  const spreadsheet = workbook.services.SpreadsheetApp.getActive();
  let sheet = spreadsheet.getSheetByName('Overrides');
  if (sheet === null) {
    // A set-up from before overrides: the table is made the way set-up makes it now.
    sheet = spreadsheet.insertSheet('Overrides');
    sheet.getRange(1, 1, 1, 6).setValues([['Account', 'Score', 'Band', 'Reason', 'By', 'Until']]);
    spreadsheet.setNamedRange('HealthOverrides', sheet.getRange('A1:F'));
  }
  const last = Math.max(sheet.getLastRow(), 1);
  if (last > 1) sheet.getRange(2, 1, last - 1, 6).clearContent();
  if (rows.length > 0) sheet.getRange(2, 1, rows.length, 6).setValues(rows);
}

const TWO_OVERRIDES = [
  ['Account 1', 12, '', 'Champion left', 'Ana', day('2026-11-03')],
  ['Account 2', '', 'Healthy', 'Renewal signed', 'Bo', day('2026-11-03')],
];

const snapshot = (addon: Addon) => addon.takeHealthSnapshot();
const historyRows = (workbook: Workbook) => workbook.values('Health History').filter((row) => row[0] !== '');

describe('the history keeps the shown and the computed score', () => {
  it('records both for two overrides, and the computed score alone once they end', () => {
    const { workbook, addon } = setUp();
    const computed = workbook.values('Accounts').map((row) => row[SCORE]);
    setOverrides(workbook, TWO_OVERRIDES);
    const shown = workbook.values('Accounts');
    expect(shown[1][SCORE]).toBe(12);
    expect(shown[2][BAND]).toBe('Healthy');

    snapshot(addon);
    const rows = historyRows(workbook);
    expect(rows[0]).toEqual(['Date', 'Account', 'Score', 'Band', 'Computed score']);
    expect(rows).toHaveLength(7);
    // Score and Band as the sheet showed them; Computed score as the model computed it.
    expect(rows[1].slice(1)).toEqual(['Account 1', 12, shown[1][BAND], oneDecimal(computed[1])]);
    expect(computed[1]).not.toBe(12);
    // A band set by hand leaves the score computed: both columns agree.
    expect(rows[2].slice(1)).toEqual([
      'Account 2',
      oneDecimal(computed[2]),
      'Healthy',
      oneDecimal(computed[2]),
    ]);
    for (let i = 3; i <= 6; i++) expect(rows[i][4]).toBe(rows[i][2]);

    workbook.setNow('2026-11-04T09:00:00Z'); // both held through 3 November
    snapshot(addon);
    const after = historyRows(workbook).slice(7);
    expect(after[0].slice(1)).toEqual([
      'Account 1',
      oneDecimal(computed[1]),
      workbook.values('Accounts')[1][BAND],
      oneDecimal(computed[1]),
    ]);
  });

  it('computes the overridden rows of a segmented model by their segment', () => {
    const { workbook, addon } = setUp(12);
    // Accounts with Advocacy "yes" are scored on two metrics of their own, ranked among themselves.
    const unsegmented = workbook.values('Accounts').map((row) => row[SCORE]);
    const model = workbook.services.SpreadsheetApp.getActive().getRangeByName('HealthModel')!;
    model.offset(8, 0, 2, 9).setValues([
      ['Active users', 1, 'P10', 'P90', 'Adoption', '', '', '', 'Advocacy = yes'],
      ['Support tickets', 1, 'P90', 'P10', 'Support', '', '', '', 'Advocacy = yes'],
    ]);
    const accounts = workbook.values('Accounts');
    const computed = accounts.map((row) => row[SCORE]);
    const overridden = [1, 2, 3, 4].map((row) => accounts[row][0]);
    const yes = accounts.findIndex((row) => row[4] === 'yes');
    expect(computed[yes]).not.toBe(unsegmented[yes]);
    expect(new Set([1, 2, 3, 4].map((row) => accounts[row][4]))).toEqual(new Set(['yes', 'no']));
    setOverrides(
      workbook,
      overridden.map((account) => [account, 1, '', 'Escalation', 'Ana', day('2026-11-30')]),
    );
    snapshot(addon);
    const rows = historyRows(workbook);
    for (let row = 1; row <= 4; row++) {
      expect(rows[row].slice(1, 3)).toEqual([overridden[row - 1], 1]);
      expect(rows[row][4]).toBe(oneDecimal(computed[row]));
    }
  });

  it('writes a blank computed score rather than a wrong one when the score formula is not set-up’s', () => {
    const { workbook, addon } = setUp();
    const sheet = workbook.services.SpreadsheetApp.getActive().getSheetByName('Accounts')!;
    // The team scores with a model range of its own (four metrics): not a formula the snapshot replays.
    sheet
      .getRange('I2')
      .setFormula("=HEALTHSCORE(A2:H, A1:H1, 'Health Model'!A1:H5, 0.5, AsOf, HealthOverrides)");
    setOverrides(workbook, TWO_OVERRIDES);
    snapshot(addon);
    const rows = historyRows(workbook);
    expect(rows[1].slice(1)).toEqual(['Account 1', 12, workbook.values('Accounts')[1][BAND], '']);
    // A row without a score override keeps its score as computed.
    expect(rows[3][4]).toBe(rows[3][2]);
  });
});

describe('where the computed score comes from', () => {
  it('reads it at the start of the drivers, and scores the rows again when that column is gone', () => {
    const { workbook, addon } = setUp();
    const computed = workbook.values('Accounts').map((row) => row[SCORE]);
    setOverrides(workbook, TWO_OVERRIDES);
    const drivers = String(workbook.values('Accounts')[1][DRIVERS]);
    expect(drivers.startsWith(`${oneDecimal(computed[1]).toFixed(1)} from the model; override by Ana`)).toBe(
      true,
    );
    const read = callsDuring(workbook, () => snapshot(addon)).spreadsheet;
    expect(historyRows(workbook)[1][4]).toBe(oneDecimal(computed[1]));

    // Without the drivers column the model is read and the table scored again: same figure.
    workbook.services.SpreadsheetApp.getActive()
      .getSheetByName('Accounts')!
      .deleteColumn(DRIVERS + 1);
    workbook.setNow('2026-11-03T09:00:00Z');
    const scored = callsDuring(workbook, () => snapshot(addon)).spreadsheet;
    expect(historyRows(workbook)[7][4]).toBe(oneDecimal(computed[1]));
    expect(scored).toBe(read + 2); // the Health Model's range and values
  });
});

describe('a broken Overrides table', () => {
  it('stops the snapshot before it writes, naming the row', () => {
    const { workbook, addon } = setUp(3);
    setOverrides(workbook, [['Account 1', 12, '', '', 'Ana', day('2026-11-30')]]);
    expect(() => snapshot(addon)).toThrow(/row 2/i);
    expect(historyRows(workbook)).toHaveLength(1);
  });
});

describe('the digest lists an override that ended, once', () => {
  it('names the account, what was set, the reason, who set it and the end date', () => {
    const { workbook, addon } = setUp();
    addon.saveAlertSettings({ email: true, recipients: ['cs@example.com'], minPointDrop: null });
    setOverrides(workbook, TWO_OVERRIDES);
    snapshot(addon);
    expect(workbook.mail).toHaveLength(0);

    workbook.setNow('2026-11-04T09:00:00Z');
    snapshot(addon);
    expect(workbook.mail).toHaveLength(1);
    const mail = workbook.mail[0];
    expect(mail.body).toContain('2 overrides passed their Until date and stopped');
    expect(mail.body).toContain('- Account 1: score 12 set by Ana until Nov 3, 2026: Champion left');
    expect(mail.body).toContain('- Account 2: band Healthy set by Bo until Nov 3, 2026: Renewal signed');
    expect(mail.htmlBody).toContain('<b>Account 1</b>: score 12 set by Ana until Nov 3, 2026: Champion left');

    // The next day's digest (a band drop) does not list them again.
    const sheet = workbook.services.SpreadsheetApp.getActive().getSheetByName('Accounts')!;
    sheet
      .getRange(2, 2, 6, 7)
      .setValues(Array.from({ length: 6 }, () => ['red', -100, 0, 'no', 0, 'poor', 30]));
    workbook.setNow('2026-11-05T09:00:00Z');
    snapshot(addon);
    expect(workbook.mail).toHaveLength(2);
    expect(workbook.mail[1].body).not.toContain('Champion left');
    expect(workbook.mail[1].body).not.toContain('overrides passed');
  });

  it('lists them in the next digest after a refused send, and a digest of ended overrides alone says so', () => {
    const { workbook, addon } = setUp();
    addon.saveAlertSettings({ email: true, recipients: ['cs@example.com'], minPointDrop: null });
    setOverrides(workbook, [TWO_OVERRIDES[0]]);
    snapshot(addon);
    workbook.setNow('2026-11-04T09:00:00Z');
    workbook.failOn('sendEmail', { message: 'Service invoked too many times for one day: email.' });
    expect(() => snapshot(addon)).toThrow(/too many times/);
    expect(workbook.mail).toHaveLength(0);
    snapshot(addon);
    snapshot(addon);
    expect(workbook.mail).toHaveLength(1);
    expect(workbook.mail[0].subject).toMatch(/^1 override ended in /);
    expect(workbook.mail[0].body).toContain('Champion left');
  });

  it('keeps what it reported inside a document property’s 9 KB, hundreds of ended overrides on', () => {
    const { workbook, addon } = setUp(3);
    addon.saveAlertSettings({ email: true, recipients: ['cs@example.com'], minPointDrop: null });
    const many = Array.from({ length: 600 }, (_, i) => [
      `Former account with a rather long name number ${i}`,
      50,
      '',
      'Merged',
      'Ana',
      day(`2026-10-${String(10 + (i % 20)).padStart(2, '0')}`),
    ]);
    setOverrides(workbook, many);
    snapshot(addon);
    expect(workbook.mail).toHaveLength(1);
    const stored = workbook.properties.document.get('healthScore.endedOverrides') ?? '';
    expect(Buffer.byteLength(`healthScore.endedOverrides${stored}`)).toBeLessThan(9 * 1024);
    workbook.setNow('2026-11-03T09:00:00Z');
    snapshot(addon);
    expect(workbook.mail).toHaveLength(1);
  });
});

describe('call budget with overrides', () => {
  it('is flat in rows: ≤ 12 SpreadsheetApp calls, whether an override holds or not', () => {
    const costs = (count: number) => {
      const { workbook, addon } = setUp(count);
      setOverrides(workbook, [['Account 1', 12, '', 'Champion left', 'Ana', day('2026-11-30')]]);
      const held: number[] = [];
      for (const key of ['2026-11-02', '2026-11-03', '2026-11-03']) {
        workbook.setNow(`${key}T09:00:00Z`);
        held.push(callsDuring(workbook, () => snapshot(addon)).spreadsheet);
      }
      setOverrides(workbook, [['Account 1', 12, '', 'Champion left', 'Ana', day('2026-11-01')]]);
      const none: number[] = [];
      for (const key of ['2026-11-04', '2026-11-04']) {
        workbook.setNow(`${key}T09:00:00Z`);
        none.push(callsDuring(workbook, () => snapshot(addon)).spreadsheet);
      }
      return { held, none };
    };
    const small = costs(50);
    const large = costs(2_000);
    expect(large).toEqual(small);
    for (const cost of small.none) expect(cost).toBeLessThanOrEqual(12);
    // The drivers column tells the model's score of an overridden row: the Health Model is not read.
    for (const cost of small.held) expect(cost).toBeLessThanOrEqual(12);
  }, 120_000);
});

/** The history as a set-up from before overrides left it: four columns, a pointer without width. */
function fourColumnHistory(workbook: Workbook, keepPointer: boolean): void {
  const spreadsheet = workbook.services.SpreadsheetApp.getActive();
  const history = spreadsheet.getSheetByName('Health History')!;
  history.deleteColumns(5, history.getMaxColumns() - 4);
  const property = 'healthScore.historyPointer';
  const pointer = JSON.parse(workbook.properties.document.get(property) ?? 'null');
  if (keepPointer && pointer !== null) {
    delete pointer.columns;
    delete pointer.labels;
    workbook.properties.document.set(property, JSON.stringify(pointer));
  } else workbook.properties.document.delete(property);
}

const historyKeys = (workbook: Workbook) =>
  historyRows(workbook)
    .slice(1)
    .map((row) => `${(row[0] as Date).toISOString().slice(0, 10)} ${row[1]}`);

describe('a history of four columns', () => {
  for (const keepPointer of [true, false]) {
    it(`is widened without losing or repeating a row (${keepPointer ? 'with' : 'without'} its pointer)`, () => {
      const { workbook, addon } = setUp(5);
      snapshot(addon);
      workbook.setNow('2026-11-03T09:00:00Z');
      snapshot(addon);
      fourColumnHistory(workbook, keepPointer);
      const before = historyRows(workbook);
      expect(before[0]).toEqual(['Date', 'Account', 'Score', 'Band']);

      setOverrides(workbook, TWO_OVERRIDES);
      workbook.setNow('2026-11-03T15:00:00Z'); // the same day again: its rows are replaced
      snapshot(addon);
      workbook.setNow('2026-11-04T09:00:00Z');
      snapshot(addon);
      const rows = historyRows(workbook);
      expect(rows[0]).toEqual(['Date', 'Account', 'Score', 'Band', 'Computed score']);
      expect(
        workbook.services.SpreadsheetApp.getActive().getSheetByName('Health History')!.getMaxColumns(),
      ).toBe(5);
      // The first day's rows are as they were, with a blank Computed score.
      expect(rows.slice(1, 6)).toEqual(before.slice(1, 6).map((row) => [...row, '']));
      const keys = historyKeys(workbook);
      expect(keys).toHaveLength(15);
      expect(new Set(keys).size).toBe(15);
      expect(rows.slice(6).every((row) => typeof row[4] === 'number')).toBe(true);
    });
  }

  it('moves a column the team kept beside it to the right instead of writing into it', () => {
    const { workbook, addon } = setUp(3);
    snapshot(addon);
    fourColumnHistory(workbook, true);
    const history = workbook.services.SpreadsheetApp.getActive().getSheetByName('Health History')!;
    history.insertColumnsAfter(4, 1);
    history.getRange('E1:E2').setValues([['Notes'], ['checked by Ana']]);
    workbook.setNow('2026-11-03T09:00:00Z');
    snapshot(addon);
    const rows = workbook.values('Health History');
    expect(rows[0].slice(4, 6)).toEqual(['Computed score', 'Notes']);
    expect(rows[1][5]).toBe('checked by Ana');
  });

  it('survives a failure at every call of the snapshot that widens it, overrides holding and ended', () => {
    const prepare = () => {
      const scene = setUp(5);
      scene.addon.saveAlertSettings({ email: true, recipients: ['cs@example.com'], minPointDrop: null });
      setOverrides(scene.workbook, [
        ['Account 1', 12, '', 'Champion left', 'Ana', day('2026-11-30')],
        ['Account 2', 90, '', 'Renewal signed', 'Bo', day('2026-11-02')],
      ]);
      scene.addon.takeHealthSnapshot();
      fourColumnHistory(scene.workbook, true);
      scene.workbook.setNow('2026-11-03T09:00:00Z');
      return scene;
    };
    const user = (workbook: Workbook) =>
      JSON.stringify([
        workbook.values('Accounts').map((row) => row.slice(0, 8)),
        workbook.values('Overrides'),
      ]);
    const result = sweep(prepare, ({ addon }) => addon.takeHealthSnapshot(), user);
    console.log(
      `fault sweep: widening snapshot with overrides survives ${result.survived} of ${result.calls}`,
    );
    expect(result.calls).toBeGreaterThan(20);
    expect(result.broken).toEqual([]);
    // And what it reaches: every row once, the widened header, the digest sent once.
    const scene = prepare();
    scene.addon.takeHealthSnapshot();
    expect(new Set(historyKeys(scene.workbook)).size).toBe(10);
    expect(scene.workbook.mail).toHaveLength(1);
  }, 300_000);
});
