import { describe, expect, it } from 'vitest';
import { colToLetters, lettersToCol, parseA1, rangeA1, resolveA1 } from '../../dev/emulator/a1';
import { expandOpenRanges, offsetRefs, shiftRefs } from '../../dev/emulator/refs';

describe('A1 notation', () => {
  it('converts columns both ways', () => {
    expect(colToLetters(1)).toBe('A');
    expect(colToLetters(26)).toBe('Z');
    expect(colToLetters(27)).toBe('AA');
    expect(colToLetters(703)).toBe('AAA');
    expect(lettersToCol('az')).toBe(52);
  });

  it('parses cells, ranges, sheets and open-ended ranges', () => {
    expect(parseA1('B3')).toEqual({ sheet: undefined, startRow: 3, startCol: 2, endRow: 3, endCol: 2 });
    expect(parseA1("'Health Model'!A1:H8")).toMatchObject({ sheet: 'Health Model', endRow: 8, endCol: 8 });
    expect(parseA1("'It''s'!A1")?.sheet).toBe("It's");
    expect(parseA1('Data!$A$2:$C')).toMatchObject({
      sheet: 'Data',
      startRow: 2,
      endRow: undefined,
      endCol: 3,
    });
    expect(parseA1('nonsense')).toBeNull();
    expect(parseA1('A1:B2:C3')).toBeNull();
  });

  it('resolves open ends against the grid like Sheets', () => {
    // The bounds the text left open are remembered: named and conditional-format ranges keep them open.
    expect(resolveA1(parseA1('A2:C')!, 1000, 26)).toEqual({
      row: 2,
      col: 1,
      numRows: 999,
      numCols: 3,
      open: { endRow: true },
    });
    expect(resolveA1(parseA1('A:C')!, 1000, 26)).toEqual({
      row: 1,
      col: 1,
      numRows: 1000,
      numCols: 3,
      open: { startRow: true, endRow: true },
    });
    expect(resolveA1(parseA1('2:5')!, 1000, 26)).toEqual({
      row: 2,
      col: 1,
      numRows: 4,
      numCols: 26,
      open: { startCol: true, endCol: true },
    });
    expect(resolveA1(parseA1('C3:A1')!, 1000, 26)).toEqual({ row: 1, col: 1, numRows: 3, numCols: 3 });
    expect(rangeA1({ row: 2, col: 1, numRows: 9, numCols: 12 })).toBe('A2:L10');
  });
});

describe('formula references', () => {
  const size = () => ({ rows: 1000, cols: 26 });

  it('expands open-ended ranges and leaves strings, names and functions alone', () => {
    expect(expandOpenRanges('=SUM(A2:C)+LOG10(2)', 'S', size)).toBe('=SUM(A2:C1000)+LOG10(2)');
    expect(expandOpenRanges("=COUNTA('My Sheet'!B:B)", 'S', size)).toBe("=COUNTA('My Sheet'!B1:B1000)");
    expect(expandOpenRanges('="A2:C"&HealthModel', 'S', size)).toBe('="A2:C"&HealthModel');
    expect(expandOpenRanges('=ROWS(2:3)', 'S', size)).toBe('=ROWS(A2:Z3)');
  });

  it('shifts references on insertion and deletion', () => {
    expect(shiftRefs('=SUM(A1:A10)+B5', 'S', 'S', 'row', 3, 2)).toBe('=SUM(A1:A12)+B7');
    expect(shiftRefs('=Other!A5', 'S', 'S', 'row', 1, 1)).toBe('=Other!A5');
    expect(shiftRefs('=A5+A2', 'S', 'S', 'row', 5, -1)).toBe('=#REF!+A2');
    expect(shiftRefs('=SUM(A1:A10)', 'S', 'S', 'row', 2, -3)).toBe('=SUM(A1:A7)');
  });

  it('moves relative parts only', () => {
    expect(offsetRefs('=$C2>=HealthyAt', 3, 1)).toBe('=$C5>=HealthyAt');
    expect(offsetRefs('=A$1+B2', 1, 1)).toBe('=B$1+C3');
  });
});
