/** Survey results feeding the health score: SURVEYSCORE columns, widened score formulas, model metrics, scale. */
import { describe, expect, it } from 'vitest';
import type { FormResponseSpec } from '../../dev/emulator';
import type { SurveyImportResult } from '../../src/shared/protocol';
import { callsDuring, sampleAccounts, workbookWith } from './helpers';
import {
  answer,
  NOW,
  pulseSpec,
  Q,
  SURVEY,
  setUpSurveys,
  surveyAccounts,
  threeResponses,
} from './surveys-fixtures';

const column = (values: unknown[][], header: string) => {
  const index = values[0].indexOf(header);
  expect(index, `column ${header}`).toBeGreaterThanOrEqual(0);
  return values.slice(1).map((row) => row[index]);
};

/** Acme: NPS 9, 10, 4 → (2 − 1) / 3 = 33.3; CSAT 5, 4, 2 → 2 of 3 top-two-box. Globex: one detractor. */
function acmeAndGlobex(): FormResponseSpec[] {
  return [
    answer('a1', 1, 'ann@acme.com', { nps: 9, csat: 5 }),
    answer('a2', 3, 'ben@acme.com', { nps: 10, csat: 4 }),
    answer('a3', 8, 'cat@acme.com', { nps: 4, csat: 2 }),
    answer('g1', 2, 'gil@globex.it', { nps: 3, csat: 1 }),
  ];
}

