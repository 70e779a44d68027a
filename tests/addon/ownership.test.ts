/**
 * The add-on owns only what it made: a user's sheet, named range or rule that happens to use one
 * of its names is never adopted, redirected or rewritten; set-up stops and names the conflict.
 */
import { describe, expect, it } from 'vitest';
import { generatedAccounts, workbookWith } from './helpers';

describe('what the add-on does not own', () => {
  it('a user’s own "Health History" changelog is refused, never appended to or thinned', () => {
    const changelog = [
      ['When', 'Who', 'What'],
      ...Array.from({ length: 5 }, (_, i) => [`day ${i}`, 'ann', 'edit']),
    ];
    const { workbook, addon } = workbookWith({ Accounts: generatedAccounts(4), 'Health History': changelog });
    expect(() => addon.setUpHealthScore('Accounts')).toThrow(
      /already has a sheet named "Health History" whose first row is not Date \| Account \| Score \| Band/,
    );
    expect(workbook.values('Health History')).toEqual(changelog);
  });

  it('a user’s named range HealthyAt is never redirected or written into', () => {
    const { workbook, addon } = workbookWith({
      Accounts: generatedAccounts(4),
      Targets: [
        ['Healthy at', 80],
        ['Revenue', 125000],
      ],
    });
    const spreadsheet = workbook.services.SpreadsheetApp.getActive();
    spreadsheet.setNamedRange('HealthyAt', spreadsheet.getSheetByName('Targets')!.getRange('B1'));
    expect(() => addon.setUpHealthScore('Accounts')).toThrow(
      /already has a named range "HealthyAt" \(on "Targets"\).*Rename yours/,
    );
    expect(workbook.values('Targets')).toEqual([
      ['Healthy at', 80],
      ['Revenue', 125000],
    ]);
    expect(workbook.namedRanges().HealthyAt).toBe('Targets!B1');
  });

  it('a user’s own "Health Model" sheet is neither adopted by set-up nor overwritten by Save', () => {
    const notes = [
      ['Ideas for a health model', ''],
      ['ask the CSMs', 'next week'],
    ];
    const { workbook, addon } = workbookWith({ Accounts: generatedAccounts(4), 'Health Model': notes });
    expect(() => addon.setUpHealthScore('Accounts')).toThrow(
      /sheet named "Health Model" that is not a Health Model table/,
    );
    const model = {
      metrics: [
        {
          metric: 'NPS',
          weight: 1,
          red: null,
          green: null,
          group: '',
          values: null,
          missing: null,
          notes: '',
        },
      ],
    };
    expect(() =>
      addon.saveModel({ model, bands: { kind: 'fixed', healthyAt: 70, unhealthyBelow: 40 } }),
    ).toThrow(/has a "Health Model" sheet but no HealthModel table/);
    expect(workbook.values('Health Model')).toEqual(notes);
  });

  it('a leftover half-built sheet of a failed set-up is replaced, not shown as the model', () => {
    const { workbook, addon } = workbookWith({ Accounts: generatedAccounts(4) });
    workbook.failOn('setName', { message: 'Service Spreadsheets timed out' });
    expect(() => addon.setUpHealthScore('Accounts')).toThrow('Service Spreadsheets timed out');
    const names = () =>
      workbook.services.SpreadsheetApp.getActive()
        .getSheets()
        .map((sheet) => sheet.getName());
    expect(names()).toContain('Health Model (setting up)');
    expect(names()).not.toContain('Health Model');
    addon.setUpHealthScore('Accounts');
    expect(names()).toContain('Health Model');
    expect(names()).not.toContain('Health Model (setting up)');
  });
});
