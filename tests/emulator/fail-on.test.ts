import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkbook, loadAddon } from '../../dev/emulator/index';

const IMPORT_SCRIPT = `
function importRows(n) {
  var sheet = SpreadsheetApp.getActive().getSheetByName('Data');
  var done = 0;
  try {
    for (var i = 1; i <= n; i++) {
      sheet.getRange(i, 1, 1, 2).setValues([[i, i * 10]]);
      done++;
    }
  } catch (e) {
    return { done: done, isError: e instanceof Error, message: e.message };
  }
  return { done: done };
}
`;

const setup = () => {
  const wb = createWorkbook({ Data: [['a', 'b']] });
  return { wb, range: () => wb.services.SpreadsheetApp.getActive().getRange('Data!A1:B1') };
};

describe('failOn', () => {
  it('makes the next call of a method throw without running it, once', () => {
    const { wb, range } = setup();
    const r = range();
    wb.failOn('setValues');
    const before = wb.serviceCalls();
    expect(() => r.setValues([[1, 2]])).toThrow(
      'Service error: SpreadsheetApp (injected failure of setValues)',
    );
    expect(wb.serviceCalls()).toBe(before + 1); // the call was made, so it counts
    expect(wb.values('Data')).toEqual([['a', 'b']]); // and had no effect
    r.setValues([[1, 2]]);
    expect(wb.values('Data')).toEqual([[1, 2]]);
  });

  it('lets `after` calls succeed first and uses the given message', () => {
    const { wb, range } = setup();
    const r = range();
    wb.failOn('setValue', { after: 2, message: 'Service Spreadsheets timed out' });
    r.getValues(); // other methods do not count towards `after`
    r.setValue(1);
    r.setValue(2);
    expect(() => r.setValue(3)).toThrow('Service Spreadsheets timed out');
    expect(wb.values('Data')[0]).toEqual([2, 2]);
    r.setValue(4);
    expect(wb.values('Data')[0]).toEqual([4, 4]);
  });

  it('is cleared by failOn(null)', () => {
    const { wb, range } = setup();
    wb.failOn('setValues');
    wb.failOn(null);
    range().setValues([[7, 8]]);
    expect(wb.values('Data')).toEqual([[7, 8]]);
    expect(() => wb.failOn('x', { after: -1 })).toThrow(/after must be an integer/);
  });

  it('stops an import half way with an Error of the script realm', () => {
    const wb = createWorkbook({ Data: [['a', 'b']] });
    const file = join(mkdtempSync(join(tmpdir(), 'emulator-')), 'Code.js');
    writeFileSync(file, IMPORT_SCRIPT);
    const scope = loadAddon(wb, file) as Record<string, (n: number) => unknown>;
    wb.failOn('setValues', { after: 2, message: 'Service Spreadsheets failed while accessing document' });
    expect(scope.importRows(5)).toEqual({
      done: 2,
      isError: true,
      message: 'Service Spreadsheets failed while accessing document',
    });
    expect(wb.values('Data')).toEqual([
      [1, 10],
      [2, 20],
    ]);
  });

  it('works for every service and ignores the emulator’s own writes', () => {
    const wb = createWorkbook({ Data: [[1]] });
    const handle = wb.addForm({
      title: 'F',
      items: [{ title: 'Q', type: 'SCALE' }],
      responses: [{ id: 'r1', timestamp: 0, answers: { Q: 4 } }],
      destinationSheet: 'Responses',
    });
    const form = wb.services.FormApp.openById(handle.id);
    wb.failOn('getResponses');
    expect(() => form.getResponses()).toThrow('Service error: FormApp (injected failure of getResponses)');
    expect(form.getResponses()).toHaveLength(1);

    wb.failOn('sendEmail');
    expect(() => wb.services.MailApp.sendEmail('a@x.io', 's', 'b')).toThrow(/injected failure of sendEmail/);
    expect(wb.mail).toEqual([]);
    expect(wb.services.MailApp.getRemainingDailyQuota()).toBe(100);

    wb.failOn('setValues');
    handle.addResponses([{ id: 'r2', timestamp: 1, answers: { Q: 5 } }]); // Forms' own write
    expect(wb.values('Responses').map((row) => row[1])).toEqual(['Q', 4, 5]);
    const sheet = wb.services.SpreadsheetApp.getActive().getSheetByName('Responses')!;
    expect(() => sheet.getRange('B2').setValues([[9]])).toThrow(/injected failure of setValues/);
  });
});
