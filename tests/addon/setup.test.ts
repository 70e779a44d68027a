/** One-click set-up, traffic lights and model saving, through the built add-on in the emulator. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SetUpResult } from '../../src/shared/protocol';
import { callsDuring, generatedAccounts, sampleAccounts, workbookWith } from './helpers';

describe('setUpHealthScore on the sample account sheet', () => {
  const { workbook, addon } = workbookWith({ Accounts: sampleAccounts() });
  let result: SetUpResult;

  beforeAll(() => {
    result = addon.setUpHealthScore('Accounts')!;
  });

  it('creates the Health Model sheet from the sheet’s own ingredient columns, with the named ranges', () => {
    expect(result.changed).toBe(true);
    expect(result.metrics).toEqual(
      expect.arrayContaining([
        'CSM sentiment',
        'NPS',
        'CSAT',
        'Advocacy',
        'Active users %',
        'Goals met',
        'Support tickets (90d)',
      ]),
    );
    const model = workbook.values('Health Model');
    expect(model[0].slice(0, 8)).toEqual([
      'Metric',
      'Weight',
      'Red',
      'Green',
      'Group',
      'Values',
      'Missing',
      'Notes',
    ]);
    const advocacy = model.find((row) => row[0] === 'Advocacy')!;
    expect(advocacy[5]).toMatch(/Detractor=0; Quiet=50; Referral=80; Case study=100/);
    const tickets = model.find((row) => row[0] === 'Support tickets (90d)')!;
    expect(tickets[2]).toBeGreaterThan(tickets[3] as number); // lower is better: Red above Green
    expect(workbook.namedRanges()).toMatchObject({
      HealthModel: "'Health Model'!A1:I1000",
      HealthyAt: "'Health Model'!K2",
      UnhealthyBelow: "'Health Model'!K3",
      HealthOverrides: 'Overrides!A1:F1000',
    });
  });

  it('adds score, band and drivers as one array formula each, right of the table', () => {
    const formulas = workbook.formulas('Accounts');
    const values = workbook.values('Accounts');
    expect(values[0].slice(16, 19)).toEqual(['Health score', 'Health band', 'Health drivers']);
    expect(formulas[1].slice(16, 19)).toEqual([
      '=HEALTHSCORE(A2:P, A1:P1, HealthModel, 0.5, AsOf, HealthOverrides)',
      '=HEALTHBAND(Q2:Q, HealthyAt, UnhealthyBelow, BandLabels, A2:A, HealthOverrides, AsOf)',
      '=HEALTHEXPLAIN(A2:P, A1:P1, HealthModel, 3, AsOf, HealthOverrides)',
    ]);
    expect(formulas.slice(2).every((row) => row.slice(16, 19).every((formula) => formula === ''))).toBe(true);
    const scored = values.slice(1).filter((row) => typeof row[16] === 'number');
    expect(scored.length).toBeGreaterThan(55);
    for (const row of scored) expect(['Healthy', 'At risk', 'Unhealthy']).toContain(row[17]);
  });

  it('colours score and band cells green / yellow / red', () => {
    const values = workbook.values('Accounts');
    const colours: Record<string, string> = {
      Healthy: '#b7e1cd',
      'At risk': '#fce8b2',
      Unhealthy: '#f4c7c3',
    };
    for (const [i, row] of values.entries()) {
      if (i === 0 || !(String(row[17]) in colours)) continue;
      expect(workbook.cellBackground('Accounts', `Q${i + 1}`)).toBe(colours[String(row[17])]);
      expect(workbook.cellBackground('Accounts', `R${i + 1}`)).toBe(colours[String(row[17])]);
    }
  });

  it('running it twice changes nothing', () => {
    const before = {
      accounts: workbook.formulas('Accounts'),
      model: workbook.values('Health Model'),
      names: workbook.namedRanges(),
      rules: workbook.conditionalFormats('Accounts'),
    };
    const again = addon.setUpHealthScore('Accounts')!;
    expect(again.changed).toBe(false);
    expect(workbook.formulas('Accounts')).toEqual(before.accounts);
    expect(workbook.values('Health Model')).toEqual(before.model);
    expect(workbook.namedRanges()).toEqual(before.names);
    expect(workbook.conditionalFormats('Accounts')).toEqual(before.rules);
  });

  it('editing a weight or a threshold on the Health Model sheet recalculates every score', () => {
    const before = workbook.values('Accounts').map((row) => row[16]);
    addon.saveModel({
      model: {
        metrics: [
          { metric: 'NPS', weight: 1, red: null, green: null, group: '', values: null, missing: null },
        ],
      },
      bands: { kind: 'fixed', healthyAt: 90, unhealthyBelow: 10 },
    });
    const after = workbook.values('Accounts');
    expect(after.map((row) => row[16])).not.toEqual(before);
    const top = after.find((row) => row[6] === 100);
    if (top) expect(top[17]).toBe('Healthy');
    expect(workbook.values('Health Model')[1].slice(0, 2)).toEqual(['NPS', 1]);
    expect(workbook.values('Health Model')[2][0]).toBe(''); // the old rows are blanked in the same write
  });
});

/** A rule of the user's, made through the same SpreadsheetApp the add-on sees. */
function addUserRule(
  workbook: ReturnType<typeof workbookWith>['workbook'],
  a1: string,
  formula: string,
  colour: string,
) {
  const sheet = workbook.services.SpreadsheetApp.getActive().getSheetByName('Accounts')!;
  const rule = workbook.services.SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(formula)
    .setBackground(colour)
    .setRanges([sheet.getRange(a1)])
    .build();
  sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), rule]);
}

