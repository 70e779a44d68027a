/**
 * Execution contexts as strict as Apps Script: custom functions (read-only spreadsheet, only the
 * services the custom-functions guide lists) and onOpen in AuthMode.NONE (menu building only).
 */
import { describe, expect, it } from 'vitest';
import { createWorkbook } from '../../dev/emulator/index';
import { loadScript } from './load-script';

const SCRIPT = `
function ss() { return SpreadsheetApp.getActive(); }
/** @customfunction */
function TRY(what) {
  var r = ss().getRange('Data!A1');
  switch (what) {
    case 'read': return r.getValue() + ss().getSheetByName('Data').getRange('A1:A2').getValues().length;
    case 'offset': return r.offset(1, 0).getValue();
    case 'setValue': r.setValue(1); break;
    case 'clear': r.clearContent(); break;
    case 'format': r.setBackground('#ff0000'); break;
    case 'insert': ss().getSheetByName('Data').insertRowsAfter(1, 2); break;
    case 'delete': ss().getSheetByName('Data').deleteRow(2); break;
    case 'namedRange': ss().setNamedRange('X', r); break;
    case 'rules': ss().getSheetByName('Data').setConditionalFormatRules([]); break;
    case 'newSheet': ss().insertSheet('New'); break;
    case 'getUi': SpreadsheetApp.getUi(); break;
    case 'toast': ss().toast('hi'); break;
    case 'openById': SpreadsheetApp.openById(ss().getId()); break;
    case 'mail': MailApp.sendEmail('a@x.io', 's', 'b'); break;
    case 'session': return Session.getActiveUser().getEmail();
    case 'trigger': ScriptApp.newTrigger('x').timeBased().everyHours(1).create(); break;
    case 'forms': FormApp.openById('nope'); break;
    case 'docProps':
      PropertiesService.getDocumentProperties().setProperty('seen', 'yes');
      return PropertiesService.getDocumentProperties().getProperty('seen');
    case 'userProps': PropertiesService.getUserProperties().setProperty('u', '1'); return 'set';
    case 'html': return HtmlService.createHtmlOutput('<b>x</b>').getContent();
    case 'htmlFile': return HtmlService.createTemplateFromFile('i18n-xx').getRawContent();
    case 'lock': return LockService.getDocumentLock().tryLock(1);
    case 'utilities': return Utilities.formatDate(new Date(0), 'UTC', 'yyyy');
    case 'log': Logger.log('in a cell'); return 'logged';
    case 'mode': return 'unchanged';
  }
  return 'no error';
}
function writeOutside() { ss().getRange('Data!B1').setValue('written'); return ss().getRange('Data!B1').getValue(); }
`;

function setup(formula: string) {
  const wb = createWorkbook({
    Data: [
      [5, ''],
      [7, ''],
    ],
    Out: [[formula]],
  });
  const scope = loadScript(wb, SCRIPT);
  return { wb, scope, value: () => wb.values('Out')[0][0], error: () => wb.cellError('Out', 'A1') };
}

const denied = (what: string) => {
  const { value, error } = setup(`=TRY("${what}")`);
  return [value(), error()];
};

