// The emulated spreadsheet file plus everything the add-on's services record (UI shown,
// properties, triggers, locks, logs, mail) and the forms it can read. Tests and the playground
// drive it through the helpers at the bottom (values, formulas, serviceCalls, addForm, fireTrigger,
// setNow, failOn …).
import type { RawCellContent } from 'hyperformula';
import { distDir } from '../dist-path.mjs';
import {
  colToLetters,
  contains,
  fitGrid,
  type GridRange,
  parseA1,
  quoteSheet,
  rangeA1,
  resolveA1,
} from './a1';
import { type AuthModeName, runIn, setActiveUser, simpleTrigger } from './auth';
import { toInstant } from './clock';
import { CallCounter, type FailOnOptions } from './counting';
import { Engine, type EngineHost, type Realm } from './engine';
import {
  addResponses,
  createForm,
  editResponse,
  type FormData,
  type FormHandle,
  type FormSpec,
} from './forms/store';
import { type Cell, type CfRuleData, SheetModel } from './model';
import {
  expandOpenRanges,
  hasOpenRange,
  literalBooleans,
  offsetRefs,
  renameSheetRefs,
  shiftRefs,
} from './refs';
import { createServices, type Services } from './services';
import type { SentMail } from './services/mail-app';
import { evaluateCfRule } from './spreadsheet/conditional-format';
import { checkTimeZone, DEFAULT_TIME_ZONE, instantToWall, wallToInstant } from './time-zone';
import { type FireOptions, fireTimeTriggers, fireTrigger } from './triggers';
import { type EditOutcome, userEdit } from './user-edit';
import { type CellValue, dateForEngine, displayValue, isDate, parseTyped } from './values';

/** Sheets' most cells in one spreadsheet: every cell of every sheet's grid, empty or not. */
export const WORKBOOK_CELL_LIMIT = 10_000_000;
const TOO_MANY_CELLS =
  'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';

/** Sheets' most characters in one cell, and its refusal of more (Exception text as Apps Script gives it). */
export const CELL_TEXT_LIMIT = 50_000;
const CELL_TOO_LONG = 'Your input contains more than the maximum of 50000 characters in a single cell.';

export interface NamedRangeData {
  sheet: SheetModel;
  range: GridRange;
}

export interface MenuRecord {
  name: string;
  items: ({ caption: string; functionName: string } | { separator: true } | { submenu: MenuRecord })[];
}

export interface UiRecord {
  menus: MenuRecord[];
  sidebar: { title: string; html: string } | null;
  dialogs: { title: string; html: string; modal: boolean }[];
  alerts: { title: string; prompt: string; buttons: string }[];
  prompts: { title: string; prompt: string }[];
  toasts: { message: string; title: string; timeout: number }[];
  /** Queue of answers for the next alert/prompt calls, e.g. 'YES' or { button: 'OK', text: 'x' }. */
  responses: (string | { button: string; text?: string })[];
}

export interface TriggerData {
  id: string;
  handler: string;
  eventType: string;
  source: string;
  sourceId: string | null;
  schedule: Record<string, unknown>;
  /** The user who created it (installable triggers run as, and are visible to, their owner). */
  owner?: string;
  /** The document it belongs to (clock triggers of an add-on: the document it was created in). */
  documentId?: string | null;
}

/**
 * How a write interprets its input: typed (setValue(s)), formulas (setFormula(s)), raw ('=…' is a
 * formula, other strings stay) or literal (strings always stay text, as Forms writes answers).
 */
export type WriteMode = 'typed' | 'formula' | 'raw' | 'literal';

export interface WorkbookOptions {
  /** The spreadsheet's time zone (any IANA id), default Etc/UTC: dates, NOW(), display, clock events. */
  timeZone?: string;
  /** Session.getScriptTimeZone(): the add-on project's zone (its manifest says Etc/UTC), not the file's. */
  scriptTimeZone?: string;
  /** Spreadsheet.getSpreadsheetLocale() (File ▸ Settings ▸ Locale), e.g. 'it_IT'; default 'en_US'. */
  locale?: string;
  /** Session.getActiveUserLocale(): the user's language, e.g. 'it' ('' for some accounts); default 'en'. */
  userLocale?: string;
}

