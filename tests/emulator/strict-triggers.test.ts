/** Add-on trigger restrictions, trigger runs and LockService, as strict as Apps Script. */
import { describe, expect, it } from 'vitest';
import { createWorkbook } from '../../dev/emulator/index';
import { loadScript } from './load-script';

const TOO_MANY =
  'This add-on has created too many time-based triggers in this document for this Google user account.';

const SCRIPT = `
function schedule(hourly) {
  var b = ScriptApp.newTrigger('job').timeBased();
  return (hourly ? b.everyHours(1) : b.everyDays(1).atHour(6)).create().getUniqueId();
}
function mine() {
  return ScriptApp.getUserTriggers(SpreadsheetApp.getActive()).map(function (t) { return t.getHandlerFunction(); });
}
function job(e) {
  PropertiesService.getUserProperties().setProperty('ran', e.triggerUid);
  return Session.getEffectiveUser().getEmail();
}
function alertingJob() { SpreadsheetApp.getUi().alert('Done'); }
function toastingJob() { SpreadsheetApp.getActive().toast('Done'); return 'ok'; }
function lockingJob() { var lock = LockService.getDocumentLock(); return lock === null ? 'no lock' : String(lock.tryLock(0)); }
`;

const setup = () => {
  const wb = createWorkbook({ Data: [[1]] });
  return { wb, scope: loadScript(wb, SCRIPT), app: wb.services.ScriptApp };
};

describe('add-on triggers', () => {
  it('one trigger of each type per user per document', () => {
    const { wb, scope, app } = setup();
    scope.schedule(false);
    expect(() => scope.schedule(true)).toThrow(TOO_MANY);
    const ss = wb.services.SpreadsheetApp.getActive();
    app.newTrigger('edited').forSpreadsheet(ss).onEdit().create(); // another type is fine
    expect(() => app.newTrigger('edited2').forSpreadsheet(ss).onEdit().create()).toThrow(TOO_MANY);
    wb.setActiveUser('bob@example.com'); // another user has their own
    scope.schedule(true);
    expect(wb.triggers.map((t) => [t.handler, t.owner])).toEqual([
      ['job', 'user@example.com'],
      ['edited', 'user@example.com'],
      ['job', 'bob@example.com'],
    ]);
  });

  it('getUserTriggers / getProjectTriggers list only the current user’s triggers', () => {
    const { wb, scope, app } = setup();
    scope.schedule(false);
    wb.setActiveUser('bob@example.com');
    expect(scope.mine()).toEqual([]);
    expect(app.getProjectTriggers()).toEqual([]);
    scope.schedule(true);
    expect(scope.mine()).toEqual(['job']);
    expect(app.getProjectTriggers().map((t) => t.getUniqueId())).toEqual([wb.triggers[1].id]);
    wb.setActiveUser('user@example.com');
    expect(app.getProjectTriggers().map((t) => t.getUniqueId())).toEqual([wb.triggers[0].id]);
  });

  it('time-driven triggers at most hourly, and only for this file', () => {
    const { wb, app } = setup();
    expect(() => app.newTrigger('job').timeBased().everyMinutes(30)).toThrow(
      'Time-driven triggers in add-ons cannot run more frequently than once per hour.',
    );
    expect(() => app.newTrigger('job').forSpreadsheet('another-spreadsheet-id').onOpen().create()).toThrow(
      'Add-ons can only create triggers for the file in which the add-on is used.',
    );
    const form = wb.addForm({ title: 'F', items: [{ title: 'Q', type: 'TEXT' }] });
    expect(() => app.newTrigger('job').forForm(form.id).onFormSubmit().create()).toThrow(
      'Add-ons can only create triggers for the file in which the add-on is used.',
    );
    expect(wb.triggers).toEqual([]);
  });
});

describe('trigger runs', () => {
  it('run as the trigger’s owner', () => {
    const { wb, scope } = setup();
    wb.setActiveUser('bob@example.com');
    const uid = scope.schedule(true);
    wb.setActiveUser('ann@example.com');
    expect(wb.fireTrigger('job')).toBe('bob@example.com');
    expect(wb.properties.user.has('ran')).toBe(false); // ann's store
    wb.setActiveUser('bob@example.com');
    expect(wb.properties.user.get('ran')).toBe(uid);
  });

  it('have no user interface: SpreadsheetApp.getUi() throws', () => {
    const { wb, app } = setup();
    wb.setActiveUser('a@example.com');
    app.newTrigger('alertingJob').timeBased().everyHours(1).create();
    wb.setActiveUser('b@example.com');
    app.newTrigger('toastingJob').timeBased().everyHours(1).create();
    expect(() => wb.fireTrigger('alertingJob')).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
    expect(wb.fireTrigger('toastingJob')).toBe('ok');
    expect(wb.ui.alerts).toEqual([]);
    // Outside a trigger the UI is there again.
    wb.services.SpreadsheetApp.getUi().alert('back');
    expect(wb.ui.alerts).toHaveLength(1);
  });

  it('LockService.getDocumentLock() is null without a current document', () => {
    const { wb, app } = setup();
    app.newTrigger('lockingJob').timeBased().everyHours(1).create();
    expect(wb.fireTrigger('lockingJob')).toBe('true');
    expect(wb.fireTrigger('lockingJob', undefined, { document: false })).toBe('no lock');
    expect(wb.fireTimeTriggers({ document: false })).toEqual(['no lock']);
    expect(wb.services.LockService.getDocumentLock()).not.toBeNull();
    expect(wb.services.LockService.getScriptLock()).not.toBeNull();
  });

  it('each user has their own user lock', () => {
    const { wb } = setup();
    expect(wb.services.LockService.getUserLock().tryLock(0)).toBe(true);
    wb.setActiveUser('bob@example.com');
    expect(wb.services.LockService.getUserLock().tryLock(0)).toBe(true);
    expect(wb.services.LockService.getScriptLock().tryLock(0)).toBe(true);
    wb.setActiveUser('user@example.com');
    expect(wb.services.LockService.getScriptLock().tryLock(0)).toBe(false);
  });
});
