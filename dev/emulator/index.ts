// Public entry of the in-memory Apps Script emulator (used by tests, the playground and
// acceptance checks). See dev/emulator/README.md for what is emulated and how faithfully.
import { Workbook } from './workbook';

export type { FailOnOptions } from './counting';
export type { FormHandle, FormItemSpec, FormResponseSpec, FormSpec } from './forms/store';
export { loadAddon } from './load-addon';
export type { Services } from './services';
export type { MailMessage, SentMail } from './services/mail-app';
export type { MenuRecord, TriggerData, UiRecord } from './workbook';
export { Workbook } from './workbook';

/** A workbook whose sheets hold the given rows (first sheet active; '=…' strings are formulas). */
export function createWorkbook(sheets: Record<string, unknown[][]>): Workbook {
  return new Workbook(sheets);
}
