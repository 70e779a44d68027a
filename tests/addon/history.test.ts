/**
 * Snapshots, the Health History sheet, thinning, the daily trigger, alerts and the Trend column,
 * through the built add-on in the emulator (its clock set with workbook.setNow).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Workbook } from '../../dev/emulator';
import { Range } from '../../dev/emulator/spreadsheet/range';
import { type Addon, callsDuring, generatedAccounts, untyped, workbookWith } from './helpers';

const oneDecimal = (score: unknown) => Math.round(Number(score) * 10) / 10;

function setUp(accounts = generatedAccounts(30)) {
  const { workbook, addon } = workbookWith({ Accounts: accounts });
  workbook.setNow('2026-11-02T09:00:00Z');
  addon.setUpHealthScore('Accounts');
  return { workbook, addon };
}

const snapshot = (addon: Addon) => addon.takeHealthSnapshot();
const historyRows = (workbook: Workbook) => workbook.values('Health History').filter((row) => row[0] !== '');
/** Every formula on the history sheet: snapshots write values only. */
const historyFormulas = (workbook: Workbook) =>
  workbook
    .formulas('Health History')
    .flat()
    .filter((formula) => formula !== '');

/** Sets a cell of the account sheet as a user would. */
function edit(workbook: Workbook, a1: string, value: unknown) {
  workbook.services.SpreadsheetApp.getActive().getSheetByName('Accounts')!.getRange(a1).setValue(value);
}

