// Loads a tiny classic script into a workbook the way dist/Code.js is loaded (for emulator tests).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAddon, type Workbook } from '../../dev/emulator/index';

export type Scope = Record<string, (...args: unknown[]) => unknown>;

/**
 * These scripts keep what they were given in globals for the test to read, so their global code
 * runs once (the add-on's is evaluated again at each execution, as in Apps Script).
 */
export function loadScript(wb: Workbook, code: string): Scope {
  const file = join(mkdtempSync(join(tmpdir(), 'emulator-')), 'Code.js');
  writeFileSync(file, code);
  return loadAddon(wb, file, { freshExecutions: false }) as Scope;
}
