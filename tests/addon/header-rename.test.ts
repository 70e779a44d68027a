/**
 * Edits the add-on follows (src/server/on-edit.ts). Renaming a metric's header renames the metric
 * in the Health Model (the onEdit simple trigger, run by the emulator as Sheets runs it), and
 * inserting or deleting columns inside the account table keeps every formula the add-on wrote.
 */
import { describe, expect, it } from 'vitest';
import { callsDuring, generatedAccounts, workbookWith } from './helpers';

function setUp(count = 6) {
  const scene = workbookWith({ Accounts: generatedAccounts(count) });
  scene.addon.setUpHealthScore('Accounts');
  const spreadsheet = scene.workbook.services.SpreadsheetApp.getActive();
  return { ...scene, spreadsheet };
}

const column = (values: unknown[][], header: string) => {
  const at = values[0].indexOf(header);
  return values.slice(1).map((row) => row[at]);
};
const metrics = (values: unknown[][]) =>
  values
    .slice(1)
    .map((row) => row[0])
    .filter((cell) => cell !== '');

describe('renaming a metric’s header', () => {
  it('renames the metric in the Health Model: the scores stay numbers, unchanged', () => {
    const { workbook } = setUp();
    const before = column(workbook.values('Accounts'), 'Health score');
    expect(metrics(workbook.values('Health Model'))).toContain('NPS');

    const outcome = workbook.userEdit('Accounts', 'C1', 'Net promoter score');
    expect(outcome).toMatchObject({ fired: true, ok: true });
    const model = metrics(workbook.values('Health Model'));
    expect(model).toContain('Net promoter score');
    expect(model).not.toContain('NPS');
    expect(column(workbook.values('Accounts'), 'Health score')).toEqual(before);
    expect(workbook.ui.toasts.at(-1)?.message).toBe(
      'Health Model updated: the metric "NPS" is now "Net promoter score", like its column.',
    );
  });

  it('writes a header that looks like a formula as text', () => {
    const { workbook } = setUp();
    workbook.userEdit('Accounts', 'C1', '+NPS (survey)');
    const at = metrics(workbook.values('Health Model')).indexOf('+NPS (survey)');
    expect(at).toBeGreaterThan(-1);
    expect(workbook.formulas('Health Model')[at + 1][0]).toBe('');
  });

  it('leaves the model alone for edits that are not a metric header’s rename', () => {
    const { workbook, spreadsheet } = setUp();
    spreadsheet.insertSheet('Notes');
    const model = JSON.stringify(workbook.values('Health Model'));
    workbook.userEdit('Accounts', 'C2', 12); // a value, not a header
    workbook.userEdit('Accounts', 'A1:C1', [['Account', 'CSM mood', 'Promoter score']]); // a pasted row
    workbook.userEdit('Notes', 'A1', 'x'); // another sheet
    workbook.userEdit('Notes', 'A1', 'NPS2');
    workbook.userEdit('Accounts', 'A1', 'Customer'); // a column the model does not score
    expect(JSON.stringify(workbook.values('Health Model'))).toBe(model);
  });

  it('never makes two metrics of one name', () => {
    const { workbook } = setUp();
    const model = JSON.stringify(workbook.values('Health Model'));
    workbook.userEdit('Accounts', 'C1', 'Active users');
    expect(JSON.stringify(workbook.values('Health Model'))).toBe(model);
  });

  it('costs a few calls whatever the number of accounts', () => {
    for (const count of [6, 600]) {
      const { workbook } = setUp(count);
      const calls = callsDuring(workbook, () => workbook.userEdit('Accounts', 'C1', 'Promoters'));
      expect(calls.spreadsheet).toBeLessThanOrEqual(10);
    }
  });

  it('a failed write leaves the model as it was (the next rename tries again)', () => {
    const { workbook } = setUp();
    const model = JSON.stringify(workbook.values('Health Model'));
    workbook.failOn('setValues', { message: 'Service Spreadsheets timed out' });
    const outcome = workbook.userEdit('Accounts', 'C1', 'Promoters');
    expect(outcome).toMatchObject({ fired: true, ok: false });
    expect(JSON.stringify(workbook.values('Health Model'))).toBe(model);
    workbook.userEdit('Accounts', 'C1', 'NPS');
    workbook.userEdit('Accounts', 'C1', 'Promoters');
    expect(metrics(workbook.values('Health Model'))).toContain('Promoters');
  });
});

