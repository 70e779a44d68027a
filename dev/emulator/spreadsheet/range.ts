// Range: reads/writes a rectangular block of one sheet. Shape errors use Sheets' exact messages.
import { type GridRange, rangeA1 } from '../a1';
import { GasObject } from '../counting';
import type { Cell, SheetModel } from '../model';
import { DEFAULT_NUMBER_FORMAT, displayValue } from '../values';
import type { Workbook } from '../workbook';
import { normalizeColor } from './color';
import { DataValidation } from './data-validation';
import { Sheet } from './sheet';

type R = GoogleAppsScript.Spreadsheet.Range;
/** The part of the Apps Script Range API the emulator implements. */
export type RangeApi = Pick<
  R,
  | 'getValues'
  | 'getValue'
  | 'getDisplayValues'
  | 'getDisplayValue'
  | 'getFormulas'
  | 'getFormula'
  | 'getA1Notation'
  | 'getRow'
  | 'getColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getNumberFormats'
  | 'getNumberFormat'
  | 'getBackground'
  | 'getBackgrounds'
  | 'getNote'
  | 'getNotes'
  | 'isBlank'
>;

export class Range extends GasObject implements RangeApi {
  constructor(
    readonly wb: Workbook,
    readonly sheet: SheetModel,
    readonly grid: GridRange,
  ) {
    super();
  }

  private *cells(): Generator<[number, number]> {
    const g = this.grid;
    for (let r = g.row; r < g.row + g.numRows; r++)
      for (let c = g.col; c < g.col + g.numCols; c++) yield [r, c];
  }

  private map<T>(fn: (row: number, col: number) => T): T[][] {
    const g = this.grid;
    const out = this.wb.arr<T[]>([]);
    for (let r = g.row; r < g.row + g.numRows; r++) {
      const line = this.wb.arr<T>([]);
      for (let c = g.col; c < g.col + g.numCols; c++) line.push(fn(r, c));
      out.push(line);
    }
    return out;
  }

  private each(fn: (cell: Cell) => void): this {
    for (const [r, c] of this.cells()) fn(this.sheet.ensure(r, c));
    return this;
  }