describe('what the user had is kept', () => {
  it('keeps the user’s columns and notes: the add-on’s columns go after the last used one', () => {
    const accounts = generatedAccounts(20);
    accounts[0].push('', 'My notes');
    accounts[1].push('', 'call them');
    const { workbook, addon } = workbookWith({ Accounts: accounts });
    addon.setUpHealthScore('Accounts');
    const values = workbook.values('Accounts');
    expect(values[0].slice(8, 13)).toEqual(['', 'My notes', 'Health score', 'Health band', 'Health drivers']);
    expect(values[1][9]).toBe('call them');
    expect(workbook.formulas('Accounts')[1][10]).toBe(
      '=HEALTHSCORE(A2:J, A1:J1, HealthModel, 0.5, AsOf, HealthOverrides)',
    );
  });

  it('keeps the user’s rules first, in order, and replaces only the add-on’s own when applied again', () => {
    const { workbook, addon } = workbookWith({ Accounts: generatedAccounts(10) });
    addUserRule(workbook, 'A2:A', '=LEN(A2)>10', '#0000ff');
    addUserRule(workbook, 'I2:I', '=ISNUMBER(I2)', '#ff00ff');
    addon.setUpHealthScore('Accounts');
    const first = workbook.conditionalFormats('Accounts');
    expect(first.map((rule) => rule.background ?? rule.fontColor)).toEqual([
      '#0000ff',
      '#ff00ff',
      '#b7e1cd', // overridden rows: the band's fill, bold italic
      '#fce8b2',
      '#f4c7c3',
      '#b7e1cd',
      '#fce8b2',
      '#f4c7c3',
      '#137333', // Trend up
      '#c5221f', // Trend down
    ]);
    expect(first[2]).toMatchObject({
      ranges: ['I2:J1000'],
      condition: 'CUSTOM_FORMULA',
      values: [
        '=AND($J2=INDEX(INDIRECT("BandLabels"), 1), $A2<>"", COUNTIFS(INDIRECT("Overrides!A:A"), $A2, ' +
          'INDIRECT("Overrides!F:F"), ">="&INDIRECT("AsOf"))>0, N("Customer Health Score")=0)',
      ],
      bold: true,
      italic: true,
    });
    expect(first[5]).toMatchObject({
      ranges: ['I2:J1000'],
      condition: 'CUSTOM_FORMULA',
      values: ['=AND($J2=INDEX(INDIRECT("BandLabels"), 1), N("Customer Health Score")=0)'],
    });
    // The user adds a rule after set-up; applying again keeps it, ahead of the add-on's rules.
    addUserRule(workbook, 'B2:B', '=B2="red"', '#123456');
    addon.applyTrafficLights('Accounts');
    const again = workbook.conditionalFormats('Accounts');
    expect(again.map((rule) => rule.background ?? rule.fontColor)).toEqual([
      '#0000ff',
      '#ff00ff',
      '#123456',
      '#b7e1cd',
      '#fce8b2',
      '#f4c7c3',
      '#b7e1cd',
      '#fce8b2',
      '#f4c7c3',
      '#137333',
      '#c5221f',
    ]);
    // The user's rule on the score column wins where both apply; the band column keeps the add-on's colour.
    expect(workbook.cellBackground('Accounts', 'I2')).toBe('#ff00ff');
    const colours: Record<string, string> = {
      Healthy: '#b7e1cd',
      'At risk': '#fce8b2',
      Unhealthy: '#f4c7c3',
    };
    expect(workbook.cellBackground('Accounts', 'J2')).toBe(
      colours[String(workbook.values('Accounts')[1][9])],
    );
  });

  it('explains in an alert, from the menu, what is wrong', () => {
    const { workbook, addon } = workbookWith({ Empty: [['']] });
    addon.setUpHealthScore();
    expect(workbook.ui.alerts.at(-1)?.prompt).toMatch(
      /"Empty" needs a header row and at least one account row/,
    );
  });
});

describe('service-call budgets do not grow with the number of accounts', () => {
  const budgets = (count: number) => {
    const { workbook, addon } = workbookWith({ Accounts: generatedAccounts(count) });
    const setUp = callsDuring(workbook, () => addon.setUpHealthScore('Accounts'));
    const lights = callsDuring(workbook, () => addon.applyTrafficLights('Accounts'));
    const state = addon.getSidebarState();
    const save = callsDuring(workbook, () => addon.saveModel({ model: state.model!, bands: state.bands }));
    return { setUp, lights, save };
  };

  it('set-up ≤ 60, traffic lights ≤ 10, saving the model ≤ 10 SpreadsheetApp calls, the same for 100 and 10,000 accounts', () => {
    const small = budgets(100);
    const large = budgets(10_000);
    expect(large).toEqual(small);
    expect(small.setUp.spreadsheet).toBeLessThanOrEqual(60);
    expect(small.lights.all).toBeLessThanOrEqual(10);
    expect(small.save.all).toBeLessThanOrEqual(10);
  }, 120_000);
});
