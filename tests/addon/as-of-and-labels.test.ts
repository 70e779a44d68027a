/**
 * Contract §8 in the sheet: scores measured from the AsOf cell (kept at today, so date metrics
 * never go stale) and bands named by the team's BandLabels, which the lights, alerts and history
 * follow.
 */
import { describe, expect, it } from 'vitest';
import type { Workbook } from '../../dev/emulator';
import { healthScore } from '../../src/core/healthscore';
import { type Addon, workbookWith } from './helpers';

const DAY = 86_400_000;

/** Accounts whose score depends on the date: days since the last login (Red 30, Green 0). */
function loginAccounts(): unknown[][] {
  const rows: unknown[][] = [['Account', 'Last login', 'Active users']];
  for (let i = 0; i < 8; i++) {
    rows.push([`Account ${i + 1}`, new Date(Date.UTC(2026, 9, 20 + i)), 40 + i * 5]);
  }
  return rows;
}

const MODEL = [
  ['Metric', 'Weight', 'Red', 'Green'],
  ['Last login', 60, 30, 0],
  ['Active users', 40, 0, 100],
];

function setUpWithModel(workbook: Workbook, addon: Addon) {
  addon.setUpHealthScore('Accounts');
  const sheet = workbook.services.SpreadsheetApp.getActive().getSheetByName('Health Model')!;
  sheet.getRange('A1:H20').clearContent();
  sheet.getRange(1, 1, MODEL.length, 4).setValues(MODEL);
}

function edit(workbook: Workbook, sheet: string, a1: string, values: unknown[][]) {
  workbook.services.SpreadsheetApp.getActive().getSheetByName(sheet)!.getRange(a1).setValues(values);
}

const scoresOf = (workbook: Workbook) =>
  workbook
    .values('Accounts')
    .slice(1)
    .map((row) => row[3]);

describe('AsOf: date-based scores stay current', () => {
  it('set-up names AsOf (today in the sheet) and BandLabels, and the formulas pass them', () => {
    const { workbook, addon } = workbookWith({ Accounts: loginAccounts() });
    workbook.setNow('2026-11-02T09:00:00Z');
    addon.setUpHealthScore('Accounts');
    expect(workbook.namedRanges()).toMatchObject({
      AsOf: "'Health Model'!K4",
      BandLabels: "'Health Model'!K6:K9",
    });
    const asOf = workbook.values('Health Model')[3][10] as Date;
    expect(asOf.toISOString()).toBe('2026-11-02T00:00:00.000Z');
    expect(
      workbook
        .values('Health Model')
        .slice(5, 9)
        .map((row) => row[10]),
    ).toEqual(['Healthy', 'At risk', 'Unhealthy', 'N/A']);
    expect(workbook.formulas('Accounts')[1].slice(3, 6)).toEqual([
      '=HEALTHSCORE(A2:C, A1:C1, HealthModel, 0.5, AsOf, HealthOverrides)',
      '=HEALTHBAND(D2:D, HealthyAt, UnhealthyBelow, BandLabels, A2:A, HealthOverrides, AsOf)',
      '=HEALTHEXPLAIN(A2:C, A1:C1, HealthModel, 3, AsOf, HealthOverrides)',
    ]);
  });

  it('a snapshot 30 days later records the scores a fresh calculation gives that day', () => {
    const { workbook, addon } = workbookWith({ Accounts: loginAccounts() });
    workbook.setNow('2026-11-02T09:00:00Z');
    setUpWithModel(workbook, addon);
    const dayOne = scoresOf(workbook);
    workbook.setNow('2026-12-02T09:00:00Z');
    // Sheets recalculates a custom function only when an argument changes: without AsOf moving,
    // the scores shown would still be those of day one.
    expect(scoresOf(workbook)).toEqual(dayOne);
    addon.takeHealthSnapshot();
    const fresh = healthScore(
      workbook
        .values('Accounts')
        .slice(1)
        .map((row) => row.slice(0, 3)),
      [workbook.values('Accounts')[0].slice(0, 3)],
      MODEL,
      0.5,
      Date.parse('2026-12-02T00:00:00Z'),
    ) as unknown[][];
    const shown = scoresOf(workbook);
    expect(shown).not.toEqual(dayOne);
    for (const [i, score] of shown.entries()) expect(score).toBeCloseTo(fresh[i][0] as number, 9);
    const history = workbook.values('Health History').filter((row) => row[0] !== '');
    const recorded = history.slice(1).map((row) => row[2] as number);
    for (const [i, score] of recorded.entries()) expect(score).toBeCloseTo(shown[i] as number, 1);
  });

  it('the daily job moves AsOf to today in the spreadsheet’s time zone', () => {
    const { workbook, addon } = workbookWith({ Accounts: loginAccounts() });
    workbook.setNow('2026-11-02T09:00:00Z');
    setUpWithModel(workbook, addon);
    workbook.setNow(Date.parse('2026-11-02T09:00:00Z') + 3 * DAY);
    addon.runScheduledJobs({});
    expect((workbook.values('Health Model')[3][10] as Date).toISOString()).toBe('2026-11-05T00:00:00.000Z');
  });
});

