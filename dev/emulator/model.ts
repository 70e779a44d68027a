// The stored state of one sheet: what each cell holds (a literal value or the formula text as
// written), its formats, and sheet-level settings. Formula results live in the engine.
import type { CellValue } from './values';

export interface ValidationData {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export interface Cell {
  v: CellValue | '';
  f?: string;
  fmt?: string;
  bg?: string | null;
  fontColor?: string;
  fontWeight?: string;
  note?: string;
  dv?: ValidationData | null;
}

export interface CfRuleData {
  ranges: { row: number; col: number; numRows: number; numCols: number }[];
  criteria: string;
  values: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
}

export class SheetModel {
  rows: (Cell | undefined)[][] = [];
  frozenRows = 0;
  frozenCols = 0;
  hidden = false;
  cfRules: CfRuleData[] = [];
  colWidths = new Map<number, number>();

  constructor(
    public id: number,
    public name: string,
    public maxRows = 1000,
    public maxCols = 26,
  ) {}

  get(row: number, col: number): Cell | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  ensure(row: number, col: number): Cell {
    let r = this.rows[row - 1];
    if (!r) {
      while (this.rows.length < row) this.rows.push([]);
      r = this.rows[row - 1];
    }
    let c = r[col - 1];
    if (!c) {
      c = { v: '' };
      r[col - 1] = c;
    }
    return c;
  }

  static hasContent(c: Cell | undefined): boolean {
    return !!c && (c.f !== undefined || c.v !== '');
  }

  /** Last row / column holding a value or formula in the stored grid (spills not included). */
  lastStoredRow(): number {
    for (let r = this.rows.length; r >= 1; r--) if (this.rows[r - 1]?.some(SheetModel.hasContent)) return r;
    return 0;
  }

  lastStoredCol(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) {
        if (SheetModel.hasContent(row[c - 1])) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  *formulaCells(): Generator<[number, number, Cell]> {
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) if (row[c]?.f !== undefined) yield [r + 1, c + 1, row[c]!];
    }
  }
}
