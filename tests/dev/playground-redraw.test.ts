/**
 * The playground redraws its grid (every cell's conditional formats evaluated) only after a call
 * that may have changed the workbook: the sidebar's reads leave the version the page polls alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Playground, startPlayground } from '../../dev/playground/server';

let playground: Playground;

beforeAll(async () => {
  playground = await startPlayground(0);
});
afterAll(async () => {
  await playground?.close();
});

const version = async () =>
  ((await (await fetch(`${playground.url}api/version`)).json()) as { version: number }).version;
const run = async (fn: string, ...args: unknown[]) => {
  const reply = await fetch(`${playground.url}api/run/${fn}`, { method: 'POST', body: JSON.stringify(args) });
  return (await reply.json()) as { ok: boolean };
};

describe('playground redraws', () => {
  it('move the version after a write, not after a read', async () => {
    const start = await version();
    expect(await run('getSidebarState')).toMatchObject({ ok: true });
    expect(await version()).toBe(start);
    expect(await run('setUpHealthScore', 'Accounts')).toMatchObject({ ok: true });
    expect(await version()).toBe(start + 1);
    expect(await run('getSheetData', 'Accounts')).toMatchObject({ ok: true });
    expect(await version()).toBe(start + 1);
  });
});