describe('BandLabels: the team names its bands', () => {
  it('HEALTHBAND, the traffic lights and the snapshot’s alerts follow renamed labels', () => {
    const { workbook, addon } = workbookWith({ Accounts: loginAccounts() });
    workbook.setNow('2026-11-02T09:00:00Z');
    setUpWithModel(workbook, addon);
    edit(workbook, 'Health Model', 'K6:K9', [['Sano'], ['A rischio'], ['Critico'], ['Nessun punteggio']]);
    const values = workbook.values('Accounts');
    const bands = new Set(values.slice(1).map((row) => row[4]));
    expect([...bands].every((band) => ['Sano', 'A rischio', 'Critico'].includes(String(band)))).toBe(true);
    const colours: Record<string, string> = { Sano: '#b7e1cd', 'A rischio': '#fce8b2', Critico: '#f4c7c3' };
    values.slice(1).forEach((row, i) => {
      expect(workbook.cellBackground('Accounts', `E${i + 2}`)).toBe(colours[String(row[4])]);
      expect(workbook.cellBackground('Accounts', `D${i + 2}`)).toBe(colours[String(row[4])]);
    });
    // A snapshot, then every account loses its logins: the alerts name the team's bands.
    addon.takeHealthSnapshot();
    workbook.setNow('2026-12-20T09:00:00Z');
    const result = addon.takeHealthSnapshot();
    expect(result.alerts.length).toBeGreaterThan(0);
    for (const alert of result.alerts) {
      expect(['Sano', 'A rischio']).toContain(alert.fromBand);
      expect(['A rischio', 'Critico']).toContain(alert.toBand);
    }
    const history = workbook.values('Health History').filter((row) => row[0] !== '');
    expect(new Set(history.slice(1).map((row) => row[3])).has('Critico')).toBe(true);
  });

  it('two equal labels are an error that says so', () => {
    const { workbook, addon } = workbookWith({ Accounts: loginAccounts() });
    workbook.setNow('2026-11-02T09:00:00Z');
    setUpWithModel(workbook, addon);
    edit(workbook, 'Health Model', 'K6:K8', [['Good'], ['good'], ['Bad']]);
    expect(workbook.cellError('Accounts', 'E2')).toMatch(/labels 1 and 2 are both "good"/);
  });
});

describe('sheets set up before AsOf and BandLabels', () => {
  it('get the names, the cells and the new formulas on their next set-up; the user’s look-alike rule stays', () => {
    const { workbook, addon } = workbookWith({
      Accounts: loginAccounts().map((row, i) =>
        i === 0
          ? [...row, 'Health score', 'Health band', 'Health drivers']
          : [
              ...row,
              '=HEALTHSCORE(A2:C, A1:C1, HealthModel)',
              '=HEALTHBAND(D2:D, HealthyAt, UnhealthyBelow)',
              '=HEALTHEXPLAIN(A2:C, A1:C1, HealthModel)',
            ].map((cell, j) => (i > 1 && j > 2 ? '' : cell)),
      ),
      'Health Model': [
        [
          'Metric',
          'Weight',
          'Red',
          'Green',
          'Group',
          'Values',
          'Missing',
          'Notes',
          '',
          'Band thresholds',
          '',
        ],
        ['Last login', 60, 30, 0, '', '', '', '', '', 'Healthy at', 70],
        ['Active users', 40, 0, 100, '', '', '', '', '', 'Unhealthy below', 40],
      ],
    });
    const spreadsheet = workbook.services.SpreadsheetApp.getActive();
    const model = spreadsheet.getSheetByName('Health Model')!;
    spreadsheet.setNamedRange('HealthModel', model.getRange('A1:H'));
    spreadsheet.setNamedRange('HealthyAt', model.getRange('K2'));
    spreadsheet.setNamedRange('UnhealthyBelow', model.getRange('K3'));
    // The user's own rule with the old lights' exact shape and colour, on another column.
    const accounts = spreadsheet.getSheetByName('Accounts')!;
    const userRule = workbook.services.SpreadsheetApp.newConditionalFormatRule()
      .setRanges([accounts.getRange('A2:A')])
      .whenFormulaSatisfied('=$B2="Healthy"')
      .setBackground('#b7e1cd')
      .build();
    accounts.setConditionalFormatRules([userRule]);
    workbook.setNow('2026-11-02T09:00:00Z');
    addon.setUpHealthScore('Accounts');
    expect(workbook.formulas('Accounts')[1].slice(3, 6)).toEqual([
      '=HEALTHSCORE(A2:C, A1:C1, HealthModel, 0.5, AsOf, HealthOverrides)',
      '=HEALTHBAND(D2:D, HealthyAt, UnhealthyBelow, BandLabels, A2:A, HealthOverrides, AsOf)',
      '=HEALTHEXPLAIN(A2:C, A1:C1, HealthModel, 3, AsOf, HealthOverrides)',
    ]);
    expect(Object.keys(workbook.namedRanges())).toEqual(
      expect.arrayContaining(['AsOf', 'BandLabels', 'HealthModel', 'HealthOverrides']),
    );
    const rules = workbook.conditionalFormats('Accounts');
    expect(rules[0]).toMatchObject({ ranges: ['A2:A1000'], values: ['=$B2="Healthy"'] });
    addon.applyTrafficLights('Accounts');
    expect(workbook.conditionalFormats('Accounts')[0]).toMatchObject({ values: ['=$B2="Healthy"'] });
  });

  it('refuses, naming the cells, when the user keeps something where AsOf and the labels go', () => {
    const { workbook, addon } = workbookWith({
      Accounts: loginAccounts(),
      'Health Model': [
        ['Metric', 'Weight', 'Red', 'Green', '', '', '', '', '', 'Band thresholds', ''],
        ['Last login', 60, 30, 0, '', '', '', '', '', 'Healthy at', 70],
        ['Active users', 40, 0, 100, '', '', '', '', '', 'Unhealthy below', 40],
        ['', '', '', '', '', '', '', '', '', 'Q4 target', 80],
      ],
    });
    addon.setUpHealthScore();
    expect(workbook.ui.alerts.at(-1)?.prompt).toMatch(/already has something in J4:K9/);
    expect(workbook.values('Health Model')[3][10]).toBe(80);
  });
});
