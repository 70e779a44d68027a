/**
 * Open-ended ranges ('A95:A', 'B5:B', 'C:C') move with inserted and deleted rows as closed ones
 * do, and keep running to the end of the grid, in formulas, named ranges and conditional formats.
 * https://support.google.com/docs/answer/6208276 (Insert, delete or move cells) and
 * https://developers.google.com/sheets/api/reference/rest/v4/other#GridRange (unbounded ranges)
 */
import { describe, expect, it } from 'vitest';
import { createWorkbook } from '../../dev/emulator';

function column(n: number, start = 1): unknown[][] {
  return Array.from({ length: n }, (_, i) => [start + i]);
}

describe('open-ended ranges in formulas', () => {
  const setup = () => {
    const wb = createWorkbook({ Data: column(120) }); // A1:A120 = 1..120, grid 1000 rows
    const data = wb.services.SpreadsheetApp.getActive().getSheetByName('Data')!;
    data.getRange('C1').setFormula('=SUM(A95:A)');
    return { wb, data };
  };
  const sum = (from: number, to: number) => ((from + to) * (to - from + 1)) / 2;

  it('moves the start up when a row above is deleted (=SUM(A95:A) → =SUM(A94:A))', () => {
    const { data } = setup();
    expect(data.getRange('C1').getValue()).toBe(sum(95, 120));
    data.deleteRow(10);
    expect(data.getRange('C1').getFormula()).toBe('=SUM(A94:A)');
    expect(data.getRange('C1').getValue()).toBe(sum(95, 120)); // the same cells, now one row up
  });

  it('moves the start down when rows are inserted above, and keeps it for rows inserted or deleted inside', () => {
    const { data } = setup();
    data.insertRowsBefore(5, 2);
    expect(data.getRange('C1').getFormula()).toBe('=SUM(A97:A)');
    data.deleteRows(100, 6); // inside the range: values 98..103
    expect(data.getRange('C1').getFormula()).toBe('=SUM(A97:A)');
    data.insertRowsAfter(110, 3); // inside the range
    expect(data.getRange('C1').getFormula()).toBe('=SUM(A97:A)');
    expect(data.getRange('C1').getValue()).toBe(sum(95, 120) - sum(98, 103));
  });

  it('moves the start to the first row after a deletion that took it, and is #REF! when all of it went', () => {
    const { wb, data } = setup();
    data.deleteRows(90, 11); // rows 90..100: the start (95) goes, the range now starts at 90
    expect(data.getRange('C1').getFormula()).toBe('=SUM(A90:A)');
    expect(data.getRange('C1').getValue()).toBe(sum(101, 120));
    data.deleteRows(90, data.getMaxRows() - 89); // every row from the start to the end of the grid
    expect(data.getRange('C1').getFormula()).toBe('=SUM(#REF!)');
    expect(wb.values('Data')[0][2]).toBe('#REF!');
  });

  it('shifts references from other sheets too', () => {
    const wb = createWorkbook({ Data: column(10), Summary: [['=SUM(Data!A5:A)', "=COUNT('Data'!B2:C)"]] });
    const data = wb.services.SpreadsheetApp.getActive().getSheetByName('Data')!;
    data.deleteRows(2, 2);
    expect(wb.formulas('Summary')[0]).toEqual(['=SUM(Data!A3:A)', '=COUNT(Data!B2:C)']);
    expect(wb.values('Summary')[0][0]).toBe(sum(5, 10));
  });
});

describe('open-ended named ranges', () => {
  it('keep their start moving like a closed range and their end at the end of the grid', () => {
    const wb = createWorkbook({ Data: column(20) });
    const ss = wb.services.SpreadsheetApp.getActive();
    const data = ss.getSheetByName('Data')!;
    ss.setNamedRange('Tail', data.getRange('A5:A'));
    data.getRange('C1').setFormula('=SUM(Tail)');
    data.insertRowsAfter(1, 3);
    expect(wb.namedRanges().Tail).toBe('Data!A8:A1003');
    data.deleteRow(2);
    expect(wb.namedRanges().Tail).toBe('Data!A7:A1002');
    // Rows added after the last row belong to the open range (a closed A7:A1002 would stop short).
    data.insertRowsAfter(data.getMaxRows(), 5);
    expect(wb.namedRanges().Tail).toBe('Data!A7:A1007');
    data.getRange('A1007').setValue(1000);
    expect(data.getRange('C1').getValue()).toBe(sum(5, 20) + 1000);
    expect(ss.getRangeByName('Tail')!.getLastRow()).toBe(1007);
    data.appendRow([5000]);
    expect(wb.namedRanges().Tail).toBe('Data!A7:A1008');
  });

  it('a whole-column range stays whole when rows are inserted at the top', () => {
    const wb = createWorkbook({ Data: column(3) });
    const ss = wb.services.SpreadsheetApp.getActive();
    const data = ss.getSheetByName('Data')!;
    ss.setNamedRange('Everything', data.getRange('A:A'));
    data.getRange('B1').setFormula('=SUM(Everything)');
    data.insertRowsBefore(1, 2);
    expect(wb.namedRanges().Everything).toBe('Data!A1:A1002');
    data.getRange('A1').setValue(100);
    expect(data.getRange('B3').getValue()).toBe(106);
  });

  const sum = (from: number, to: number) => ((from + to) * (to - from + 1)) / 2;
});

describe('open-ended conditional-format ranges', () => {
  it('move with deleted rows and cover rows added at the end of the grid', () => {
    const rows: unknown[][] = [['Score'], ...column(12, 80)];
    const wb = createWorkbook({ Accounts: rows });
    const ss = wb.services.SpreadsheetApp;
    const sheet = ss.getActive().getSheetByName('Accounts')!;
    sheet.setConditionalFormatRules([
      ss
        .newConditionalFormatRule()
        .whenNumberGreaterThan(0)
        .setBackground('#b7e1cd')
        .setRanges([sheet.getRange('A5:A')])
        .build(),
    ]);
    sheet.deleteRows(2, 2);
    expect(wb.conditionalFormats('Accounts')[0].ranges).toEqual(['A3:A998']);
    expect(wb.cellBackground('Accounts', 'A2')).toBeNull();
    expect(wb.cellBackground('Accounts', 'A3')).toBe('#b7e1cd');
    sheet.insertRowsAfter(sheet.getMaxRows(), 10);
    expect(wb.conditionalFormats('Accounts')[0].ranges).toEqual(['A3:A1008']);
    sheet.getRange('A1008').setValue(7);
    expect(wb.cellBackground('Accounts', 'A1008')).toBe('#b7e1cd');
    sheet.appendRow([9]); // grows the grid to 1009 rows
    expect(sheet.getLastRow()).toBe(1009);
    expect(wb.conditionalFormats('Accounts')[0].ranges).toEqual(['A3:A1009']);
    expect(wb.cellBackground('Accounts', 'A1009')).toBe('#b7e1cd');
  });
});
