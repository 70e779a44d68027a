/**
 * A snapshot survives failures and concurrency the way Google runs it: the digest goes out at
 * most once a day (claimed before sending), the run copes without a document lock, alert
 * recipients stay inside MailApp's limit, and snapshot days follow the spreadsheet's time zone.
 */
import { describe, expect, it } from 'vitest';
import { createWorkbook, loadAddon, type Workbook } from '../../dev/emulator';
import { type Addon, CODE, generatedAccounts, workbookWith } from './helpers';

function withDrop(workbook: Workbook) {
  // Every account loses all its usage and sentiment: at least one band drop.
  const sheet = workbook.services.SpreadsheetApp.getActive().getSheetByName('Accounts')!;
  const rows = sheet.getDataRange().getValues().length - 1;
  sheet
    .getRange(2, 2, rows, 7)
    .setValues(Array.from({ length: rows }, () => ['red', -100, 0, 'no', 0, 'poor', 30]));
}

function emailing(count = 6): { workbook: Workbook; addon: Addon } {
  const { workbook, addon } = workbookWith({ Accounts: generatedAccounts(count) });
  workbook.setNow('2026-11-02T09:00:00Z');
  addon.setUpHealthScore('Accounts');
  addon.saveAlertSettings({ email: true, recipients: ['cs@example.com'], minPointDrop: null });
  addon.takeHealthSnapshot();
  withDrop(workbook);
  workbook.setNow('2026-11-03T09:00:00Z');
  return { workbook, addon };
}

describe('the digest goes out at most once a day', () => {
  it('a failure after the e-mail, then a retry, sends no second e-mail', () => {
    const { workbook, addon } = emailing();
    workbook.failOn('setProperties', { message: 'Service Properties timed out' });
    expect(() => addon.takeHealthSnapshot()).toThrow('Service Properties timed out');
    expect(workbook.mail).toHaveLength(1);
    const again = addon.takeHealthSnapshot();
    expect(again.emailed).toBe(0);
    expect(workbook.mail).toHaveLength(1);
  });

  it('a send MailApp refused is reported, and the next snapshot that day sends it once', () => {
    const { workbook, addon } = emailing();
    workbook.failOn('sendEmail', { message: 'Service invoked too many times for one day: email.' });
    expect(() => addon.takeHealthSnapshot()).toThrow(/too many times/);
    expect(workbook.mail).toHaveLength(0);
    addon.takeHealthSnapshot();
    addon.takeHealthSnapshot();
    expect(workbook.mail).toHaveLength(1);
    // The history was written all the same.
    const days = new Set(
      workbook
        .values('Health History')
        .slice(1)
        .filter((row) => row[0] !== '')
        .map((row) => String(row[0])),
    );
    expect(days.size).toBe(2);
  });
});

describe('alert recipients', () => {
  it('refuses more than 50 addresses, naming the limit; duplicates count once', () => {
    const { addon } = workbookWith({ Accounts: generatedAccounts(3) });
    const many = Array.from({ length: 51 }, (_, i) => `cs${i}@example.com`);
    expect(() => addon.saveAlertSettings({ email: true, recipients: many, minPointDrop: null })).toThrow(
      /at most 50 addresses .*51 are listed/,
    );
    const twice = [...many.slice(0, 50), 'CS0@example.com'];
    const saved = addon.saveAlertSettings({ email: true, recipients: twice, minPointDrop: null });
    expect(saved.recipients).toHaveLength(50);
  });
});

describe('the daily job without a document lock', () => {
  it('runs the snapshot when LockService has no document to lock', () => {
    const { workbook, addon } = workbookWith({ Accounts: generatedAccounts(3) });
    workbook.setNow('2026-11-02T09:00:00Z');
    addon.setUpHealthScore('Accounts');
    addon.setSnapshotSchedule('daily');
    workbook.fireTrigger('runScheduledJobs', undefined, { document: false });
    const rows = workbook.values('Health History').filter((row) => row[0] !== '');
    expect(rows).toHaveLength(4);
  });
});

describe('time zones', () => {
  for (const [timeZone, instant, day] of [
    // 23:30 in Tokyo is 14:30 UTC the same day; in Los Angeles 23:30 is 07:30 UTC the next day.
    ['Asia/Tokyo', '2026-11-03T14:30:00Z', '2026-11-03'],
    ['America/Los_Angeles', '2026-11-04T07:30:00Z', '2026-11-03'],
    ['Asia/Tehran', '2026-11-03T20:00:00Z', '2026-11-03'],
  ] as const) {
    it(`at 23:30 in ${timeZone} the snapshot, its history date and AsOf are that local day`, () => {
      const workbook = createWorkbook({ Accounts: generatedAccounts(4) }, { timeZone });
      const addon = loadAddon(workbook, CODE) as Addon;
      workbook.setNow(instant);
      addon.setUpHealthScore('Accounts');
      const result = addon.takeHealthSnapshot();
      expect(result.day).toBe(day);
      const spreadsheet = workbook.services.SpreadsheetApp.getActive();
      const format = (date: Date) =>
        workbook.services.Utilities.formatDate(date, timeZone, "yyyy-MM-dd'T'HH:mm");
      const historyDate = spreadsheet.getSheetByName('Health History')!.getRange('A2').getValue() as Date;
      expect(format(historyDate)).toBe(`${day}T00:00`);
      const asOf = spreadsheet.getRangeByName('AsOf')!.getValue() as Date;
      expect(format(asOf)).toBe(`${day}T00:00`);
      expect(workbook.displayValues('Health Model')[3][10]).toBe(day);
    });
  }
});

describe('alert recipients are the team', () => {
  it('refuses an address the spreadsheet is not shared with, outside the owner’s domain', () => {
    const { workbook, addon } = workbookWith({ Accounts: generatedAccounts(3) });
    workbook.sharing.owner = 'lead@acme.io';
    workbook.sharing.viewers.push('board@partner.com');
    const save = (recipients: string[]) =>
      addon.saveAlertSettings({ email: true, recipients, minPointDrop: null });
    expect(() => save(['cs@acme.io', 'rival@competitor.com'])).toThrow(
      /rival@competitor\.com is not shared on this spreadsheet and not in acme\.io/,
    );
    expect(save(['cs@acme.io', 'board@partner.com'])).toMatchObject({
      recipients: ['cs@acme.io', 'board@partner.com'],
    });
    // A free-mail owner has no team domain: only people the file is shared with.
    workbook.sharing.owner = 'founder@gmail.com';
    expect(() => save(['friend@gmail.com'])).toThrow(/friend@gmail\.com is not shared on this spreadsheet:/);
    workbook.sharing.editors.push('friend@gmail.com');
    expect(save(['friend@gmail.com'])).toMatchObject({ email: true });
  });

  it('in a shared drive, where the file has no owner, accepts only people it is shared with', () => {
    const { workbook, addon } = workbookWith({ Accounts: generatedAccounts(3) });
    workbook.sharing.owner = null;
    workbook.sharing.editors.push('user@example.com', 'cs@acme.io');
    const save = (recipients: string[]) =>
      addon.saveAlertSettings({ email: true, recipients, minPointDrop: null });
    expect(() => save(['boss@acme.io'])).toThrow(/^boss@acme\.io is not shared on this spreadsheet:/);
    expect(save(['cs@acme.io'])).toMatchObject({ recipients: ['cs@acme.io'] });
  });
});
