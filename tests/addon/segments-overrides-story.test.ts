/**
 * Segments and overrides (contract §9), the whole story through the built add-on: a sheet with
 * three segments (Tier) and two overrides is set up, scored, snapshotted for two weeks, alerted and
 * backtested; the score override ends by itself when the clock passes its last day, the next digest
 * lists it, and the snapshots stay within their call budget. (The same story in the browser:
 * tests/sidebar/playground-segments.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { demoAccounts } from '../../dev/playground/demo-data';
import { backtest } from '../../src/core/history/backtest';
import { parseModelTable } from '../../src/core/model';
import type { AddOverrideRequest } from '../../src/shared/protocol';
import { callsDuring, workbookWith } from './helpers';

const TIERS = ['Enterprise', 'Mid-market', 'Self-serve'] as const;
const DAY = 86_400_000;
const START = Date.parse('2026-11-02T09:00:00Z');

function accountsWithTiers(): unknown[][] {
  const accounts = demoAccounts();
  const arr = accounts[0].indexOf('ARR');
  return accounts.map((row, i) => {
    if (i === 0) return [...row, 'Tier'];
    const value = Number(row[arr]);
    const tier = row[0] === '' ? '' : value >= 60_000 ? TIERS[0] : value >= 18_000 ? TIERS[1] : TIERS[2];
    return [...row, tier];
  });
}

describe('three segments and two overrides, end to end', () => {
  it('scores by segment, keeps both scores in the history, alerts, backtests and ends the override on time', () => {
    const { workbook, addon } = workbookWith({ Accounts: accountsWithTiers() });
    workbook.setNow(START);
    addon.setUpHealthScore('Accounts');
    const values = () => workbook.values('Accounts');
    const column = (header: string) => values()[0].indexOf(header);
    const cell = (account: string, header: string) =>
      values().find((row) => row[0] === account)?.[column(header)];

    // Each tier gets the default rules; Enterprise weighs its first metric far more.
    const spreadsheet = workbook.services.SpreadsheetApp.getActive();
    const modelRange = spreadsheet.getRangeByName('HealthModel')!;
    const table = modelRange.getValues().filter((row) => row[0] !== '');
    const rules = table.slice(1);
    const segmented = TIERS.flatMap((tier) =>
      rules.map((row, i) => {
        const copy = [...row.slice(0, 8), `Tier = ${tier}`];
        if (tier === 'Enterprise' && i === 0) copy[1] = Number(copy[1]) * 8;
        return copy;
      }),
    );
    modelRange.offset(table.length, 0, segmented.length, 9).setValues(segmented);
    const scores = values()
      .slice(1)
      .map((row) => row[column('Health score')]);
    expect(scores.filter((score) => typeof score === 'number').length).toBeGreaterThan(50);

    // Two overrides from the panel's endpoint: a score ending in three days, a band for a month.
    const [selfServe, enterprise] = [TIERS[2], TIERS[0]].map((tier) =>
      String(values().find((row) => row[column('Tier')] === tier)?.[0]),
    );
    const add = (request: AddOverrideRequest) => addon.addOverride(request);
    add({
      account: selfServe,
      score: 15,
      band: null,
      reason: 'Champion left',
      by: 'Ana',
      until: '2026-11-05',
    });
    const state = add({
      account: enterprise,
      score: null,
      band: 'Healthy',
      reason: 'Renewal signed',
      by: 'Bo',
      until: '2026-12-02',
    });
    expect(state.active.map((entry) => entry.account)).toEqual([selfServe, enterprise]);
    expect(cell(selfServe, 'Health score')).toBe(15);
    expect(cell(enterprise, 'Health band')).toBe('Healthy');

    addon.saveAlertSettings({ email: true, recipients: ['cs@example.com'], minPointDrop: null });
    // Two weeks of daily snapshots; on day 3 a healthy Enterprise account's CSM turns red (the
    // metric Enterprise weighs most: set-up's first, CSM sentiment).
    expect(rules[0][0]).toBe('CSM sentiment');
    const sentiment = column('CSM sentiment');
    const victim = values().findIndex(
      (row, i) =>
        i > 0 &&
        row[column('Tier')] === 'Enterprise' &&
        row[0] !== enterprise &&
        row[column('Health band')] === 'Healthy',
    );
    expect(victim).toBeGreaterThan(0);
    const costs: { calls: number; emailed: boolean }[] = [];
    for (let day = 0; day < 14; day++) {
      workbook.setNow(START + day * DAY);
      if (day === 3)
        spreadsheet
          .getSheetByName('Accounts')!
          .getRange(victim + 1, sentiment + 1)
          .setValue('red');
      const mails = workbook.mail.length;
      const { spreadsheet: calls } = callsDuring(workbook, () => addon.takeHealthSnapshot());
      costs.push({ calls, emailed: workbook.mail.length > mails });
    }
    // ≤ 12 calls a day; a digest e-mail adds the spreadsheet's name, link and language (3).
    for (const { calls, emailed } of costs) expect(calls).toBeLessThanOrEqual(emailed ? 15 : 12);
    expect(costs.filter(({ emailed }) => emailed).length).toBeGreaterThanOrEqual(2);

    const history = workbook.values('Health History');
    expect(history[0]).toEqual(['Date', 'Account', 'Score', 'Band', 'Computed score']);
    const selfServeRows = history.filter((row) => row[1] === selfServe);
    // Held through 5 November (days 0–3): shown 15, computed the model's; afterwards both the model's.
    expect(
      selfServeRows.slice(0, 4).every((row) => row[2] === 15 && row[4] !== 15 && typeof row[4] === 'number'),
    ).toBe(true);
    expect(selfServeRows.slice(4).every((row) => row[2] === row[4] && row[2] !== 15)).toBe(true);
    expect(cell(selfServe, 'Health score')).not.toBe(15);
    expect(cell(enterprise, 'Health band')).toBe('Healthy');

    // The collapse was alerted, and the digest after 5 November listed the ended override once.
    const mails = workbook.mail.map((mail) => JSON.stringify(mail));
    expect(mails.some((mail) => mail.includes(String(values()[victim][0])))).toBe(true);
    expect(mails.filter((mail) => mail.includes('Champion left'))).toHaveLength(1);

    // The backtest (the Backtest tab's computation) judges the segmented model, never the overrides.
    const sheet = addon.getSheetData('Accounts');
    const churned = column('Churned');
    const modelTable = spreadsheet
      .getRangeByName('HealthModel')!
      .getValues()
      .filter((row) => row[0] !== '');
    const result = backtest({
      headers: sheet.headers,
      rows: sheet.rows,
      model: parseModelTable(modelTable),
      modelTable,
      outcomes: sheet.rows.map((row) => [row[churned]]),
      bands: { healthyAt: 70, unhealthyBelow: 40 },
      nowMs: START + 13 * DAY,
    });
    expect(result.current.auc).toBeGreaterThan(0.5);
    const learnedSegments = new Set(result.learnedModelTable.slice(1).map((row) => row.at(-1)));
    for (const tier of TIERS) expect(learnedSegments).toContain(`Tier = ${tier}`);
  }, 120_000);
});
