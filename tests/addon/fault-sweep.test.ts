/** Issue "nothing lost": every action survives a failure at any of its service calls. */
import { describe, expect, it } from 'vitest';
import type { Workbook } from '../../dev/emulator';
import { type Scene, sweep } from './fault-sweep';
import { generatedAccounts, workbookWith } from './helpers';

const ACCOUNTS = generatedAccounts(6);
const WIDTH = ACCOUNTS[0].length;

/** The user's own cells: the account table as they typed it. */
const accountTable = (workbook: Workbook) =>
  JSON.stringify(workbook.values('Accounts').map((row) => row.slice(0, WIDTH)));

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
    const state = setUp().addon.getSidebarState() as {
      model: { metrics: { weight: number }[] };
      bands: unknown;
    };
    const metrics = state.model.metrics.slice(1).map((metric) => ({ ...metric, weight: metric.weight + 1 }));
    const request = {
      model: { ...state.model, metrics },
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
});
