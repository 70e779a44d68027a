import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkbook, loadAddon } from '../../dev/emulator/index';

const FIXTURE = 'tests/emulator/fixtures/Code.js';

function setup(data: Record<string, unknown[][]>) {
  const wb = createWorkbook(data);
  const scope = loadAddon(wb, FIXTURE);
  return {
    wb,
    scope,
    get ss() {
      return wb.services.SpreadsheetApp.getActive();
    },
  };
}

describe('loadAddon and custom functions', () => {
  it('registers all-caps top-level functions and recalculates on writes', () => {
    const { wb, ss } = setup({ Data: [[3, '=DOUBLE(A1)', '=double(B1)']] });
    expect(wb.values('Data')[0]).toEqual([3, 6, 12]);
    ss.getRange('Data!A1').setValue(5);
    expect(wb.values('Data')[0]).toEqual([5, 10, 20]);
  });

  it('exposes the script scope but not helpers as custom functions', () => {
    const { wb, scope } = setup({ Data: [['=helper_()', '=onOpen()']] });
    expect(typeof scope.helper_).toBe('function');
    expect(wb.values('Data')[0]).toEqual(['#NAME?', '#NAME?']);
  });

  it('passes scalars for single cells, 2-D arrays for ranges, blanks as ""', () => {
    const { wb } = setup({
      Data: [
        [1, '', '=KIND(A1)', '=KIND(B1)', '=KIND(A1:B2)', '=KIND(A1:A1)', '=KIND(TRUE)'],
        [true, 'x'],
      ],
    });
    expect(wb.values('Data')[0].slice(2)).toEqual([
      'number:1',
      'string:',
      'array:2x2:true',
      'number:1',
      'boolean:true',
    ]);
  });

  it('passes Date objects of the script realm, never serial numbers', () => {
    const day = new Date(Date.UTC(2024, 4, 17));
    const { wb, ss } = setup({ Data: [[day, '=KIND(A1)', '=NEXTDAY(A1)', '=KIND(C1)', '=A1+1']] });
    const row = wb.values('Data')[0];
    expect(row[1]).toBe('date:2024-05-17');
    expect(row[2]).toEqual(new Date(Date.UTC(2024, 4, 18)));
    expect(row[3]).toBe('date:2024-05-18');
    expect(row[4]).toEqual(new Date(Date.UTC(2024, 4, 18))); // date + number stays a date, as in Sheets
    expect(ss.getRange('Data!A1').getValue()).not.toBeInstanceOf(Date); // script-realm Date…
    expect(Object.prototype.toString.call(ss.getRange('Data!A1').getValue())).toBe('[object Date]');
  });

  it('shows #ERROR! with the thrown message', () => {
    const { wb } = setup({ Data: [['=FAIL("row 3")']] });
    expect(wb.values('Data')[0][0]).toBe('#ERROR!');
    expect(wb.cellError('Data', 'A1')).toBe('Bad input: row 3');
    expect(wb.cellError('Data', 'B1')).toBeNull();
  });

  it('spills 2-D results and gives #REF! when the spill is blocked', () => {
    const { wb, ss } = setup({ Data: [['=BLOCK(2,3)']] });
    expect(wb.values('Data')).toEqual([
      [11, 12, 13],
      [21, 22, 23],
    ]);
    ss.getRange('Data!B2').setValue('block');
    expect(wb.values('Data')[0][0]).toBe('#REF!');
    expect(wb.cellError('Data', 'A1')).toMatch(/overwrite data/);
    ss.getRange('Data!B2').clearContent();
    expect(wb.values('Data')[0]).toEqual([11, 12, 13]);
    ss.getRange('Data!A1').setFormula('=BLOCK(3,1)');
    expect(wb.values('Data')).toEqual([[11], [21], [31]]);
  });

  it('lets formulas depend on spilled cells', () => {
    const { wb } = setup({ Data: [['=BLOCK(3,1)', '=SUM(A1:A3)', '=DOUBLE(A3)']] });
    expect(wb.values('Data')[0].slice(1)).toEqual([63, 62]);
  });

  it('keeps spills right across row insertion, deletion and grid growth', () => {
    const { wb, ss } = setup({ Data: [['n', '=DOUBLE(A2:A4)'], [1], [2], [3]] });
    const sh = ss.getSheetByName('Data')!;
    sh.insertRowsBefore(1, 1);
    expect(wb.formulas('Data')[1][1]).toBe('=DOUBLE(A3:A5)');
    expect(wb.values('Data').map((r) => r[1])).toEqual(['', 2, 4, 6, '']);
    sh.deleteRows(3, 1);
    expect(wb.formulas('Data')[1][1]).toBe('=DOUBLE(A3:A4)');
    expect(wb.values('Data').map((r) => r[1])).toEqual(['', 4, 6, '']);
    sh.getRange('C1').setFormula('=NONBLANK(A1:A)');
    sh.getRange(sh.getMaxRows(), 1).setValue('x');
    sh.appendRow(['y']);
    expect(sh.getRange('C1').getValue()).toBe(5); // n, 2, 3, x and the appended y
  });

  it('recalculates one custom formula over 10,000 rows well under a second', () => {
    const rows: unknown[][] = [['n', '=COLSUM(A2:A)']];
    for (let i = 1; i <= 10_000; i++) rows.push([i]);
    const { wb, ss } = setup({ Data: rows });
    expect(wb.values('Data')[0][1]).toBe(50_005_000);
    const t0 = performance.now();
    ss.getRange('Data!A2').setValue(1001);
    expect(ss.getRange('Data!B1').getValue()).toBe(50_006_000);
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it('gives the script realm’s Error for service errors', () => {
    const { scope } = setup({ Data: [[1]] });
    expect((scope.tryWriteWrongShape as () => string)()).toMatch(/^true:The number of rows in the data/);
    expect((scope.firstIsDate as (s: string) => boolean)('Data')).toBe(false);
  });
});

describe('call counting', () => {
  it('counts every method call on every service object', () => {
    const { wb, scope } = setup({ Data: [[1, 2]] });
    expect(wb.serviceCalls()).toBe(0);
    (scope.readValues as (s: string) => unknown)('Data');
    // getActive, getSheetByName, getDataRange, getValues
    expect(wb.serviceCalls('SpreadsheetApp')).toBe(4);
    wb.services.PropertiesService.getDocumentProperties().setProperty('a', 1);
    expect(wb.serviceCalls('PropertiesService')).toBe(2);
    expect(wb.serviceCalls()).toBe(6);
    wb.values('Data'); // test helpers do not count
    expect(wb.serviceCalls()).toBe(6);
  });
});

describe('HtmlService and Ui', () => {
  it('evaluates templates in the add-on scope and records the sidebar and menu', () => {
    // HTML files are read from the folder of the loaded script.
    const dir = mkdtempSync(join(tmpdir(), 'emulator-'));
    copyFileSync(FIXTURE, join(dir, 'Code.js'));
    writeFileSync(
      join(dir, 'Sidebar.html'),
      "<div>Hello <?= user ?>, raw <?!= '<b>x</b>' ?></div>\n<? for (var i = 0; i < 3; i++) { ?><i><?= i ?></i><? } ?>\n<?!= include('Styles') ?>",
    );
    writeFileSync(join(dir, 'Styles.html'), '<style>.x{color:red}</style>');
    const wb = createWorkbook({ Data: [[1]] });
    const scope = loadAddon(wb, join(dir, 'Code.js'));
    wb.simpleTrigger('onOpen', scope); // in AuthMode.NONE, as Sheets runs an add-on's onOpen
    expect(wb.ui.menus).toEqual([
      {
        name: 'Add-on',
        items: [
          { caption: 'Open sidebar', functionName: 'showSidebar' },
          { separator: true },
          { caption: 'Apply', functionName: 'apply' },
        ],
      },
    ]);
    (scope.showSidebar as () => void)();
    expect(wb.ui.sidebar?.title).toBe('Health');
    expect(wb.ui.sidebar?.html).toContain('Hello &lt;Ann&gt;, raw <b>x</b>');
    expect(wb.ui.sidebar?.html).toContain('<i>0</i><i>1</i><i>2</i>');
    expect(wb.ui.sidebar?.html).toContain('<style>.x{color:red}</style>');
  });

  it('records alerts, prompts and toasts with queued answers', () => {
    const wb = createWorkbook({ Data: [[1]] });
    const ui = wb.services.SpreadsheetApp.getUi();
    wb.ui.responses.push('NO', { button: 'OK', text: 'Acme' });
    expect(ui.alert('Sure?', 'Replace the model?', ui.ButtonSet.YES_NO)).toBe('NO');
    expect(ui.prompt('Account?').getResponseText()).toBe('Acme');
    expect(ui.alert('Done')).toBe('OK');
    wb.services.SpreadsheetApp.getActive().toast('Saved', 'Health');
    expect(wb.ui.alerts.map((a) => a.prompt)).toEqual(['Replace the model?', 'Done']);
    expect(wb.ui.toasts[0]).toMatchObject({ message: 'Saved', title: 'Health' });
  });
});
