/** The sidebar's overrides endpoints (src/server/overrides-api.ts) through the built add-on. */
import { describe, expect, it } from 'vitest';
import type { AddOverrideRequest, OverridesState, SaveModelRequest } from '../../src/shared/protocol';
import { callsDuring, sampleAccounts, untyped, workbookWith } from './helpers';

function setUp() {
  const { workbook, addon } = workbookWith({ Accounts: sampleAccounts() });
  workbook.setNow('2026-11-02T09:00:00Z');
  addon.setUpHealthScore('Accounts');
  return { workbook, addon };
}

const request = (overrides: Partial<AddOverrideRequest> = {}): AddOverrideRequest => ({
  account: 'Initech GmbH',
  score: 25,
  band: null,
  reason: 'Champion left',
  by: 'Ana',
  until: '2026-12-02',
  ...overrides,
});

describe('saving a segmented model from the sidebar', () => {
  it('writes every segment with its Segment cell, within 10 SpreadsheetApp calls, and reads it back', () => {
    const { workbook, addon } = setUp();
    const state = addon.getSidebarState();
    const model = state.model!;
    const enterprise = model.metrics.map((rule) => ({
      ...rule,
      weight: rule.metric === 'NPS' ? 40 : rule.weight,
      segment: 'CSM = Andrei Popescu',
    }));
    const segmented: SaveModelRequest['model'] = { metrics: [...model.metrics, ...enterprise] };
    const calls = callsDuring(workbook, () => addon.saveModel({ model: segmented, bands: state.bands }));
    expect(calls.spreadsheet).toBeLessThanOrEqual(10);
    const after = addon.getSidebarState();
    expect(after.model).toEqual(segmented);
    expect(workbook.values('Health Model')[0][8]).toBe('Segment');
  });
});

