/** Applies the traffic lights (contract §5), keeping every rule of the user's, in order, first. */
import { columnLetter, quoteSheetName } from '../core/a1';
import { DEFAULT_BAND_LABELS } from '../core/bands';
import {
  isLegacyTrendRule,
  isOwnTrafficLight,
  OVERRIDE_STYLE,
  type OverrideLookup,
  overrideRules,
  trafficLightRules,
  trendRules,
} from '../core/traffic-lights';
import type { TrafficLightsResult } from '../shared/protocol';
import { BAND_HEADER, isAddonSheet, NAMED, OVERRIDES_SHEET, SCORE_HEADER } from './names';
import { OVERRIDES_TABLE, UNTIL_COLUMN } from './overrides-sheet';
import { refuse } from './refuse';
import { accountKeyColumn, accountSheetFor, managedColumns, trendColumn } from './spreadsheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** 1-based columns of the add-on's score, band and trend columns (trend 0: none) and of the account key. */
export interface ManagedColumns {
  score: number;
  band: number;
  trend: number;
  key: number;
}

/** The Overrides sheet as set-up lays it out (overrides-sheet.ts). */
const OVERRIDES: OverrideLookup = {
  sheet: quoteSheetName(OVERRIDES_SHEET),
  accountColumn: OVERRIDES_TABLE[0],
  untilColumn: columnLetter(UNTIL_COLUMN),
  asOf: NAMED.asOf,
};

/** ▲ 3.5 / ▼ 2.0 / – : the arrow says the direction, the colour rules below repeat it. */
export const TREND_NUMBER_FORMAT = '"▲ "0.0;"▼ "0.0;"–"';

/** Reads the header row to find the score and band columns, then applies the rules. */
export function applyTrafficLightsTo(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  requested: Sheet,
  requestedName: string,
): TrafficLightsResult {
  // Started on one of the add-on's own sheets: the account sheet set up last (never the former).
  const own = isAddonSheet(requestedName);
  const sheet = own ? accountSheetFor(spreadsheet, requestedName) : requested;
  const sheetName = own ? sheet.getName() : requestedName;
  const headers = sheet.getRange('1:1').getValues()[0];
  const [score, band] = managedColumns(headers);
  if (score === -1 || band === -1) {
    refuse('noScoreColumns', { sheet: sheetName, score: SCORE_HEADER, band: BAND_HEADER });
  }
  const columns = {
    score: score + 1,
    band: band + 1,
    trend: trendColumn(headers) + 1,
    key: accountKeyColumn(headers) + 1,
  };
  return applyRules(sheet, sheetName, columns, spreadsheet.getRangeByName(NAMED.bandLabels) !== null);
}

/** Whether a rule is one the add-on made (and so may replace): see core/traffic-lights. */
function isOwnRule(rule: Rule, bandLetter: string): boolean {
  const condition = rule.getBooleanCondition();
  if (condition === null) return false;
  const criteria = String(condition.getCriteriaType());
  if (criteria === 'CUSTOM_FORMULA')
    return isOwnTrafficLight(String(condition.getCriteriaValues()[0]), condition.getBackground(), bandLetter);
  return isLegacyTrendRule(criteria, condition.getCriteriaValues(), condition.getFontColor());
}

/** `Q2:Q`, or `Q2:R` for two adjacent columns: open-ended data ranges of managed columns. */
function dataRange(sheet: Sheet, first: number, last = first): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(`${columnLetter(first)}2:${columnLetter(last)}`);
}

/** Where the rules go: the score and band columns (one range when adjacent), and the Trend column. */
export interface RuleRanges {
  lights: GoogleAppsScript.Spreadsheet.Range[];
  trend: GoogleAppsScript.Spreadsheet.Range | null;
}

export function ruleRanges(sheet: Sheet, columns: ManagedColumns): RuleRanges {
  const adjacent = Math.abs(columns.score - columns.band) === 1;
  const lights = adjacent
    ? [dataRange(sheet, Math.min(columns.score, columns.band), Math.max(columns.score, columns.band))]
    : [dataRange(sheet, columns.score), dataRange(sheet, columns.band)];
  return { lights, trend: columns.trend > 0 ? dataRange(sheet, columns.trend) : null };
}

/**
 * Score and band columns are coloured from the band text compared with the BandLabels cells (see
 * core/traffic-lights), in bold italic while the row's account has an override holding; the Trend
 * column's text green when up and red when down. The add-on's previous rules are recognised by
 * their mark and replaced; all others keep their order and stay ahead of ours, so a rule the user
 * wrote wins where both apply. The override rules cost no call: on a sheet without overrides
 * their INDIRECT is an error, which a conditional format takes as false.
 */
export function applyRules(
  sheet: Sheet,
  sheetName: string,
  columns: ManagedColumns,
  hasLabelRange: boolean,
  ranges?: RuleRanges,
): TrafficLightsResult {
  const bandLetter = columnLetter(columns.band);
  const kept = sheet.getConditionalFormatRules().filter((rule) => !isOwnRule(rule, bandLetter));
  const { lights: lightRanges, trend: trendRange } = ranges ?? ruleRanges(sheet, columns);
  // One builder from SpreadsheetApp; the others are local copies of it.
  const base = SpreadsheetApp.newConditionalFormatRule();
  const lights = base.copy().setRanges(lightRanges);
  // Sheets set up before band labels existed keep the English ones until set-up runs again.
  const labels = hasLabelRange ? { rangeName: NAMED.bandLabels } : DEFAULT_BAND_LABELS;
  const marked = lights.copy().setBold(OVERRIDE_STYLE.bold).setItalic(OVERRIDE_STYLE.italic);
  const own = overrideRules(bandLetter, columnLetter(columns.key), OVERRIDES, labels).map(
    ({ formula, background }) =>
      marked.copy().whenFormulaSatisfied(formula).setBackground(background).build(),
  );
  for (const { formula, background } of trafficLightRules(bandLetter, labels))
    own.push(lights.copy().whenFormulaSatisfied(formula).setBackground(background).build());
  if (trendRange !== null) {
    const trend = base.copy().setRanges([trendRange]);
    for (const { formula, fontColour } of trendRules(columnLetter(columns.trend)))
      own.push(trend.copy().whenFormulaSatisfied(formula).setFontColor(fontColour).build());
  }
  sheet.setConditionalFormatRules([...kept, ...own]);
  return { sheet: sheetName, rules: own.length };
}
