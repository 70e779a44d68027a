/** Menu and sidebar endpoints through the built add-on in the emulator. */
import { describe, expect, it } from 'vitest';
import { generatedAccounts, openEvent, sampleAccounts, untyped, workbookWith } from './helpers';

describe('menu', () => {
  it('onOpen adds the add-on menu without reading the document (safe in AuthMode.NONE)', () => {
    const { workbook, addon } = workbookWith({ Accounts: generatedAccounts(5) });
    const before = workbook.serviceCalls('SpreadsheetApp');
    // As Sheets runs it before authorisation: the emulator refuses any other service in AuthMode.NONE.
    workbook.simpleTrigger('onOpen', addon);
    const items = workbook.ui.menus
      .at(-1)!
      .items.flatMap((item) => ('caption' in item ? [[item.caption, item.functionName]] : []));
    expect(items).toEqual([
      ['Open health panel', 'showHealthPanel'],
      ['Set up health score', 'setUpHealthScore'],
      ['Apply traffic lights', 'applyTrafficLights'],
      ['Take health snapshot now', 'takeHealthSnapshotFromMenu'],
      ['Import survey responses', 'importSurveysFromMenu'],
      ['Export for CRM', 'exportForCrmFromMenu'],
      ['Help', 'showHelp'],
    ]);
    // getUi and the menu builder only (11 calls): no sheet, range, property or user data is touched.
    expect(workbook.serviceCalls('SpreadsheetApp') - before).toBe(11);
    expect(workbook.serviceCalls('PropertiesService')).toBe(0);
    expect(workbook.serviceCalls('Session')).toBe(0);
  });

  it('once authorised, opening the sheet moves AsOf to today so date-based scores are current', () => {
    const { workbook, addon } = workbookWith({ Accounts: generatedAccounts(5) });
    workbook.setNow('2026-11-02T09:00:00Z');
    addon.setUpHealthScore('Accounts');
    workbook.setNow('2026-11-09T09:00:00Z');
    addon.onOpen(openEvent('LIMITED'));
    expect(workbook.displayValues('Health Model')[3][10]).toBe('2026-11-09');
    expect(workbook.ui.menus.at(-1)?.items.length).toBeGreaterThan(0);
  });

  it('onInstall adds the same menu; the panel opens as a sidebar; Help shows an alert', () => {
    const { workbook, addon } = workbookWith({ Accounts: generatedAccounts(5) });
    addon.onInstall(openEvent('FULL'));
    expect(workbook.ui.menus).toHaveLength(1);
    addon.showHealthPanel();
    expect(workbook.ui.sidebar?.title).toBe('Health score');
    addon.showHelp();
    expect(workbook.ui.alerts.at(-1)?.title).toMatch(/help/i);
  });

  it('the menu actions work on the active sheet and report with a toast', () => {
    const { workbook, addon } = workbookWith({ Accounts: generatedAccounts(5) });
    addon.setUpHealthScore();
    expect(workbook.ui.toasts.at(-1)?.message).toMatch(/set up on "Accounts"/);
    addon.applyTrafficLights();
    expect(workbook.ui.toasts.at(-1)?.message).toMatch(/Traffic lights applied on "Accounts" \(8 rules\)/);
  });
});

