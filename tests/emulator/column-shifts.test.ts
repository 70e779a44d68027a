/**
 * Inserting and deleting columns moves references like Sheets does
 * (https://support.google.com/docs/answer/6208276): open-ended row ranges ('A2:H') widen or
 * narrow when columns go in or out inside them, keep their open end, and conditional-format
 * custom formulas move with their ranges. A formula reading exactly the area of an array result
 * that is an error gets that error instead of crashing the engine.
 */
import { describe, expect, it } from 'vitest';
import { createWorkbook } from '../../dev/emulator/index';
import { loadScript } from './load-script';

function scene() {
  const wb = createWorkbook({
    Data: [
      ['a', 'b', 'c', 'sum', 'label'],
      [1, 2, 3, '=SUM(A2:C)', '=IF(D2>5,"big","small")'],
      [4, 5, 6],
    ],
    Other: [['=SUM(Data!B2:C)']],
  });
  const sheet = wb.services.SpreadsheetApp.getActive().getSheetByName('Data')!;
  const rule = wb.services.SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied('=$E2="big"')
    .setBackground('#b7e1cd')
    .setRanges([sheet.getRange('D2:E')])
    .build();
  sheet.setConditionalFormatRules([rule]);
  return { wb, sheet };
}

describe('columns inserted or deleted', () => {
  it('inside an open-ended range widen it, and the formulas reading it keep their results', () => {
    const { wb, sheet } = scene();
    sheet.insertColumnBefore(2);
    expect(wb.formulas('Data')[1].slice(4)).toEqual(['=SUM(A2:D)', '=IF(E2>5,"big","small")']);
    expect(wb.formulas('Other')[0][0]).toBe('=SUM(Data!C2:D)');
    expect(wb.values('Data')[1][4]).toBe(21);
    sheet.getRange('B3').setValue(100);
    expect(wb.values('Data')[1][4]).toBe(121);
  });

  it('inside it narrow it; at its edge leave it as it is', () => {
    const { wb, sheet } = scene();
    sheet.deleteColumn(2);
    expect(wb.formulas('Data')[1][2]).toBe('=SUM(A2:B)');
    expect(wb.formulas('Other')[0][0]).toBe('=SUM(Data!B2:B)');
    sheet.insertColumnBefore(3); // right after the range: not inside it
    expect(wb.formulas('Data')[1][3]).toBe('=SUM(A2:B)');
  });

  it('move conditional-format ranges and their custom formulas together', () => {
    const { wb, sheet } = scene();
    expect(wb.cellBackground('Data', 'D2')).toBe('#b7e1cd');
    sheet.insertColumnBefore(1);
    expect(wb.conditionalFormats('Data')[0]).toMatchObject({ values: ['=$F2="big"'] });
    expect(wb.conditionalFormats('Data')[0].ranges[0]).toMatch(/^E2:F/);
    expect(wb.cellBackground('Data', 'E2')).toBe('#b7e1cd');
    sheet.deleteColumns(1, 2);
    expect(wb.conditionalFormats('Data')[0]).toMatchObject({ values: ['=$D2="big"'] });
    expect(wb.cellBackground('Data', 'C2')).toBe('#b7e1cd');
  });
});

describe('an array result that is an error', () => {
  it('is the value of a formula reading exactly its area (no "Unknown array")', () => {
    const wb = createWorkbook({
      Source: [
        [1, 2],
        [3, 4],
      ],
      Array: [],
      Reader: [],
    });
    loadScript(
      wb,
      '/** @customfunction */\nfunction TOTAL(range) { return range.flat().reduce(function (a, b) { return a + b; }, 0); }',
    );
    const spreadsheet = wb.services.SpreadsheetApp.getActive();
    spreadsheet.getSheetByName('Array')!.getRange('A1').setFormula('=ARRAYFORMULA(Source!A1:B2*2)');
    spreadsheet
      .getSheetByName('Reader')!
      .getRange('A1:B1')
      .setFormulas([['=SUM(Array!A1:B2)', '=TOTAL(Array!A1:B2)']]);
    expect(wb.values('Reader')[0]).toEqual([20, 20]);
    spreadsheet.deleteSheet(spreadsheet.getSheetByName('Source')!);
    expect(wb.values('Reader')[0]).toEqual(['#REF!', '#REF!']);
  });
});
