// Conditional-format rules: the builder, the built rule and its BooleanCondition, plus how Sheets
// evaluates a rule for one cell (used by workbook.cellBackground).
import { contains, type GridRange } from '../a1';
import { LocalObject } from '../counting';
import type { CfRuleData, SheetModel } from '../model';
import { expandOpenRanges, literalBooleans, mapRefs, offsetRefs } from '../refs';
import { dateToSerial, isDate } from '../values';
import type { Workbook } from '../workbook';
import { Color, normalizeColor } from './color';
import { Range } from './range';

export const BooleanCriteria = Object.freeze({
  CELL_EMPTY: 'CELL_EMPTY',
  CELL_NOT_EMPTY: 'CELL_NOT_EMPTY',
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_EQUAL_TO: 'DATE_EQUAL_TO',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN',
  NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_DOES_NOT_CONTAIN: 'TEXT_DOES_NOT_CONTAIN',
  TEXT_EQ: 'TEXT_EQ',
  TEXT_NOT_EQ: 'TEXT_NOT_EQ',
  TEXT_STARTS_WITH: 'TEXT_STARTS_WITH',
  TEXT_ENDS_WITH: 'TEXT_ENDS_WITH',
});

interface RuleState {
  data: CfRuleData;
  sheet: SheetModel | null; // sheet of the ranges, once known
}

const emptyData = (): CfRuleData => ({
  ranges: [],
  criteria: '',
  values: [],
  background: null,
  fontColor: null,
  bold: null,
  italic: null,
});

const cloneData = (d: CfRuleData): CfRuleData => ({
  ...d,
  ranges: d.ranges.map((r) => ({ ...r })),
  values: [...d.values],
});

export class BooleanCondition extends LocalObject {
  constructor(
    private wb: Workbook,
    private d: CfRuleData,
  ) {
    super();
  }
  getCriteriaType(): string {
    return this.d.criteria;
  }
  getCriteriaValues(): unknown[] {
    return this.wb.arr(this.d.values);
  }
  getBackground(): string | null {
    return this.d.background;
  }
  getBackgroundObject(): Color | null {
    return this.d.background ? new Color(this.d.background) : null;
  }
  getFontColor(): string | null {
    return this.d.fontColor;
  }
  getFontColorObject(): Color | null {
    return this.d.fontColor ? new Color(this.d.fontColor) : null;
  }
  getBold(): boolean | null {
    return this.d.bold;
  }
  getItalic(): boolean | null {
    return this.d.italic;
  }
}

export class ConditionalFormatRule extends LocalObject {
  constructor(
    private wb: Workbook,
    readonly state: RuleState,
  ) {
    super();
  }
  getRanges(): Range[] {
    const sheet = this.state.sheet;
    return this.wb.arr(sheet ? this.state.data.ranges.map((g) => new Range(this.wb, sheet, g)) : []);
  }
  getBooleanCondition(): BooleanCondition | null {
    return this.state.data.criteria ? new BooleanCondition(this.wb, this.state.data) : null;
  }
  getGradientCondition(): null {
    return null;
  }
  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.wb, {
      data: cloneData(this.state.data),
      sheet: this.state.sheet,
    });
  }
}