describe('takeHealthSnapshot', () => {
  it('appends one row per account, as values, dated today', () => {
    const { workbook, addon } = setUp();
    const result = snapshot(addon);
    expect(result).toMatchObject({ day: '2026-11-02', accounts: 30, replaced: false });
    const rows = historyRows(workbook);
    expect(rows[0]).toEqual(['Date', 'Account', 'Score', 'Band', 'Computed score']);
    expect(rows).toHaveLength(31);
    const accounts = workbook.values('Accounts');
    for (let i = 1; i <= 30; i++) {
      expect(rows[i][0]).toEqual(new Date('2026-11-02T00:00:00Z'));
      // The score as its column shows it, one decimal.
      // No override: the computed score is the score.
      const score = oneDecimal(accounts[i][8]);
      expect(rows[i].slice(1)).toEqual([accounts[i][0], score, accounts[i][9], score]);
    }
    expect(historyFormulas(workbook)).toEqual([]);
  });

  it('replaces that day’s rows when run again the same day, and appends the next day', () => {
    const { workbook, addon } = setUp();
    snapshot(addon);
    edit(workbook, 'F2', 100); // Account 1's active users
    const again = snapshot(addon);
    expect(again.replaced).toBe(true);
    const rows = historyRows(workbook);
    expect(rows).toHaveLength(31);
    expect(rows[1][2]).toBe(oneDecimal(workbook.values('Accounts')[1][8]));
    workbook.setNow('2026-11-03T09:00:00Z');
    expect(snapshot(addon)).toMatchObject({ day: '2026-11-03', replaced: false });
    expect(historyRows(workbook)).toHaveLength(61);
  });

  it('keeps an account name that looks like a formula as text', () => {
    const accounts = generatedAccounts(3);
    accounts[1][0] = '+cmd|calc';
    accounts[2][0] = '007';
    accounts[3][0] = '@here';
    const { workbook, addon } = setUp(accounts);
    snapshot(addon);
    const rows = historyRows(workbook);
    expect(rows.map((row) => row[1])).toEqual(['Account', '+cmd|calc', '007', '@here']);
    expect(historyFormulas(workbook)).toEqual([]);
  });

  it('takes 10,000 accounts in ≤ 12 SpreadsheetApp calls, as many as 100, and never reads the history whole', () => {
    const reads: number[] = [];
    const getValues = Range.prototype.getValues;
    Range.prototype.getValues = function (this: Range) {
      if (this.getSheet().getName() === 'Health History') reads.push(this.getNumRows());
      return getValues.call(this);
    };
    try {
      const calls = (count: number) => {
        const { workbook, addon } = setUp(generatedAccounts(count));
        const days: ReturnType<typeof callsDuring>[] = [];
        for (const day of ['2026-11-02', '2026-11-03', '2026-11-03']) {
          workbook.setNow(`${day}T09:00:00Z`);
          days.push(callsDuring(workbook, () => snapshot(addon)));
        }
        return { days, rows: historyRows(workbook).length };
      };
      const small = calls(100);
      reads.length = 0;
      const large = calls(10_000);
      expect(large.rows).toBe(20_001);
      expect(large.days).toEqual(small.days);
      for (const day of large.days) expect(day.spreadsheet).toBeLessThanOrEqual(12);
      // At most the previous and the latest block (plus the spare rows below them) are read.
      expect(Math.max(...reads)).toBeLessThan(2 * 10_000 + 7 * 10_000 + 1_000);
    } finally {
      Range.prototype.getValues = getValues;
    }
  }, 120_000);

  it('finds the history again when the pointer went stale (the user sorted or cleared it)', () => {
    const { workbook, addon } = setUp(generatedAccounts(5));
    snapshot(addon);
    workbook.setNow('2026-11-03T09:00:00Z');
    snapshot(addon);
    workbook.properties.document.delete('healthScore.historyPointer');
    const again = snapshot(addon);
    expect(again.replaced).toBe(true);
    expect(historyRows(workbook)).toHaveLength(11);
  });

  it('finds the blocks again when rows above them were deleted, so nothing is written twice', () => {
    const { workbook, addon } = setUp(generatedAccounts(5));
    snapshot(addon);
    workbook.setNow('2026-11-03T09:00:00Z');
    snapshot(addon);
    const history = workbook.services.SpreadsheetApp.getActive().getSheetByName('Health History')!;
    history.deleteRows(2, 2); // the user removes two of the first day's rows
    expect(snapshot(addon).replaced).toBe(true);
    const rows = historyRows(workbook).slice(1);
    expect(rows).toHaveLength(3 + 5);
    const today = rows.filter((row) => (row[0] as Date).toISOString().startsWith('2026-11-03'));
    expect(new Set(today.map((row) => row[1])).size).toBe(5);
    workbook.setNow('2026-11-04T09:00:00Z');
    expect(snapshot(addon).replaced).toBe(false);
    expect(historyRows(workbook).slice(1)).toHaveLength(3 + 5 + 5);
  });

  it('stays at ≤ 12 SpreadsheetApp calls on ordinary days; growth and thinning days (about one a week) cost a few more', () => {
    const { workbook, addon } = setUp(generatedAccounts(20));
    const start = Date.parse('2026-01-05T09:00:00Z');
    const costs: number[] = [];
    for (let day = 0; day < 130; day++) {
      workbook.setNow(start + day * 86_400_000);
      costs.push(callsDuring(workbook, () => snapshot(addon)).spreadsheet);
    }
    const ordinary = costs.filter((cost) => cost <= 12).length;
    expect(ordinary).toBeGreaterThanOrEqual(130 - Math.ceil(130 / 7) * 2);
    // Growth days also check the spreadsheet's 10 M-cell limit (one call per sheet and axis).
    expect(Math.max(...costs)).toBeLessThanOrEqual(30);
  });

  it('thins days older than 90 to one a week and older than 180 to one a month', () => {
    const { workbook, addon } = setUp(generatedAccounts(3));
    const start = Date.parse('2026-01-05T09:00:00Z'); // a Monday
    let thinned = 0;
    for (let day = 0; day < 240; day++) {
      workbook.setNow(start + day * 86_400_000);
      thinned += snapshot(addon).thinnedRows;
    }
    const days = [
      ...new Set(
        historyRows(workbook)
          .slice(1)
          .map((row) => (row[0] as Date).toISOString().slice(0, 10)),
      ),
    ];
    const today = Date.parse('2026-09-01');
    const age = (day: string) => (today - Date.parse(day)) / 86_400_000;
    // Every day of the last 90 (and the week the cutoff falls in) is still there.
    expect(days.filter((day) => age(day) < 90)).toHaveLength(90);
    // Between 90 and 180 days: about one a week; beyond: about one a month.
    const weekly = days.filter((day) => age(day) >= 97 && age(day) < 180);
    expect(weekly.length).toBeGreaterThanOrEqual(10);
    expect(weekly.length).toBeLessThanOrEqual(13);
    const monthly = days.filter((day) => age(day) >= 187);
    expect(monthly.length).toBeGreaterThanOrEqual(1);
    expect(monthly.length).toBeLessThanOrEqual(3);
    expect(thinned).toBe((240 - days.length) * 3);
    // Rows stay whole days, in order, and the latest snapshot is still replaced in place.
    expect(historyRows(workbook).length - 1).toBe(days.length * 3);
    expect(days).toEqual([...days].sort());
    expect(snapshot(addon).replaced).toBe(true);
    expect(historyRows(workbook).length - 1).toBe(days.length * 3);

    // The Trend column now reads only the days not yet thinned, and still gives the same trends.
    const trend = workbook.values('Accounts')[0].indexOf('Trend');
    const formula = workbook.formulas('Accounts')[1][trend];
    const firstRow = Number(/'Health History'!B(\d+):B/.exec(formula)?.[1]);
    expect(firstRow).toBeGreaterThan(2);
    expect(workbook.values('Health History')[firstRow - 1][0]).toBeInstanceOf(Date);
    const ss = workbook.services.SpreadsheetApp.getActive();
    const check = ss.insertSheet('Check');
    check
      .getRange('A1')
      .setFormula(
        "=HEALTHTREND(Accounts!A2:A4, 'Health History'!B2:B, 'Health History'!A2:A, 'Health History'!C2:C, 30)",
      );
    const whole = workbook.values('Check').map((row) => row[0]);
    const narrowed = workbook
      .values('Accounts')
      .slice(1, 4)
      .map((row) => row[trend]);
    expect(narrowed).toEqual(whole);
    expect(narrowed.every((value) => typeof value === 'number')).toBe(true);
  }, 120_000); // 400 daily snapshots: ~18 s alone, more on a busy machine
});

