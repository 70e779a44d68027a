/**
 * Set-up of the add-on project: every emulator workbook a test makes is disposed when that test
 * ends (Workbook.dispose says why: Node 20 keeps old script contexts, and each held its
 * workbook's formula graph). Workbooks made in beforeAll, shared by a file's tests, are left alone.
 */
import { afterEach, beforeEach } from 'vitest';
import { Workbook } from '../../dev/emulator/workbook';

let made: Workbook[] | null = null;
Workbook.onCreate = (workbook) => made?.push(workbook);

beforeEach(() => {
  made = [];
});

afterEach(() => {
  for (const workbook of made ?? []) workbook.dispose();
  made = null;
});
