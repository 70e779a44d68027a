// Loads a tiny classic script into a workbook the way dist/Code.js is loaded (for emulator tests).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAddon, type Workbook } from '../../dev/emulator/index';

export type Scope = Record<string, (...args: unknown[]) => unknown>;

export function loadScript(wb: Workbook, code: string): Scope {
  const file = join(mkdtempSync(join(tmpdir(), 'emulator-')), 'Code.js');
  writeFileSync(file, code);
  return loadAddon(wb, file) as Scope;
}
