// Spreadsheet (the file) and NamedRange.
import { GasObject } from '../counting';
import { User } from '../services/session';
import type { Workbook } from '../workbook';
import { Range } from './range';
import { Sheet } from './sheet';

type SS = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type SpreadsheetApi = Pick<
  SS,
  'getId' | 'getUrl' | 'getName' | 'getNumSheets' | 'getSpreadsheetTimeZone'
>;

/** A new sheet's grid: 1,000 rows × 26 columns, all counted against the spreadsheet's cells. */
const NEW_SHEET_CELLS = 1000 * 26;
const NAME_RE = /^[A-Za-z_\\][A-Za-z0-9_.]*$/;

export class NamedRange extends GasObject {
  constructor(
    private wb: Workbook,
    private name: string,
  ) {
    super();
  }
  getName(): string {
    return this.name;
  }
  setName(name: string): NamedRange {
    const n = this.wb.nameTable.get(this.name);
    if (n) {
      this.wb.removeNamedRange(this.name);
      this.wb.setNamedRange(name, n.sheet, n.range);
    }
    this.name = name;
    return this;
  }
  getRange(): Range {
    const n = this.wb.nameTable.get(this.name);
    if (!n) throw this.wb.error(`Named range ${this.name} no longer exists.`);
    return new Range(this.wb, n.sheet, { ...n.range });
  }
  setRange(range: Range): NamedRange {
    this.wb.setNamedRange(this.name, range.sheet, range.grid);
    return this;
  }
  remove(): void {
    this.wb.removeNamedRange(this.name);
  }
}

export class Spreadsheet extends GasObject implements SpreadsheetApi {
  constructor(readonly wb: Workbook) {
    super();
  }
  getId(): string {
    return this.wb.id;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.wb.id}/edit`;
  }
  getName(): string {
    return this.wb.name;
  }
  rename(name: string): void {
    this.wb.name = name;
  }
  /** createWorkbook's { timeZone } (default Etc/UTC). */
  getSpreadsheetTimeZone(): string {
    return this.wb.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    try {
      this.wb.setTimeZone(timezone);
    } catch (error) {
      throw this.wb.error((error as Error).message);
    }
  }
  /**
   * The file's owner (workbook.sharing.owner); null for a file in a shared drive
   * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getOwner()).
   */
  getOwner(): User | null {
    const { owner } = this.wb.sharing;
    return owner === null ? null : new User(owner);
  }
  /** Editors, the owner first, as Apps Script lists them (workbook.sharing). */
  getEditors(): User[] {
    const { owner, editors } = this.wb.sharing;
    const emails = owner === null ? editors : [owner, ...editors];
    return this.wb.arr([...new Set(emails)].map((email) => new User(email)));
  }
  getViewers(): User[] {
    return this.wb.arr(this.wb.sharing.viewers.map((email) => new User(email)));
  }
  /** createWorkbook's { locale } (default en_US). */
  getSpreadsheetLocale(): string {
    return this.wb.locale;
  }
  /** The URL of a form linked to this spreadsheet (workbook.addForm), else null. */
  getFormUrl(): string | null {
    return this.wb.formUrlFor();
  }
  getNumSheets(): number {
    return this.wb.sheets.length;
  }
  getSheets(): Sheet[] {
    return this.wb.arr(this.wb.sheets.map((s) => new Sheet(this.wb, s)));
  }
  getSheetByName(name: string): Sheet | null {
    const s = this.wb.sheets.find((x) => x.name === name);
    return s ? new Sheet(this.wb, s) : null;
  }
  getSheetById(id: number): Sheet | null {
    const s = this.wb.sheets.find((x) => x.id === id);
    return s ? new Sheet(this.wb, s) : null;
  }
  /** insertSheet(), insertSheet(name), insertSheet(index), insertSheet(name, index). */
  insertSheet(nameOrIndex?: string | number, index?: number): Sheet {
    let name = typeof nameOrIndex === 'string' ? nameOrIndex : undefined;
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : index;
    if (name === undefined) {
      let i = this.wb.sheets.length + 1;
      while (this.wb.sheetByName(`Sheet${i}`)) i++;
      name = `Sheet${i}`;
    }
    if (this.wb.sheetByName(name)) {
      throw this.wb.error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.wb.checkCellLimit(NEW_SHEET_CELLS);
    const model = this.wb.addSheet(name, at);
    this.wb.activeSheet = model; // Sheets activates the new sheet
    return new Sheet(this.wb, model);
  }
  deleteSheet(sheet: Sheet): void {
    this.wb.deleteSheet(sheet.model);
  }
  getActiveSheet(): Sheet {
    return new Sheet(this.wb, this.wb.activeSheet);
  }
  setActiveSheet(sheet: Sheet): Sheet {
    this.wb.activeSheet = sheet.model;
    return sheet;
  }
  getRange(a1: string): Range {
    const { sheet, range } = this.wb.resolve(a1, this.wb.activeSheet);
    const r = new Sheet(this.wb, sheet).getRange(range.row, range.col, range.numRows, range.numCols);
    return range.open ? new Range(this.wb, sheet, { ...r.grid, open: range.open }) : r;
  }
  getRangeByName(name: string): Range | null {
    const n = this.wb.nameTable.get(name);
    return n ? new Range(this.wb, n.sheet, { ...n.range }) : null;
  }
  setNamedRange(name: string, range: Range): void {
    if (
      !NAME_RE.test(name) ||
      /^[A-Za-z]{1,3}\d+$/.test(name) ||
      /^(true|false)$/i.test(name) ||
      /^R\d*C\d*$/i.test(name)
    ) {
      throw this.wb.error(`Invalid name for a named range: ${name}`);
    }
    this.wb.setNamedRange(name, range.sheet, range.grid);
  }
  getNamedRanges(): NamedRange[] {
    return this.wb.arr([...this.wb.nameTable.keys()].map((n) => new NamedRange(this.wb, n)));
  }
  removeNamedRange(name: string): void {
    if (!this.wb.nameTable.has(name)) throw this.wb.error(`Named range ${name} not found.`);
    this.wb.removeNamedRange(name);
  }
  toast(message: string, title = '', timeoutSeconds = 5): void {
    this.wb.ui.toasts.push({ message: String(message), title: String(title), timeout: timeoutSeconds });
  }
  getActiveRange(): Range {
    return new Range(this.wb, this.wb.activeSheet, { row: 1, col: 1, numRows: 1, numCols: 1 });
  }
}