describe('custom functions run in AuthMode.CUSTOM_FUNCTION', () => {
  it('read the spreadsheet (get*, offset)', () => {
    expect(setup('=TRY("read")').value()).toBe(7);
    expect(setup('=TRY("offset")').value()).toBe(7);
  });

  it.each([
    ['setValue', 'setValue'],
    ['clear', 'clearContent'],
    ['format', 'setBackground'],
    ['insert', 'insertRowsAfter'],
    ['delete', 'deleteRow'],
    ['namedRange', 'setNamedRange'],
    ['rules', 'setConditionalFormatRules'],
    ['newSheet', 'insertSheet'],
    ['toast', 'toast'],
  ])('may not write or show anything: %s', (what, method) => {
    expect(denied(what)).toEqual(['#ERROR!', `You do not have permission to call ${method}`]);
  });

  it('may not use the UI, other spreadsheets or services the guide does not list', () => {
    expect(denied('getUi')[1]).toBe('You do not have permission to call SpreadsheetApp.getUi');
    expect(denied('openById')[1]).toBe('You do not have permission to call SpreadsheetApp.openById');
    expect(denied('mail')[1]).toBe('You do not have permission to call MailApp.sendEmail');
    expect(denied('session')[1]).toBe('You do not have permission to call Session.getActiveUser');
    expect(denied('trigger')[1]).toBe('You do not have permission to call ScriptApp.newTrigger');
    expect(denied('forms')[1]).toBe('You do not have permission to call FormApp.openById');
  });

  it('may use Properties, HTML (not displayed), Lock, Utilities and Logger', () => {
    expect(setup('=TRY("docProps")').value()).toBe('yes');
    expect(setup('=TRY("html")').value()).toBe('<b>x</b>');
    // A project file is read as anywhere else (unknown: Google's error), counted apart.
    const file = setup('=TRY("htmlFile")');
    expect(file.error()).toBe('No HTML file named i18n-xx was found.');
    expect(file.wb.serviceCalls('HtmlService in custom functions')).toBe(1);
    expect(file.wb.serviceCalls('HtmlService')).toBe(0);
    expect(setup('=TRY("lock")').value()).toBe(true);
    expect(setup('=TRY("utilities")').value()).toBe('1970');
    expect(setup('=TRY("log")').value()).toBe('logged');
  });

  it("gets the owner's user properties, which another editor may not set", () => {
    const owner = setup('=TRY("userProps")');
    expect(owner.value()).toBe('set');
    expect(owner.wb.properties.user.get('u')).toBe('1');
    const { wb } = setup('=TRY("mode")');
    wb.setActiveUser('editor@example.com');
    wb.services.SpreadsheetApp.getActive().getRange('Out!A1').setFormula('=TRY("userProps")');
    expect(wb.cellError('Out', 'A1')).toBe('You do not have permission to call setProperty');
    expect(wb.properties.user.size).toBe(0);
  });

  it('leaves the mode when the function returns or throws', () => {
    const { wb, scope, value } = setup('=TRY("setValue")');
    expect(value()).toBe('#ERROR!');
    expect(scope.writeOutside()).toBe('written');
    expect(() => wb.runAs('CUSTOM_FUNCTION', () => scope.writeOutside())).toThrow(
      'You do not have permission to call setValue',
    );
    expect(scope.writeOutside()).toBe('written');
  });
});

const MENU_SCRIPT = `
var seen = [];
function onOpen(e) {
  seen.push(e.authMode);
  var menu = SpreadsheetApp.getUi().createAddonMenu().addItem('Open', 'open');
  if (e.authMode !== ScriptApp.AuthMode.NONE) {
    if (PropertiesService.getDocumentProperties().getProperty('advanced')) menu.addSeparator().addItem('More', 'more');
  }
  menu.addToUi();
}
function onInstall(e) { onOpen(e); }
function modes() { return seen; }
function greedyOnOpen() { PropertiesService.getDocumentProperties().getProperty('x'); }
function readingOnOpen() { return SpreadsheetApp.getActive().getSheets().length; }
function userOnOpen() { return Session.getEffectiveUser().getEmail(); }
function toastOnOpen() { SpreadsheetApp.getUi().alert('hi'); }
`;

describe('simple triggers: onOpen in AuthMode.NONE, onInstall in FULL', () => {
  it('onOpen may build the add-on menu, with e.authMode NONE', () => {
    const wb = createWorkbook({ Data: [[1]] });
    const scope = loadScript(wb, MENU_SCRIPT);
    wb.properties.document.set('advanced', 'yes');
    wb.simpleTrigger('onOpen', scope);
    expect(wb.ui.menus).toEqual([{ name: 'Add-on', items: [{ caption: 'Open', functionName: 'open' }] }]);
    wb.simpleTrigger('onInstall'); // the loaded script by default
    expect(wb.ui.menus[0].items).toHaveLength(3);
    expect(scope.modes()).toEqual(['NONE', 'FULL']);
  });

  it('anything beyond the menu throws the permission error', () => {
    const wb = createWorkbook({ Data: [[1]] });
    const scope = loadScript(wb, MENU_SCRIPT);
    const asOnOpen = (name: string) => () => wb.runAs('NONE', () => scope[name]());
    expect(asOnOpen('greedyOnOpen')).toThrow(
      'You do not have permission to call PropertiesService.getDocumentProperties',
    );
    expect(asOnOpen('readingOnOpen')).toThrow('You do not have permission to call SpreadsheetApp.getActive');
    expect(asOnOpen('userOnOpen')).toThrow('You do not have permission to call Session.getEffectiveUser');
    expect(asOnOpen('toastOnOpen')).toThrow('You do not have permission to call alert');
    // Outside the trigger the same functions work.
    expect(scope.readingOnOpen()).toBe(1);
  });
});