describe('alerts', () => {
  afterEach(() => undefined);

  it('lists accounts that moved to a worse band, and e-mails one escaped digest when turned on', () => {
    const accounts = generatedAccounts(6);
    accounts[3][0] = '<img src=x onerror=alert(1)> & Co';
    const { workbook, addon } = setUp(accounts);
    addon.saveAlertSettings({
      email: true,
      recipients: ['cs@example.com', 'lead@example.com'],
      minPointDrop: null,
    });
    snapshot(addon);
    expect(workbook.mail).toHaveLength(0); // nothing to compare with yet
    // Account 1 and the odd name lose everything they had.
    for (const row of [2, 4])
      for (const column of ['B', 'C', 'D', 'E', 'F', 'G', 'H']) edit(workbook, `${column}${row}`, '');
    for (const row of [2, 4]) {
      edit(workbook, `C${row}`, -100);
      edit(workbook, `F${row}`, 0);
      edit(workbook, `H${row}`, 40);
    }
    workbook.setNow('2026-11-03T09:00:00Z');
    const result = snapshot(addon);
    const dropped = result.alerts.map((alert) => alert.account);
    expect(dropped).toEqual(expect.arrayContaining(['<img src=x onerror=alert(1)> & Co']));
    for (const alert of result.alerts) expect(alert.rule).toBe('band');
    const state = addon.getHistoryState();
    expect(state.alerts!.day).toBe('2026-11-03');
    expect(state.alerts!.items).toHaveLength(result.alerts.length);

    expect(result.emailed).toBe(2);
    expect(workbook.mail).toHaveLength(1);
    const mail = workbook.mail[0];
    expect(mail.to).toBe('cs@example.com,lead@example.com');
    expect(mail.htmlBody).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; Co');
    expect(mail.htmlBody).not.toContain('<img');
    expect(mail.body).toContain('<img src=x onerror=alert(1)> & Co');
  });

  it('also alerts on a drop of more than N points inside a band, when asked', () => {
    const { workbook, addon } = setUp(generatedAccounts(4));
    addon.saveAlertSettings({ email: false, recipients: [], minPointDrop: 1 });
    snapshot(addon);
    const before = workbook.values('Accounts')[2][8] as number;
    edit(workbook, 'F3', 0); // Account 2: no active users any more, and unhappy
    edit(workbook, 'C3', -100);
    workbook.setNow('2026-11-03T09:00:00Z');
    const result = snapshot(addon);
    const after = workbook.values('Accounts')[2][8] as number;
    expect(before - after).toBeGreaterThan(1);
    expect(result.alerts.map((alert) => alert.account)).toContain('Account 2');
    expect(workbook.mail).toHaveLength(0);
  });

  it('refuses settings with a bad address, naming it', () => {
    const { addon } = setUp(generatedAccounts(2));
    expect(() =>
      addon.saveAlertSettings({ email: true, recipients: ['ok@example.com', 'nope'], minPointDrop: null }),
    ).toThrow('"nope" is not an e-mail address.');
  });
});