const hostRealm: Realm = { date: (ms) => new Date(ms), array: () => [], error: (m) => new Error(m) };

export class Workbook implements EngineHost {
  readonly id = `emulated-${Math.random().toString(36).slice(2, 12)}`;
  name = 'Customer Health Score (emulated)';
  sheets: SheetModel[] = [];
  activeSheet!: SheetModel;
  nameTable = new Map<string, NamedRangeData>();
  realm: Realm = hostRealm;
  readonly counter = new CallCounter();
  readonly engine: Engine;
  readonly ui: UiRecord = {
    menus: [],
    sidebar: null,
    dialogs: [],
    alerts: [],
    prompts: [],
    toasts: [],
    responses: [],
  };
  readonly properties = {
    document: new Map<string, string>(),
    user: new Map<string, string>(),
    script: new Map<string, string>(),
  };
  readonly triggers: TriggerData[] = [];
  readonly locks = new Map<string, object | null>();
  readonly logs: string[] = [];
  /** Mail "sent" with MailApp. */
  readonly mail: SentMail[] = [];
  /** What MailApp.getRemainingDailyQuota() reports; each recipient uses one. */
  mailQuota = 100;
  /** Forms attached with addForm (FormApp.openById/openByUrl find them). */
  readonly forms: FormData[] = [];
  userEmail = 'user@example.com';
  /**
   * Who the file is shared with (Spreadsheet.getOwner / getEditors / getViewers). The owner is the
   * first user; tests add editors and viewers by hand. A file in a shared drive has no owner
   * (null): getOwner() returns null there, as the reference says.
   */
  readonly sharing: { owner: string | null; editors: string[]; viewers: string[] } = {
    owner: 'user@example.com',
    editors: [],
    viewers: [],
  };
  effectiveUserEmail = 'user@example.com';
  /** Folder that createHtmlOutputFromFile reads '<name>.html' from (set by loadAddon). */
  htmlDir = distDir();
  /** The add-on's vm context once loaded (templates are evaluated in it). */
  scriptContext: object | null = null;
  /** Set by loadAddon: evaluates the script's global code again, as each Apps Script execution does. */
  newExecution: (() => void) | null = null;
  private nextSheetId = 0;
  private fixedNowMs: number | null = null;
  private openStale = false;
  private services_?: Services;

  /**
   * Lets go of the formula engine and the cells, for tests that build hundreds of workbooks (the
   * fault sweep). Node 20's V8 keeps some script contexts reachable from optimised code after
   * their last use, and a context reaches its workbook through the services: without this, each
   * discarded workbook kept its whole formula graph (10 MB for the survey scene) and garbage
   * collection took 40% of a sweep. The workbook is unusable afterwards. tests/support/
   * dispose-workbooks.ts calls it for every workbook a test made, when the test ends.
   */
  dispose(): void {
    this.engine.hf.destroy();
    this.sheets = [];
    this.scriptContext = null;
    this.newExecution = null;
  }

  /** The global service objects (call-counted) the add-on sees. */
  get services(): Services {
    this.services_ ??= createServices(this);
    return this.services_;
  }

  /** The spreadsheet's time zone (Spreadsheet.getSpreadsheetTimeZone()). */
  timeZone: string = DEFAULT_TIME_ZONE;
  /** The script project's time zone (Session.getScriptTimeZone()). */
  scriptTimeZone: string = DEFAULT_TIME_ZONE;
  /** Spreadsheet.getSpreadsheetLocale(). */
  locale = 'en_US';
  /** Session.getActiveUserLocale(). */
  userLocale = 'en';
  /**
   * How long one custom-function call may run: Apps Script's 30 seconds ("Current limitations",
   * https://developers.google.com/apps-script/guides/services/quotas). A test may shorten it.
   */
  customFunctionLimitMs = 30_000;

  /** Told of every workbook made: the test set-up disposes those a test made when it ends. */
  static onCreate: ((workbook: Workbook) => void) | null = null;

