import { describe, expect, it } from 'vitest';
import { createWorkbook } from '../../dev/emulator/index';

const app = (data: Record<string, unknown[][]>) => {
  const wb = createWorkbook(data);
  return { wb, ss: wb.services.SpreadsheetApp.getActive() };
};

describe('Range values', () => {
  it('reads the data range with formula results and blanks', () => {
    const { wb, ss } = app({
      Data: [
        ['a', 'b'],
        [1, '=A2*10'],
        ['', true],
      ],
    });
    expect(wb.values('Data')).toEqual([
      ['a', 'b'],
      [1, 10],
      ['', true],
    ]);
    expect(wb.formulas('Data')).toEqual([
      ['', ''],
      ['', '=A2*10'],
      ['', ''],
    ]);
    expect(ss.getSheetByName('Data')!.getDataRange().getA1Notation()).toBe('A1:B3');
  });

  it('rejects data of the wrong shape with Sheets’ messages', () => {
    const { ss } = app({ Data: [[1]] });
    const r = ss.getRange('Data!A1:B2');
    expect(() => r.setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => r.setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  it('recalculates dependent formulas after every write', () => {
    const { wb, ss } = app({ Data: [[1, '=A1+1', '=B1*2']] });
    ss.getRange('Data!A1').setValue(10);
    expect(wb.values('Data')[0]).toEqual([10, 11, 22]);
  });

  it("treats '=' as a formula and a leading apostrophe as text", () => {
    const { wb, ss } = app({ Data: [[2]] });
    const sh = ss.getSheetByName('Data')!;
    sh.getRange('B1:D1').setValues([['=A1*3', "'=A1", "'0042"]]);
    expect(wb.values('Data')[0]).toEqual([2, 6, '=A1', '0042']);
    expect(sh.getRange('C1').getFormula()).toBe('');
    expect(sh.getRange('B1').getFormula()).toBe('=A1*3');
  });

  it('converts typed strings like Sheets does, except in plain-text cells', () => {
    const { ss } = app({ Data: [[1]] });
    const sh = ss.getSheetByName('Data')!;
    sh.getRange('A1:D1').setValues([['0042', '45%', '1,234.5', 'TRUE']]);
    expect(sh.getRange('A1:D1').getValues()).toEqual([[42, 0.45, 1234.5, true]]);
    sh.getRange('E1').setNumberFormat('@').setValue('0042');
    expect(sh.getRange('E1').getValue()).toBe('0042');
    sh.getRange('F1').setValue('2024-03-01');
    expect(sh.getRange('F1').getValue()).toEqual(new Date(Date.UTC(2024, 2, 1)));
  });

  it('keeps createWorkbook strings as given (numeric text stays text)', () => {
    const { wb } = app({ Data: [['1,234.5', '#N/A', 'true']] });
    expect(wb.values('Data')).toEqual([['1,234.5', '#N/A', 'true']]);
  });

  it('resolves open-ended ranges to the last row of the grid', () => {
    const { ss } = app({ Data: [['h'], [1], [2]] });
    const sh = ss.getSheetByName('Data')!;
    expect(sh.getRange('A2:C').getA1Notation()).toBe('A2:C1000');
    expect(sh.getRange('A:A').getNumRows()).toBe(1000);
    expect(sh.getMaxRows()).toBe(1000);
  });

  it('refuses ranges outside the grid; appendRow grows it', () => {
    const { ss } = app({ Data: [['h']] });
    const sh = ss.getSheetByName('Data')!;
    expect(() => sh.getRange(1001, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sh.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    sh.getRange(1000, 1).setValue('last');
    sh.appendRow(['more', 2]);
    expect(sh.getLastRow()).toBe(1001);
    expect(sh.getMaxRows()).toBe(1001);
  });

  it('offsets, notes, formats and display values', () => {
    const { ss } = app({ Data: [[0.256, new Date(Date.UTC(2024, 0, 15))]] });
    const sh = ss.getSheetByName('Data')!;
    const a = sh.getRange('A1');
    expect(a.offset(1, 1).getA1Notation()).toBe('B2');
    a.setNumberFormat('0.0%').setNote('why').setBackground('#B7E1CD').setFontWeight('bold');
    expect(a.getDisplayValue()).toBe('25.6%');
    expect(a.getNote()).toBe('why');
    expect(a.getBackground()).toBe('#b7e1cd');
    sh.getRange('B1').setNumberFormat('yyyy-mm-dd');
    expect(sh.getRange('B1').getDisplayValue()).toBe('2024-01-15');
    expect(sh.getRange('C1').getNumberFormat()).toBe('0.###############');
  });
});

describe('formulas', () => {
  it('uses named ranges set through SpreadsheetApp', () => {
    const { wb, ss } = app({ 'Health Model': [['Weight'], [2], [3]], Data: [['=SUM(Weights)']] });
    expect(wb.values('Data')[0][0]).toBe('#NAME?');
    ss.setNamedRange('Weights', ss.getRange("'Health Model'!A2:A3"));
    expect(wb.values('Data')[0][0]).toBe(5);
    expect(wb.namedRanges()).toEqual({ Weights: "'Health Model'!A2:A3" });
    ss.getRange("'Health Model'!A2").setValue(10);
    expect(wb.values('Data')[0][0]).toBe(13);
    ss.getNamedRanges()[0].setRange(ss.getRange("'Health Model'!A3"));
    expect(wb.values('Data')[0][0]).toBe(3);
    ss.removeNamedRange('Weights');
    expect(wb.values('Data')[0][0]).toBe('#NAME?');
  });

  it('gives an error for an unquoted sheet name with a space', () => {
    const { wb } = app({ 'Health Model': [[7]], Data: [['=Health Model!A1', "='Health Model'!A1"]] });
    expect(wb.values('Data')[0]).toEqual(['#ERROR!', 7]);
    expect(wb.cellError('Data', 'A1')).toBe('Formula parse error.');
  });

  it('evaluates open-ended ranges to the end of the grid and follows growth', () => {
    const { wb, ss } = app({ Data: [['n', '=SUM(A2:A)', '=ROWS(A2:A)'], [1], [2]] });
    expect(wb.values('Data')[0]).toEqual(['n', 3, 999]);
    const sh = ss.getSheetByName('Data')!;
    sh.insertRowsAfter(1000, 10);
    sh.getRange(1010, 1).setValue(5);
    expect(wb.values('Data')[0]).toEqual(['n', 8, 1009]);
  });

  it('built-in functions work as usual', () => {
    const { wb } = app({
      Data: [[1, '=IF(A1>0,"pos","neg")', '=ROW()', '=LEN("abc")', '=PERCENTILE(A1:A4,0.5)'], [2], [3], [4]],
    });
    expect(wb.values('Data')[0]).toEqual([1, 'pos', 1, 3, 2.5]);
  });

  it('spills ARRAYFORMULA results', () => {
    const { wb } = app({ Data: [[1, '=ARRAYFORMULA(A1:A3*2)'], [2], [3]] });
    expect(wb.values('Data').map((r) => r[1])).toEqual([2, 4, 6]);
  });

  it('shifts formulas, named ranges and rules when rows are inserted or deleted', () => {
    const { wb, ss } = app({ Data: [['h'], [1], [2], ['=SUM(A2:A3)']] });
    const sh = ss.getSheetByName('Data')!;
    ss.setNamedRange('Nums', sh.getRange('A2:A3'));
    sh.insertRowsAfter(1, 1);
    expect(wb.formulas('Data')[4][0]).toBe('=SUM(A3:A4)');
    expect(wb.namedRanges()).toEqual({ Nums: 'Data!A3:A4' });
    expect(wb.values('Data')[4][0]).toBe(3);
    sh.deleteRows(3, 1);
    expect(wb.formulas('Data')[3][0]).toBe('=SUM(A3:A3)');
    expect(wb.values('Data')[3][0]).toBe(2);
  });

  it('renames sheets inside formulas', () => {
    const { wb, ss } = app({ Data: [["='Old Name'!A1"]], 'Old Name': [[4]] });
    ss.getSheetByName('Old Name')!.setName('New Name');
    expect(wb.formulas('Data')[0][0]).toBe("='New Name'!A1");
    expect(wb.values('Data')[0][0]).toBe(4);
  });
});

describe('Spreadsheet', () => {
  it('inserts sheets, refuses duplicates and activates the new one', () => {
    const { ss } = app({ Data: [[1]] });
    const s = ss.insertSheet('Health History', 0);
    expect(ss.getSheets().map((x) => x.getName())).toEqual(['Health History', 'Data']);
    expect(ss.getActiveSheet().getName()).toBe('Health History');
    expect(s.getMaxRows()).toBe(1000);
    expect(() => ss.insertSheet('Data')).toThrow(
      'A sheet with the name "Data" already exists. Please enter another name.',
    );
    expect(ss.getSheetByName('Nope')).toBeNull();
  });
});

describe('Workbook.typed', () => {
  it('gives each stored cell as typed (formula text, value, blank) and evaluates nothing', () => {
    const when = new Date('2026-03-01T00:00:00Z');
    const { wb } = app({
      Data: [
        ['Name', 'Score', 'Since'],
        ['Acme', '=SEQUENCE(2)', when],
        ['', '', ''],
      ],
    });
    const typed = wb.typed('Data');
    expect(typed).toEqual([
      ['Name', 'Score', 'Since'],
      ['Acme', '=SEQUENCE(2)', when],
    ]);
    expect(typed[1][2]).not.toBe(when); // a copy: the caller cannot change the stored date
    // The spilled second row of SEQUENCE is a value, not something typed.
    expect(wb.values('Data').map((row) => row[1])).toEqual(['Score', 1, 2]);
  });
});

describe('cell text limit', () => {
  const TOO_LONG = 'Your input contains more than the maximum of 50000 characters in a single cell.';

  it('refuses a write holding text over 50,000 characters, and writes none of it', () => {
    const { wb, ss } = app({ Data: [['a', 'b']] });
    const range = ss.getSheetByName('Data')!.getRange('A2:B3');
    expect(() =>
      range.setValues([
        ['kept?', 'x'],
        ['y', 'z'.repeat(50_001)],
      ]),
    ).toThrow(TOO_LONG);
    expect(wb.values('Data')).toEqual([['a', 'b']]);
    expect(() => ss.getSheetByName('Data')!.appendRow(['q', `'${'w'.repeat(50_000)}`])).toThrow(TOO_LONG);
    range.setValues([
      ['ok', 'v'.repeat(50_000)],
      ['', ''],
    ]);
    expect(String(wb.values('Data')[1][1])).toHaveLength(50_000);
  });
});
