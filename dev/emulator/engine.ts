// Formula engine: HyperFormula (GPL-3.0, dev-only) mirrors the workbook's cells and evaluates them.
// The add-on's custom functions are registered as an instance plugin. HyperFormula must know an
// array result's size before it evaluates; Sheets only learns it afterwards, so each custom call
// predicts the size it returned last time at that cell and, when the actual size differs, the
// cell is re-entered and evaluated again (a small fixpoint loop in refresh()).

import type { ConfigParams, FunctionPluginDefinition, RawCellContent, SimpleCellAddress } from 'hyperformula';
import {
  ArraySize,
  CellError,
  DetailedCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from 'hyperformula';
import { colToLetters } from './a1';
import { patchHyperFormula } from './hyperformula-patch';
import type { SheetModel } from './model';
import { nowPlugin } from './now-plugin';
import { dateToSerial, isDate, serialToInstant } from './values';

/** Creates values in the add-on's own global scope (so `instanceof Date` holds inside Code.js). */
export interface Realm {
  date(ms: number): Date;
  array(): unknown[];
  error(message: string): Error;
}

export interface EngineHost {
  sheets: SheetModel[];
  named: Map<string, string>; // name -> engine expression, e.g. "='Health Model'!$A$1:$H$8"
  realm: Realm;
  engineRow(sheet: SheetModel, row: number): RawCellContent[];
  /** The spreadsheet's time zone: serials are wall-clock times there. */
  timeZone: string;
  /** Now as the add-on sees it (NOW(), TODAY()). */
  now(): Date;
}

type CustomFn = (...args: unknown[]) => unknown;
type Size = [number, number]; // rows, cols
interface Ast {
  procedureName: string;
  args: unknown[];
}
interface State {
  formulaAddress: SimpleCellAddress;
}
interface RichNumber {
  val: number;
  getDetailedType(): string;
}

const DATE_TYPES = new Set(['NUMBER_DATE', 'NUMBER_DATETIME', 'NUMBER_TIME']);
const isRich = (x: unknown): x is RichNumber =>
  typeof x === 'object' && x !== null && typeof (x as RichNumber).getDetailedType === 'function';

/** Built-in functions whose result changes at every calculation. */
const VOLATILE = new Set(['NOW', 'TODAY', 'RAND', 'RANDBETWEEN']);
/**
 * Sheets never finishes a custom function given a volatile function as an argument: the guide
 * (https://developers.google.com/apps-script/guides/sheets/functions, "Arguments") says such a
 * cell shows "Loading..." indefinitely. The emulator makes it an error that says so.
 */
const VOLATILE_ARGUMENT =
  'Loading... (forever in Sheets: a custom function may not take NOW(), TODAY(), RAND() or RANDBETWEEN() as an argument)';

/** Whether a formula's argument calls a volatile function anywhere inside it. */
function callsVolatile(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(callsVolatile);
  if (typeof node !== 'object' || node === null) return false;
  const { procedureName } = node as { procedureName?: unknown };
  if (typeof procedureName === 'string' && VOLATILE.has(procedureName.toUpperCase())) return true;
  const parts = node as Record<string, unknown>;
  return ['args', 'left', 'right', 'value', 'expression'].some((key) => callsVolatile(parts[key]));
}

/** The string getValues shows for an engine error, using Sheets' spelling. */
export function errorText(e: { type: ErrorType | string; value?: string }): string {
  switch (e.type) {
    case ErrorType.SPILL:
    case ErrorType.CYCLE:
    case ErrorType.REF:
      return '#REF!';
    case ErrorType.ERROR:
    case ErrorType.LIC:
      return '#ERROR!';
    case ErrorType.NAME:
      return '#NAME?';
    case ErrorType.DIV_BY_ZERO:
      return '#DIV/0!';
    case ErrorType.NA:
      return '#N/A';
    case ErrorType.NUM:
      return '#NUM!';
    default:
      return '#VALUE!';
  }
}

function errorMessage(e: DetailedCellError): string {
  if (e.type === ErrorType.SPILL) return 'Array result was not expanded because it would overwrite data.';
  if (e.type === ErrorType.CYCLE) return 'Circular dependency detected.';
  if (e.message.startsWith('Parsing error')) return 'Formula parse error.';
  return e.message;
}

const BASE_CONFIG: Partial<ConfigParams> = {
  licenseKey: 'gpl-v3',
  smartRounding: false, // Sheets keeps full doubles; contract results are "never rounded"
  dateFormats: ['MM/DD/YYYY', 'MM/DD/YY', 'YYYY-MM-DD', 'YYYY/MM/DD'],
  useWildcards: true,
  matchWholeCell: true,
  caseSensitive: false,
  evaluateNullToZero: false,
  maxRows: 1_000_000,
  maxColumns: 18_278,
};

export class Engine {
  hf!: HyperFormula;
  private fns = new Map<string, CustomFn>();
  private sizeCache = new Map<string, Map<string, Size>>(); // cell -> call name -> last actual size
  private predicted = new Map<string, Map<string, Size>>(); // size HyperFormula reserved
  private dirty = new Map<string, SimpleCellAddress>();
  private suspended = false;
  private evaluating = false;
  /**
   * Moves with every change to the engine's contents (each write, sheet, name, clock or rebuild);
   * calculate() keeps its results until it moves. A view evaluates the same conditional-format
   * formula for many cells: `$Q2` on P2 and on Q2, each band's rules on every row.
   */
  private generation = 0;
  private calculated = new Map<string, unknown>();
  private calculatedAt = -1;
  // Formulas that may spill, and those currently blocked (#REF!). HyperFormula never re-tries a
  // blocked spill on its own, so a later write re-enters them.
  private candidates = new Map<string, SimpleCellAddress>();
  private blocked = new Map<string, SimpleCellAddress>();
  customNames: RegExp | null = null;
  /** Called before pending changes are evaluated (the host flushes deferred rewrites there). */
  beforeRefresh: (() => void) | null = null;
  /** Runs each custom-function call (the host enters Apps Script's custom-function mode there). */
  aroundCustom: (<T>(call: () => T) => T) | null = null;

  constructor(private host: EngineHost) {
    this.rebuild(new Map());
  }

  /** (Re)creates the engine from the stored cells, with the given custom functions. */
  rebuild(fns: Map<string, CustomFn>): void {
    this.generation++;
    this.fns = fns;
    this.sizeCache.clear();
    this.predicted.clear();
    this.dirty.clear();
    this.candidates.clear();
    this.blocked.clear();
    this.customNames = fns.size ? new RegExp(`\\b(?:${[...fns.keys()].join('|')})\\s*\\(`, 'i') : null;
    if (this.hf) this.hf.destroy();
    const plugins = HyperFormula.getAllFunctionPlugins() as FunctionPluginDefinition[];
    plugins.push(nowPlugin(this.host)); // NOW()/TODAY() follow setNow and the spreadsheet's zone
    if (fns.size) {
      plugins.push(this.plugin([...fns.keys()]));
      // HyperFormula only calls functions its language knows; identity names are harmless to share.
      HyperFormula.getLanguage('enGB').extendFunctions(
        Object.fromEntries([...fns.keys()].map((n) => [n, n])),
      );
    }
    this.hf = HyperFormula.buildEmpty({ ...BASE_CONFIG, functionPlugins: plugins });
    patchHyperFormula(this.hf);
    readErroredArraysAsErrors(this.hf);
    this.hf.suspendEvaluation();
    this.suspended = true;
    for (const s of this.host.sheets) this.addSheet(s);
    for (const [name, expr] of this.host.named) this.hf.addNamedExpression(name, expr);
  }

  addSheet(sheet: SheetModel): void {
    this.suspend();
    this.hf.addSheet(sheet.name);
    const rows: RawCellContent[][] = [];
    for (let r = 1; r <= sheet.rows.length; r++) rows.push(this.host.engineRow(sheet, r));
    const id = this.id(sheet);
    if (rows.length) this.hf.setSheetContent(id, rows);
    rows.forEach((line, r) => {
      line.forEach((content, c) => {
        this.track({ sheet: id, row: r, col: c }, content);
      });
    });
  }

  removeSheet(sheet: SheetModel): void {
    this.suspend();
    this.hf.removeSheet(this.id(sheet));
  }

  renameSheet(oldName: string, newName: string): void {
    this.suspend();
    this.hf.renameSheet(this.hf.getSheetId(oldName)!, newName);
  }

  id(sheet: SheetModel): number {
    return this.hf.getSheetId(sheet.name)!;
  }

  /** Writes a block of engine contents with its top-left at (row, col), 1-based. */
  write(sheet: SheetModel, row: number, col: number, contents: RawCellContent[][], keepSizes = false): void {
    this.suspend();
    const id = this.id(sheet);
    // A re-entered formula (same text, new bounds) keeps its last spill size as the prediction.
    for (let r = 0; r < contents.length && !keepSizes; r++) {
      for (let c = 0; c < contents[r].length; c++) {
        const key = `${id}:${row - 1 + r}:${col - 1 + c}`;
        this.sizeCache.delete(key);
        this.predicted.delete(key);
      }
    }
    this.hf.setCellContents({ sheet: id, row: row - 1, col: col - 1 }, contents);
    for (let r = 0; r < contents.length; r++) {
      for (let c = 0; c < contents[r].length; c++) {
        const addr = { sheet: id, row: row - 1 + r, col: col - 1 + c };
        this.track(addr, contents[r][c]);
      }
    }
    for (const [key, addr] of this.blocked) {
      this.blocked.delete(key);
      const f = this.hf.getCellFormula(addr);
      if (f !== undefined) this.hf.setCellContents(addr, f);
    }
  }

  private track(addr: SimpleCellAddress, content: RawCellContent): void {
    const key = cellKey(addr);
    if (typeof content === 'string' && content.startsWith('=') && this.maySpill(content))
      this.candidates.set(key, addr);
    else this.candidates.delete(key);
  }

  private maySpill(formula: string): boolean {
    return SPILLING.test(formula) || (this.customNames?.test(formula) ?? false);
  }

  setNamed(name: string, expr: string | null): void {
    this.suspend();
    const exists = Boolean(this.hf.getNamedExpression(name));
    if (expr === null) {
      if (exists) this.hf.removeNamedExpression(name);
    } else if (exists) this.hf.changeNamedExpression(name, expr);
    else this.hf.addNamedExpression(name, expr);
  }

  structural(sheet: SheetModel, axis: 'row' | 'col', at: number, count: number): void {
    this.suspend();
    const id = this.id(sheet);
    if (axis === 'row' && count > 0) this.hf.addRows(id, [at - 1, count]);
    if (axis === 'row' && count < 0) this.hf.removeRows(id, [at - 1, -count]);
    if (axis === 'col' && count > 0) this.hf.addColumns(id, [at - 1, count]);
    if (axis === 'col' && count < 0) this.hf.removeColumns(id, [at - 1, -count]);
    // Cached spill sizes are keyed by position, which just moved: forget them and re-enter every
    // formula that calls a custom function so its reserved size is predicted again.
    for (const m of [this.sizeCache, this.predicted]) {
      for (const k of m.keys()) if (k.startsWith(`${id}:`)) m.delete(k);
    }
    this.reenterCustomFormulas(sheet);
    for (const k of this.candidates.keys()) if (k.startsWith(`${id}:`)) this.candidates.delete(k);
    for (const [r, c, cell] of sheet.formulaCells())
      this.track({ sheet: id, row: r - 1, col: c - 1 }, cell.f!);
  }

  /** Re-enters formulas that call custom functions (their spill size must be predicted again). */
  reenterCustomFormulas(sheet: SheetModel): void {
    if (!this.customNames) return;
    this.suspend();
    const id = this.id(sheet);
    for (const [r, c, cell] of sheet.formulaCells()) {
      if (!this.customNames.test(cell.f!)) continue;
      const addr = { sheet: id, row: r - 1, col: c - 1 };
      const f = this.hf.getCellFormula(addr);
      if (f !== undefined) this.hf.setCellContents(addr, f);
    }
  }

  /** Forces the next read to evaluate (and run beforeRefresh). */
  markStale(): void {
    this.suspend();
  }

  private suspend(): void {
    this.generation++;
    if (!this.suspended) {
      this.hf.suspendEvaluation();
      this.suspended = true;
    }
  }

  /** Evaluates pending changes, then re-enters custom calls whose array size changed. */
  refresh(): void {
    if (!this.suspended) return;
    this.beforeRefresh?.();
    this.resume();
    for (let pass = 0; pass < 8 && this.dirty.size; pass++) {
      const cells = [...this.dirty.values()];
      this.dirty.clear();
      this.hf.suspendEvaluation();
      this.suspended = true;
      for (const addr of cells) {
        this.predicted.delete(`${addr.sheet}:${addr.row}:${addr.col}`);
        const f = this.hf.getCellFormula(addr);
        if (f !== undefined) this.hf.setCellContents(addr, f);
      }
      this.resume();
    }
    this.blocked.clear();
    for (const [key, addr] of this.candidates) {
      const v = this.hf.getCellValue(addr);
      if (v instanceof DetailedCellError && v.type === ErrorType.SPILL) this.blocked.set(key, addr);
    }
  }

  private resume(): void {
    this.evaluating = true;
    try {
      this.hf.resumeEvaluation();
    } finally {
      this.evaluating = false;
      this.suspended = false;
    }
  }

  /** A cell's computed value as getValues returns it ('' for empty, error text for errors). */
  value(sheet: SheetModel, row: number, col: number): unknown {
    this.refresh();
    const addr = { sheet: this.id(sheet), row: row - 1, col: col - 1 };
    const v = this.hf.getCellValue(addr);
    if (v === null) return '';
    if (v instanceof DetailedCellError) return errorText(v);
    if (typeof v === 'number' && DATE_TYPES.has(this.hf.getCellValueDetailedType(addr))) {
      return new Date(serialToInstant(v, this.host.timeZone));
    }
    return v;
  }

  errorMessage(sheet: SheetModel, row: number, col: number): string | null {
    this.refresh();
    const v = this.hf.getCellValue({ sheet: this.id(sheet), row: row - 1, col: col - 1 });
    if (!(v instanceof DetailedCellError)) return null;
    if (v.type === ErrorType.SPILL) {
      const blocking = this.firstBlockingCell(sheet, row, col);
      if (blocking) return `Array result was not expanded because it would overwrite data in ${blocking}.`;
    }
    return errorMessage(v);
  }

  /**
   * Sheets names the first cell (row by row) that a blocked array result would overwrite. The
   * result's size is known for the add-on's functions (the size of their last result).
   */
  private firstBlockingCell(sheet: SheetModel, row: number, col: number): string | null {
    const sizes = this.sizeCache.get(cellKey({ sheet: this.id(sheet), row: row - 1, col: col - 1 }));
    if (!sizes) return null;
    const [height, width] = [...sizes.values()].reduce(
      ([h, w], [r, c]) => [Math.max(h, r), Math.max(w, c)],
      [1, 1],
    );
    for (let r = row; r < row + height; r++) {
      for (let c = col; c < col + width; c++) {
        if (r === row && c === col) continue;
        const cell = sheet.get(r, c);
        if (cell && (cell.f !== undefined || cell.v !== '')) return `${colToLetters(c)}${r}`;
      }
    }
    return null;
  }

  /** Whether any formula on the sheet may spill (if not, stored cells alone give the extent). */
  maySpillOn(sheet: SheetModel): boolean {
    const prefix = `${this.id(sheet)}:`;
    for (const k of this.candidates.keys()) if (k.startsWith(prefix)) return true;
    return false;
  }

  /** Height/width of the area the engine has values in (includes spilled arrays). */
  extent(sheet: SheetModel): { height: number; width: number } {
    this.refresh();
    return this.hf.getSheetDimensions(this.id(sheet));
  }

  isEmpty(sheet: SheetModel, row: number, col: number): boolean {
    this.refresh();
    return this.hf.isCellEmpty({ sheet: this.id(sheet), row: row - 1, col: col - 1 });
  }

  /** Evaluates a formula in a sheet's context (conditional-format custom formulas). */
  calculate(sheet: SheetModel, formula: string): unknown {
    this.refresh();
    if (this.calculatedAt !== this.generation) {
      this.calculated.clear();
      this.calculatedAt = this.generation;
    }
    const key = `${this.id(sheet)}:${formula}`;
    if (this.calculated.has(key)) return this.calculated.get(key);
    const result = this.evaluate(sheet, formula);
    this.calculated.set(key, result);
    return result;
  }

  private evaluate(sheet: SheetModel, formula: string): unknown {
    this.evaluating = true;
    try {
      const v = this.hf.calculateFormula(formula, this.id(sheet));
      const first = Array.isArray(v) ? v[0]?.[0] : v;
      return first instanceof DetailedCellError ? errorText(first) : (first ?? '');
    } catch {
      return '#ERROR!';
    } finally {
      this.evaluating = false;
    }
  }

  // ---- custom functions -------------------------------------------------------------------

  private plugin(names: string[]): FunctionPluginDefinition {
    const engine = this;
    const implemented: FunctionPluginDefinition['implementedFunctions'] = {};
    for (const n of names) {
      implemented[n] = {
        method: 'call',
        sizeOfResultArrayMethod: 'size',
        parameters: [{ argumentType: FunctionArgumentType.ANY, optionalArg: true }],
        repeatLastArgs: 1,
      };
    }
    class CustomFunctions extends FunctionPlugin {
      static override implementedFunctions = implemented;
      call(ast: Ast, state: State): unknown {
        if (ast.args.some(callsVolatile)) return new CellError(ErrorType.ERROR, VOLATILE_ARGUMENT);
        const self = this as unknown as {
          evaluateAst(a: unknown, s: State): unknown;
          returnNumberWrapper(v: number, t: string): unknown;
        };
        const args = ast.args.map((a) => self.evaluateAst(a, state));
        return engine.callCustom(ast.procedureName, args, state, (n) =>
          self.returnNumberWrapper(n, 'NUMBER_DATETIME'),
        );
      }
      size(ast: Ast, state: State): ArraySize {
        const s = engine.sizeOf(ast.procedureName, state);
        return new ArraySize(s[1], s[0]);
      }
    }
    return CustomFunctions as unknown as FunctionPluginDefinition;
  }

  private sizeOf(name: string, state: State): Size {
    const key = cellKey(state.formulaAddress);
    const predicted = this.predicted.get(key)?.get(name);
    if (this.evaluating) return predicted ?? this.sizeCache.get(key)?.get(name) ?? [1, 1];
    const size = this.sizeCache.get(key)?.get(name) ?? [1, 1];
    mapOf(this.predicted, key).set(name, size);
    return size;
  }

  private callCustom(name: string, args: unknown[], state: State, wrapDate: (n: number) => unknown): unknown {
    // Sheets does not call a custom function whose (scalar) argument is an error; it shows the error.
    for (const a of args) if (a instanceof CellError) return a;
    const fn = this.fns.get(name)!;
    let result: unknown;
    try {
      const scriptArgs = args.map((a) => this.toScript(a));
      result = this.aroundCustom ? this.aroundCustom(() => fn(...scriptArgs)) : fn(...scriptArgs);
    } catch (e) {
      const msg = typeof e === 'object' && e !== null && 'message' in e ? String(e.message) : String(e);
      return new CellError(ErrorType.ERROR, msg);
    }
    const grid = this.toGrid(result, wrapDate);
    if (grid instanceof CellError) return grid;
    const key = cellKey(state.formulaAddress);
    const actual: Size = [grid.length, grid[0].length];
    mapOf(this.sizeCache, key).set(name, actual);
    const predicted = this.predicted.get(key)?.get(name);
    if (!predicted)
      return grid.length === 1 && grid[0].length === 1
        ? grid[0][0]
        : SimpleRangeValue.onlyValues(grid as never);
    if (predicted[0] !== actual[0] || predicted[1] !== actual[1]) this.dirty.set(key, state.formulaAddress);
    // Return exactly the reserved size (HyperFormula cannot grow an array after the fact).
    if (predicted[0] === 1 && predicted[1] === 1) return grid[0][0];
    const fitted: unknown[][] = [];
    for (let r = 0; r < predicted[0]; r++) {
      const row: unknown[] = [];
      for (let c = 0; c < predicted[1]; c++) row.push(grid[r]?.[c] ?? EmptyValue);
      fitted.push(row);
    }
    return SimpleRangeValue.onlyValues(fitted as never);
  }

  /** Engine value -> what Apps Script passes: scalars, 2-D arrays, '' for blanks, Dates. */
  private toScript(v: unknown): unknown {
    if (v instanceof SimpleRangeValue) {
      const data = v.data;
      if (data.length === 1 && data[0].length === 1) return this.scalarToScript(data[0][0]);
      const out = this.host.realm.array();
      for (const row of data) {
        const r = this.host.realm.array();
        for (const cell of row) r.push(this.scalarToScript(cell));
        out.push(r);
      }
      return out;
    }
    return this.scalarToScript(v);
  }

  private scalarToScript(v: unknown): unknown {
    if (v === EmptyValue || v === null || v === undefined) return '';
    if (isRich(v))
      return DATE_TYPES.has(v.getDetailedType())
        ? this.host.realm.date(serialToInstant(v.val, this.host.timeZone))
        : v.val;
    if (v instanceof CellError) return errorText(v);
    return v;
  }

  /** A custom function's return value -> engine values (a 1-D array fills a column). */
  private toGrid(result: unknown, wrapDate: (n: number) => unknown): unknown[][] | CellError {
    const scalar = (x: unknown): unknown => {
      if (x === null || x === undefined) return EmptyValue;
      if (typeof x === 'number') return Number.isFinite(x) ? x : new CellError(ErrorType.NUM);
      if (typeof x === 'string' || typeof x === 'boolean') return x;
      if (isDate(x)) return wrapDate(dateToSerial(x, this.host.timeZone));
      if (Array.isArray(x)) return scalar(x[0]);
      return String(x);
    };
    if (!Array.isArray(result)) return [[scalar(result)]];
    if (result.length === 0) return new CellError(ErrorType.NA, 'Result was empty.');
    const rows = result.map((r) => (Array.isArray(r) ? r.map(scalar) : [scalar(r)]));
    const width = Math.max(1, ...rows.map((r) => r.length));
    for (const r of rows) while (r.length < width) r.push(EmptyValue);
    return rows;
  }
}

const SPILLING =
  /\b(?:ARRAYFORMULA|FILTER|SORT|UNIQUE|SEQUENCE|TRANSPOSE|MMULT|ARRAY_CONSTRAIN|FLATTEN|SPLIT)\s*\(|\{/i;
const cellKey = (a: SimpleCellAddress) => `${a.sheet}:${a.row}:${a.col}`;

function mapOf<K, V>(m: Map<string, Map<K, V>>, key: string): Map<K, V> {
  let inner = m.get(key);
  if (!inner) {
    inner = new Map();
    m.set(key, inner);
  }
  return inner;
}

/**
 * HyperFormula throws "Unknown array" when a formula reads exactly the area of an array formula
 * whose result is an error (the sheet it read was deleted, its spill is blocked…): it expects the
 * error as a CellError, but gets an ErroredArray. Sheets shows that error in every formula
 * reading the area, so the array's own error is handed over instead of crashing the workbook.
 */
function readErroredArraysAsErrors(hf: HyperFormula): void {
  type Vertex = { array?: unknown } | undefined;
  const graph = (hf as unknown as { dependencyGraph: { getArray(range: unknown): Vertex } }).dependencyGraph;
  const getArray = graph.getArray.bind(graph);
  graph.getArray = (range) => {
    const vertex = getArray(range);
    const array = vertex?.array as { error?: unknown } | undefined;
    if (array && !(array instanceof CellError) && array.error instanceof CellError)
      return { array: array.error };
    return vertex;
  };
}