  constructor(data: Record<string, unknown[][]>, options: WorkbookOptions = {}) {
    if (options.timeZone !== undefined) this.timeZone = checkTimeZone(options.timeZone);
    if (options.scriptTimeZone !== undefined) this.scriptTimeZone = checkTimeZone(options.scriptTimeZone);
    this.locale = options.locale ?? this.locale;
    this.userLocale = options.userLocale ?? this.userLocale;
    this.engine = new Engine(this);
    this.engine.beforeRefresh = () => this.flushOpenFormulas();
    for (const [name, rows] of Object.entries(data)) this.addSheet(name, undefined, rows);
    if (!this.sheets.length) this.addSheet('Sheet1');
    this.activeSheet = this.sheets[0];
    Workbook.onCreate?.(this);
  }

  // ---- EngineHost -------------------------------------------------------------------------

  get named(): Map<string, string> {
    const m = new Map<string, string>();
    for (const [name, n] of this.nameTable) m.set(name, this.namedExpr(n));
    return m;
  }

  private namedExpr(n: NamedRangeData): string {
    const r = n.range;
    const abs = (row: number, col: number) => `$${colToLetters(col)}$${row}`;
    const end = abs(r.row + r.numRows - 1, r.col + r.numCols - 1);
    return `=${quoteSheet(n.sheet.name)}!${abs(r.row, r.col)}${r.numRows * r.numCols > 1 ? ':' + end : ''}`;
  }

  engineRow(sheet: SheetModel, row: number): RawCellContent[] {
    const cells = sheet.rows[row - 1] ?? [];
    const out: RawCellContent[] = [];
    for (let c = 0; c < cells.length; c++) out.push(this.engineContent(sheet, cells[c]));
    return out;
  }

  engineContent(sheet: SheetModel, cell: Cell | undefined): RawCellContent {
    if (!cell) return null;
    if (cell.f !== undefined) {
      const f = expandOpenRanges(cell.f, sheet.name, (name) => {
        const s = this.sheetByName(name);
        return s && { rows: s.maxRows, cols: s.maxCols };
      });
      return literalBooleans(f);
    }
    const v = cell.v;
    if (v === '') return null;
    // A leading apostrophe makes the engine keep text as text ("123" stays a string).
    if (typeof v === 'string') return "'" + v;
    if (isDate(v)) return dateForEngine(v, this.timeZone);
    return v;
  }

  // ---- sheets -----------------------------------------------------------------------------

