/**
 * Business metrics (contract §3): each argument a value or a column of equal length; a column in
 * gives a column out. Ratios are fractions, to be formatted as % in the sheet.
 */
import { asColumn, fail, listArg } from './args';
import { describeCell, isBlank, readNumber } from './cells';

type Rule = 'positive' | 'nonNegative' | 'fraction';

interface Argument {
  name: string;
  value: unknown;
  rule: Rule;
}

const RULE_TEXT: Record<Rule, string> = {
  positive: 'must be above 0',
  nonNegative: 'must not be negative',
  fraction: 'must be a fraction from 0 to 1 (e.g. 0.75 or 75%)',
};

function satisfies(value: number, rule: Rule): boolean {
  if (rule === 'positive') return value > 0;
  if (rule === 'nonNegative') return value >= 0;
  return value >= 0 && value <= 1;
}

/** Broadcasts scalars against columns, validates each row, and computes it; all-blank rows give "". */
function perRow(
  args: Argument[],
  compute: (values: number[], where: string) => number,
): number | '' | (number | '')[][] {
  const lists = args.map((arg) => listArg(arg.value, arg.name));
  const rows = Math.max(...lists.map((list) => list.length));
  const mismatch = lists.findIndex((list) => list.length !== 1 && list.length !== rows);
  if (mismatch !== -1) {
    const sizes = args.map((arg, i) => `${arg.name} ${lists[i].length}`).join(', ');
    fail(`Columns must have equal length (or be single values): ${sizes} rows.`);
  }
  const columnInput = args.some((arg) => Array.isArray(arg.value) && listArg(arg.value, arg.name).length > 1);
  const results: (number | '')[] = [];
  for (let row = 0; row < rows; row++) {
    const cells = lists.map((list) => (list.length === 1 ? list[0] : list[row]));
    if (cells.every(isBlank)) {
      results.push('');
      continue;
    }
    const where = columnInput ? ` row ${row + 1}` : '';
    const values = cells.map((cell, i) => {
      const { name, rule } = args[i];
      if (isBlank(cell)) fail(`${name}${where} is blank.`);
      const value = readNumber(cell);
      if (Number.isNaN(value)) fail(`${name}${where} is ${describeCell(cell)}, not a number.`);
      if (!satisfies(value, rule)) fail(`${name}${where} is ${value}: it ${RULE_TEXT[rule]}.`);
      return value;
    });
    results.push(compute(values, where));
  }
  return asColumn(results, !columnInput);
}

/** ` row 3` → ` (row 3)` after a number, where a bare row would read as part of it. */
const rowNote = (where: string) => (where === '' ? '' : ` (${where.trim()})`);

/** Downgrades and cancellations come out of the starting MRR: together they cannot exceed it. */
function checkLosses(startMrr: number, contraction: number, churned: number, where: string): void {
  if (contraction + churned > startMrr) {
    fail(
      `contraction + churned (${contraction + churned}) exceed start_mrr ${startMrr}${rowNote(where)}: ` +
        'only MRR the period started with can be lost (new MRR lost in the period is expansion less its loss).',
    );
  }
}

export function churnRate(start: unknown, lost: unknown) {
  return perRow(
    [
      { name: 'customers_at_start', value: start, rule: 'positive' },
      { name: 'customers_lost', value: lost, rule: 'nonNegative' },
    ],
    ([atStart, customersLost], where) => {
      if (customersLost > atStart)
        fail(
          `customers_lost ${customersLost} exceeds customers_at_start ${atStart}${rowNote(where)}: a period cannot lose more customers than it started with.`,
        );
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
      if (monthlyProfit === 0)
        fail(`arpu × gross_margin${where} is 0: the acquisition cost is never paid back.`);
      return acquisitionCost / monthlyProfit;
    },
  );
}
