/**
 * Sheets' 10 million cells per spreadsheet: every cell of every sheet's grid counts, empty or not,
 * and a change that would pass the limit is refused whole.
 */
import { describe, expect, it } from 'vitest';
import { createWorkbook } from '../../dev/emulator';

const FULL =
  'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';

/** A workbook whose grids leave `room` cells free: Data is 1,000 × 26; Archive and Pad grow to fit. */
function leaving(room: number) {
  const wb = createWorkbook({ Data: [['a', 'b']], Archive: [['x']], Pad: [['y']] });
  const ss = wb.services.SpreadsheetApp.getActive();
  const archive = ss.getSheetByName('Archive')!;
  const pad = ss.getSheetByName('Pad')!;
  const used = () =>
    ss.getSheets().reduce((cells, sheet) => cells + sheet.getMaxRows() * sheet.getMaxColumns(), 0);
  pad.deleteColumns(2, 25); // rows of one cell, for the last few
  const gap = 10_000_000 - room - used();
  archive.insertRowsAfter(1, Math.floor(gap / 26));
  if (gap % 26 > 0) pad.insertRowsAfter(1, gap % 26);
  expect(10_000_000 - used()).toBe(room);
  return { wb, ss, archive, pad, used };
}

describe('the 10 million cells of a spreadsheet', () => {
  it('grows a grid up to the limit exactly, and refuses one row more whole', () => {
    const { ss, archive, pad, used } = leaving(10);
    expect(() => archive.insertRowsAfter(5, 1)).toThrow(FULL); // 26 cells
    expect(used()).toBe(10_000_000 - 10);
    expect(() => pad.insertRowsAfter(5, 11)).toThrow(FULL);
    pad.insertRowsAfter(5, 10);
    expect(used()).toBe(10_000_000);
    expect(() => ss.getSheetByName('Data')!.insertColumnsAfter(2, 1)).toThrow(FULL);
  });

  it('counts a new sheet as its 1,000 × 26 grid', () => {
    const { ss } = leaving(26_000 - 1);
    expect(() => ss.insertSheet('Report')).toThrow(FULL);
    expect(ss.getSheetByName('Report')).toBeNull();
  });

  it('refuses an appendRow that would grow the grid past the limit, and writes nothing', () => {
    const { wb, ss, used } = leaving(78);
    const data = ss.getSheetByName('Data')!;
    data.getRange(1000, 1).setValue('last row');
    expect(() => data.appendRow(['x', 'y', ...new Array(25).fill('z')])).toThrow(FULL); // 27 columns
    expect(wb.values('Data')).toHaveLength(1000);
    data.appendRow(['fits']); // one more row of 26 cells
    expect(used()).toBe(10_000_000 - 52);
  });
});
