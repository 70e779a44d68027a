/**
 * A vitest reporter that prints, after the run, the test files that took longest (import +
 * tests and hooks), with their project: where to look when `npm test` gets slow. Used next to the
 * default reporter (vitest.config.ts).
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SlowestFiles implements Reporter {
  constructor(private readonly count = 8) {}

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const timed = testModules
      .map((module) => {
        const { collectDuration, setupDuration, duration } = module.diagnostic();
        return { module, ms: collectDuration + setupDuration + duration };
      })
      .filter(({ ms }) => ms > 0)
      .sort((a, b) => b.ms - a.ms)
      .slice(0, this.count);
    if (timed.length === 0) return;
    const width = Math.max(...timed.map(({ module }) => module.relativeModuleId.length));
    const lines = timed.map(
      ({ module, ms }) =>
        `  ${(ms / 1000).toFixed(1).padStart(6)} s  ${module.relativeModuleId.padEnd(width)}  ${module.project.name}`,
    );
    process.stdout.write(`\n Slowest test files (import + tests):\n${lines.join('\n')}\n`);
  }
}
