/** Applies the traffic lights (contract §5), keeping every rule of the user's, in order, first. */
import { columnLetter } from '../core/a1';
import { fail } from '../core/args';
import { isOwnTrafficLight, isOwnTrendRule, TREND_COLOURS, trafficLightRules } from '../core/traffic-lights';
import type { TrafficLightsResult } from '../shared/protocol';
import { BAND_HEADER, SCORE_HEADER } from './names';
import { managedColumns, trendColumn } from './spreadsheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** 1-based columns of the add-on's score, band and trend columns (trend 0: none). */
export interface ManagedColumns {
  score: number;
  band: number;
  trend: number;
}

/** ▲ 3.5 / ▼ 2.0 / – : the arrow says the direction, the colour rules below repeat it. */
export const TREND_NUMBER_FORMAT = '"▲ "0.0;"▼ "0.0;"–"';

/** Reads the header row to find the score and band columns, then applies the rules. */
export function applyTrafficLightsTo(sheet: Sheet, sheetName: string): TrafficLightsResult {
  const headers = sheet.getRange('1:1').getValues()[0];
  const [score, band] = managedColumns(headers);
  if (score === -1 || band === -1) {
    fail(
      `"${sheetName}" has no "${SCORE_HEADER}" and "${BAND_HEADER}" columns yet: run Set up health score first.`,
    );
  }
  return applyRules(sheet, sheetName, { score: score + 1, band: band + 1, trend: trendColumn(headers) + 1 });
}

/** Whether a rule is one the add-on made (and so may replace). */
function isOwnRule(rule: Rule): boolean {
  const condition = rule.getBooleanCondition();
  if (condition === null) return false;
  const criteria = String(condition.getCriteriaType());
  if (criteria === 'CUSTOM_FORMULA')
    return isOwnTrafficLight(String(condition.getCriteriaValues()[0]), condition.getBackground());
  return isOwnTrendRule(criteria, condition.getCriteriaValues(), condition.getFontColor());
}

/**
 * Score and band columns are coloured from the band text (see core/traffic-lights), the Trend
 * column's text green when up and red when down. The add-on's previous rules are recognised by
 * their condition and colour and replaced; all others keep their order and stay ahead of ours, so
 * a rule the user wrote wins where both apply.
 */
export function applyRules(sheet: Sheet, sheetName: string, columns: ManagedColumns): TrafficLightsResult {
  const kept = sheet.getConditionalFormatRules().filter((rule) => !isOwnRule(rule));
  const whole = (column: number) => {
    const letter = columnLetter(column);
    return sheet.getRange(`${letter}2:${letter}`);
  };
  // One builder from SpreadsheetApp; the others are local copies of it.
  const base = SpreadsheetApp.newConditionalFormatRule();
  const lights = base.copy().setRanges([whole(columns.score), whole(columns.band)]);
  const own = trafficLightRules(columnLetter(columns.band)).map(({ formula, background }) =>
    lights.copy().whenFormulaSatisfied(formula).setBackground(background).build(),
  );
  if (columns.trend > 0) {
    const trend = base.copy().setRanges([whole(columns.trend)]);
    own.push(
      trend.copy().whenNumberGreaterThan(0).setFontColor(TREND_COLOURS.up).build(),
      trend.copy().whenNumberLessThan(0).setFontColor(TREND_COLOURS.down).build(),
    );
  }
  sheet.setConditionalFormatRules([...kept, ...own]);
  return { sheet: sheetName, rules: own.length };
}
