/**
 * npm run eval:weights (dev/eval-weights.ts): the shipped example when given no file, one-line
 * answers to a missing or unknown column, outcomes and cells read as the add-on reads them, and a
 * warning when too few accounts churned (or stayed) to trust the figures.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../dev/dist-path.mjs';
import { main, readChurnTable, smallSampleWarning, UsageError } from '../../dev/eval-weights';

function csv(lines: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'eval-weights-')), 'accounts.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const SMALL = csv([
  'Account,Active users %,Tickets,Status',
  'A,90%,1,renewed',
  'B,85%,2,Active',
  'C,20%,9,churned',
  'D,30%,8,canceled',
  'E,25%,7,cancelled',
  'F,15%,12,lost',
  'G,80%,3,retained',
  'H,70%,2,renewed',
  'I,,4,',
  'J,60%,5,no',
  'K,10%,10,yes',
  'L,75%,1,renewed',
]);

const oneLine = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    const message = (error as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    return message;
  }
  throw new Error('no error');
};

describe('npm run eval:weights', () => {
  it('reads outcomes and cells as the add-on does', () => {
    const table = readChurnTable(SMALL, ' status ', []);
    // canceled, cancelled, churned, lost and yes are churned; the blank outcome is left out.
    expect(table.churned).toEqual([false, false, true, true, true, true, false, false, false, true, false]);
    expect(table.unknownOutcome).toBe(1);
    // "90%" is a number to the add-on, so the column is a metric; the names are not.
    expect(table.metrics).toEqual(['Active users %', 'Tickets']);
    expect(table.leftOut).toEqual(['Account (not numbers or words)']);
  });

  it('explains a missing or unknown column in one line', () => {
    expect(oneLine(() => readChurnTable(SMALL, undefined, []))).toBe(
      `Name the outcome column: npm run eval:weights -- ${SMALL} "<column>"; columns that read as outcomes: "Status".`,
    );
    expect(oneLine(() => readChurnTable(SMALL, 'Churned', []))).toBe(
      `No column "Churned" in ${SMALL}; columns that read as outcomes: "Status".`,
    );
    expect(oneLine(() => readChurnTable(SMALL, 'Status', ['Tickets', 'Logins']))).toBe(
      `No column "Logins" in ${SMALL}; its columns: "Account", "Active users %", "Tickets", "Status".`,
    );
    expect(oneLine(() => readChurnTable(join(ROOT, 'nowhere.csv'), 'Status', []))).toMatch(
      /^Cannot read .*nowhere\.csv: ENOENT\. usage: npm run eval:weights/,
    );
    const odd = csv(['Account,Logins,Status', 'A,3,renewed', 'B,1,maybe']);
    expect(oneLine(() => readChurnTable(odd, 'Status', []))).toBe(
      `${odd}: "Status" row 3 is "maybe": use TRUE/1/yes/churned/lost/cancelled for churned ` +
        'or FALSE/0/no/retained/renewed/active for retained.',
    );
  });

  it('warns when fewer than 30 accounts churned or stayed', () => {
    expect(smallSampleWarning(30, 200)).toBeNull();
    expect(smallSampleWarning(12, 200)).toMatch(/^Warning: only 12 churned accounts \(fewer than 30\)/);
    expect(smallSampleWarning(200, 20)).toMatch(/^Warning: only 20 retained accounts/);
    // 12 churned of 40: enough to learn from (10), too few to trust.
    const rows = Array.from(
      { length: 40 },
      // Lost accounts use less: a signal to learn, so the run goes through to the end.
      (_, i) => `A${i},${i < 12 ? (i * 37) % 60 : 30 + ((i * 37) % 70)}%,${i < 12 ? 'lost' : 'renewed'}`,
    );
    const few = csv(['Account,Active users %,Status', ...rows]);
    const lines: string[] = [];
    main([few, 'Status'], (line) => {
      lines.push(line);
    });
    expect(lines[0]).toBe(`${few}: 40 accounts, 12 churned, 28 retained`);
    expect(lines[1]).toMatch(
      /^Warning: only 12 churned accounts \(fewer than 30\): each half split tests on about 6/,
    );
    expect(oneLine(() => main([SMALL, 'Status'], () => {}))).toBe(
      `${SMALL} has 5 churned and 6 retained accounts: learning on half of them needs at least 10 of each ` +
        '(and 30 to trust the result).',
    );
  });

  it('runs on the shipped example when given no file, without a warning', () => {
    const lines: string[] = [];
    main([], (line) => {
      lines.push(line);
    });
    expect(lines[0]).toBe(
      'No file given: using the shipped example, examples/churn.csv ("Renewal outcome").',
    );
    expect(lines[1]).toMatch(/^examples\/churn\.csv: \d+ accounts, \d+ churned, \d+ retained/);
    expect(lines.join('\n')).not.toMatch(/Warning/);
    expect(lines).toContain('held-out AUC, median of 15 stratified half splits:');
    const learned = lines.find((line) => line.startsWith('  learned (from blank thresholds): '));
    const blank = lines.find((line) => line.startsWith('  equal weights, blank thresholds: '));
    // The example is made so that learning pays: the two strong columns drown in equal weights.
    expect(Number(learned?.split(': ')[1])).toBeGreaterThan(
      Number(blank?.split(': ')[1].split(';')[0]) + 0.05,
    );
  });

  it('prints one line and exits 2 on the command line, not a stack trace', () => {
    const result = spawnSync(
      join(ROOT, 'node_modules/.bin/tsx'),
      ['dev/eval-weights.ts', 'examples/accounts.csv', 'Churned'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(
      'No column "Churned" in examples/accounts.csv; no column reads as outcomes ' +
        '(churned / canceled / lost / yes / TRUE vs renewed / active / no / FALSE).',
    );
  });
});
