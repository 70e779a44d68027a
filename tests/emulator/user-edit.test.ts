/**
 * Edits a person makes fire the script's onEdit simple trigger, with Google's event object and
 * the restrictions of AuthMode.LIMITED (dev/emulator/user-edit.ts); script writes never do.
 */
import { describe, expect, it } from 'vitest';
import { createWorkbook } from '../../dev/emulator/index';
import { loadScript } from './load-script';

const SCRIPT = `
var events = [];
function onEdit(e) {
  events.push({
    authMode: String(e.authMode), a1: e.range.getA1Notation(), sheet: e.range.getSheet().getName(),
    value: e.value, oldValue: e.oldValue, hasValue: 'value' in e, hasOld: 'oldValue' in e,
    triggerUid: e.triggerUid, spreadsheet: e.source.getId() === SpreadsheetApp.getActive().getId(),
  });
  if (e.value === 'mail') MailApp.sendEmail('a@x.io', 's', 'b');
  if (e.value === 'sidebar') SpreadsheetApp.getUi().alert('hi');
  if (e.value === 'other file') SpreadsheetApp.openById('x');
  if (e.value === 'trigger') ScriptApp.newTrigger('x').timeBased().everyHours(1).create();
  if (e.value === 'email') return Session.getActiveUser().getEmail();
  if (e.value === 'allowed') {
    PropertiesService.getDocumentProperties().setProperty('seen', Session.getActiveUserLocale());
    e.range.offset(0, 1).setValue('done');
    e.source.toast('noted');
  }
  if (e.value === 'file') e.source.toast(HtmlService.createTemplateFromFile(e.value).getRawContent());
}
function scriptWrite() { SpreadsheetApp.getActive().getRange('Data!A1').setValue('by script'); }
function seen() { return events; }
`;

function scene() {
  const wb = createWorkbook({
    Data: [
      ['Name', 'NPS'],
      ['Acme', 9],
    ],
  });
  const scope = loadScript(wb, SCRIPT);
  return { wb, scope, last: () => (scope.seen() as Record<string, unknown>[]).at(-1) };
}

describe('user edits fire onEdit', () => {
  it('with value and oldValue as text for one cell, in AuthMode.LIMITED, without triggerUid', () => {
    const { wb, last } = scene();
    expect(wb.userEdit('Data', 'B2', 10)).toMatchObject({ fired: true, ok: true });
    expect(last()).toEqual({
      authMode: 'LIMITED',
      a1: 'B2',
      sheet: 'Data',
      value: '10',
      oldValue: '9',
      hasValue: true,
      hasOld: true,
      triggerUid: undefined,
      spreadsheet: true,
    });
    expect(wb.values('Data')[1][1]).toBe(10);
  });

  it('without oldValue when the cell was empty, without value when it is cleared', () => {
    const { wb, last } = scene();
    wb.userEdit('Data', 'C1', 'Plan');
    expect(last()).toMatchObject({ value: 'Plan', hasOld: false });
    wb.userEdit('Data', 'C1', '');
    expect(last()).toMatchObject({ oldValue: 'Plan', hasValue: false });
  });

  it('without value or oldValue when several cells are pasted at once', () => {
    const { wb, last } = scene();
    wb.userEdit('Data', 'A1:B1', [['Account', 'Score']]);
    expect(last()).toMatchObject({ a1: 'A1:B1', hasValue: false, hasOld: false });
    expect(wb.values('Data')[0]).toEqual(['Account', 'Score']);
  });

  it('never for the script’s own writes', () => {
    const { scope } = scene();
    scope.scriptWrite();
    expect(scope.seen()).toEqual([]);
  });

  it('may use this spreadsheet, its properties, the locale and toasts', () => {
    const { wb } = scene();
    expect(wb.userEdit('Data', 'A2', 'allowed')).toMatchObject({ ok: true });
    expect(wb.values('Data')[1][1]).toBe('done');
    expect(wb.properties.document.get('seen')).toBe('en');
    expect(wb.ui.toasts.at(-1)?.message).toBe('noted');
  });

  it('may read the project’s HTML files, which need no authorization (the add-on’s translations)', () => {
    const { wb } = scene();
    const outcome = wb.userEdit('Data', 'A2', 'file');
    expect(outcome.fired && !outcome.ok && outcome.error.message).toBe('No HTML file named file was found.');
    expect(wb.serviceCalls('HtmlService')).toBe(1);
  });

  it('may not use anything that needs authorization; the edit stays', () => {
    const { wb } = scene();
    const refused: Record<string, string> = {
      mail: 'You do not have permission to call MailApp.sendEmail',
      sidebar: 'You do not have permission to call alert',
      'other file': 'You do not have permission to call SpreadsheetApp.openById',
      trigger: 'You do not have permission to call ScriptApp.newTrigger',
      email: 'You do not have permission to call Session.getActiveUser',
    };
    for (const [typed, message] of Object.entries(refused)) {
      const outcome = wb.userEdit('Data', 'A2', typed);
      expect(outcome).toMatchObject({ fired: true, ok: false });
      expect(outcome.fired && !outcome.ok && outcome.error.message).toBe(message);
      expect(wb.values('Data')[1][0]).toBe(typed);
    }
    expect(wb.mail).toEqual([]);
  });

  it('does nothing when the script has no onEdit', () => {
    const wb = createWorkbook({ Data: [['a']] });
    loadScript(wb, 'function other() {}');
    expect(wb.userEdit('Data', 'A1', 'b')).toEqual({ fired: false });
  });
});