export class ConditionalFormatRuleBuilder extends LocalObject {
  constructor(
    private wb: Workbook,
    private state: RuleState = { data: emptyData(), sheet: null },
  ) {
    super();
  }
  private when(criteria: string, ...values: unknown[]): this {
    this.state.data.criteria = criteria;
    this.state.data.values = values;
    return this;
  }
  withCriteria(criteria: string, args: unknown[]): this {
    return this.when(String(criteria), ...args);
  }
  whenCellEmpty(): this {
    return this.when(BooleanCriteria.CELL_EMPTY);
  }
  whenCellNotEmpty(): this {
    return this.when(BooleanCriteria.CELL_NOT_EMPTY);
  }
  whenFormulaSatisfied(formula: string): this {
    return this.when(BooleanCriteria.CUSTOM_FORMULA, formula);
  }
  whenNumberBetween(start: number, end: number): this {
    return this.when(BooleanCriteria.NUMBER_BETWEEN, start, end);
  }
  whenNumberNotBetween(start: number, end: number): this {
    return this.when(BooleanCriteria.NUMBER_NOT_BETWEEN, start, end);
  }
  whenNumberEqualTo(n: number): this {
    return this.when(BooleanCriteria.NUMBER_EQUAL_TO, n);
  }
  whenNumberNotEqualTo(n: number): this {
    return this.when(BooleanCriteria.NUMBER_NOT_EQUAL_TO, n);
  }
  whenNumberGreaterThan(n: number): this {
    return this.when(BooleanCriteria.NUMBER_GREATER_THAN, n);
  }
  whenNumberGreaterThanOrEqualTo(n: number): this {
    return this.when(BooleanCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO, n);
  }
  whenNumberLessThan(n: number): this {
    return this.when(BooleanCriteria.NUMBER_LESS_THAN, n);
  }
  whenNumberLessThanOrEqualTo(n: number): this {
    return this.when(BooleanCriteria.NUMBER_LESS_THAN_OR_EQUAL_TO, n);
  }
  whenTextEqualTo(text: string): this {
    return this.when(BooleanCriteria.TEXT_EQ, text);
  }
  whenTextContains(text: string): this {
    return this.when(BooleanCriteria.TEXT_CONTAINS, text);
  }
  whenTextDoesNotContain(text: string): this {
    return this.when(BooleanCriteria.TEXT_DOES_NOT_CONTAIN, text);
  }
  whenTextStartsWith(text: string): this {
    return this.when(BooleanCriteria.TEXT_STARTS_WITH, text);
  }
  whenTextEndsWith(text: string): this {
    return this.when(BooleanCriteria.TEXT_ENDS_WITH, text);
  }
  setBackground(color: string | null): this {
    this.state.data.background = normalizeColor(color);
    return this;
  }
  setFontColor(color: string | null): this {
    this.state.data.fontColor = normalizeColor(color);
    return this;
  }
  setBold(bold: boolean | null): this {
    this.state.data.bold = bold;
    return this;
  }
  setItalic(italic: boolean | null): this {
    this.state.data.italic = italic;
    return this;
  }
  setUnderline(): this {
    return this;
  }
  setStrikethrough(): this {
    return this;
  }
  setRanges(ranges: Range[]): this {
    this.state.data.ranges = ranges.map((r) => ({ ...r.grid }));
    this.state.sheet = ranges[0]?.sheet ?? null;
    return this;
  }
  getRanges(): Range[] {
    return new ConditionalFormatRule(this.wb, this.state).getRanges();
  }
  getBooleanCondition(): BooleanCondition | null {
    return new ConditionalFormatRule(this.wb, this.state).getBooleanCondition();
  }
  build(): ConditionalFormatRule {
    if (!this.state.data.criteria) throw this.wb.error('Conditional format rule must have a condition.');
    return new ConditionalFormatRule(this.wb, { data: cloneData(this.state.data), sheet: this.state.sheet });
  }
  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.wb, {
      data: cloneData(this.state.data),
      sheet: this.state.sheet,
    });
  }
}

export function ruleFromData(wb: Workbook, sheet: SheetModel, d: CfRuleData): ConditionalFormatRule {
  return new ConditionalFormatRule(wb, { data: cloneData(d), sheet });
}

export function dataFromRule(rule: ConditionalFormatRule): CfRuleData {
  return cloneData(rule.state.data);
}

const num = (v: unknown, timeZone: string): number | null =>
  typeof v === 'number' ? v : isDate(v) ? dateToSerial(v, timeZone) : null;
const text = (v: unknown): string => (isDate(v) ? v.toISOString() : String(v)).toLowerCase();

/**
 * `INDIRECT("Name")` / `INDIRECT("'Sheet'!A1:B2")` with a literal text argument, as Sheets resolves
 * it (the only way a conditional-format formula may read another sheet or a named range:
 * https://support.google.com/docs/answer/78413). HyperFormula has no INDIRECT, so the literal is
 * replaced by the reference it names; an unknown name stays and gives #NAME?.
 */