  sheetByName(name: string): SheetModel | undefined {
    return (
      this.sheets.find((s) => s.name === name) ??
      this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase())
    );
  }

  addSheet(name: string, index?: number, rows: unknown[][] = []): SheetModel {
    const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
    const sheet = new SheetModel(this.nextSheetId++, name, Math.max(1000, rows.length), Math.max(26, width));
    for (let r = 0; r < rows.length; r++) {
      for (let c = 0; c < rows[r].length; c++) {
        const x = rows[r][c];
        if (x === '' || x === null || x === undefined) continue;
        const cell = sheet.ensure(r + 1, c + 1);
        // createWorkbook stores values as given; only '=…' strings become formulas. A Date is the
        // wall-clock time of its UTC fields in the spreadsheet's zone (new Date('2024-05-01') is
        // midnight there), like a date typed into the sheet.
        if (typeof x === 'string' && x.length > 1 && x.startsWith('=')) cell.f = x;
        else cell.v = isDate(x) ? new Date(wallToInstant(x.getTime(), this.timeZone)) : (x as CellValue);
      }
    }
    this.sheets.splice(index ?? this.sheets.length, 0, sheet);
    this.engine.addSheet(sheet);
    // Formulas elsewhere may have referenced this sheet before it existed.
    this.repushOpenFormulas();
    return sheet;
  }

  deleteSheet(sheet: SheetModel): void {
    if (this.sheets.length === 1) throw this.error("You can't remove all the sheets in a document.");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (const [name, n] of this.nameTable) if (n.sheet === sheet) this.nameTable.delete(name);
    this.engine.removeSheet(sheet);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0];
  }

  renameSheet(sheet: SheetModel, name: string): void {
    const old = sheet.name;
    if (this.sheets.some((s) => s !== sheet && s.name.toLowerCase() === name.toLowerCase())) {
      throw this.error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    sheet.name = name;
    this.engine.renameSheet(old, name);
    for (const s of this.sheets)
      for (const [, , cell] of s.formulaCells()) cell.f = renameSheetRefs(cell.f!, old, name);
  }

  // ---- reading ----------------------------------------------------------------------------

  /** The value getValues shows for a cell (host-realm Date objects, '' for blank). */
  readCell(sheet: SheetModel, row: number, col: number): unknown {
    const cell = sheet.get(row, col);
    if (cell && cell.f === undefined && cell.v !== '') return storedValue(cell.v);
    return this.engine.value(sheet, row, col);
  }

  lastRow(sheet: SheetModel): number {
    const stored = sheet.lastStoredRow();
    if (!this.engine.maySpillOn(sheet)) return stored;
    const { height, width } = this.engine.extent(sheet);
    for (let r = height; r > stored; r--) {
      for (let c = 1; c <= width; c++) if (this.readCell(sheet, r, c) !== '') return r;
    }
    return stored;
  }

  lastColumn(sheet: SheetModel): number {
    const stored = sheet.lastStoredCol();
    if (!this.engine.maySpillOn(sheet)) return stored;
    const { height, width } = this.engine.extent(sheet);
    for (let c = width; c > stored; c--) {
      for (let r = 1; r <= height; r++) if (this.readCell(sheet, r, c) !== '') return c;
    }
    return stored;
  }

  // ---- writing ----------------------------------------------------------------------------

  /** Writes a block; `grid` has already been checked against the range's shape. */
  write(sheet: SheetModel, row: number, col: number, grid: unknown[][], mode: WriteMode): void {
    // Sheets refuses the whole write when one cell's text is too long (a leading apostrophe
    // counted: the stricter reading). Forms' own writes ('literal') are Google's business.
    if (mode !== 'literal') {
      for (const line of grid) {
        for (const x of line) {
          if (typeof x === 'string' && x.length > CELL_TEXT_LIMIT) throw this.error(CELL_TOO_LONG);
        }
      }
    }
    const out: RawCellContent[][] = [];
    for (let r = 0; r < grid.length; r++) {
      const line: RawCellContent[] = [];
      for (let c = 0; c < grid[r].length; c++) {
        const cell = sheet.ensure(row + r, col + c);
        this.assign(cell, grid[r][c], mode);
        line.push(this.engineContent(sheet, cell));
      }
      out.push(line);
    }
    this.engine.write(sheet, row, col, out);
  }

  private assign(cell: Cell, x: unknown, mode: WriteMode): void {
    delete cell.f;
    cell.v = '';
    if (x === null || x === undefined || x === '') return;
    if (isDate(x)) {
      cell.v = new Date(x.getTime());
      return;
    }
    if (typeof x === 'number' || typeof x === 'boolean') {
      cell.v = x;
      return;
    }
    const s = String(x);
    if (mode === 'literal') {
      cell.v = s;
      return;
    }
    if (mode === 'raw') {
      if (s.length > 1 && s.startsWith('=')) cell.f = s;
      else cell.v = s;
      return;
    }
    const parsed = parseTyped(s, cell.fmt === '@' && mode === 'typed', this.timeZone);
    if ('formula' in parsed) cell.f = parsed.formula;
    else cell.v = parsed.value;
  }

  /** Writes one formula to every cell of a range, moving relative references like Sheets does. */
  fillFormula(sheet: SheetModel, r: GridRange, formula: string): void {
    const grid: string[][] = [];
    for (let i = 0; i < r.numRows; i++) {
      const line: string[] = [];
      for (let j = 0; j < r.numCols; j++) line.push(i === 0 && j === 0 ? formula : offsetRefs(formula, i, j));
      grid.push(line);
    }
    this.write(sheet, r.row, r.col, grid, 'formula');
  }

  /**
   * After a sheet's grid grows or shrinks, open ranges ('A2:C') cover a different area. The
   * re-entry is deferred to the next read so a loop of appendRow calls stays cheap.
   */
  repushOpenFormulas(): void {
    this.openStale = true;
    this.engine.markStale();
    this.fitOpenRanges();
  }

  /** Named and conditional-format ranges with open bounds ('A2:C') follow the grid's size. */
  private fitOpenRanges(): void {
    for (const [name, n] of this.nameTable) {
      if (!n.range.open) continue;
      const fitted = fitGrid(n.range, n.sheet.maxRows, n.sheet.maxCols);
      if (rangeA1(fitted) === rangeA1(n.range)) continue;
      n.range = fitted;
      this.engine.setNamed(name, this.namedExpr(n));
    }
    for (const s of this.sheets)
      for (const rule of s.cfRules) rule.ranges = rule.ranges.map((g) => fitGrid(g, s.maxRows, s.maxCols));
  }

  private flushOpenFormulas(): void {
    if (!this.openStale) return;
    this.openStale = false;
    for (const s of this.sheets) {
      for (const [r, c, cell] of s.formulaCells()) {
        if (hasOpenRange(cell.f!)) this.engine.write(s, r, c, [[this.engineContent(s, cell)]], true);
      }
    }
  }

  /**
   * Throws, as Sheets does, when growing the grids by `added` cells would take the spreadsheet
   * past its 10 million cells (the message as Apps Script and the Sheets API report it).
   */
  checkCellLimit(added: number): void {
    if (added <= 0) return;
    let cells = 0;
    for (const sheet of this.sheets) cells += sheet.maxRows * sheet.maxCols;
    if (cells + added > WORKBOOK_CELL_LIMIT) throw this.error(TOO_MANY_CELLS);
  }

  /** Inserts (count > 0) or deletes (count < 0) rows/columns starting at index `at`. */
  structural(sheet: SheetModel, axis: 'row' | 'col', at: number, count: number): void {
    if (count > 0) this.checkCellLimit(count * (axis === 'row' ? sheet.maxCols : sheet.maxRows));
    const gridEnd = axis === 'row' ? sheet.maxRows : sheet.maxCols;
    if (axis === 'row') {
      // Rows past the data need no entries; inside it, a concat (a spread of 100,000s of rows as
      // arguments would overflow the stack).
      if (count > 0 && at - 1 < sheet.rows.length) {
        const blank = Array.from({ length: count }, (): SheetModel['rows'][number] => []);
        sheet.rows = sheet.rows.slice(0, at - 1).concat(blank, sheet.rows.slice(at - 1));
      } else sheet.rows.splice(at - 1, -count);
      sheet.maxRows += count;
    } else {
      for (const row of sheet.rows) {
        if (!row) continue;
        if (count > 0) {
          if (row.length >= at) row.splice(at - 1, 0, ...new Array<Cell | undefined>(count));
        } else row.splice(at - 1, -count);
      }
      sheet.maxCols += count;
    }
    for (const s of this.sheets) {
      for (const [, , cell] of s.formulaCells())
        cell.f = shiftRefs(cell.f!, s.name, sheet.name, axis, at, count, gridEnd);
    }
    for (const [name, n] of this.nameTable) {
      if (n.sheet !== sheet) continue;
      const moved = shiftGrid(n.range, axis, at, count);
      if (moved) n.range = moved;
      else this.removeNamedRange(name);
    }
    sheet.cfRules = sheet.cfRules.filter((rule) => {
      rule.ranges = rule.ranges.map((g) => shiftGrid(g, axis, at, count)).filter((g): g is GridRange => !!g);
      // A custom formula's references move with the cells, like any formula's ($J2 → $K2).
      if (rule.criteria === 'CUSTOM_FORMULA') {
        rule.values = rule.values.map((v) =>
          typeof v === 'string' ? shiftRefs(v, sheet.name, sheet.name, axis, at, count, gridEnd) : v,
        );
      }
      return rule.ranges.length > 0;
    });
    this.engine.structural(sheet, axis, at, count);
    for (const [name, n] of this.nameTable)
      if (n.sheet === sheet) this.engine.setNamed(name, this.namedExpr(n));
    this.repushOpenFormulas();
  }

  setNamedRange(name: string, sheet: SheetModel, range: GridRange): void {
    const n = { sheet, range: { ...range } };
    this.nameTable.set(name, n);
    this.engine.setNamed(name, this.namedExpr(n));
  }

  removeNamedRange(name: string): void {
    this.nameTable.delete(name);
    this.engine.setNamed(name, null);
  }

  /** An Error created in the add-on's realm (so `e instanceof Error` holds in Code.js). */
  error(message: string): Error {
    return this.realm.error(message);
  }

  /** Builds an array in the add-on's realm. */
  arr<T>(items: Iterable<T>): T[] {
    const a = this.realm.array() as T[];
    for (const x of items) a.push(x);
    return a;
  }

  toRealm(v: unknown): unknown {
    return isDate(v) ? this.realm.date(v.getTime()) : v;
  }

  /** Resolves an A1 string (optionally with sheet) against a default sheet. */
  resolve(a1: string, defaultSheet: SheetModel): { sheet: SheetModel; range: GridRange } {
    const p = parseA1(a1);
    if (!p) throw this.error('Range not found');
    const sheet = p.sheet !== undefined ? this.sheetByName(p.sheet) : defaultSheet;
    if (!sheet) throw this.error('Range not found');
    return { sheet, range: resolveA1(p, sheet.maxRows, sheet.maxCols) };
  }

  // ---- clock ------------------------------------------------------------------------------

  /** The instant set with setNow, in ms (null: real time). The script realm's Date reads it. */
  get fixedNow(): number | null {
    return this.fixedNowMs;
  }

  /** Now, as the add-on sees it (a host-realm Date). */
  now(): Date {
    return new Date(this.fixedNowMs ?? Date.now());
  }

  // ---- forms ------------------------------------------------------------------------------

  /** The URL of the form whose responses go to `sheet` (any sheet when omitted), else null. */
  formUrlFor(sheet?: SheetModel): string | null {
    const form = this.forms.find(
      (f) => f.destination && this.sheets.includes(f.destination) && (!sheet || f.destination === sheet),
    );
    return form ? form.editUrl : null;
  }

  // ---- helpers for tests and the playground -----------------------------------------------

  /**
   * Fixes the time the add-on sees: inside the loaded script `new Date()` / `Date.now()` return it
   * (before or after loadAddon), and so do the emulator's own "now" timestamps. null: real time.
   */
  setNow(date: Date | string | number | null): void {
    this.fixedNowMs = toInstant(date);
    this.engine.markStale(); // NOW() / TODAY() are volatile
  }

  /**
   * Spreadsheet.setSpreadsheetTimeZone: Sheets keeps each date cell's wall-clock serial, so the
   * instants getValue() returns move with the zone.
   */
  setTimeZone(timeZone: string): void {
    const next = checkTimeZone(timeZone);
    for (const s of this.sheets)
      for (const row of s.rows)
        for (const cell of row ?? [])
          if (cell && isDate(cell.v))
            cell.v = new Date(wallToInstant(instantToWall(cell.v.getTime(), this.timeZone), next));
    this.timeZone = next;
    this.engine.markStale();
  }

  /**
   * Attaches a Google Form the add-on can open with FormApp. With `destinationSheet` it is linked to
   * this spreadsheet and keeps that sheet's response rows up to date. Throws on an invalid spec.
   */
  addForm(spec: FormSpec): FormHandle {
    const form = createForm(this, spec);
    this.forms.push(form);
    return {
      id: form.id,
      url: form.editUrl,
      publishedUrl: form.publishedUrl,
      addResponses: (list) => addResponses(this, form, list),
      editResponse: (id, answers, timestamp) => editResponse(this, form, id, answers, timestamp),
    };
  }

  /**
   * Runs the handler of an installed trigger (by unique id, or the first with that handler name)
   * in the loaded add-on with an Apps Script-like event, returning its result or rethrowing.
   */
  fireTrigger(idOrHandler: string, event?: object, options?: FireOptions): unknown {
    return fireTrigger(this, idOrHandler, event, options);
  }

  /** Fires every time-driven trigger once; see triggers.ts for how errors surface. */
  fireTimeTriggers(options?: FireOptions): unknown[] {
    return fireTimeTriggers(this, options);
  }

  /** Runs a simple trigger as Sheets does: onOpen in AuthMode.NONE, onInstall in FULL (auth.ts). */
  simpleTrigger(name: 'onOpen' | 'onInstall', scope?: object, event?: object): unknown {
    return simpleTrigger(this, name, scope as Record<string, unknown> | undefined, event);
  }

  /**
   * A person types `input` into `a1` (or pastes rows of values over a block): written as typed
   * input, then the script's onEdit simple trigger runs with Google's event (user-edit.ts).
   */
  userEdit(sheet: string, a1: string, input: unknown): EditOutcome {
    return userEdit(this, sheet, a1, input);
  }

  /** Runs `fn` in an authorization mode (e.g. 'NONE', 'CUSTOM_FUNCTION'); see auth.ts. */
  runAs<T>(authMode: AuthModeName, fn: () => T): T {
    return runIn(this, { authMode }, fn);
  }

  /** Switches the active user (own user properties, triggers, user lock, mail quota). */
  setActiveUser(email: string): void {
    setActiveUser(this, email);
  }

  /**
   * Makes the (after+1)-th next counted service call named `method` (e.g. 'setValues') throw an
   * Error of the script realm instead of running, once; `'*'` matches any method (a fault sweep
   * fails call 1, 2, 3… in turn). failOn(null) clears it.
   */
  failOn(method: string | null, options: FailOnOptions = {}): void {
    this.counter.failOn(method, options, (m) => this.error(m));
  }

  private sheetOrThrow(name: string): SheetModel {
    const s = this.sheetByName(name);
    if (!s) throw new Error(`No sheet named ${name}`);
    return s;
  }

  /**
   * `cell` of every row and column up to the last with content: what the engine shows (spilled
   * arrays included), or with `stored`, the stored cells alone (nothing evaluated).
   */
  private dataGrid<T>(name: string, cell: (s: SheetModel, r: number, c: number) => T, stored = false): T[][] {
    const s = this.sheetOrThrow(name);
    const rows = Math.max(1, stored ? s.lastStoredRow() : this.lastRow(s));
    const cols = Math.max(1, stored ? s.lastStoredCol() : this.lastColumn(s));
    const out: T[][] = [];
    for (let r = 1; r <= rows; r++) {
      const line: T[] = [];
      for (let c = 1; c <= cols; c++) line.push(cell(s, r, c));
      out.push(line);
    }
    return out;
  }

  /**
   * What is typed in each stored cell: its formula, else its value ('' where empty). Nothing is
   * evaluated, so a check of the user's own cells between two steps costs no recalculation.
   */
  typed(sheet: string): unknown[][] {
    return this.dataGrid(
      sheet,
      (s, r, c) => {
        const cell = s.get(r, c);
        return cell?.f ?? storedValue(cell?.v ?? '');
      },
      true,
    );
  }

  /** What getDataRange().getValues() returns. */
  values(sheet: string): unknown[][] {
    return this.dataGrid(sheet, (s, r, c) => this.readCell(s, r, c));
  }

  /** What getDataRange().getFormulas() returns ('' where a cell has no formula). */
  formulas(sheet: string): string[][] {
    return this.dataGrid(sheet, (s, r, c) => s.get(r, c)?.f ?? '');
  }

  displayValues(sheet: string): string[][] {
    return this.dataGrid(sheet, (s, r, c) =>
      displayValue(this.readCell(s, r, c), s.get(r, c)?.fmt, this.timeZone),
    );
  }

  namedRanges(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, n] of this.nameTable) out[name] = `${quoteSheet(n.sheet.name)}!${rangeA1(n.range)}`;
    return out;
  }

  conditionalFormats(sheet: string): {
    ranges: string[];
    condition: string;
    values: unknown[];
    background: string | null;
    /** Only on rules that set a text colour. */
    fontColor?: string;
    /** Only on rules that set them. */
    bold?: boolean;
    italic?: boolean;
  }[] {
    return this.sheetOrThrow(sheet).cfRules.map((r) => ({
      ranges: r.ranges.map(rangeA1),
      condition: r.criteria,
      values: [...r.values],
      background: r.background,
      ...(r.fontColor ? { fontColor: r.fontColor } : {}),
      ...(r.bold === null ? {} : { bold: r.bold }),
      ...(r.italic === null ? {} : { italic: r.italic }),
    }));
  }

  serviceCalls(service?: string): number {
    return this.counter.total(service);
  }

  /**
   * Counted calls so far that may have changed the document or what the user sees (a write, a
   * rule, a property, a toast…): every call but a reader's (get…, is…, has…). The playground
   * redraws its grid only when this moved.
   */
  changingCalls(): number {
    return this.counter.changing;
  }

  /** The error message behind an error value such as '#ERROR!' (null when the cell is no error). */
  cellError(sheet: string, a1: string): string | null {
    const { sheet: s, range } = this.resolve(a1, this.sheetOrThrow(sheet));
    return this.engine.errorMessage(s, range.row, range.col);
  }

  /** The fill Sheets shows: the first conditional-format rule that matches wins, else the cell's own. */
  cellBackground(sheet: string, a1: string): string | null {
    return this.cellLook(sheet, a1).background;
  }

  /**
   * The text style a conditional format gives the cell: that of the first rule that matches (Sheets
   * applies one rule per cell), null where it sets none or no rule matches.
   */
  cellTextStyle(
    sheet: string,
    a1: string,
  ): { bold: boolean | null; italic: boolean | null; fontColor: string | null } {
    const { bold, italic, fontColor } = this.cellLook(sheet, a1);
    return { bold, italic, fontColor };
  }

  /** The fill and the text style the cell shows, from one evaluation of its rules (the playground draws both). */
  cellLook(
    sheet: string,
    a1: string,
  ): { background: string | null; bold: boolean | null; italic: boolean | null; fontColor: string | null } {
    const s = this.sheetOrThrow(sheet);
    const { row, col } = this.resolve(a1, s).range;
    const rule = this.firstMatchingRule(s, row, col);
    return {
      background: rule ? rule.background : (s.get(row, col)?.bg ?? null),
      bold: rule?.bold ?? null,
      italic: rule?.italic ?? null,
      fontColor: rule?.fontColor ?? null,
    };
  }

  private firstMatchingRule(s: SheetModel, row: number, col: number): CfRuleData | null {
    for (const rule of s.cfRules) {
      const g = rule.ranges.find((x) => contains(x, row, col));
      if (g && evaluateCfRule(this, s, rule, g, row, col)) return rule;
    }
    return null;
  }
}

/** Moves a grid range for an insertion/deletion; null when all of it was deleted. */
export function shiftGrid(g: GridRange, axis: 'row' | 'col', at: number, count: number): GridRange | null {
  // Whole columns ('A:C') on the row axis, or whole rows on the column axis: refitted to the grid.
  if (axis === 'row' ? g.open?.startRow : g.open?.startCol) return g;
  const startKey = axis === 'row' ? 'row' : 'col';
  const sizeKey = axis === 'row' ? 'numRows' : 'numCols';
  let lo = g[startKey];
  let hi = lo + g[sizeKey] - 1;
  if (count > 0) {
    if (lo >= at) lo += count;
    if (hi >= at) hi += count;
  } else {
    const last = at - count - 1;
    if (lo >= at && hi <= last) return null;
    const move = (v: number, isEnd: boolean) => (v > last ? v + count : v >= at ? (isEnd ? at - 1 : at) : v);
    lo = move(lo, false);
    hi = move(hi, true);
  }
  return { ...g, [startKey]: lo, [sizeKey]: hi - lo + 1 };
}

/** A stored value as a read hands it out: a date is copied, so the caller cannot change the cell. */
function storedValue(value: unknown): unknown {
  return isDate(value) ? new Date(value.getTime()) : value;
}
