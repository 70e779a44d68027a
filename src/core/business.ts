/**
 * Business metrics (contract §3): each argument a value or a column of equal length; a column in
 * gives a column out. Ratios are fractions, to be formatted as % in the sheet.
 */
import { type ErrorParam, errorText } from '../shared/messages/errors-render';
import { asColumn, failWith, listArg } from './args';
import { cellParam, isBlank, readNumber } from './cells';

type Rule = 'positive' | 'nonNegative' | 'fraction';

interface Argument {
  name: string;
  value: unknown;
  rule: Rule;
}

function satisfies(value: number, rule: Rule): boolean {
  if (rule === 'positive') return value > 0;
  if (rule === 'nonNegative') return value >= 0;
  return value >= 0 && value <= 1;
}

/** Where a row's problem is: its 1-based row, or null when every argument is a single value. */
type Row = number | null;

/** An argument in a message: its name, and its row when the arguments are columns. */
const argAt = (name: string, row: Row): ErrorParam =>
  row === null ? name : errorText('argRow', { name, row });

/** ` (row 3)` after a number, where a bare row would read as part of it. */
const rowNote = (row: Row): ErrorParam => (row === null ? '' : errorText('rowNote', { row }));

/** Broadcasts scalars against columns, validates each row, and computes it; all-blank rows give "". */
function perRow(
  args: Argument[],
  compute: (values: number[], row: Row) => number,
): number | '' | (number | '')[][] {
  const lists = args.map((arg) => listArg(arg.value, arg.name));
  const rows = Math.max(...lists.map((list) => list.length));
  const mismatch = lists.findIndex((list) => list.length !== 1 && list.length !== rows);
  if (mismatch !== -1) {
    const sizes = args.map((arg, i) => errorText('nameCount', { name: arg.name, count: lists[i].length }));
    failWith('lengths', { sizes });
  }
  const columnInput = args.some((arg) => Array.isArray(arg.value) && listArg(arg.value, arg.name).length > 1);
  const results: (number | '')[] = [];
  for (let row = 0; row < rows; row++) {
    const cells = lists.map((list) => (list.length === 1 ? list[0] : list[row]));
    if (cells.every(isBlank)) {
      results.push('');
      continue;
    }
    const where = columnInput ? row + 1 : null;
    const values = cells.map((cell, i) => {
      const { name, rule } = args[i];
      if (isBlank(cell)) failWith('argBlank', { arg: argAt(name, where) });
      const value = readNumber(cell);
      if (Number.isNaN(value)) failWith('argNaN', { arg: argAt(name, where), cell: cellParam(cell) });
      if (!satisfies(value, rule)) failWith(rule, { arg: argAt(name, where), value });
      return value;
    });
    results.push(compute(values, where));
  }
  return asColumn(results, !columnInput);
}

/** Downgrades and cancellations come out of the starting MRR: together they cannot exceed it. */
function checkLosses(startMrr: number, contraction: number, churned: number, row: Row): void {
  if (contraction + churned > startMrr)
    failWith('lossesOver', { lost: contraction + churned, start: startMrr, where: rowNote(row) });
}

export function churnRate(start: unknown, lost: unknown) {
  return perRow(
    [
      { name: 'customers_at_start', value: start, rule: 'positive' },
      { name: 'customers_lost', value: lost, rule: 'nonNegative' },
    ],
    ([atStart, customersLost], where) => {
      if (customersLost > atStart)
        failWith('lostOver', { lost: customersLost, start: atStart, where: rowNote(where) });
      return customersLost / atStart;
    },
  );
}

export function grossRevenueRetention(start: unknown, contraction: unknown, churned: unknown) {
  return perRow(
    [
      { name: 'start_mrr', value: start, rule: 'positive' },
      { name: 'contraction', value: contraction, rule: 'nonNegative' },
      { name: 'churned', value: churned, rule: 'nonNegative' },
    ],
    ([startMrr, lessContraction, lessChurned], where) => {
      checkLosses(startMrr, lessContraction, lessChurned, where);
      return (startMrr - lessContraction - lessChurned) / startMrr;
    },
  );
}

export function netRevenueRetention(
  start: unknown,
  expansion: unknown,
  contraction: unknown,
  churned: unknown,
) {
  return perRow(
    [
      { name: 'start_mrr', value: start, rule: 'positive' },
      { name: 'expansion', value: expansion, rule: 'nonNegative' },
      { name: 'contraction', value: contraction, rule: 'nonNegative' },
      { name: 'churned', value: churned, rule: 'nonNegative' },
    ],
    ([startMrr, plusExpansion, lessContraction, lessChurned], where) => {
      checkLosses(startMrr, lessContraction, lessChurned, where);
      return (startMrr + plusExpansion - lessContraction - lessChurned) / startMrr;
    },
  );
}

export function customerLifetimeValue(arpu: unknown, margin: unknown, churn: unknown) {
  return perRow(
    [
      { name: 'arpu', value: arpu, rule: 'nonNegative' },
      { name: 'gross_margin', value: margin, rule: 'fraction' },
      { name: 'churn_rate', value: churn, rule: 'positive' },
    ],
    ([revenue, grossMargin, churnPerPeriod]) => (revenue * grossMargin) / churnPerPeriod,
  );
}

export function cacPayback(cac: unknown, arpu: unknown, margin: unknown) {
  return perRow(
    [
      { name: 'cac', value: cac, rule: 'nonNegative' },
      { name: 'arpu', value: arpu, rule: 'nonNegative' },
      { name: 'gross_margin', value: margin, rule: 'fraction' },
    ],
    ([acquisitionCost, revenue, grossMargin], where) => {
      const monthlyProfit = revenue * grossMargin;
      if (monthlyProfit === 0) failWith('neverPaid', { arg: argAt('arpu × gross_margin', where) });
      return acquisitionCost / monthlyProfit;
    },
  );
}
