import { describe, expect, it } from 'vitest';
import { createWorkbook } from '../../dev/emulator/index';
import { formatDate } from '../../dev/emulator/services/utilities';

const services = () => {
  const wb = createWorkbook({ Data: [[1]] });
  return { wb, s: wb.services };
};

describe('ScriptApp triggers', () => {
  it('creates, lists and deletes time-based triggers', () => {
    const { wb, s } = services();
    const t = s.ScriptApp.newTrigger('snapshot').timeBased().everyDays(1).atHour(3).create();
    s.ScriptApp.newTrigger('sync').forSpreadsheet(s.SpreadsheetApp.getActive()).onEdit().create();
    expect(s.ScriptApp.getProjectTriggers().map((x) => x.getHandlerFunction())).toEqual(['snapshot', 'sync']);
    expect(wb.triggers[0]).toMatchObject({
      handler: 'snapshot',
      eventType: 'CLOCK',
      schedule: { everyDays: 1, atHour: 3 },
    });
    expect(t.getUniqueId()).toMatch(/[0-9a-f-]{36}/);
    expect(() => s.ScriptApp.newTrigger('x').timeBased().everyHours(3)).toThrow(/everyHours/);
    s.ScriptApp.deleteTrigger(s.ScriptApp.getProjectTriggers()[0]);
    expect(wb.triggers.map((x) => x.handler)).toEqual(['sync']);
    const form = s.ScriptApp.newTrigger('onForm')
      .forSpreadsheet(s.SpreadsheetApp.getActive())
      .onFormSubmit()
      .create();
    expect(form.getEventType()).toBe(s.ScriptApp.EventType.ON_FORM_SUBMIT);
    expect(s.ScriptApp.AuthMode.FULL).toBe('FULL');
  });
});

describe('LockService', () => {
  it('tryLock / waitLock / releaseLock / hasLock', () => {
    const { s } = services();
    const a = s.LockService.getDocumentLock()!;
    const b = s.LockService.getDocumentLock()!;
    expect(a.tryLock(1000)).toBe(true);
    expect(a.hasLock()).toBe(true);
    expect(b.tryLock(1000)).toBe(false);
    expect(() => b.waitLock(1000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    expect(s.LockService.getScriptLock().tryLock(10)).toBe(true); // a different lock
    a.releaseLock();
    expect(a.hasLock()).toBe(false);
    b.waitLock(10);
    expect(b.hasLock()).toBe(true);
  });
});

describe('PropertiesService', () => {
  it('stores strings per scope', () => {
    const { wb, s } = services();
    const doc = s.PropertiesService.getDocumentProperties();
    doc.setProperty('weights', 3).setProperties({ a: 'x', b: true });
    expect(doc.getProperty('weights')).toBe('3');
    expect(doc.getProperties()).toEqual({ weights: '3', a: 'x', b: 'true' });
    doc.deleteProperty('a');
    expect(doc.getKeys()).toEqual(['weights', 'b']);
    expect(s.PropertiesService.getUserProperties().getProperty('weights')).toBeNull();
    doc.setProperties({ only: '1' }, true);
    expect([...wb.properties.document.keys()]).toEqual(['only']);
  });
});

describe('Session, Utilities, Logger', () => {
  it('reports the user and the UTC script time zone', () => {
    const { s } = services();
    expect(s.Session.getActiveUser().getEmail()).toBe('user@example.com');
    expect(s.Session.getScriptTimeZone()).toBe('Etc/UTC');
  });

  it('formats dates with Java patterns in any time zone', () => {
    const d = new Date(Date.UTC(2024, 0, 5, 13, 7, 9));
    expect(formatDate(d, 'Etc/UTC', 'yyyy-MM-dd HH:mm:ss')).toBe('2024-01-05 13:07:09');
    expect(formatDate(d, 'America/New_York', "EEE, d MMM yyyy h:mm a 'ET' Z")).toBe(
      'Fri, 5 Jan 2024 8:07 AM ET -0500',
    );
    const { s } = services();
    expect(s.Utilities.formatDate(d, 'GMT', 'yyyyMMdd')).toBe('20240105');
    expect(s.Utilities.getUuid()).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs', () => {
    const { wb, s } = services();
    s.Logger.log('n=%s', 3);
    expect(wb.logs).toEqual(['n=3']);
  });
});
