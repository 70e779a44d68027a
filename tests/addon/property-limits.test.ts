/**
 * Document properties stay inside Google's limits by design (9 KB a value with its key, 500 KB a
 * store): every account, each with a 200-character name, drops a band in the same snapshot. The
 * stored alerts are bounded in bytes, not in accounts, so 2,500 accounts (40 times the 9 KB) test
 * the same bound as 10,000 (run once by hand: same result, 70 s in the emulator). The emulator
 * throws past the limits as Google does.
 */
import { describe, expect, it } from 'vitest';
import type { Workbook } from '../../dev/emulator';
import { utf8Length } from '../../src/core/bytes';
import { workbookWith } from './helpers';

const LONG = 'Ž'.repeat(20) + 'x'.repeat(179); // 200 characters, some of them two bytes

function accounts(count: number, usage: number): unknown[][] {
  const rows: unknown[][] = [['Account', 'Active users']];
  for (let i = 0; i < count; i++) rows.push([`${LONG}${String(i).padStart(6, '0')}`.slice(-200), usage]);
  return rows;
}

function setUsage(workbook: Workbook, count: number, usage: number) {
  const sheet = workbook.services.SpreadsheetApp.getActive().getSheetByName('Accounts')!;
  sheet.getRange(2, 2, count, 1).setValues(Array.from({ length: count }, () => [usage]));
}

function storeSizes(workbook: Workbook): { largest: number; total: number } {
  let largest = 0;
  let total = 0;
  for (const [key, value] of workbook.properties.document) {
    const bytes = utf8Length(key) + utf8Length(value);
    largest = Math.max(largest, bytes);
    total += bytes;
  }
  return { largest, total };
}

describe('document properties at the bound', () => {
  it('a snapshot where 2,500 long-named accounts all drop a band stores what fits, and finishes', () => {
    const count = 2_500;
    const { workbook, addon } = workbookWith({ Accounts: accounts(count, 90) });
    workbook.setNow('2026-11-02T09:00:00Z');
    addon.setUpHealthScore('Accounts');
    const model = workbook.services.SpreadsheetApp.getActive().getSheetByName('Health Model')!;
    model.getRange('A1:H20').clearContent();
    model.getRange(1, 1, 2, 4).setValues([
      ['Metric', 'Weight', 'Red', 'Green'],
      ['Active users', 1, 0, 100],
    ]);
    addon.takeHealthSnapshot();
    setUsage(workbook, count, 10);
    workbook.setNow('2026-11-03T09:00:00Z');
    const result = addon.takeHealthSnapshot();
    expect(result.alerts).toHaveLength(count);

    const { largest, total } = storeSizes(workbook);
    expect(largest).toBeLessThanOrEqual(9 * 1024);
    expect(total).toBeLessThanOrEqual(500 * 1024);
    const state = addon.getHistoryState();
    expect(state.alerts!.total).toBe(count);
    expect(state.alerts!.items.length).toBeGreaterThan(10);
    expect(state.alerts!.items[0].account.length).toBeLessThanOrEqual(200);
    // The pointer was saved with the snapshot: a third snapshot the same day replaces, never appends.
    expect(addon.takeHealthSnapshot().replaced).toBe(true);
  }, 120_000);
});

describe('the 10 M-cell limit', () => {
  it('a snapshot that would grow the history past it stops before writing, and says what to do', () => {
    const rows: unknown[][] = [['Account', 'Active users']];
    for (let i = 0; i < 300; i++) rows.push([`Account ${i}`, i % 100]);
    const { workbook, addon } = workbookWith({ Accounts: rows, Archive: [['Old data']] });
    workbook.setNow('2026-11-02T09:00:00Z');
    addon.setUpHealthScore('Accounts');
    const spreadsheet = workbook.services.SpreadsheetApp.getActive();
    const archive = spreadsheet.getSheetByName('Archive')!;
    // The user's archive fills the spreadsheet to 400 cells short of the limit.
    const used = spreadsheet.getSheets().reduce((n, s) => n + s.getMaxRows() * s.getMaxColumns(), 0);
    archive.insertRowsAfter(
      archive.getMaxRows(),
      Math.floor((10_000_000 - used - 400) / archive.getMaxColumns()),
    );
    // The first week fits the history's spare rows; the day the grid must grow, the check runs.
    const start = Date.parse('2026-11-02T09:00:00Z');
    let failure: Error | null = null;
    for (let day = 0; day < 12 && failure === null; day++) {
      workbook.setNow(start + day * 86_400_000);
      try {
        addon.takeHealthSnapshot();
      } catch (error) {
        failure = error as Error;
      }
    }
    expect(failure?.message).toMatch(
      /needs \d+ more rows in Health History.*10,000,000 cells\. Nothing was written/,
    );
    const total = spreadsheet.getSheets().reduce((n, s) => n + s.getMaxRows() * s.getMaxColumns(), 0);
    expect(total).toBeLessThanOrEqual(10_000_000);
    const history = workbook.values('Health History').filter((row) => row[0] !== '');
    expect(history.length - 1).toBe(300 * new Set(history.slice(1).map((row) => String(row[0]))).size);
  }, 60_000);
});

describe('remembered survey assignments', () => {
  it('keep the newest that fit in a property; an old one dropped only means asking again', async () => {
    const { answer, pulseSpec, setUpSurveys } = await import('./surveys-fixtures');
    const { addon, workbook } = setUpSurveys();
    const responses = Array.from({ length: 60 }, (_, i) =>
      answer(`u${i}`, 1 + (i % 28), `someone${i}@gmail.com`, {
        nps: i % 11,
        company: `Unknown company ${i} ${'z'.repeat(180)}`,
      }),
    );
    const form = workbook.addForm(pulseSpec(responses));
    addon.importSurveyResponses(form.url);
    const accounts = addon.getSurveyState().accounts;
    for (let i = 0; i < 60; i++)
      addon.assignSurveyResponse({ responseId: `u${i}`, account: accounts[i % accounts.length] });
    const stored = workbook.properties.document.get('healthScore.surveyAssignments') ?? '';
    expect(utf8Length('healthScore.surveyAssignments') + utf8Length(stored)).toBeLessThanOrEqual(9 * 1024);
    const kept = JSON.parse(stored) as Record<string, string>;
    // The newest assignment is always kept.
    expect(Object.keys(kept).some((key) => key.includes('59'))).toBe(true);
    expect(Object.keys(kept).length).toBeLessThan(120);
  }, 120_000);
});
