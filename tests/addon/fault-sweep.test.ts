/** Issue "nothing lost": every action survives a failure at any of its service calls. */
import { describe, expect, it } from 'vitest';
import type { Workbook } from '../../dev/emulator';
import type { SaveModelRequest } from '../../src/shared/protocol';
import { type Scene, sweep } from './fault-sweep';
import { generatedAccounts, workbookWith } from './helpers';

const ACCOUNTS = generatedAccounts(6);
const WIDTH = ACCOUNTS[0].length;

/** The user's own cells: the account table as they typed it (read without recalculating). */
const accountTable = (workbook: Workbook) =>
  JSON.stringify(workbook.typed('Accounts').map((row) => row.slice(0, WIDTH)));

function fresh(): Scene {
  const scene = workbookWith({ Accounts: ACCOUNTS.map((row) => [...row]) });
  scene.workbook.setNow('2026-11-02T09:00:00Z');
  return scene;
}

function setUp(): Scene {
  const scene = fresh();
  scene.addon.setUpHealthScore('Accounts');
  return scene;
}

const report = (name: string, result: ReturnType<typeof sweep>) => {
  console.log(`fault sweep: ${name} survives ${result.survived} of ${result.calls} failed calls`);
  for (const { call, why } of result.broken) console.log(`  call ${call}: ${why}`);
};

describe('fault sweep', () => {
  it('set-up', () => {
    const result = sweep(fresh, ({ addon }) => addon.setUpHealthScore('Accounts'), accountTable);
    report('set-up', result);
    expect(result.broken).toEqual([]);
  }, 120_000);

  it('traffic lights', () => {
    const result = sweep(setUp, ({ addon }) => addon.applyTrafficLights('Accounts'), accountTable);
    report('traffic lights', result);
    expect(result.broken).toEqual([]);
  }, 60_000);

  it('saving the model', () => {
    // What the sidebar sends: the model it opened with, every weight changed, a metric fewer.
    const model = setUp().addon.getSidebarState().model!;
    const metrics = model.metrics.slice(1).map((metric) => ({ ...metric, weight: metric.weight + 1 }));
    const request: SaveModelRequest = {
      model: { ...model, metrics },
      bands: { kind: 'fixed', healthyAt: 75, unhealthyBelow: 35 },
    };
    const result = sweep(setUp, ({ addon }) => addon.saveModel(request), accountTable);
    report('save', result);
    expect(result.broken).toEqual([]);
  }, 60_000);

  it('a snapshot', () => {
    const result = sweep(setUp, ({ addon }) => addon.takeHealthSnapshot(), accountTable);
    report('snapshot', result);
    expect(result.broken).toEqual([]);
  }, 60_000);

  it('a snapshot that finds band drops and e-mails the digest (never twice)', () => {
    const prepare = () => {
      const scene = setUp();
      scene.addon.saveAlertSettings({ email: true, recipients: ['cs@example.com'], minPointDrop: null });
      scene.addon.takeHealthSnapshot();
      const sheet = scene.workbook.services.SpreadsheetApp.getActive().getSheetByName('Accounts')!;
      sheet
        .getRange(2, 2, 6, 7)
        .setValues(Array.from({ length: 6 }, () => ['red', -100, 0, 'no', 0, 'poor', 30]));
      scene.workbook.setNow('2026-11-03T09:00:00Z');
      return scene;
    };
    const result = sweep(prepare, ({ addon }) => addon.takeHealthSnapshot(), accountTable);
    report('snapshot with alerts and e-mail', result);
    expect(result.broken).toEqual([]);
  }, 60_000);

  it('alert settings and the snapshot schedule', () => {
    const settings = sweep(
      setUp,
      ({ addon }) =>
        addon.saveAlertSettings({ email: true, recipients: ['cs@example.com'], minPointDrop: 5 }),
      accountTable,
    );
    report('alert settings', settings);
    const schedule = sweep(setUp, ({ addon }) => addon.setSnapshotSchedule('daily'), accountTable);
    report('snapshot schedule', schedule);
    expect([...settings.broken, ...schedule.broken]).toEqual([]);
  }, 60_000);

  it('applying learned weights, and restoring the previous model', () => {
    const table = [
      ['Metric', 'Weight', 'Red', 'Green', 'AUC'],
      ['NPS', 40, -50, 50, 0.7],
      ['Active users', 60, 10, 90, 0.8],
    ];
    const apply = sweep(setUp, ({ addon }) => addon.applyLearnedWeights({ table }), accountTable);
    report('apply learned weights', apply);
    const applied = () => {
      const scene = setUp();
      scene.addon.applyLearnedWeights({ table });
      return scene;
    };
    const restore = sweep(applied, ({ addon }) => addon.restorePreviousModel(), accountTable);
    report('restore previous model', restore);
    expect([...apply.broken, ...restore.broken]).toEqual([]);
  }, 120_000);

  it('a snapshot on a thinning day', () => {
    // A week of daily snapshots, then a snapshot 100 days on: that week is thinned to its latest day.
    const prepare = () => {
      const scene = workbookWith({ Accounts: generatedAccounts(2) });
      const start = Date.parse('2026-01-05T09:00:00Z'); // a Monday
      scene.workbook.setNow(start);
      scene.addon.setUpHealthScore('Accounts');
      for (let day = 0; day < 7; day++) {
        scene.workbook.setNow(start + day * 86_400_000);
        scene.addon.takeHealthSnapshot();
      }
      scene.workbook.setNow(start + 100 * 86_400_000);
      return scene;
    };
    const result = sweep(prepare, ({ addon }) => addon.takeHealthSnapshot(), accountTable);
    report('snapshot on a thinning day', result);
    expect(result.calls).toBeGreaterThan(20); // the thinning run is inside the sweep
    expect(result.broken).toEqual([]);
  }, 120_000);
});
