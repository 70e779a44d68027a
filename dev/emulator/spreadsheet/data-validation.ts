// Data-validation rules: stored per cell, not enforced on script writes (Sheets does not reject a
// script's setValue either).
import { rangeA1 } from '../a1';
import { LocalObject } from '../counting';
import type { ValidationData } from '../model';
import type { Workbook } from '../workbook';
import type { Range } from './range';

export const DataValidationCriteria = Object.freeze({
  CHECKBOX: 'CHECKBOX',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_IS_VALID_URL: 'TEXT_IS_VALID_URL',
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
});

export class DataValidation extends LocalObject {
  constructor(
    private wb: Workbook,
    readonly data: ValidationData,
  ) {
    super();
  }
  getCriteriaType(): string {
    return this.data.criteria;
  }
  getCriteriaValues(): unknown[] {
    return this.wb.arr(this.data.values);
  }
  getAllowInvalid(): boolean {
    return this.data.allowInvalid;
  }
  getHelpText(): string | null {
    return this.data.helpText;
  }
  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.wb, { ...this.data, values: [...this.data.values] });
  }
}

export class DataValidationBuilder extends LocalObject {
  constructor(
    private wb: Workbook,
    private data: ValidationData = { criteria: '', values: [], allowInvalid: true, helpText: null },
  ) {
    super();
  }
  private require(criteria: string, ...values: unknown[]): this {
    this.data.criteria = criteria;
    this.data.values = values;
    return this;
  }
  withCriteria(criteria: string, args: unknown[]): this {
    return this.require(String(criteria), ...args);
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown): this {
    return checked === undefined ? this.require('CHECKBOX') : this.require('CHECKBOX', checked, unchecked);
  }
  requireValueInList(values: unknown[], showDropdown = true): this {
    return this.require('VALUE_IN_LIST', [...values], showDropdown);
  }
  requireValueInRange(range: Range, showDropdown = true): this {
    return this.require('VALUE_IN_RANGE', `${range.sheet.name}!${rangeA1(range.grid)}`, showDropdown);
  }
  requireNumberBetween(start: number, end: number): this {
    return this.require('NUMBER_BETWEEN', start, end);
  }
  requireNumberGreaterThan(n: number): this {
    return this.require('NUMBER_GREATER_THAN', n);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this.require('NUMBER_GREATER_THAN_OR_EQUAL_TO', n);
  }
  requireNumberLessThan(n: number): this {
    return this.require('NUMBER_LESS_THAN', n);
  }
  requireNumberLessThanOrEqualTo(n: number): this {
    return this.require('NUMBER_LESS_THAN_OR_EQUAL_TO', n);
  }
  requireTextIsEmail(): this {
    return this.require('TEXT_IS_VALID_EMAIL');
  }
  requireDate(): this {
    return this.require('DATE_IS_VALID_DATE');
  }
  requireFormulaSatisfied(formula: string): this {
    return this.require('CUSTOM_FORMULA', formula);
  }
  setAllowInvalid(allow: boolean): this {
    this.data.allowInvalid = allow;
    return this;
  }
  setHelpText(text: string): this {
    this.data.helpText = text;
    return this;
  }
  build(): DataValidation {
    if (!this.data.criteria) throw this.wb.error('Data validation rule must have criteria.');
    return new DataValidation(this.wb, { ...this.data, values: [...this.data.values] });
  }
}
