/**
 * Feeding the score: NPS, CSAT and Last survey columns at the end of the account table, each one
 * SURVEYSCORE array formula over the Survey Responses sheet, so a re-import updates every score at
 * once. The table's own formulas that read `A2:<last>` / `A1:<last>1` (HEALTHSCORE, HEALTHEXPLAIN)
 * are widened to the new last column: Sheets does not widen a range when columns are inserted
 * right after it.
 */
import { asPlainText, columnLetter, quoteSheetName } from '../../core/a1';
import { normalizeKey } from '../../core/cells';
import type { SurveyMapping } from '../../core/survey-import';
import { SURVEY_SHEET } from '../names';
import type { AccountTable } from './accounts';

export const NPS_COLUMN = 'NPS';
export const CSAT_COLUMN = 'CSAT';
export const LAST_SURVEY_COLUMN = 'Last survey';
const LAST_SURVEY_FORMAT = 'yyyy-mm-dd';
/** SURVEYSCORE's CSAT counts answers on 1–5 (contract §3). */
const SURVEYSCORE_CSAT_SCALE = 5;

const responses = (column: string) => `${quoteSheetName(SURVEY_SHEET)}!${column}2:${column}`;

/** The columns an import would add: those the sheet lacks and the mapping can fill. */
export function columnsToAdd(headers: readonly unknown[], mapping: SurveyMapping): string[] {
  const present = new Set(headers.map((header) => normalizeKey(header ?? '')));
  const wanted = [
    mapping.nps === null ? null : NPS_COLUMN,
    csatScaleProblem(mapping) === null && mapping.csat !== null ? CSAT_COLUMN : null,
    LAST_SURVEY_COLUMN,
  ];
  return wanted.filter((name): name is string => name !== null && !present.has(normalizeKey(name)));
}

/** The top of the CSAT scale when the CSAT column cannot be added for it, or null. */
export function csatScaleProblem(mapping: SurveyMapping): number | null {
  const scale = mapping.csatScale ?? SURVEYSCORE_CSAT_SCALE;
  return mapping.csat === null || scale === SURVEYSCORE_CSAT_SCALE ? null : scale;
}

function formulaFor(column: string, key: string, windowDays: number): string {
  const keys = `${key}2:${key}`;
  const accounts = responses('D');
  const dates = responses('B');
  switch (column) {
    case NPS_COLUMN:
      return `=SURVEYSCORE(${keys}, ${accounts}, ${responses('F')}, "NPS", ${dates}, ${windowDays})`;
    case CSAT_COLUMN:
      return `=SURVEYSCORE(${keys}, ${accounts}, ${responses('G')}, "CSAT", ${dates}, ${windowDays})`;
    default:
      // LAST over the Submitted dates gives the date of the account's most recent response:
      // the last response ever, not only within the window (how long ago the account answered).
      return `=SURVEYSCORE(${keys}, ${accounts}, ${dates}, "LAST", ${dates})`;
  }
}

/**
 * Inserts the columns right after the table (the add-on's score columns move right), writes their
 * headers and formulas, and widens the formulas that read the whole table. When the widened
 * formulas start right after the new columns (as set-up places them) it is all one write.
 */
export function addSurveyColumns(table: AccountTable, columns: readonly string[], windowDays: number): void {
  if (columns.length === 0) return;
  const { sheet, width, headers } = table;
  const added = columns.length;
  const right = headers.length - width;
  const key = columnLetter(table.keyColumn + 1);
  sheet.insertColumnsAfter(width, added);
  try {
    // Read after the insert: Sheets has already moved the references to the shifted columns.
    const formulas = right > 0 ? sheet.getRange(2, width + added + 1, 1, right).getFormulas()[0] : [];
    const widened = widenTableRanges(formulas, width, added);
    const runs = changedRuns(formulas, widened);
    const leading = runs[0]?.start === 0 ? runs.shift() : undefined;
    const adjacent = leading?.end ?? 0;
    sheet.getRange(1, width + 1, 2, added + adjacent).setValues([
      [...columns, ...headers.slice(width, width + adjacent).map(asPlainText)],
      [...columns.map((column) => formulaFor(column, key, windowDays)), ...widened.slice(0, adjacent)],
    ]);
    for (const { start, end } of runs)
      sheet.getRange(2, width + added + start + 1, 1, end - start).setFormulas([widened.slice(start, end)]);
    const last = columns.indexOf(LAST_SURVEY_COLUMN);
    if (last !== -1) {
      const letter = columnLetter(width + 1 + last);
      sheet.getRange(`${letter}2:${letter}`).setNumberFormat(LAST_SURVEY_FORMAT);
    }
  } catch (error) {
    // Leave the table as it was: blank inserted columns would only confuse the next attempt.
    try {
      sheet.deleteColumns(width + 1, added);
    } catch {
      // The original failure is the one to report.
    }
    throw error;
  }
}

/** `A2:<old last>` and `A1:<old last>1` (the whole table, as set-up writes it) to the new last column. */
function widenTableRanges(formulas: readonly string[], width: number, added: number): string[] {
  const oldLast = columnLetter(width);
  const newLast = columnLetter(width + added);
  const values = new RegExp(`(?<![\\w$!:.])A2:${oldLast}(?![\\w(])`, 'g');
  const header = new RegExp(`(?<![\\w$!:.])A1:${oldLast}1(?![\\w(])`, 'g');
  return formulas.map((formula) =>
    formula.replace(values, `A2:${newLast}`).replace(header, `A1:${newLast}1`),
  );
}

/**
 * Runs of adjacent formula cells holding at least one change, as [start, end) indexes: one write
 * each. Unchanged formulas inside a run are written back as they are; a cell without a formula
 * (a spilled value, a blank) ends a run, so nothing else is overwritten.
 */
function changedRuns(
  formulas: readonly string[],
  widened: readonly string[],
): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let start = -1;
  let changed = false;
  for (let i = 0; i <= formulas.length; i++) {
    if (i < formulas.length && formulas[i] !== '') {
      if (start === -1) start = i;
      changed ||= widened[i] !== formulas[i];
      continue;
    }
    if (start !== -1 && changed) runs.push({ start, end: i });
    start = -1;
    changed = false;
  }
  return runs;
}