describe('the daily snapshot trigger', () => {
  it('is one per document: turning it on twice leaves one, off removes it', () => {
    const { workbook, addon } = setUp(generatedAccounts(3));
    addon.setSnapshotSchedule('daily');
    addon.setSnapshotSchedule('daily');
    expect(workbook.triggers.filter((trigger) => trigger.handler === 'runScheduledJobs')).toHaveLength(1);
    expect(workbook.triggers[0].schedule).toMatchObject({ everyDays: 1 });
    expect(addon.getHistoryState().snapshots.schedule).toBe('daily');
    addon.setSnapshotSchedule('off');
    expect(workbook.triggers).toHaveLength(0);
    expect(() => untyped(addon).setSnapshotSchedule('weekly')).toThrow(/must be one of off, daily/);
  });

  it('takes the snapshot when it fires, and records a failure for the sidebar', () => {
    const { workbook, addon } = setUp(generatedAccounts(3));
    addon.setSnapshotSchedule('daily');
    workbook.fireTrigger('runScheduledJobs');
    expect(historyRows(workbook)).toHaveLength(4);
    let state = addon.getHistoryState();
    expect(state.snapshots.lastRun).toBe('2026-11-02T09:00:00.000Z');
    expect(state.snapshots.lastError).toBeNull();
    workbook.failOn('setValues', { message: 'Service Spreadsheets timed out' });
    workbook.setNow('2026-11-03T09:00:00Z');
    expect(() => workbook.fireTrigger('runScheduledJobs')).toThrow('Service Spreadsheets timed out');
    state = addon.getHistoryState();
    expect(state.snapshots.lastError).toBe('Service Spreadsheets timed out');
    expect(historyRows(workbook)).toHaveLength(4); // nothing half-written
  });

  it('shares the document’s one trigger with the survey import: hourly for both, each run when due', () => {
    const { workbook, addon } = setUp(generatedAccounts(3));
    const form = workbook.addForm({
      title: 'Pulse',
      collectsEmail: true,
      items: [{ title: 'How likely are you to recommend us?', type: 'SCALE', lower: 0, upper: 10 }],
      responses: [
        { id: 'r1', email: 'a@example.com', answers: { 'How likely are you to recommend us?': '9' } },
      ],
    });
    addon.importSurveyResponses(form.url, { addColumns: false });
    addon.setSnapshotSchedule('daily');
    addon.setSurveySchedule('hourly');
    expect(workbook.triggers.map((trigger) => [trigger.handler, trigger.schedule])).toEqual([
      ['runScheduledJobs', { everyHours: 1 }],
    ]);
    expect(workbook.fireTrigger('runScheduledJobs')).toBe(2); // the snapshot and the import
    workbook.setNow('2026-11-02T10:00:00Z');
    expect(workbook.fireTrigger('runScheduledJobs')).toBe(1); // only the import: the snapshot ran today
    expect(historyRows(workbook)).toHaveLength(4);
    workbook.setNow('2026-11-03T07:00:00Z');
    expect(workbook.fireTrigger('runScheduledJobs')).toBe(2);
    expect(historyRows(workbook)).toHaveLength(7);
    addon.setSurveySchedule('off');
    expect(workbook.triggers.map((trigger) => trigger.schedule)).toEqual([{ everyDays: 1, atHour: 6 }]);
  });

  it('a trigger another editor’s schedule replaced removes itself instead of running', () => {
    const { workbook, addon } = setUp(generatedAccounts(3));
    addon.setSnapshotSchedule('daily');
    const stale = workbook.triggers[0];
    workbook.triggers.length = 0;
    addon.setSnapshotSchedule('daily'); // another editor: a new trigger is the document's one
    workbook.triggers.unshift(stale);
    workbook.fireTrigger(stale.id);
    expect(workbook.triggers.map((trigger) => trigger.id)).not.toContain(stale.id);
    expect(historyRows(workbook)).toHaveLength(1);
  });
});

describe('the Trend column', () => {
  it('shows each account’s change over the history, with ▲ / ▼ formats and green / red text', () => {
    const { workbook, addon } = setUp(generatedAccounts(5));
    const headers = workbook.values('Accounts')[0];
    const trend = headers.indexOf('Trend');
    expect(trend).toBe(11);
    expect(workbook.formulas('Accounts')[1][trend]).toBe(
      "=HEALTHTREND(A2:A, 'Health History'!B2:B, 'Health History'!A2:A, 'Health History'!C2:C, 30)",
    );
    snapshot(addon);
    expect(workbook.values('Accounts')[1][trend]).toBe(''); // one snapshot: no trend yet
    const before = workbook.values('Accounts')[1][8] as number;
    edit(workbook, 'F2', 100);
    workbook.setNow('2026-11-20T09:00:00Z');
    snapshot(addon);
    const values = workbook.values('Accounts');
    expect(values[1][trend]).toBeCloseTo((values[1][8] as number) - before, 6);
    expect(values[2][trend]).toBe(0);
    const rules = workbook.conditionalFormats('Accounts');
    const trendRules = rules.filter((rule) => rule.ranges.includes('L2:L1000'));
    expect(trendRules.map((rule) => [rule.condition, rule.values, rule.fontColor])).toEqual([
      ['CUSTOM_FORMULA', ['=AND(ISNUMBER($L2), $L2>0, N("Customer Health Score")=0)'], '#137333'],
      ['CUSTOM_FORMULA', ['=AND(ISNUMBER($L2), $L2<0, N("Customer Health Score")=0)'], '#c5221f'],
    ]);
    expect(workbook.displayValues('Accounts')[1][trend]).toMatch(/^▲ \d+\.\d$/);
    expect(workbook.displayValues('Accounts')[2][trend]).toBe('–');
  });
});