  /** Sheets' shape check for every set…s(values[][]) method. */
  private checkShape(data: unknown, method: string): unknown[][] {
    if (!Array.isArray(data) || data.some((row) => !Array.isArray(row))) {
      throw this.wb.error(
        `The parameters (${typeof data}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    const rows = data as unknown[][];
    if (rows.length !== this.grid.numRows) {
      throw this.wb.error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${this.grid.numRows}.`,
      );
    }
    for (const row of rows) {
      if (row.length !== this.grid.numCols) {
        throw this.wb.error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.grid.numCols}.`,
        );
      }
    }
    return rows;
  }

  private fill<T>(value: T): T[][] {
    return Array.from({ length: this.grid.numRows }, () => new Array<T>(this.grid.numCols).fill(value));
  }

  // ---- values and formulas ----------------------------------------------------------------

  getValues(): unknown[][] {
    return this.map((r, c) => this.wb.toRealm(this.wb.readCell(this.sheet, r, c)));
  }
  getValue(): unknown {
    return this.wb.toRealm(this.wb.readCell(this.sheet, this.grid.row, this.grid.col));
  }
  getDisplayValues(): string[][] {
    return this.map((r, c) =>
      displayValue(this.wb.readCell(this.sheet, r, c), this.sheet.get(r, c)?.fmt, this.wb.timeZone),
    );
  }
  getDisplayValue(): string {
    const { row, col } = this.grid;
    return displayValue(
      this.wb.readCell(this.sheet, row, col),
      this.sheet.get(row, col)?.fmt,
      this.wb.timeZone,
    );
  }
  setValues(values: unknown[][]): Range {
    this.wb.write(this.sheet, this.grid.row, this.grid.col, this.checkShape(values, 'setValues'), 'typed');
    return this;
  }
  setValue(value: unknown): Range {
    if (typeof value === 'string' && value.length > 1 && value.startsWith('=')) return this.setFormula(value);
    this.wb.write(this.sheet, this.grid.row, this.grid.col, this.fill(value), 'typed');
    return this;
  }
  getFormulas(): string[][] {
    return this.map((r, c) => this.sheet.get(r, c)?.f ?? '');
  }
  getFormula(): string {
    return this.sheet.get(this.grid.row, this.grid.col)?.f ?? '';
  }
  setFormulas(formulas: string[][]): Range {
    this.wb.write(
      this.sheet,
      this.grid.row,
      this.grid.col,
      this.checkShape(formulas, 'setFormulas'),
      'formula',
    );
    return this;
  }
  setFormula(formula: string): Range {
    // On a multi-cell range Sheets writes the formula to every cell, moving relative references.
    if (typeof formula === 'string' && formula.startsWith('='))
      this.wb.fillFormula(this.sheet, this.grid, formula);
    else this.wb.write(this.sheet, this.grid.row, this.grid.col, this.fill(formula), 'formula');
    return this;
  }
  clearContent(): Range {
    this.wb.write(this.sheet, this.grid.row, this.grid.col, this.fill(''), 'raw');
    return this;
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): Range {
    if (!options?.formatOnly) this.clearContent();
    if (!options?.contentsOnly) this.clearFormat();
    return this;
  }
  clearFormat(): Range {
    return this.each((c) => {
      delete c.fmt;
      delete c.bg;
      delete c.fontColor;
      delete c.fontWeight;
    });
  }
  isBlank(): boolean {
    for (const [r, c] of this.cells()) if (this.wb.readCell(this.sheet, r, c) !== '') return false;
    return true;
  }

  // ---- geometry ---------------------------------------------------------------------------

  getA1Notation(): string {
    return rangeA1(this.grid);
  }
  getRow(): number {
    return this.grid.row;
  }
  getRowIndex(): number {
    return this.grid.row;
  }
  getColumn(): number {
    return this.grid.col;
  }
  getNumRows(): number {
    return this.grid.numRows;
  }
  getNumColumns(): number {
    return this.grid.numCols;
  }
  getHeight(): number {
    return this.grid.numRows;
  }
  getWidth(): number {
    return this.grid.numCols;
  }
  getLastRow(): number {
    return this.grid.row + this.grid.numRows - 1;
  }
  getLastColumn(): number {
    return this.grid.col + this.grid.numCols - 1;
  }
  getSheet(): Sheet {
    return new Sheet(this.wb, this.sheet);
  }
  getGridId(): number {
    return this.sheet.id;
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return new Sheet(this.wb, this.sheet).getRange(
      this.grid.row + rowOffset,
      this.grid.col + columnOffset,
      numRows ?? this.grid.numRows,
      numColumns ?? this.grid.numCols,
    );
  }
  getCell(row: number, column: number): Range {
    return this.offset(row - 1, column - 1, 1, 1);
  }
  activate(): Range {
    this.wb.activeSheet = this.sheet;
    return this;
  }

  // ---- formats ----------------------------------------------------------------------------

  setNumberFormat(format: string): Range {
    return this.each((c) => {
      c.fmt = format;
    });
  }
  setNumberFormats(formats: string[][]): Range {
    const rows = this.checkShape(formats, 'setNumberFormats');
    for (const [r, c] of this.cells())
      this.sheet.ensure(r, c).fmt = String(rows[r - this.grid.row][c - this.grid.col]);
    return this;
  }
  getNumberFormat(): string {
    return this.sheet.get(this.grid.row, this.grid.col)?.fmt ?? DEFAULT_NUMBER_FORMAT;
  }
  getNumberFormats(): string[][] {
    return this.map((r, c) => this.sheet.get(r, c)?.fmt ?? DEFAULT_NUMBER_FORMAT);
  }
  setBackground(color: string | null): Range {
    return this.each((c) => {
      c.bg = normalizeColor(color);
    });
  }
  setBackgrounds(colors: (string | null)[][]): Range {
    const rows = this.checkShape(colors, 'setBackgrounds');
    for (const [r, c] of this.cells()) {
      this.sheet.ensure(r, c).bg = normalizeColor(
        rows[r - this.grid.row][c - this.grid.col] as string | null,
      );
    }
    return this;
  }
  getBackground(): string {
    return this.sheet.get(this.grid.row, this.grid.col)?.bg ?? '#ffffff';
  }
  getBackgrounds(): string[][] {
    return this.map((r, c) => this.sheet.get(r, c)?.bg ?? '#ffffff');
  }
  setFontWeight(weight: string | null): Range {
    return this.each((c) => {
      c.fontWeight = weight ?? 'normal';
    });
  }
  setFontWeights(weights: string[][]): Range {
    const rows = this.checkShape(weights, 'setFontWeights');
    for (const [r, c] of this.cells())
      this.sheet.ensure(r, c).fontWeight = String(rows[r - this.grid.row][c - this.grid.col]);
    return this;
  }
  getFontWeight(): string {
    return this.sheet.get(this.grid.row, this.grid.col)?.fontWeight ?? 'normal';
  }
  getFontWeights(): string[][] {
    return this.map((r, c) => this.sheet.get(r, c)?.fontWeight ?? 'normal');
  }
  setFontColor(color: string | null): Range {
    return this.each((c) => {
      c.fontColor = normalizeColor(color) ?? '#000000';
    });
  }
  getFontColor(): string {
    return this.sheet.get(this.grid.row, this.grid.col)?.fontColor ?? '#000000';
  }
  // Layout-only setters: accepted and ignored.
  setHorizontalAlignment(): Range {
    return this;
  }
  setVerticalAlignment(): Range {
    return this;
  }
  setWrap(): Range {
    return this;
  }
  setWrapStrategy(): Range {
    return this;
  }
  setFontSize(): Range {
    return this;
  }
  setFontFamily(): Range {
    return this;
  }
  setFontStyle(): Range {
    return this;
  }
  setBorder(): Range {
    return this;
  }

  // ---- notes and validation ---------------------------------------------------------------

  setNote(note: string | null): Range {
    return this.each((c) => {
      c.note = note ?? '';
    });
  }
  setNotes(notes: (string | null)[][]): Range {
    const rows = this.checkShape(notes, 'setNotes');
    for (const [r, c] of this.cells())
      this.sheet.ensure(r, c).note = String(rows[r - this.grid.row][c - this.grid.col] ?? '');
    return this;
  }
  clearNote(): Range {
    return this.setNote('');
  }
  getNote(): string {
    return this.sheet.get(this.grid.row, this.grid.col)?.note ?? '';
  }
  getNotes(): string[][] {
    return this.map((r, c) => this.sheet.get(r, c)?.note ?? '');
  }
  setDataValidation(rule: DataValidation | null): Range {
    return this.each((c) => {
      c.dv = rule ? { ...rule.data, values: [...rule.data.values] } : null;
    });
  }
  setDataValidations(rules: (DataValidation | null)[][]): Range {
    const rows = this.checkShape(rules, 'setDataValidations') as (DataValidation | null)[][];
    for (const [r, c] of this.cells()) {
      const rule = rows[r - this.grid.row][c - this.grid.col];
      this.sheet.ensure(r, c).dv = rule ? { ...rule.data } : null;
    }
    return this;
  }
  clearDataValidations(): Range {
    return this.setDataValidation(null);
  }
  getDataValidation(): DataValidation | null {
    const dv = this.sheet.get(this.grid.row, this.grid.col)?.dv;
    return dv ? new DataValidation(this.wb, dv) : null;
  }
  getDataValidations(): (DataValidation | null)[][] {
    return this.map((r, c) => {
      const dv = this.sheet.get(r, c)?.dv;
      return dv ? new DataValidation(this.wb, dv) : null;
    });
  }
}