describe('feeding the score', () => {
  it('adds NPS, CSAT and Last survey as SURVEYSCORE columns at the end of the table, and widens the score formulas', () => {
    const { workbook, addon } = setUpSurveys();
    const before = column(workbook.values('Accounts'), 'Health score');
    const form = workbook.addForm(pulseSpec(acmeAndGlobex()));
    const preview = addon.previewSurveyImport(form.url);
    expect(preview.columnsToAdd).toEqual(['NPS', 'CSAT', 'Last survey']);

    const result = addon.importSurveyResponses(form.url);
    expect(result.columnsAdded).toEqual(['NPS', 'CSAT', 'Last survey']);
    const values = workbook.values('Accounts');
    const formulas = workbook.formulas('Accounts');
    expect(values[0]).toEqual([
      'Account',
      'Domain',
      'ARR',
      'Logins',
      'NPS',
      'CSAT',
      'Last survey',
      'Health score',
      'Health band',
      'Health drivers',
      'Trend',
    ]);
    const responses = "'Survey Responses'";
    expect(formulas[1]).toEqual([
      '',
      '',
      '',
      '',
      `=SURVEYSCORE(A2:A, ${responses}!D2:D, ${responses}!F2:F, "NPS", ${responses}!B2:B, 180)`,
      `=SURVEYSCORE(A2:A, ${responses}!D2:D, ${responses}!G2:G, "CSAT", ${responses}!B2:B, 180)`,
      `=SURVEYSCORE(A2:A, ${responses}!D2:D, ${responses}!B2:B, "LAST", ${responses}!B2:B)`,
      '=HEALTHSCORE(A2:G, A1:G1, HealthModel, 0.5, AsOf, HealthOverrides)',
      '=HEALTHBAND(H2:H, HealthyAt, UnhealthyBelow, BandLabels, A2:A, HealthOverrides, AsOf)',
      '=HEALTHEXPLAIN(A2:G, A1:G1, HealthModel, 3, AsOf, HealthOverrides)',
      "=HEALTHTREND(A2:A, 'Health History'!B2:B, 'Health History'!A2:A, 'Health History'!C2:C, 30)",
    ]);
    expect(formulas.slice(2).every((row) => row.every((formula) => formula === ''))).toBe(true);

    // The account's NPS is the NPS of its responses; accounts without responses stay blank.
    expect(column(values, 'NPS')).toEqual([((2 - 1) / 3) * 100, -100, '', '']);
    expect(column(values, 'CSAT')).toEqual([(2 / 3) * 100, 0, '', '']);
    expect(column(workbook.displayValues('Accounts'), 'Last survey')).toEqual([
      '2024-05-08',
      '2024-05-02',
      '',
      '',
    ]);
    expect(
      column(values, 'Health band')
        .slice(0, 2)
        .every((band) => band !== ''),
    ).toBe(true);

    // The Health Model counts them at once.
    const model = workbook.values('Health Model');
    expect(
      model.filter((row) => row[0] === 'NPS' || row[0] === 'CSAT').map((row) => row.slice(0, 5)),
    ).toEqual([
      ['NPS', 10, 0, 50, 'Customer sentiment'],
      ['CSAT', 10, 60, 90, 'Customer sentiment'],
    ]);
    const after = column(values, 'Health score');
    expect(after[0]).not.toBe(before[0]);
    // Globex was already at 0 (fewest logins): its drivers now name NPS and CSAT too.
    expect(after[1]).toBe(0);
    expect(after[2]).toBe(before[2]); // no responses: the score is unchanged
    expect(column(values, 'Health drivers')[1]).toMatch(/NPS -\d/);
    expect(column(values, 'Health drivers')[1]).toMatch(/CSAT -\d/);
  });

  it('updates the account’s NPS as soon as new responses are imported', () => {
    const { workbook, addon } = setUpSurveys();
    const form = workbook.addForm(pulseSpec(acmeAndGlobex()));
    addon.importSurveyResponses(form.url);
    const score = column(workbook.values('Accounts'), 'Health score')[1];
    form.addResponses([
      answer('g2', 9, 'gus@globex.it', { nps: 10 }),
      answer('g3', 9, 'gwen@globex.it', { nps: 9 }),
    ]);
    expect(addon.importSurveyResponses(form.url)).toMatchObject({ added: 2, columnsAdded: [] });
    const values = workbook.values('Accounts');
    expect(column(values, 'NPS')[1]).toBeCloseTo(((2 - 1) / 3) * 100, 10);
    expect(column(values, 'Health score')[1]).toBeGreaterThan(score as number);
    expect(values[0].filter((header) => header === 'NPS')).toHaveLength(1);
  });

  it('counts only responses within the chosen window of days', () => {
    const { workbook, addon } = setUpSurveys();
    const form = workbook.addForm(
      pulseSpec([
        { ...answer('old', 1, 'ian@initech.io', { nps: 0 }), timestamp: '2024-03-01T09:00:00Z' },
        answer('new', 9, 'ann@acme.com', { nps: 10 }),
      ]),
    );
    addon.importSurveyResponses(form.url, { windowDays: 30 });
    const values = workbook.values('Accounts');
    expect(workbook.formulas('Accounts')[1][4]).toMatch(/, 30\)$/);
    expect(column(values, 'NPS')).toEqual([100, '', '', '']);
    // Last survey is the last response ever, however old.
    expect(column(workbook.displayValues('Accounts'), 'Last survey')[2]).toBe('2024-03-01');
  });

  it('adds no column when the user declines, and the schedule keeps declining', () => {
    const { workbook, addon } = setUpSurveys();
    const form = workbook.addForm(pulseSpec(threeResponses()));
    const accounts = workbook.formulas('Accounts');
    const model = workbook.values('Health Model');
    expect(addon.importSurveyResponses(form.url, { addColumns: false })).toMatchObject({ columnsAdded: [] });
    addon.importSurveysFromMenu();
    expect(workbook.formulas('Accounts')).toEqual(accounts);
    expect(workbook.values('Health Model')).toEqual(model);
  });

  it('adds no CSAT column for CSAT asked on 1–7, and says why', () => {
    const { workbook, addon } = setUpSurveys();
    const form = workbook.addForm({
      ...pulseSpec([]),
      items: [
        { title: Q.nps, type: 'SCALE', lower: 0, upper: 10 },
        { title: 'How satisfied are you overall?', type: 'SCALE', lower: 1, upper: 7 },
      ],
      responses: [
        {
          id: 's1',
          timestamp: '2024-05-02T09:00:00Z',
          email: 'ann@acme.com',
          answers: { [Q.nps]: 8, 'How satisfied are you overall?': 7 },
        },
      ],
    });
    const preview = addon.previewSurveyImport(form.url);
    expect(preview.mapping.csatScale).toBe(7);
    expect(preview.columnsToAdd).toEqual(['NPS', 'Last survey']);
    const result = addon.importSurveyResponses(form.url);
    expect(result.columnsAdded).toEqual(['NPS', 'Last survey']);
    expect(result.problems).toEqual([expect.stringMatching(/^CSAT answers are on a 1–7 scale/)]);
    expect(workbook.values('Accounts')[0]).not.toContain('CSAT');
    expect(workbook.values(SURVEY)[1][6]).toBe(7);
    expect(workbook.values('Health Model').some((row) => row[0] === 'CSAT')).toBe(false);
  });

  it('adds only what an account sheet lacks (the sample sheet already has NPS and CSAT)', () => {
    const { workbook, addon } = setUpSurveys({ Accounts: sampleAccounts() });
    const form = workbook.addForm(pulseSpec(threeResponses()));
    const modelBefore = workbook.values('Health Model');
    expect(addon.previewSurveyImport(form.url)).toMatchObject({ columnsToAdd: ['Last survey'] });
    expect(addon.importSurveyResponses(form.url)).toMatchObject({ columnsAdded: ['Last survey'] });
    const headers = workbook.values('Accounts')[0];
    expect(headers.indexOf('Last survey')).toBe(headers.indexOf('Health score') - 1);
    expect(workbook.formulas('Accounts')[1][headers.indexOf('Health score')]).toBe(
      '=HEALTHSCORE(A2:Q, A1:Q1, HealthModel, 0.5, AsOf, HealthOverrides)',
    );
    expect(workbook.values('Health Model')).toEqual(modelBefore);
  });
});

