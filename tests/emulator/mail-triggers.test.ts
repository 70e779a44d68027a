import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkbook, loadAddon, type Workbook } from '../../dev/emulator/index';

/** Loads a tiny classic script into the workbook the way dist/Code.js is loaded. */
function loadScript(wb: Workbook, code: string): Record<string, (...args: unknown[]) => unknown> {
  const file = join(mkdtempSync(join(tmpdir(), 'emulator-')), 'Code.js');
  writeFileSync(file, code);
  // Its globals record what it was given for the test to read: evaluated once (see load-script.ts).
  return loadAddon(wb, file, { freshExecutions: false }) as Record<string, (...args: unknown[]) => unknown>;
}

const SCRIPT = `
var calls = [];
function install() {
  ScriptApp.newTrigger('nightly').timeBased().everyDays(1).atHour(3).create();
  ScriptApp.newTrigger('onSubmit').forSpreadsheet(SpreadsheetApp.getActive()).onFormSubmit().create();
}
// An add-on has one clock trigger per user per document: a second editor installs this one.
function installHourly() {
  ScriptApp.newTrigger('hourly').timeBased().everyHours(1).create();
}
function nightly(e) {
  calls.push({ handler: 'nightly', event: JSON.parse(JSON.stringify(e)), realmObject: e instanceof Object, now: new Date().toISOString() });
  return 'nightly done';
}
function hourly(e) {
  calls.push({ handler: 'hourly', uid: e.triggerUid });
  throw new Error('hourly broke');
}
function onSubmit(e) { return e.authMode + ':' + e.namedValues.Account[0]; }
function handlers() { return calls.map(function (c) { return c.handler; }); }
function lastCall() { return calls[calls.length - 1]; }
function nowInfo() {
  var d = new Date();
  class Later extends Date {}
  return {
    iso: d.toISOString(),
    now: Date.now(),
    isDate: d instanceof Date,
    ctor: d.constructor === Date,
    tag: Object.prototype.toString.call(d),
    called: Date(),
    explicit: new Date(Date.UTC(2020, 0, 2)).toISOString(),
    parsed: Date.parse('2020-01-01T00:00:00Z'),
    subclass: new Later() instanceof Date && new Later().getTime() === d.getTime(),
  };
}
function cellIsDate() { return SpreadsheetApp.getActive().getRange('Data!A1').getValue() instanceof Date; }
function formTimestampIsDate(id) { return FormApp.openById(id).getResponses()[0].getTimestamp() instanceof Date; }
function mailTo(to) {
  try { MailApp.sendEmail(to, 'Hi', 'Body'); return 'sent'; }
  catch (e) { return (e instanceof Error) + ':' + e.message; }
}
`;

