// A1 notation helpers. Rows and columns are 1-based everywhere in the emulator, as in Apps Script.

export interface GridRange {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
  /**
   * Bounds the A1 text left open ('A2:C' → endRow; 'A:C' → startRow and endRow; '2:5' → startCol
   * and endCol). Sheets keeps them open: a named or conditional-format range follows the grid.
   */
  open?: OpenBounds;
}

export interface OpenBounds {
  readonly startRow?: true;
  readonly endRow?: true;
  readonly startCol?: true;
  readonly endCol?: true;
}

/** A parsed A1 string; undefined bounds mean "open" (e.g. 'A2:C' has no end row). */
export interface A1Parts {
  sheet?: string;
  startRow?: number;
  startCol?: number;
  endRow?: number;
  endCol?: number;
}

export function colToLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToCol(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Sheets quotes a sheet name unless it is a plain identifier. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

const ENDPOINT = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

function parseEndpoint(s: string): { row?: number; col?: number } | null {
  const m = ENDPOINT.exec(s.trim());
  if (!m || (!m[1] && !m[2])) return null;
  return { col: m[1] ? lettersToCol(m[1]) : undefined, row: m[2] ? Number(m[2]) : undefined };
}

/** Parses 'A1', 'A1:B2', 'A2:C', 'A:C', '2:5', with an optional (quoted) sheet prefix. */
export function parseA1(a1: string): A1Parts | null {
  let rest = a1.trim();
  let sheet: string | undefined;
  const quoted = /^'((?:[^']|'')+)'!(.*)$/.exec(rest);
  if (quoted) {
    sheet = quoted[1].replace(/''/g, "'");
    rest = quoted[2];
  } else {
    const bang = rest.lastIndexOf('!');
    if (bang >= 0) {
      sheet = rest.slice(0, bang);
      rest = rest.slice(bang + 1);
    }
  }
  const parts = rest.split(':');
  if (parts.length > 2) return null;
  const a = parseEndpoint(parts[0]);
  if (!a) return null;
  if (parts.length === 1) {
    if (a.row === undefined || a.col === undefined) return null;
    return { sheet, startRow: a.row, startCol: a.col, endRow: a.row, endCol: a.col };
  }
  const b = parseEndpoint(parts[1]);
  if (!b) return null;
  // A row-only start needs a row-only end ('2:5'); a column start may have an open end row ('A2:C').
  if (a.col === undefined && (b.col !== undefined || a.row === undefined || b.row === undefined)) return null;
  if (a.col !== undefined && b.col === undefined) return null;
  return { sheet, startRow: a.row, startCol: a.col, endRow: b.row, endCol: b.col };
}

/** Resolves open bounds against the sheet's grid size, as Sheets does, and normalises order. */
export function resolveA1(p: A1Parts, maxRows: number, maxCols: number): GridRange {
  // 'A2:C' runs to the last row of the grid; 'A:C' starts at row 1.
  let r1 = p.startRow ?? 1;
  let r2 = p.endRow ?? maxRows;
  let c1 = p.startCol ?? 1;
  let c2 = p.endCol ?? maxCols;
  if (r1 > r2) [r1, r2] = [r2, r1];
  if (c1 > c2) [c1, c2] = [c2, c1];
  const g: GridRange = { row: r1, col: c1, numRows: r2 - r1 + 1, numCols: c2 - c1 + 1 };
  const open: { startRow?: true; endRow?: true; startCol?: true; endCol?: true } = {};
  if (p.startRow === undefined) open.startRow = true;
  if (p.endRow === undefined) open.endRow = true;
  if (p.startCol === undefined) open.startCol = true;
  if (p.endCol === undefined) open.endCol = true;
  if (Object.keys(open).length) g.open = open;
  return g;
}

/** A range with open bounds re-resolved against the grid's current size (others unchanged). */
export function fitGrid(g: GridRange, maxRows: number, maxCols: number): GridRange {
  const o = g.open;
  if (!o) return g;
  const row = o.startRow ? 1 : g.row;
  const col = o.startCol ? 1 : g.col;
  const numRows = o.endRow ? Math.max(1, maxRows - row + 1) : g.numRows;
  const numCols = o.endCol ? Math.max(1, maxCols - col + 1) : g.numCols;
  return { ...g, row, col, numRows, numCols };
}

export function cellA1(row: number, col: number): string {
  return colToLetters(col) + row;
}

export function rangeA1(r: GridRange): string {
  const start = cellA1(r.row, r.col);
  if (r.numRows === 1 && r.numCols === 1) return start;
  return `${start}:${cellA1(r.row + r.numRows - 1, r.col + r.numCols - 1)}`;
}

export function contains(r: GridRange, row: number, col: number): boolean {
  return row >= r.row && row < r.row + r.numRows && col >= r.col && col < r.col + r.numCols;
}