describe('inserting and deleting columns inside the account table', () => {
  it('moves every formula the add-on wrote, and the scores, bands and colours stay right', () => {
    const { workbook, spreadsheet } = setUp();
    const sheet = spreadsheet.getSheetByName('Accounts')!;
    const before = workbook.values('Accounts');
    const backgrounds = () => [2, 3, 4, 5, 6, 7].map((row) => workbook.cellBackground('Accounts', `J${row}`));
    const shown = backgrounds();
    expect(workbook.formulas('Accounts')[1].filter(Boolean)).toEqual([
      '=HEALTHSCORE(A2:H, A1:H1, HealthModel, 0.5, AsOf, HealthOverrides)',
      '=HEALTHBAND(I2:I, HealthyAt, UnhealthyBelow, BandLabels, A2:A, HealthOverrides, AsOf)',
      '=HEALTHEXPLAIN(A2:H, A1:H1, HealthModel, 3, AsOf, HealthOverrides)',
      expect.stringMatching(/^=HEALTHTREND\(A2:A, /),
    ]);

    sheet.insertColumnBefore(3); // a new, still empty, column inside the table
    expect(workbook.formulas('Accounts')[1].filter(Boolean).slice(0, 3)).toEqual([
      '=HEALTHSCORE(A2:I, A1:I1, HealthModel, 0.5, AsOf, HealthOverrides)',
      '=HEALTHBAND(J2:J, HealthyAt, UnhealthyBelow, BandLabels, A2:A, HealthOverrides, AsOf)',
      '=HEALTHEXPLAIN(A2:I, A1:I1, HealthModel, 3, AsOf, HealthOverrides)',
    ]);
    workbook.userEdit('Accounts', 'C1:C7', [['Region'], ['EU'], ['US'], ['EU'], ['APAC'], ['US'], ['EU']]);
    const after = workbook.values('Accounts');
    expect(column(after, 'Health score')).toEqual(column(before, 'Health score'));
    expect(column(after, 'Health band')).toEqual(column(before, 'Health band'));
    expect([2, 3, 4, 5, 6, 7].map((row) => workbook.cellBackground('Accounts', `K${row}`))).toEqual(shown);

    sheet.deleteColumn(3);
    expect(workbook.formulas('Accounts')[1].filter(Boolean).slice(0, 2)).toEqual([
      '=HEALTHSCORE(A2:H, A1:H1, HealthModel, 0.5, AsOf, HealthOverrides)',
      '=HEALTHBAND(I2:I, HealthyAt, UnhealthyBelow, BandLabels, A2:A, HealthOverrides, AsOf)',
    ]);
    expect(column(workbook.values('Accounts'), 'Health score')).toEqual(column(before, 'Health score'));
    expect(backgrounds()).toEqual(shown);
  });

  it('a column inserted at the table’s first column moves the whole table', () => {
    const { workbook, spreadsheet } = setUp();
    const before = column(workbook.values('Accounts'), 'Health score');
    spreadsheet.getSheetByName('Accounts')!.insertColumnBefore(1);
    const formulas = workbook.formulas('Accounts')[1].filter(Boolean);
    expect(formulas[0]).toBe('=HEALTHSCORE(B2:I, B1:I1, HealthModel, 0.5, AsOf, HealthOverrides)');
    expect(formulas[3]).toMatch(/^=HEALTHTREND\(B2:B, /);
    expect(column(workbook.values('Accounts'), 'Health score')).toEqual(before);
  });
});
