/**
 * The Overrides sheet (contract §9): scores and bands a CSM sets by hand, read by the formulas
 * through the named range HealthOverrides ('Overrides'!A1:F). A1 names the account column as the
 * account sheet's header does, then Score | Band | Reason | By | Until (core/overrides.ts). Set-up
 * creates it once; a re-run never touches its rows.
 */
import { asPlainText } from '../core/a1';
import { fail } from '../core/args';
import { isBlank, normalizeKey } from '../core/cells';
import { zonedDayKey, zonedMidnight } from '../core/history/zoned';
import { userText } from './locale';
import { NAMED, OVERRIDE_COLUMNS, OVERRIDE_DAYS, OVERRIDES_SHEET } from './names';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What HealthOverrides names, and where Until is (1-based), in the sheet set-up makes. */
export const OVERRIDES_TABLE = 'A1:F';
export const UNTIL_COLUMN = OVERRIDE_COLUMNS.indexOf('Until') + 2;
const UNTIL_CELLS = 'F2:F';
const UNTIL_FORMAT = 'yyyy-mm-dd';

/**
 * The HealthOverrides range, or null before set-up made it. A name the spreadsheet already uses
 * elsewhere stops set-up: called first, so nothing is written then.
 */
export function overridesRange(spreadsheet: Spreadsheet): GoogleAppsScript.Spreadsheet.Range | null {
  const named = spreadsheet.getRangeByName(NAMED.overrides);
  if (named !== null) {
    const at = named.getSheet().getName();
    if (at !== OVERRIDES_SHEET) fail(nameTakenMessage(at));
  }
  return named;
}

/**
 * The Overrides sheet and its name, made when `named` (overridesRange) is null. Returns whether
 * anything was written. A sheet called Overrides that holds something else stops set-up, its
 * content untouched.
 *
 * Built in place rather than under a working name (the fewest calls set-up can spend), so a
 * failure half way leaves an "Overrides" sheet that is blank or has this header: the next run
 * adopts it and finishes it, and only the name, set last, marks it whole.
 */
export function ensureOverridesSheet(
  spreadsheet: Spreadsheet,
  keyHeader: string,
  named: GoogleAppsScript.Spreadsheet.Range | null,
): boolean {
  if (named !== null) return false;
  let sheet: Sheet;
  let blank = true;
  try {
    sheet = spreadsheet.insertSheet(OVERRIDES_SHEET);
  } catch (error) {
    // Rarely: the sheet exists (a run that failed half way, or the user's own).
    const existing = spreadsheet.getSheetByName(OVERRIDES_SHEET);
    if (existing === null) throw error;
    sheet = existing;
    blank = adopt(sheet, keyHeader);
  }
  // The date format first: the header is what makes the sheet look finished.
  sheet.getRange(UNTIL_CELLS).setNumberFormat(UNTIL_FORMAT);
  if (blank) sheet.appendRow([asPlainText(keyHeader), ...OVERRIDE_COLUMNS]);
  spreadsheet.setNamedRange(NAMED.overrides, sheet.getRange(OVERRIDES_TABLE));
  return true;
}

/**
 * Whether an existing Overrides sheet is blank (to be filled) rather than already headed like
 * ours; any other content is the user's and is never taken over.
 */
function adopt(sheet: Sheet, keyHeader: string): boolean {
  if (sheet.getLastRow() === 0) return true;
  const header = sheet.getRange(1, 1, 1, OVERRIDE_COLUMNS.length + 1).getValues()[0];
  const ours = OVERRIDE_COLUMNS.every((name, i) => normalizeKey(header[i + 1]) === normalizeKey(name));
  if (ours && isBlank(header[0])) sheet.getRange('A1').setValue(asPlainText(keyHeader));
  if (!ours) {
    const { messages, format } = userText();
    fail(
      format(messages.overridesSheetNotOurs, {
        sheet: OVERRIDES_SHEET,
        columns: [keyHeader, ...OVERRIDE_COLUMNS].join(' | '),
        menu: messages.menuSetUp,
      }),
    );
  }
  return false;
}

function nameTakenMessage(sheetName: string): string {
  const { messages, format } = userText();
  return format(messages.overridesNameTaken, {
    name: NAMED.overrides,
    sheet: sheetName,
    target: OVERRIDES_SHEET,
    menu: messages.menuSetUp,
  });
}

/**
 * The Until an override gets when none is given: today + OVERRIDE_DAYS in the spreadsheet's time
 * zone, as the midnight a date cell of that day holds (`date`), and that day as YYYY-MM-DD.
 */
export function defaultUntil(spreadsheet: Spreadsheet): { date: Date; day: string } {
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const today = new Date(`${zonedDayKey(timeZone)(new Date())}T00:00:00Z`);
  today.setUTCDate(today.getUTCDate() + OVERRIDE_DAYS);
  const day = today.toISOString().slice(0, 10);
  return { date: zonedMidnight(day, timeZone), day };
}
