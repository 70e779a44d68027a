import { describe, expect, it } from 'vitest';
import { createWorkbook } from '../../dev/emulator/index';

describe('conditional formats', () => {
  const data = () => ({
    Accounts: [
      ['Score', 'Band'],
      [85, 'Healthy'],
      [55, 'At risk'],
      [20, 'Unhealthy'],
      ['', ''],
    ],
    Model: [['HealthyAt', 70]],
  });

  it('keeps rules in order and exposes them like Apps Script', () => {
    const wb = createWorkbook(data());
    const app = wb.services.SpreadsheetApp;
    const sh = app.getActive().getSheetByName('Accounts')!;
    const score = sh.getRange('A2:A5');
    const user = app
      .newConditionalFormatRule()
      .whenCellEmpty()
      .setBackground('#CCCCCC')
      .setRanges([score])
      .build();
    const green = app
      .newConditionalFormatRule()
      .whenNumberGreaterThanOrEqualTo(70)
      .setBackground('#b7e1cd')
      .setRanges([score])
      .build();
    const band = app
      .newConditionalFormatRule()
      .whenTextEqualTo('Healthy')
      .setBackground('#b7e1cd')
      .setRanges([sh.getRange('B2:B5')])
      .build();
    sh.setConditionalFormatRules([user, green, band]);

    const rules = sh.getConditionalFormatRules();
    expect(rules).toHaveLength(3);
    const cond = rules[1].getBooleanCondition()!;
    expect(cond.getCriteriaType()).toBe(app.BooleanCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO);
    expect(cond.getCriteriaValues()).toEqual([70]);
    expect(cond.getBackgroundObject()!.asRgbColor().asHexString()).toBe('#b7e1cd');
    expect(rules[1].getRanges().map((r) => r.getA1Notation())).toEqual(['A2:A5']);
    expect(wb.conditionalFormats('Accounts')).toEqual([
      { ranges: ['A2:A5'], condition: 'CELL_EMPTY', values: [], background: '#cccccc' },
      {
        ranges: ['A2:A5'],
        condition: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
        values: [70],
        background: '#b7e1cd',
      },
      { ranges: ['B2:B5'], condition: 'TEXT_EQ', values: ['Healthy'], background: '#b7e1cd' },
    ]);

    // Replace only the add-on's rule, keep the user's first.
    const kept = sh
      .getConditionalFormatRules()
      .filter((r) => r.getBooleanCondition()!.getCriteriaType() !== 'TEXT_EQ');
    const copy = rules[2].copy().whenTextEqualTo('At risk').setBackground('#fce8b2').build();
    sh.setConditionalFormatRules([...kept, copy]);
    expect(wb.conditionalFormats('Accounts').map((r) => r.values)).toEqual([[], [70], ['At risk']]);
  });

  it('cellBackground applies the first matching rule, custom formulas relative to the top-left', () => {
    const wb = createWorkbook(data());
    const app = wb.services.SpreadsheetApp;
    const ss = app.getActive();
    ss.setNamedRange('HealthyAt', ss.getRange('Model!B1'));
    const sh = ss.getSheetByName('Accounts')!;
    const score = sh.getRange('A2:A');
    sh.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=AND($A2<>"",$A2>=HealthyAt)')
        .setBackground('#b7e1cd')
        .setRanges([score])
        .build(),
      app
        .newConditionalFormatRule()
        .whenNumberBetween(40, 69.999)
        .setBackground('#fce8b2')
        .setRanges([score])
        .build(),
      app
        .newConditionalFormatRule()
        .whenNumberLessThan(40)
        .setBackground('#f4c7c3')
        .setRanges([score])
        .build(),
      app
        .newConditionalFormatRule()
        .whenNumberGreaterThan(0)
        .setBackground('#000000')
        .setRanges([score])
        .build(),
    ]);
    expect(['A2', 'A3', 'A4', 'A5'].map((a) => wb.cellBackground('Accounts', a))).toEqual([
      '#b7e1cd',
      '#fce8b2',
      '#f4c7c3',
      null,
    ]);
    ss.getRange('Model!B1').setValue(90);
    expect(wb.cellBackground('Accounts', 'A2')).toBe('#000000'); // now only the last rule matches
    expect(wb.conditionalFormats('Accounts')[0].ranges).toEqual(['A2:A1000']);
  });
});

describe('custom formulas and other sheets', () => {
  it('a rule referring to another sheet directly never applies; through INDIRECT of a literal it does', () => {
    const wb = createWorkbook({ Accounts: [['Score'], [80], [20]], Targets: [[50]] });
    const app = wb.services.SpreadsheetApp;
    const sheet = app.getActive().getSheetByName('Accounts')!;
    const rule = (formula: string, colour: string) =>
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied(formula)
        .setBackground(colour)
        .setBold(true)
        .setItalic(true)
        .setRanges([sheet.getRange('A2:A')])
        .build();
    sheet.setConditionalFormatRules([rule('=$A2>Targets!$A$1', '#ff0000')]);
    expect(wb.cellBackground('Accounts', 'A2')).toBeNull();
    sheet.setConditionalFormatRules([rule('=$A2>INDIRECT("Targets!A1")', '#00ff00')]);
    expect(wb.cellBackground('Accounts', 'A2')).toBe('#00ff00');
    expect(wb.cellTextStyle('Accounts', 'A2')).toEqual({ bold: true, italic: true, fontColor: null });
    expect(wb.cellBackground('Accounts', 'A3')).toBeNull();
    expect(wb.cellTextStyle('Accounts', 'A3')).toEqual({ bold: null, italic: null, fontColor: null });
    expect(wb.conditionalFormats('Accounts')[0]).toMatchObject({ bold: true, italic: true });
  });

  // The engine keeps a custom formula's result until its contents change (a view evaluates the
  // same formula for many cells): a write on another sheet, a cleared cell and a new clock show.
  it('evaluates a custom formula again after anything it reads changed', () => {
    const wb = createWorkbook({
      Accounts: [
        ['Account', 'Band'],
        ['Acme', 'Healthy'],
        ['Globex', 'At risk'],
      ],
      Overrides: [['Account'], ['Acme']],
    });
    const app = wb.services.SpreadsheetApp;
    const sh = app.getActive().getSheetByName('Accounts')!;
    const rule = (formula: string, colour: string) =>
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied(formula)
        .setBackground(colour)
        .setRanges([sh.getRange('B2:B3')])
        .build();
    sh.setConditionalFormatRules([
      rule('=COUNTIF(INDIRECT("Overrides!A:A"), "Globex")>0', '#ff0000'),
      rule('=TODAY()>=DATE(2027, 1, 1)', '#00ff00'),
    ]);
    wb.setNow('2026-12-01T09:00:00Z');
    const looks = () => [wb.cellBackground('Accounts', 'B2'), wb.cellBackground('Accounts', 'B3')];
    expect(looks()).toEqual([null, null]);
    app.getActive().getSheetByName('Overrides')!.getRange('A3').setValue('Globex');
    expect(looks()).toEqual(['#ff0000', '#ff0000']);
    app.getActive().getSheetByName('Overrides')!.getRange('A3').clearContent();
    expect(looks()).toEqual([null, null]);
    wb.setNow('2027-01-02T09:00:00Z');
    expect(looks()).toEqual(['#00ff00', '#00ff00']);
  });
});