describe('at scale', () => {
  const ACCOUNTS = 200;

  function bigWorkbook(responses: number) {
    const rows: unknown[][] = [['Account', 'Domain', 'Logins']];
    for (let i = 0; i < ACCOUNTS; i++) rows.push([`Account ${i}`, `acct${i}.example.com`, i % 50]);
    const { workbook, addon } = workbookWith({ Accounts: rows });
    workbook.setNow(NOW);
    addon.setUpHealthScore('Accounts');
    const start = Date.parse('2024-01-01T00:00:00Z');
    const form = workbook.addForm(
      pulseSpec(
        Array.from({ length: responses }, (_, i) => ({
          id: `resp-${i}`,
          timestamp: new Date(start + i * 60_000),
          email: i % 10 === 0 ? `someone${i}@gmail.com` : `user${i}@acct${i % ACCOUNTS}.example.com`,
          answers: { [Q.nps]: i % 11, [Q.csat]: 1 + (i % 5), [Q.comment]: i % 7 === 0 ? `=note ${i}` : '' },
        })),
      ),
    );
    return { workbook, addon, form };
  }

  it('imports 10,000 responses with the same SpreadsheetApp calls as 100 (at most 30), well under a minute', () => {
    const small = bigWorkbook(100);
    const smallCalls = callsDuring(small.workbook, () => small.addon.importSurveyResponses(small.form.url));
    const large = bigWorkbook(10_000);
    const started = Date.now();
    let result: SurveyImportResult | undefined;
    const largeCalls = callsDuring(large.workbook, () => {
      result = large.addon.importSurveyResponses(large.form.url);
    });
    const seconds = (Date.now() - started) / 1000;
    expect(result).toMatchObject({ added: 10_000, updated: 0, unmatched: 1000 });
    expect(largeCalls.spreadsheet).toBe(smallCalls.spreadsheet);
    expect(largeCalls.spreadsheet).toBeLessThanOrEqual(30);
    expect(seconds).toBeLessThan(60);
    console.log(
      `survey import: ${smallCalls.spreadsheet} SpreadsheetApp calls for 100 and ${largeCalls.spreadsheet} ` +
        `for 10,000 responses; 10,000 in ${seconds.toFixed(1)} s`,
    );
    const values = large.workbook.values(SURVEY);
    expect(values).toHaveLength(10_001);
    expect(new Set(values.slice(1).map((row) => row[0])).size).toBe(10_000);
    expect(values[8][8]).toBe('=note 7');
    // Every tenth response comes from free mail (unmatched), so accounts 0, 10, 20… have none.
    const nps = column(large.workbook.values('Accounts'), 'NPS');
    expect(nps.filter((value) => typeof value === 'number')).toHaveLength(ACCOUNTS - ACCOUNTS / 10);
    expect(nps[0]).toBe('');

    // Re-importing them all changes nothing, at a few calls more than reading.
    const again = callsDuring(large.workbook, () =>
      expect(large.addon.importSurveyResponses(large.form.url)).toMatchObject({ added: 0, updated: 0 }),
    );
    expect(again.spreadsheet).toBeLessThanOrEqual(10);
  }, 120_000);
});

it('keeps the account sheet of the fixtures free of survey columns (so the column tests mean something)', () => {
  const headers = surveyAccounts()[0];
  expect(headers).not.toContain('NPS');
  expect(headers).not.toContain('CSAT');
  expect(headers).toContain('Domain');
});
