/**
 * Set-up on a real churn layout (examples/starter/telco.csv, public IBM Telco sample): a starter
 * model of the sheet's own signals, never its ID or outcome, and a toast that points to the
 * Backtest tab because the sheet says which accounts churned.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSheetCsv } from '../../dev/csv';
import { createWorkbook, loadAddon } from '../../dev/emulator';
import { format } from '../../src/shared/messages';
import { serverEn } from '../../src/shared/messages/server-en';
import { serverIt } from '../../src/shared/messages/server-it';
import { type Addon, CODE, ROOT, sampleAccounts, workbookWith } from './helpers';

const telco = () => readSheetCsv(join(ROOT, 'examples/starter/telco.csv'));

describe('set-up on a sheet with an outcome column', () => {
  it('builds the starter from tenure, contract and payment, never the ID or Churn', () => {
    const { workbook, addon } = workbookWith({ Customers: telco() });
    const result = addon.setUpHealthScore('Customers')!;
    expect(result.outcomeColumn).toBe('Churn');
    expect(result.metrics).toEqual(expect.arrayContaining(['tenure', 'Contract', 'PaymentMethod']));
    const model = workbook.values('Health Model').map((row) => row[0]);
    expect(model).not.toContain('Churn');
    expect(model).not.toContain('customerID');
    const contract = workbook.values('Health Model').find((row) => row[0] === 'Contract')!;
    expect(contract[5]).toBe('Month-to-month=0; One year=50; Two year=100');
    // The scores are numbers for every customer: the model reads this sheet.
    const values = workbook.values('Customers');
    const score = values[0].indexOf('Health score');
    expect(values.slice(1).every((row) => typeof row[score] === 'number')).toBe(true);
  });

  it('says so in the toast and points to the Backtest tab, in the user’s language', () => {
    const { workbook, addon } = workbookWith({ Customers: telco() });
    const { metrics } = addon.setUpHealthScore()!;
    const done = format(serverEn.toastSetUpDone, { sheet: 'Customers', metrics: metrics.length });
    expect(workbook.ui.toasts.at(-1)?.message).toBe(
      `${done} ${format(serverEn.toastSetUpOutcome, { column: 'Churn' })}`,
    );
    const italian = createWorkbook({ Clienti: telco() }, { locale: 'it_IT', userLocale: 'it' });
    (loadAddon(italian, CODE) as Addon).setUpHealthScore();
    expect(italian.ui.toasts.at(-1)?.message).toContain(
      format(serverIt.toastSetUpOutcome, { column: 'Churn' }),
    );
  });

  it('says nothing of an outcome on a sheet without one', () => {
    const { workbook, addon } = workbookWith({ Accounts: sampleAccounts() });
    const result = addon.setUpHealthScore('Accounts')!;
    expect(result.outcomeColumn).toBeUndefined();
    addon.setUpHealthScore();
    expect(workbook.ui.toasts.at(-1)?.message).toBe(
      format(serverEn.toastSetUpUnchanged, { sheet: 'Accounts' }),
    );
  });
});
