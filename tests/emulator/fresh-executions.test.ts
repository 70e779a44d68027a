/**
 * Apps Script evaluates a script's global code again at the start of every execution: nothing an
 * execution leaves in a global is there for the next one, custom-function calls included.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkbook, loadAddon } from '../../dev/emulator';

const SCRIPT = `
var remembered = 'nothing yet';
var runs = 0;
function remember(text) { runs++; remembered = text; return runs; }
function recall() { return remembered; }
/** @customfunction */
function RECALL(x) { return remembered + ' / ' + x; }
`;

function load(freshExecutions?: boolean) {
  const file = join(mkdtempSync(join(tmpdir(), 'emulator-')), 'Code.js');
  writeFileSync(file, SCRIPT);
  const wb = createWorkbook({ Out: [[1, '=RECALL(A1)']] });
  const scope = loadAddon(wb, file, freshExecutions === undefined ? {} : { freshExecutions }) as Record<
    string,
    (...args: unknown[]) => unknown
  >;
  return { wb, scope };
}

describe('each execution starts from the script’s global code', () => {
  it('forgets what an earlier execution left in a global, in calls and in custom functions', () => {
    const { wb, scope } = load();
    expect(scope.remember('from the menu')).toBe(1);
    expect(scope.remember('again')).toBe(1);
    expect(scope.recall()).toBe('nothing yet');
    wb.services.SpreadsheetApp.getActive().getRange('Out!A1').setValue(2);
    expect(wb.values('Out')[0][1]).toBe('nothing yet / 2');
  });

  it('keeps globals from one call to the next only when asked (scripts a test reads)', () => {
    const { scope } = load(false);
    expect(scope.remember('kept')).toBe(1);
    expect(scope.remember('kept')).toBe(2);
    expect(scope.recall()).toBe('kept');
  });
});