describe('overrides endpoints', () => {
  it('lists nothing on a new table, with the account names and band labels', () => {
    const { addon } = setUp();
    const state = addon.listOverrides();
    expect(state.today).toBe('2026-11-02');
    expect(state.keyHeader).toBe('Account');
    expect(state.active).toEqual([]);
    expect(state.accounts).toContain('Initech GmbH');
    expect(state.bands).toEqual(['Healthy', 'At risk', 'Unhealthy']);
  });

  it('adds one row as plain text, in one write, and the score follows', () => {
    const { workbook, addon } = setUp();
    const formula = '=HYPERLINK("http://x","y")';
    let state: OverridesState | undefined;
    const calls = callsDuring(workbook, () => {
      state = addon.addOverride(request({ reason: formula }));
    });
    expect(calls.spreadsheet).toBeLessThanOrEqual(11);
    expect(state?.active).toEqual([
      {
        row: 2,
        account: 'Initech GmbH',
        score: 25,
        band: null,
        reason: formula,
        by: 'Ana',
        until: '2026-12-02',
      },
    ]);
    const sheet = workbook.values('Overrides');
    expect(sheet[1].slice(0, 5)).toEqual(['Initech GmbH', 25, '', formula, 'Ana']);
    expect(workbook.formulas('Overrides')[1][3]).toBe('');
    expect(workbook.displayValues('Overrides')[1][5]).toMatch(/2026/);
    const accounts = workbook.values('Accounts');
    const scoreColumn = accounts[0].indexOf('Health score');
    const row = accounts.findIndex((cells) => cells[0] === 'Initech GmbH');
    expect(accounts[row][scoreColumn]).toBe(25);
  });

  it('refuses a second active override of one account, an unknown account and a past day', () => {
    const { addon } = setUp();
    addon.addOverride(request());
    expect(() => addon.addOverride(request({ account: 'initech gmbh' }))).toThrow(
      /"Initech GmbH" already has an override until 2026-12-02: end it first/,
    );
    expect(() => addon.addOverride(request({ account: 'Nobody Inc' }))).toThrow(
      /There is no account "Nobody Inc" in the Account column/,
    );
    expect(() => addon.addOverride(request({ account: 'Dunder Mifflin Corp', until: '2026-11-01' }))).toThrow(
      /Until \(2026-11-01\) is before today \(2026-11-02\)/,
    );
    expect(() => addon.addOverride(request({ account: 'Dunder Mifflin Corp', score: 120 }))).toThrow(
      /\(score\)/,
    );
    expect(() => addon.addOverride(request({ account: 'Dunder Mifflin Corp', reason: '  ' }))).toThrow(
      /\(reason\)/,
    );
    expect(() =>
      addon.addOverride(request({ account: 'Dunder Mifflin Corp', score: null, band: 'Fine' })),
    ).toThrow(/\(band\)/);
  });

  it('ends one now: Until moves to yesterday, the row stays, and it is listed as ended', () => {
    const { workbook, addon } = setUp();
    addon.addOverride(request());
    addon.addOverride(request({ account: 'Dunder Mifflin Corp', score: null, band: 'At risk' }));
    let state: OverridesState | undefined;
    const calls = callsDuring(workbook, () => {
      state = addon.endOverride({ row: 2, account: 'Initech GmbH' });
    });
    expect(calls.spreadsheet).toBeLessThanOrEqual(11);
    expect(state!.active.map((entry) => entry.account)).toEqual(['Dunder Mifflin Corp']);
    expect(state!.ended).toEqual([
      expect.objectContaining({ row: 2, account: 'Initech GmbH', until: '2026-11-01' }),
    ]);
    expect(workbook.values('Overrides')[1][0]).toBe('Initech GmbH');
    expect(() => addon.endOverride({ row: 2, account: 'Initech GmbH' })).toThrow(
      /Row 2 of the Overrides sheet no longer holds an active override of "Initech GmbH"/,
    );
    expect(() => addon.endOverride({ row: 3, account: 'Initech GmbH' })).toThrow(/Row 3/);
  });

  it('refuses payloads the panel never sends, writing nothing', () => {
    const { workbook, addon } = setUp();
    addon.addOverride(request());
    const before = workbook.values('Overrides');
    const unusable = (field: string) =>
      `The health panel sent something the add-on cannot use (${field}). Close the panel, open it again and retry.`;
    const refusals: [string, unknown, string][] = [
      ['addOverride', undefined, unusable('request')],
      ['addOverride', JSON.stringify(request()), unusable('request')],
      ['addOverride', { ...request({ account: 'Dunder Mifflin Corp' }), score: '25' }, unusable('score')],
      ['addOverride', request({ account: 'Dunder Mifflin Corp', score: null }), unusable('score')],
      ['addOverride', request({ account: 'Dunder Mifflin Corp', until: '2026-13-45' }), unusable('until')],
      ['addOverride', request({ account: 'Dunder Mifflin Corp', until: 'next month' }), unusable('until')],
      ['addOverride', request({ account: ' ' }), unusable('account')],
      ['addOverride', { ...request({ account: 'Dunder Mifflin Corp' }), by: 7 }, unusable('by')],
      ['endOverride', { row: 1, account: 'Account' }, unusable('row')],
      ['endOverride', { row: '2', account: 'Initech GmbH' }, unusable('row')],
      ['endOverride', { row: 2 }, unusable('account')],
    ];
    for (const [endpoint, payload, message] of refusals) {
      expect(() => untyped(addon)[endpoint](payload), `${endpoint}(${JSON.stringify(payload)})`).toThrow(
        message,
      );
    }
    expect(workbook.values('Overrides')).toEqual(before);
  });

  it('says to run set-up when there is no Overrides table', () => {
    const { addon } = workbookWith({ Accounts: sampleAccounts() });
    expect(() => addon.listOverrides()).toThrow(
      'There is no Overrides table yet: run Set up health score once to create it.',
    );
  });
});
