import { readdirSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import SlowestFiles from './dev/vitest/slowest-files.ts';

/**
 * Three projects (`--project <name>` runs one). unit: pure TypeScript, no build and no browser:
 * the core, and the sidebar's logic (drafts, previews, formatting, catalogues); addon: the built
 * dist/Code.js and the generated SQL on DuckDB (integration), the Apps Script emulator and the
 * add-on in it, and the dev tools (playground server, setup:script, eval:weights); browser: the
 * sidebar and the playground in headless Chromium. `vitest run` runs unit first (a fast answer), then addon and browser side by
 * side: one group, so the two workers never wait at a group's end for its longest file (the
 * tests of a clean clone's `.ci/run`: 9 min 36 s before, 8 min 51 s after).
 */
const PROJECTS = {
  unit: ['core', 'sidebar-logic'],
  addon: ['integration', 'emulator', 'addon', 'dev'],
  browser: ['sidebar'],
} as const;

// A test file in a folder no project lists would never run: refuse that instead.
const folders = new Set<string>(Object.values(PROJECTS).flat());
const orphans = readdirSync(new URL('./tests', import.meta.url), { recursive: true, encoding: 'utf8' })
  .map((file) => file.replaceAll('\\', '/'))
  .filter((file) => file.endsWith('.test.ts') && !folders.has(file.split('/')[0]));
if (orphans.length > 0) {
  throw new Error(
    `No vitest project runs ${orphans.join(', ')}: add its folder to PROJECTS in vitest.config.ts.`,
  );
}

export default defineConfig({
  test: {
    // Two workers on the 2-core machines CI and developers have (the default leaves one core
    // idle): much of a file's time is Chromium or the emulator waiting, so two run side by side
    // in about three quarters of the time, measured 9 min → 7.5 min for the whole suite.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // expect.poll's default gives up after 1 s: a Chromium test's poll waits on the page and on
    // the emulator in this very process, which a busy CI machine can hold up for longer.
    expect: { poll: { timeout: 10_000 } },
    reporters: ['default', new SlowestFiles()],
    projects: Object.entries(PROJECTS).map(([name, dirs], order) => ({
      extends: true,
      test: {
        name,
        include: dirs.map((dir) => `tests/${dir}/**/*.test.ts`),
        sequence: { groupOrder: Math.min(order, 1) }, // unit, then addon and browser together
        // Property tests stop after a minute; the emulator's workbooks are let go of when the
        // test that made them ends.
        setupFiles: [
          'tests/support/fast-check-limit.ts',
          ...(name === 'addon' ? ['tests/support/dispose-workbooks.ts'] : []),
        ],
      },
    })),
  },
});
