/**
 * Sheets the add-on creates appear whole or not at all: each is built under a working name and
 * renamed when complete, so a failure half way (a timeout, a quota) leaves no half-made "Health
 * Model" that a second run would take for finished. The next run removes the leftover.
 */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const workingName = (name: string) => `${name} (setting up)`;

export function insertCompleteSheet(
  spreadsheet: Spreadsheet,
  name: string,
  fill: (sheet: Sheet) => void,
): Sheet {
  const working = workingName(name);
  let sheet: Sheet;
  try {
    sheet = spreadsheet.insertSheet(working);
  } catch (error) {
    // Rarely, so only looked for then: a failed run's leftover holds the working name.
    const leftover = spreadsheet.getSheetByName(working);
    if (leftover === null) throw error;
    spreadsheet.deleteSheet(leftover);
    sheet = spreadsheet.insertSheet(working);
  }
  fill(sheet);
  sheet.setName(name);
  return sheet;
}