describe('sidebar endpoints', () => {
  it('getSidebarState lists the account sheets and, after set-up, the model and bands', () => {
    const { addon } = workbookWith({ Accounts: sampleAccounts(), Notes: [['Anything']] });
    const before = addon.getSidebarState();
    expect(before.sheets.map((sheet) => sheet.name)).toEqual(['Accounts', 'Notes']);
    expect(before.model).toBeNull();
    expect(before.modelProblem).toMatch(/Set up health score/);
    addon.setUpHealthScore('Accounts');
    const after = addon.getSidebarState();
    expect(after.accountSheet).toBe('Accounts');
    expect(after.sheets.map((sheet) => sheet.name)).toEqual(['Accounts', 'Notes']); // not the Health Model nor the Health History
    expect(after.sheets[0].headers).not.toContain('Health score');
    expect(after.model!.metrics.map((rule) => rule.metric)).toContain('NPS');
    expect(after.bands).toEqual({ kind: 'fixed', healthyAt: 70, unhealthyBelow: 40 });
  });

  it('getSheetData sends JSON-safe rows: dates as ISO strings, the name column found', () => {
    const { addon } = workbookWith({ Accounts: sampleAccounts() });
    const data = addon.getSheetData('Accounts');
    expect(data.headers[0]).toBe('Account');
    expect(data.nameColumn).toBe(0);
    expect(data.rows[0][4]).toEqual({ date: '2026-11-22T00:00:00.000Z' });
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('saveModel validates before writing and names the field at fault', () => {
    const { workbook, addon } = workbookWith({ Accounts: generatedAccounts(5) });
    addon.setUpHealthScore('Accounts');
    const model = workbook.values('Health Model');
    const bad = {
      metrics: [
        { metric: 'NPS', weight: -1, red: null, green: null, group: '', values: null, missing: null },
      ],
    };
    expect(() =>
      addon.saveModel({ model: bad, bands: { kind: 'fixed', healthyAt: 70, unhealthyBelow: 40 } }),
    ).toThrow(/Health Model row 2 \("NPS"\): Weight -1/);
    const good = {
      metrics: [{ metric: 'NPS', weight: 1, red: null, green: null, group: '', values: null, missing: null }],
    };
    expect(() =>
      addon.saveModel({ model: good, bands: { kind: 'fixed', healthyAt: 30, unhealthyBelow: 40 } }),
    ).toThrow('Healthy at (30) must be above Unhealthy below (40).');
    expect(workbook.values('Health Model')).toEqual(model); // nothing was written
  });

  it('refuses, in words naming the field, every payload the sidebar could not have sent, writing nothing', () => {
    const { workbook, addon } = workbookWith({ Accounts: generatedAccounts(5) });
    addon.setUpHealthScore('Accounts');
    const before = workbook.values('Health Model');
    const model = {
      metrics: [{ metric: 'NPS', weight: 1, red: null, green: null, group: '', values: null, missing: null }],
    };
    const fixed = { kind: 'fixed', healthyAt: 70, unhealthyBelow: 40 };
    const unusable = (field: string) =>
      `The health panel sent something the add-on cannot use (${field}). Close the panel, open it again and retry.`;
    const refusals: [string, unknown[], string | RegExp][] = [
      ['saveModel', [undefined], unusable('request')],
      ['saveModel', ['{"model":{}}'], unusable('request')],
      ['saveModel', [{ model: [], bands: fixed }], unusable('model')],
      ['saveModel', [{ model: { metrics: [] }, bands: fixed }], 'Invalid Health Model: it has no metrics.'],
      ['saveModel', [{ model }], unusable('bands')],
      [
        'saveModel',
        [{ model, bands: { kind: 'fixed', healthyAt: '70', unhealthyBelow: 40 } }],
        unusable('bands.healthyAt'),
      ],
      [
        'saveModel',
        [{ model, bands: { kind: 'fixed', healthyAt: 170, unhealthyBelow: 40 } }],
        'Band thresholds are scores from 0 to 100: 170 is outside that range.',
      ],
      [
        'saveModel',
        [{ model, bands: { kind: 'fixed', healthyAt: 70, unhealthyBelow: -5 } }],
        'Band thresholds are scores from 0 to 100: -5 is outside that range.',
      ],
      ['getSheetData', [42], 'Choose the sheet that holds your accounts.'],
      ['getSheetData', ['Nope'], 'There is no sheet named "Nope" in this spreadsheet.'],
      ['exportForCrm', [{ sheet: 'Accounts' }], unusable('sheetName')],
      ['setSnapshotSchedule', ['weekly'], /The schedule must be one of off, daily \(got weekly\)/],
      ['saveAlertSettings', [null], 'Nothing to save.'],
      [
        'saveAlertSettings',
        [{ email: true, recipients: ['not an address'] }],
        '"not an address" is not an e-mail address.',
      ],
      [
        'applyLearnedWeights',
        [{ table: 'HealthModel' }],
        'Run the backtest first: there is no learned model to apply.',
      ],
    ];
    for (const [endpoint, args, message] of refusals) {
      expect(() => untyped(addon)[endpoint](...args), `${endpoint}(${JSON.stringify(args)})`).toThrow(
        message,
      );
    }
    expect(workbook.values('Health Model')).toEqual(before);
    expect(workbook.sheetByName('CRM Export')).toBeUndefined();
  });

  it('never writes text that looks like a formula as a formula, and keeps its characters', () => {
    const accounts = generatedAccounts(5);
    accounts[0][7] = '=Tickets+1';
    const { workbook, addon } = workbookWith({ Accounts: accounts });
    addon.setUpHealthScore('Accounts');
    const hostile = {
      metrics: [
        {
          metric: '=Tickets+1',
          weight: 1,
          red: null,
          green: null,
          group: '@team',
          values: null,
          missing: null,
          notes: '-check +this',
        },
      ],
    };
    addon.saveModel({ model: hostile, bands: { kind: 'quartiles' } });
    expect(workbook.formulas('Health Model')[1].slice(0, 8)).toEqual(['', '', '', '', '', '', '', '']);
    expect(workbook.values('Health Model')[1].slice(0, 8)).toEqual([
      '=Tickets+1',
      1,
      '',
      '',
      '@team',
      '',
      '',
      '-check +this',
    ]);
    expect(workbook.namedRanges().HealthyAt).toBe("'Health Model'!K2");
    expect(workbook.values('Health Model')[1][10]).toBe('quartiles');
  });
});