describe('MailApp', () => {
  it('records mail in every sendEmail form and counts calls under MailApp', () => {
    const wb = createWorkbook({ Data: [[1]] });
    const mail = wb.services.MailApp;
    mail.sendEmail('ann@acme.com', 'Health report', 'Score: 82');
    mail.sendEmail('bob@beta.io', 'Alert', 'plain', {
      htmlBody: '<b>Red</b>',
      name: 'Health Bot',
      cc: 'cs@acme.com',
    });
    mail.sendEmail({
      to: 'a@x.io, b@y.io',
      subject: 'Digest',
      htmlBody: '<p>hi</p>',
      noReply: true,
      replyTo: 'r@x.io',
    });
    mail.sendEmail('c@z.io', 'reply@z.io', 'Four args', 'Body 4');
    expect(wb.mail.map((m) => [m.to, m.subject, m.body])).toEqual([
      ['ann@acme.com', 'Health report', 'Score: 82'],
      ['bob@beta.io', 'Alert', 'plain'],
      ['a@x.io, b@y.io', 'Digest', ''],
      ['c@z.io', 'Four args', 'Body 4'],
    ]);
    expect(wb.mail[1]).toMatchObject({ htmlBody: '<b>Red</b>', name: 'Health Bot', cc: 'cs@acme.com' });
    expect(wb.mail[2]).toMatchObject({ htmlBody: '<p>hi</p>', noReply: true, replyTo: 'r@x.io' });
    expect(wb.mail[3].replyTo).toBe('reply@z.io');
    expect(wb.mail[0].from).toBe('user@example.com');
    expect(wb.mail[0]).not.toHaveProperty('htmlBody');
    expect(wb.serviceCalls('MailApp')).toBe(4);
  });

  it('uses one quota unit per recipient and refuses mail beyond the quota', () => {
    const wb = createWorkbook({ Data: [[1]] });
    const mail = wb.services.MailApp;
    expect(mail.getRemainingDailyQuota()).toBe(100);
    mail.sendEmail({ to: 'a@x.io,b@x.io', cc: 'c@x.io', bcc: 'Dee <d@x.io>', subject: 's' });
    expect(mail.getRemainingDailyQuota()).toBe(96);
    wb.mailQuota = 1;
    expect(() => mail.sendEmail('a@x.io, b@x.io', 's', 'b')).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(wb.mail).toHaveLength(1);
    expect(mail.getRemainingDailyQuota()).toBe(1);
  });

  it('validates recipients like Apps Script, sending nothing on error', () => {
    const wb = createWorkbook({ Data: [[1]] });
    const mail = wb.services.MailApp;
    expect(() => mail.sendEmail('not-an-address', 's', 'b')).toThrow('Invalid email: not-an-address');
    expect(() => mail.sendEmail('ok@x.io', 's', 'b', { cc: 'bad@' })).toThrow('Invalid email: bad@');
    expect(() => mail.sendEmail('', 's', 'b')).toThrow('Failed to send email: no recipient');
    expect(() => mail.sendEmail({ subject: 'no to' })).toThrow('Failed to send email: no recipient');
    expect(wb.mail).toEqual([]);
    expect(mail.getRemainingDailyQuota()).toBe(100);
    const scope = loadScript(wb, SCRIPT);
    expect(scope.mailTo('nope')).toBe('true:Invalid email: nope'); // the script realm's Error
    expect(scope.mailTo('ok@x.io')).toBe('sent');
  });
});

describe('fireTrigger / fireTimeTriggers', () => {
  const setup = () => {
    const wb = createWorkbook({ Data: [[1]] });
    const scope = loadScript(wb, SCRIPT);
    scope.install();
    wb.setActiveUser('bob@example.com');
    scope.installHourly();
    wb.setActiveUser('user@example.com');
    return { wb, scope };
  };

  it('runs a clock trigger with a time-driven event for the workbook’s now', () => {
    const { wb, scope } = setup();
    wb.setNow('2024-05-17T14:34:52Z'); // a Friday in ISO week 20
    expect(wb.fireTrigger('nightly')).toBe('nightly done');
    expect(scope.lastCall()).toEqual({
      handler: 'nightly',
      realmObject: true,
      now: '2024-05-17T14:34:52.000Z',
      event: {
        authMode: 'FULL',
        triggerUid: wb.triggers[0].id,
        year: 2024,
        month: 5,
        'day-of-month': 17,
        'day-of-week': 5,
        'week-of-year': 20,
        hour: 14,
        minute: 34,
        second: 52,
        timezone: 'UTC',
      },
    });
  });

  it('finds triggers by unique id, merges a given event and rethrows handler errors', () => {
    const { wb, scope } = setup();
    const hourly = wb.triggers.find((t) => t.handler === 'hourly')!;
    expect(() => wb.fireTrigger(hourly.id)).toThrow('hourly broke');
    expect(scope.lastCall()).toEqual({ handler: 'hourly', uid: hourly.id });
    expect(wb.fireTrigger('onSubmit', { namedValues: { Account: ['Acme'] } })).toBe('FULL:Acme');
    expect(() => wb.fireTrigger('neverInstalled')).toThrow('no trigger with id or handler "neverInstalled"');
    wb.setActiveUser('cy@example.com');
    wb.services.ScriptApp.newTrigger('ghost').timeBased().everyHours(1).create();
    expect(() => wb.fireTrigger('ghost')).toThrow('Script function not found: ghost');
  });

  it('fires every clock trigger once, then surfaces the first failure', () => {
    const { wb, scope } = setup();
    expect(() => wb.fireTimeTriggers()).toThrow('hourly broke');
    expect(scope.handlers()).toEqual(['nightly', 'hourly']); // not the form-submit trigger
    wb.setActiveUser('bob@example.com'); // only the owner sees (and deletes) the hourly trigger
    wb.services.ScriptApp.deleteTrigger(wb.services.ScriptApp.getProjectTriggers()[0]);
    expect(wb.fireTimeTriggers()).toEqual(['nightly done']);
  });

  it('needs a loaded add-on', () => {
    const wb = createWorkbook({ Data: [[1]] });
    wb.services.ScriptApp.newTrigger('x').timeBased().everyHours(1).create();
    expect(() => wb.fireTrigger('x')).toThrow('no add-on is loaded');
  });
});

