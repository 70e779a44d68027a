// Sheet: one tab. Ranges must lie inside the grid (maxRows × maxColumns) like in Sheets, where
// getRange beyond the last row throws; appendRow and insertRows… grow the grid.
import { type GridRange, parseA1 } from '../a1';
import { GasObject } from '../counting';
import type { SheetModel } from '../model';
import type { Workbook } from '../workbook';
import { type ConditionalFormatRule, dataFromRule, ruleFromData } from './conditional-format';
import { Range } from './range';
import { Spreadsheet } from './spreadsheet';

type S = GoogleAppsScript.Spreadsheet.Sheet;
export type SheetApi = Pick<
  S,
  | 'getName'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'getFrozenRows'
  | 'getFrozenColumns'
  | 'getSheetId'
  | 'getIndex'
  | 'isSheetHidden'
>;

export class Sheet extends GasObject implements SheetApi {
  constructor(
    readonly wb: Workbook,
    readonly model: SheetModel,
  ) {
    super();
  }

  getName(): string {
    return this.model.name;
  }
  setName(name: string): Sheet {
    this.wb.renameSheet(this.model, name);
    return this;
  }
  getSheetId(): number {
    return this.model.id;
  }
  getIndex(): number {
    return this.wb.sheets.indexOf(this.model) + 1;
  }
  getParent(): Spreadsheet {
    return new Spreadsheet(this.wb);
  }
  /** The URL of the form that sends its responses to this sheet (workbook.addForm), else null. */
  getFormUrl(): string | null {
    return this.wb.formUrlFor(this.model);
  }

  getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number): Range {
    if (typeof a1OrRow === 'string') {
      const p = parseA1(a1OrRow);
      if (!p || (p.sheet !== undefined && p.sheet.toLowerCase() !== this.model.name.toLowerCase())) {
        throw this.wb.error('Range not found');
      }
      const { range } = this.wb.resolve(a1OrRow.replace(/^.*!/, ''), this.model);
      return this.checked(range);
    }
    const row = a1OrRow;
    if (column === undefined)
      throw this.wb.error(
        "The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
      );
    return this.checked({ row, col: column, numRows: numRows ?? 1, numCols: numColumns ?? 1 });
  }

  private checked(g: GridRange): Range {
    if (!Number.isFinite(g.row) || g.row < 1)
      throw this.wb.error('The starting row of the range is too small.');
    if (!Number.isFinite(g.col) || g.col < 1)
      throw this.wb.error('The starting column of the range is too small.');
    if (g.numRows < 1) throw this.wb.error('The number of rows in the range must be at least 1.');
    if (g.numCols < 1) throw this.wb.error('The number of columns in the range must be at least 1.');
    if (g.row + g.numRows - 1 > this.model.maxRows || g.col + g.numCols - 1 > this.model.maxCols) {
      throw this.wb.error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    const t = Math.trunc;
    return new Range(this.wb, this.model, {
      row: t(g.row),
      col: t(g.col),
      numRows: t(g.numRows),
      numCols: t(g.numCols),
      ...(g.open ? { open: g.open } : {}), // 'A2:C' stays open in named and conditional-format ranges
    });
  }

  getDataRange(): Range {
    return this.checked({
      row: 1,
      col: 1,
      numRows: Math.max(1, this.getLastRow()),
      numCols: Math.max(1, this.getLastColumn()),
    });
  }
  getLastRow(): number {
    return this.wb.lastRow(this.model);
  }
  getLastColumn(): number {
    return this.wb.lastColumn(this.model);
  }
  getMaxRows(): number {
    return this.model.maxRows;
  }
  getMaxColumns(): number {
    return this.model.maxCols;
  }

  // ---- structure --------------------------------------------------------------------------

  private checkCount(n: number, what: string): void {
    if (!Number.isInteger(n) || n < 1)
      throw this.wb.error(`The number of ${what} to insert must be at least 1.`);
  }
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    this.checkCount(howMany, 'rows');
    this.wb.structural(this.model, 'row', afterPosition + 1, howMany);
    return this;
  }
  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    return this.insertRowsAfter(beforePosition - 1, howMany);
  }
  insertRowAfter(afterPosition: number): Sheet {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowBefore(beforePosition: number): Sheet {
    return this.insertRowsAfter(beforePosition - 1, 1);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    this.checkCount(howMany, 'columns');
    this.wb.structural(this.model, 'col', afterPosition + 1, howMany);
    return this;
  }
  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    return this.insertColumnsAfter(beforePosition - 1, howMany);
  }
  insertColumnAfter(afterPosition: number): Sheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnBefore(beforePosition: number): Sheet {
    return this.insertColumnsAfter(beforePosition - 1, 1);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    if (rowPosition < 1 || rowPosition + howMany - 1 > this.model.maxRows)
      throw this.wb.error('Those rows are out of bounds.');
    if (howMany >= this.model.maxRows - this.model.frozenRows) {
      throw this.wb.error('Sorry, it is not possible to delete all non-frozen rows.');
    }
    this.wb.structural(this.model, 'row', rowPosition, -howMany);
  }
  deleteRow(rowPosition: number): Sheet {
    this.deleteRows(rowPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    if (columnPosition < 1 || columnPosition + howMany - 1 > this.model.maxCols) {
      throw this.wb.error('Those columns are out of bounds.');
    }
    if (howMany >= this.model.maxCols)
      throw this.wb.error('Sorry, it is not possible to delete all columns.');
    this.wb.structural(this.model, 'col', columnPosition, -howMany);
  }
  deleteColumn(columnPosition: number): Sheet {
    this.deleteColumns(columnPosition, 1);
    return this;
  }
  appendRow(rowContents: unknown[]): Sheet {
    if (!Array.isArray(rowContents))
      throw this.wb.error(
        "The parameters don't match the method signature for SpreadsheetApp.Sheet.appendRow.",
      );
    const row = this.getLastRow() + 1;
    const grew = row > this.model.maxRows || rowContents.length > this.model.maxCols;
    if (grew) {
      const [rows, cols] = [
        Math.max(this.model.maxRows, row),
        Math.max(this.model.maxCols, rowContents.length),
      ];
      this.wb.checkCellLimit(rows * cols - this.model.maxRows * this.model.maxCols);
    }
    this.model.maxRows = Math.max(this.model.maxRows, row);
    this.model.maxCols = Math.max(this.model.maxCols, rowContents.length);
    if (rowContents.length) this.wb.write(this.model, row, 1, [rowContents], 'typed');
    if (grew) this.wb.repushOpenFormulas();
    return this;
  }

  setFrozenRows(rows: number): void {
    this.model.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.model.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this.model.frozenCols = columns;
  }
  getFrozenColumns(): number {
    return this.model.frozenCols;
  }

  // ---- conditional formats ----------------------------------------------------------------

  getConditionalFormatRules(): ConditionalFormatRule[] {
    return this.wb.arr(this.model.cfRules.map((d) => ruleFromData(this.wb, this.model, d)));
  }
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    this.model.cfRules = [...rules].map(dataFromRule);
  }
  clearConditionalFormatRules(): void {
    this.model.cfRules = [];
  }

  // ---- clearing, layout, visibility -------------------------------------------------------

  clear(): Sheet {
    this.clearContents();
    for (const row of this.model.rows)
      for (const c of row ?? [])
        if (c) for (const k of ['fmt', 'bg', 'fontColor', 'fontWeight'] as const) delete c[k];
    return this;
  }
  clearContents(): Sheet {
    const rows = this.model.rows.length;
    const cols = Math.max(0, ...this.model.rows.map((r) => r?.length ?? 0));
    if (rows && cols)
      new Range(this.wb, this.model, { row: 1, col: 1, numRows: rows, numCols: cols }).clearContent();
    return this;
  }
  clearFormats(): Sheet {
    for (const row of this.model.rows)
      for (const c of row ?? [])
        if (c) for (const k of ['fmt', 'bg', 'fontColor', 'fontWeight'] as const) delete c[k];
    return this;
  }
  activate(): Sheet {
    this.wb.activeSheet = this.model;
    this.model.hidden = false;
    return this;
  }
  setColumnWidth(columnPosition: number, width: number): Sheet {
    this.model.colWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.model.colWidths.set(c, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this.model.colWidths.get(columnPosition) ?? 100;
  }
  autoResizeColumns(startColumn: number, numColumns: number): Sheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.model.colWidths.delete(c);
    return this;
  }
  autoResizeColumn(columnPosition: number): Sheet {
    return this.autoResizeColumns(columnPosition, 1);
  }
  hideSheet(): Sheet {
    if (this.wb.sheets.filter((s) => !s.hidden).length <= 1 && !this.model.hidden) {
      throw this.wb.error("You can't hide all the sheets in a document.");
    }
    this.model.hidden = true;
    return this;
  }
  showSheet(): Sheet {
    this.model.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.model.hidden;
  }
  setTabColor(): Sheet {
    return this;
  }
}