function resolveIndirect(wb: Workbook, formula: string): string {
  return formula.replace(/INDIRECT\(\s*"((?:[^"]|"")*)"\s*\)/gi, (call, text: string) => {
    const name = text.replace(/""/g, '"');
    for (const [known, expr] of wb.named)
      if (known.toLowerCase() === name.toLowerCase()) return expr.slice(1);
    return /^('[^']+'|[^\s!]+)!\$?[A-Z]+\$?\d*(:\$?[A-Z]+\$?\d*)?$/i.test(name) ? name : call;
  });
}

/**
 * Whether a custom formula refers to another sheet directly, which Sheets does not take ("Custom
 * formulas can only reference the same sheet… To reference another sheet in the formula, use the
 * INDIRECT function": https://support.google.com/docs/answer/78413): such a rule never applies.
 * INDIRECT's literal is text, so it is not a reference here.
 */
function refersToOtherSheet(formula: string, sheetName: string): boolean {
  let other = false;
  mapRefs(formula, (t) => {
    if (t.sheet !== undefined && t.sheet.toLowerCase() !== sheetName.toLowerCase()) other = true;
    return undefined;
  });
  return other;
}

/** Whether `rule` applies to (row, col); `g` is the rule range that contains the cell. */
export function evaluateCfRule(
  wb: Workbook,
  sheet: SheetModel,
  rule: CfRuleData,
  g: GridRange,
  row: number,
  col: number,
): boolean {
  if (!contains(g, row, col)) return false;
  const v = wb.readCell(sheet, row, col);
  const [a, b] = rule.values;
  const n = num(v, wb.timeZone);
  const t = text(v);
  const arg = String(a ?? '').toLowerCase();
  switch (rule.criteria) {
    case 'CELL_EMPTY':
      return v === '';
    case 'CELL_NOT_EMPTY':
      return v !== '';
    case 'NUMBER_BETWEEN':
      return n !== null && n >= Math.min(Number(a), Number(b)) && n <= Math.max(Number(a), Number(b));
    case 'NUMBER_NOT_BETWEEN':
      return n !== null && (n < Math.min(Number(a), Number(b)) || n > Math.max(Number(a), Number(b)));
    case 'NUMBER_EQUAL_TO':
      return n !== null && n === Number(a);
    case 'NUMBER_NOT_EQUAL_TO':
      return n !== null && n !== Number(a);
    case 'NUMBER_GREATER_THAN':
      return n !== null && n > Number(a);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n !== null && n >= Number(a);
    case 'NUMBER_LESS_THAN':
      return n !== null && n < Number(a);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n !== null && n <= Number(a);
    case 'TEXT_EQ':
      return v !== '' && t === arg;
    case 'TEXT_NOT_EQ':
      return t !== arg;
    case 'TEXT_CONTAINS':
      return v !== '' && t.includes(arg);
    case 'TEXT_DOES_NOT_CONTAIN':
      return !t.includes(arg);
    case 'TEXT_STARTS_WITH':
      return v !== '' && t.startsWith(arg);
    case 'TEXT_ENDS_WITH':
      return v !== '' && t.endsWith(arg);
    case 'CUSTOM_FORMULA': {
      if (refersToOtherSheet(String(a), sheet.name)) return false;
      // The formula is written for the range's top-left cell; relative references move with the cell.
      const moved = offsetRefs(String(a), row - g.row, col - g.col);
      const f = expandOpenRanges(moved, sheet.name, (name) => {
        const s = wb.sheetByName(name);
        return s && { rows: s.maxRows, cols: s.maxCols };
      });
      const resolved = resolveIndirect(wb, f);
      const r = wb.engine.calculate(
        sheet,
        literalBooleans(resolved.startsWith('=') ? resolved : `=${resolved}`),
      );
      return r === true || (typeof r === 'number' && r !== 0);
    }
    default:
      return false;
  }
}