describe('setNow', () => {
  it('fixes new Date() and Date.now() in the script, set before or after loading', () => {
    const wb = createWorkbook({ Data: [[new Date(Date.UTC(2024, 0, 5))]] });
    wb.setNow('2024-05-17T14:34:52Z');
    const scope = loadScript(wb, SCRIPT);
    const fixed = Date.parse('2024-05-17T14:34:52Z');
    expect(scope.nowInfo()).toEqual({
      iso: '2024-05-17T14:34:52.000Z',
      now: fixed,
      isDate: true,
      ctor: true,
      tag: '[object Date]',
      called: expect.stringContaining('May 17 2024'),
      explicit: '2020-01-02T00:00:00.000Z', // other Date uses are unchanged
      parsed: Date.UTC(2020, 0, 1),
      subclass: true,
    });
    wb.setNow(new Date(Date.UTC(2030, 1, 3)));
    expect((scope.nowInfo() as { now: number }).now).toBe(Date.UTC(2030, 1, 3));
    expect(wb.now()).toEqual(new Date(Date.UTC(2030, 1, 3)));
    wb.setNow(null);
    const real = (scope.nowInfo() as { now: number }).now;
    expect(Math.abs(real - Date.now())).toBeLessThan(5_000);
    expect(() => wb.setNow('not a date')).toThrow('setNow: invalid date not a date');
  });

  it('keeps dates handed to the script instances of its Date', () => {
    const wb = createWorkbook({ Data: [[new Date(Date.UTC(2024, 0, 5))]] });
    const form = wb.addForm({
      title: 'F',
      items: [{ title: 'Q', type: 'TEXT' }],
      responses: [{ id: 'r', timestamp: 0, answers: { Q: 'a' } }],
    });
    const scope = loadScript(wb, SCRIPT);
    wb.setNow(0);
    expect(scope.cellIsDate()).toBe(true);
    expect(scope.formTimestampIsDate(form.id)).toBe(true);
  });

  it('drives the emulator’s own default timestamps', () => {
    const wb = createWorkbook({ Data: [[1]] });
    wb.setNow('2024-06-01T08:00:00Z');
    const handle = wb.addForm({
      title: 'F',
      items: [{ title: 'Q', type: 'TEXT' }],
      responses: [{ id: 'r', answers: { Q: 'a' } }],
    });
    wb.services.MailApp.sendEmail('a@x.io', 's', 'b');
    wb.setNow('2024-06-02T08:00:00Z');
    handle.editResponse('r', { Q: 'b' });
    expect(wb.mail[0].date).toEqual(new Date('2024-06-01T08:00:00Z'));
    expect(wb.services.FormApp.openById(handle.id).getResponse('r').getTimestamp()).toEqual(
      new Date('2024-06-02T08:00:00Z'),
    );
  });
});
