/** The starter model on real public churn layouts (examples/starter) and on headers in five languages. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readSheetCsv } from '../../dev/csv';
import type { MetricRule } from '../../src/core/model';
import { readStarterSheet, type StarterSheet } from '../../src/core/starter';

const NOW = Date.UTC(2026, 11, 1);

function fixture(name: string): StarterSheet & { headers: unknown[] } {
  const [headers, ...rows] = readSheetCsv(
    fileURLToPath(new URL(`../../examples/starter/${name}`, import.meta.url)),
  );
  return { headers, ...readStarterSheet(headers, rows, NOW) };
}

const rule = (sheet: StarterSheet, metric: string): MetricRule => {
  const found = sheet.metrics.find(({ rule }) => rule.metric === metric);
  if (found === undefined)
    throw new Error(`no metric "${metric}" in ${sheet.metrics.map((m) => m.rule.metric)}`);
  return found.rule;
};
const red = (r: MetricRule) => (r.red?.kind === 'number' ? r.red.value : Number.NaN);
const green = (r: MetricRule) => (r.green?.kind === 'number' ? r.green.value : Number.NaN);
const higherIsBetter = (r: MetricRule) => green(r) > red(r);
const scoreOf = (r: MetricRule, label: string) => r.values?.find((v) => v.label === label)?.score;
const names = (sheet: StarterSheet) => sheet.metrics.map(({ rule }) => rule.metric);

describe('starter model on real churn layouts', () => {
  it('telecom: tenure up, contract and payment method as editable Values, charges shown but off', () => {
    const sheet = fixture('telco.csv');
    expect(sheet.outcome?.header).toBe('Churn');
    expect(names(sheet)).not.toContain('Churn');
    expect(names(sheet)).not.toContain('customerID');
    expect(higherIsBetter(rule(sheet, 'tenure'))).toBe(true);
    const contract = rule(sheet, 'Contract');
    expect(scoreOf(contract, 'Month-to-month')).toBe(0);
    expect(scoreOf(contract, 'Two year')).toBe(100);
    expect(scoreOf(contract, 'One year')).toBe(50);
    const payment = rule(sheet, 'PaymentMethod');
    expect(scoreOf(payment, 'Electronic check')).toBeLessThan(scoreOf(payment, 'Credit card (automatic)')!);
    expect(payment.weight).toBeGreaterThan(0);
    expect(rule(sheet, 'MonthlyCharges').weight).toBe(0);
    // More than one metric carries weight (the old starter chose TechSupport alone).
    expect(sheet.metrics.filter(({ rule }) => rule.weight > 0).length).toBeGreaterThanOrEqual(3);
  });

  it('e-commerce: complaints and days since the last order count against, tenure and satisfaction for', () => {
    const sheet = fixture('ecommerce.csv');
    expect(sheet.outcome?.header).toBe('Churn');
    expect(names(sheet)).not.toContain('CustomerID');
    expect(higherIsBetter(rule(sheet, 'Tenure'))).toBe(true);
    expect(higherIsBetter(rule(sheet, 'Complain'))).toBe(false);
    expect(higherIsBetter(rule(sheet, 'DaySinceLastOrder'))).toBe(false);
    expect(higherIsBetter(rule(sheet, 'SatisfactionScore'))).toBe(true);
    expect(scoreOf(rule(sheet, 'PreferredPaymentMode'), 'Cash on Delivery')).toBe(0);
    // "CityTier" is where the customer lives, not a plan; hours on the app are usage, not spend.
    expect(names(sheet)).not.toContain('CityTier');
    expect(sheet.metrics.find(({ rule }) => rule.metric === 'HourSpendOnApp')?.ingredient).toBe('Adoption');
  });

  it('bank: Exited is the outcome; surname, customer ID and row number are never metrics', () => {
    const sheet = fixture('bank.csv');
    expect(sheet.outcome?.header).toBe('Exited');
    for (const identifier of ['Surname', 'CustomerId', 'RowNumber', 'Exited'])
      expect(names(sheet)).not.toContain(identifier);
    expect(higherIsBetter(rule(sheet, 'Tenure'))).toBe(true);
    expect(higherIsBetter(rule(sheet, 'IsActiveMember'))).toBe(true);
  });

  it('subscription: support calls and payment delay against, usage frequency for', () => {
    const sheet = fixture('subscription.csv');
    expect(higherIsBetter(rule(sheet, 'Support Calls'))).toBe(false);
    expect(higherIsBetter(rule(sheet, 'Payment Delay'))).toBe(false);
    expect(higherIsBetter(rule(sheet, 'Last Interaction'))).toBe(false);
    expect(higherIsBetter(rule(sheet, 'Usage Frequency'))).toBe(true);
    expect(names(sheet)).not.toContain('CustomerID');
  });
});

describe('starter model, by meaning and in five languages', () => {
  // Tenure, complaints, days since last login, satisfaction: up, down, down, up.
  const LANGUAGES: Record<string, string[]> = {
    en: ['Customer since (months)', 'Complaints', 'Days since last login', 'Satisfaction'],
    it: ['Anzianità (mesi)', 'Reclami', "Giorni dall'ultimo accesso", 'Soddisfazione'],
    ro: ['Vechime (luni)', 'Reclamații', 'Zile de la ultima autentificare', 'Satisfacția clientului'],
    fa: ['سابقه (ماه)', 'شکایت‌ها', 'روز از آخرین ورود', 'رضایت مشتری'],
    th: ['อายุสมาชิก (เดือน)', 'เรื่องร้องเรียน', 'วันนับจากเข้าสู่ระบบล่าสุด', 'ความพึงพอใจ'],
  };
  const rows = Array.from({ length: 20 }, (_, i) => [i + 1, i % 4, (i * 7) % 30, 1 + (i % 5)]);
  for (const [language, headers] of Object.entries(LANGUAGES)) {
    it(`recognises and orients the ${language} headers`, () => {
      const sheet = readStarterSheet(headers, rows, NOW);
      expect(names(sheet)).toEqual(headers);
      expect(headers.map((header) => higherIsBetter(rule(sheet, header)))).toEqual([
        true,
        false,
        false,
        true,
      ]);
    });
  }

  it('reads dates by meaning: an older "customer since" is better, an older "last login" worse', () => {
    const day = (n: number) => new Date(NOW - n * 86_400_000);
    const rows = Array.from({ length: 20 }, (_, i) => [day(30 * (i + 1)), day(i + 1)]);
    const sheet = readStarterSheet(['Customer since', 'Last login'], rows, NOW);
    expect(higherIsBetter(rule(sheet, 'Customer since'))).toBe(true);
    expect(higherIsBetter(rule(sheet, 'Last login'))).toBe(false);
  });

  it('a yes/no column where more is worse scores "yes" low', () => {
    const sheet = readStarterSheet(['Complaint open'], [['Yes'], ['No'], ['No']], NOW);
    const complaint = rule(sheet, 'Complaint open');
    expect(scoreOf(complaint, 'Yes')).toBe(0);
    expect(scoreOf(complaint, 'No')).toBe(100);
  });

  it('labels it cannot judge get Values at 50 the user can see, and weight 0 until scored', () => {
    const sheet = readStarterSheet(['Plan'], [['Aurora'], ['Borealis'], ['Aurora']], NOW);
    const plan = rule(sheet, 'Plan');
    expect(plan.weight).toBe(0);
    expect(plan.values?.map((v) => v.score)).toEqual([50, 50]);
    expect(plan.notes).toContain('Aurora');
  });

  it('plan tiers are ranked from free to enterprise', () => {
    const sheet = readStarterSheet(['Tier'], [['Enterprise'], ['Free'], ['Pro'], ['Basic']], NOW);
    expect(rule(sheet, 'Tier').values).toEqual([
      { label: 'Free', score: 0 },
      { label: 'Basic', score: 33 },
      { label: 'Pro', score: 67 },
      { label: 'Enterprise', score: 100 },
    ]);
  });

  it('never scores e-mails, URLs, names or a free-text column, even under a signal header', () => {
    const headers = [
      'Support email',
      'Usage page',
      'Account name',
      'Support tickets (90d)',
      'Satisfaction comment',
    ];
    const rows = Array.from({ length: 12 }, (_, i) => [
      `cs${i}@example.com`,
      `https://example.com/usage/${i}`,
      `Acme ${i}`,
      i,
      `comment number ${i}`,
    ]);
    expect(names(readStarterSheet(headers, rows, NOW))).toEqual(['Support tickets (90d)']);
  });

  it('finds a Status column of active / cancelled as the outcome, and an Italian "Disdetta"', () => {
    const status = readStarterSheet(
      ['Account', 'Status', 'Logins'],
      [
        ['A', 'Active', 3],
        ['B', 'Cancelled', 1],
      ],
      NOW,
    );
    expect(status.outcome).toEqual({ column: 1, header: 'Status' });
    expect(names(status)).toEqual(['Logins']);
    const plain = readStarterSheet(
      ['Account', 'Status', 'Logins'],
      [
        ['A', 'Onboarding', 3],
        ['B', 'Live', 1],
      ],
      NOW,
    );
    expect(plain.outcome).toBeNull();
    expect(readStarterSheet(['Cliente', 'Disdetta'], [['A', 'sì']], NOW).outcome?.header).toBe('Disdetta');
    // A column about the outcome is not the outcome; "churned" outranks "lost".
    const about = readStarterSheet(['Lost reason', 'Churn date', 'Lost', 'Churned?'], [], NOW);
    expect(about.outcome?.header).toBe('Churned?');
  });
});
