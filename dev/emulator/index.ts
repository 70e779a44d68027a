// Public entry of the in-memory Apps Script emulator (used by tests, the playground and
// acceptance checks). See dev/emulator/README.md for what is emulated and how faithfully.
import { Workbook, type WorkbookOptions } from './workbook';

export { type AuthModeName, openEvent } from './auth';
export type { FailOnOptions } from './counting';
export type { FormHandle, FormItemSpec, FormResponseSpec, FormSpec } from './forms/store';
export { loadAddon } from './load-addon';
export { checkScriptRunValue, type ScriptRun, scriptRun, serverCall } from './script-run';
export type { Services } from './services';
export type { MailMessage, SentMail } from './services/mail-app';
export type { FireOptions } from './triggers';
export type { EditOutcome } from './user-edit';
export type { MenuRecord, TriggerData, UiRecord, WorkbookOptions } from './workbook';
export { Workbook } from './workbook';

/**
 * A workbook whose sheets hold the given rows (first sheet active; '=…' strings are formulas).
 * `{ timeZone: 'Asia/Tokyo' }` sets the spreadsheet's time zone (default Etc/UTC).
 */
export function createWorkbook(sheets: Record<string, unknown[][]>, options: WorkbookOptions = {}): Workbook {
  return new Workbook(sheets, options);
}
