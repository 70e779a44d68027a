// Finds cell/range references inside formula text so the emulator can rewrite them: expand
// open-ended ranges for the engine, shift them on row/column insertion, offset conditional-format
// formulas. Strings ("...") are skipped; function names and named ranges are left alone.
import { colToLetters, lettersToCol, quoteSheet } from './a1';

export interface Endpoint {
  col?: number;
  row?: number;
  colAbs: boolean;
  rowAbs: boolean;
}

export interface RefToken {
  sheet?: string;
  a: Endpoint;
  b?: Endpoint;
}

const PART = String.raw`\$?[A-Za-z]{1,3}\$?\d+|\$?[A-Za-z]{1,3}|\$?\d+`;
const REF = new RegExp(`(?:'((?:[^']|'')+)'!|([A-Za-z_][A-Za-z0-9_.]*)!)?(${PART})(?::(${PART}))?`, 'y');
const IDENT = /[A-Za-z0-9_.$]/;

function endpoint(s: string): Endpoint {
  const m = /^(\$?)([A-Za-z]{1,3})?(\$?)(\d+)?$/.exec(s)!;
  return {
    colAbs: m[2] ? m[1] === '$' : false,
    col: m[2] ? lettersToCol(m[2]) : undefined,
    rowAbs: m[2] ? m[3] === '$' : m[1] === '$' || m[3] === '$',
    row: m[4] ? Number(m[4]) : undefined,
  };
}

function valid(t: RefToken): boolean {
  const { a, b } = t;
  if (!b) return a.col !== undefined && a.row !== undefined;
  if (a.col === undefined) return a.row !== undefined && b.col === undefined && b.row !== undefined;
  return b.col !== undefined;
}

export function formatEndpoint(e: Endpoint): string {
  return (
    (e.col !== undefined ? (e.colAbs ? '$' : '') + colToLetters(e.col) : '') +
    (e.row !== undefined ? (e.rowAbs ? '$' : '') + e.row : '')
  );
}

export function formatRef(t: RefToken): string {
  const prefix = t.sheet !== undefined ? quoteSheet(t.sheet) + '!' : '';
  return prefix + formatEndpoint(t.a) + (t.b ? ':' + formatEndpoint(t.b) : '');
}

/** Calls `cb` for each reference; a returned string replaces the reference text. */
export function mapRefs(formula: string, cb: (t: RefToken) => string | undefined): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (!IDENT.test(ch) && ch !== "'") {
      out += ch;
      i++;
      continue;
    }
    REF.lastIndex = i;
    const m = REF.exec(formula);
    const next = m ? formula[i + m[0].length] : undefined;
    if (m && (next === undefined || !/[A-Za-z0-9_.(!']/.test(next))) {
      const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
      const t: RefToken = { sheet, a: endpoint(m[3]), b: m[4] !== undefined ? endpoint(m[4]) : undefined };
      if (valid(t)) {
        const rep = cb(t);
        out += rep ?? m[0];
        i += m[0].length;
        continue;
      }
    }
    // Not a reference: copy the whole word (or quoted name) so its tail is not mistaken for one.
    let j = i + 1;
    if (ch === "'") {
      while (j < formula.length && formula[j] !== "'") j++;
      j++;
    } else while (j < formula.length && IDENT.test(formula[j])) j++;
    out += formula.slice(i, j);
    i = j;
  }
  return out;
}

const sameSheet = (t: RefToken, formulaSheet: string, target: string) =>
  (t.sheet ?? formulaSheet).toLowerCase() === target.toLowerCase();

/** Gives open-ended ranges ('A2:C', 'A:C', '2:5') explicit bounds from the sheet's grid size. */
export function expandOpenRanges(
  formula: string,
  formulaSheet: string,
  gridSize: (sheet: string) => { rows: number; cols: number } | undefined,
): string {
  return mapRefs(formula, (t) => {
    if (!t.b) return undefined;
    const open = t.a.row === undefined || t.b.row === undefined || t.a.col === undefined;
    if (!open) return undefined;
    const size = gridSize(t.sheet ?? formulaSheet) ?? { rows: 1000, cols: 26 };
    const a = { ...t.a };
    const b = { ...t.b };
    if (a.col === undefined) {
      a.col = 1;
      b.col = size.cols;
    } else {
      a.row ??= 1;
      b.row ??= size.rows;
    }
    return formatRef({ sheet: t.sheet, a, b });
  });
}

/**
 * Adjusts references after `count` rows (axis 'row') or columns inserted before index `at`
 * (count > 0) or deleted starting at `at` (count < 0), like Sheets does. Returns '#REF!' for
 * references whose cells were deleted. An open end ('A95:A') stays open while its start moves like
 * a closed one's ('A94:A' after deleting row 10); `gridEnd` (the axis's size before the change)
 * tells when a deletion took all of an open range.
 */
export function shiftRefs(
  formula: string,
  formulaSheet: string,
  target: string,
  axis: 'row' | 'col',
  at: number,
  count: number,
  gridEnd = Number.POSITIVE_INFINITY,
): string {
  return mapRefs(formula, (t) => {
    if (!sameSheet(t, formulaSheet, target)) return undefined;
    const a = { ...t.a };
    const b = t.b ? { ...t.b } : undefined;
    if (count > 0) {
      for (const e of b ? [a, b] : [a]) if (e[axis] !== undefined && e[axis]! >= at) e[axis]! += count;
      return formatRef({ sheet: t.sheet, a, b });
    }
    const n = -count;
    const last = at + n - 1;
    const lo = a[axis];
    const hi = b ? b[axis] : a[axis];
    if (lo === undefined) return undefined; // whole columns ('A:C') on the row axis, or rows on the column axis
    if (lo >= at && (hi ?? gridEnd) <= last) return '#REF!';
    const move = (v: number, isEnd: boolean) => {
      if (v > last) return v - n;
      if (v >= at) return isEnd ? at - 1 : at;
      return v;
    };
    a[axis] = move(lo, false);
    if (b && hi !== undefined) b[axis] = move(hi, true);
    return formatRef({ sheet: t.sheet, a, b });
  });
}

/** Moves relative (non-$) parts of every reference by (dr, dc): a formula copied to another cell. */
export function offsetRefs(formula: string, dr: number, dc: number): string {
  return mapRefs(formula, (t) => {
    const move = (e: Endpoint): Endpoint => ({
      ...e,
      row: e.row !== undefined && !e.rowAbs ? e.row + dr : e.row,
      col: e.col !== undefined && !e.colAbs ? e.col + dc : e.col,
    });
    return formatRef({ sheet: t.sheet, a: move(t.a), b: t.b ? move(t.b) : undefined });
  });
}

export function renameSheetRefs(formula: string, from: string, to: string): string {
  return mapRefs(formula, (t) =>
    t.sheet !== undefined && t.sheet.toLowerCase() === from.toLowerCase()
      ? formatRef({ ...t, sheet: to })
      : undefined,
  );
}

export function hasOpenRange(formula: string): boolean {
  let open = false;
  mapRefs(formula, (t) => {
    if (t.b && (t.a.row === undefined || t.b.row === undefined || t.a.col === undefined)) open = true;
    return undefined;
  });
  return open;
}

/** Sheets accepts bare TRUE/FALSE literals; HyperFormula wants TRUE()/FALSE(). */
export function literalBooleans(formula: string): string {
  if (!/true|false/i.test(formula)) return formula;
  return formula.replace(/"(?:[^"]|"")*"|'(?:[^']|'')*'|[A-Za-z0-9_.$!]+\(?/g, (tok) =>
    /^(true|false)$/i.test(tok) ? `${tok}()` : tok,
  );
}
