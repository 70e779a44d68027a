/** Applies the traffic lights (contract §5), keeping every rule of the user's, in order, first. */
import { columnLetter } from '../core/a1';
import { fail } from '../core/args';
import { isOwnTrafficLight, trafficLightRules } from '../core/traffic-lights';
import type { TrafficLightsResult } from '../shared/protocol';
import { BAND_HEADER, SCORE_HEADER } from './names';
import { managedColumns } from './spreadsheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Reads the header row to find the score and band columns, then applies the rules. */
export function applyTrafficLightsTo(sheet: Sheet, sheetName: string): TrafficLightsResult {
  const headers = sheet.getRange('1:1').getValues()[0];
  const [score, band] = managedColumns(headers);
  if (score === -1 || band === -1) {
    fail(
      `"${sheetName}" has no "${SCORE_HEADER}" and "${BAND_HEADER}" columns yet: run Set up health score first.`,
    );
  }
  return applyRules(sheet, sheetName, score + 1, band + 1);
}

/**
 * Both columns are coloured from the band text (see core/traffic-lights). The add-on's previous
 * rules are recognised by their formula and colour and replaced; all others keep their order and
 * stay ahead of ours, so a rule the user wrote wins where both apply.
 */
export function applyRules(
  sheet: Sheet,
  sheetName: string,
  scoreColumn: number,
  bandColumn: number,
): TrafficLightsResult {
  const existing = sheet.getConditionalFormatRules();
  const kept = existing.filter((rule) => {
    const condition = rule.getBooleanCondition();
    if (condition === null || String(condition.getCriteriaType()) !== 'CUSTOM_FORMULA') return true;
    return !isOwnTrafficLight(String(condition.getCriteriaValues()[0]), condition.getBackground());
  });
  const bandLetter = columnLetter(bandColumn);
  const ranges = [
    sheet.getRange(`${columnLetter(scoreColumn)}2:${columnLetter(scoreColumn)}`),
    sheet.getRange(`${bandLetter}2:${bandLetter}`),
  ];
  // One builder from SpreadsheetApp; the others are local copies of it.
  const base = SpreadsheetApp.newConditionalFormatRule().setRanges(ranges);
  const own = trafficLightRules(bandLetter).map(({ formula, background }) =>
    base.copy().whenFormulaSatisfied(formula).setBackground(background).build(),
  );
  sheet.setConditionalFormatRules([...kept, ...own]);
  return { sheet: sheetName, rules: own.length };
}
