/**
 * The add-on's traffic lights (contract §5): green / yellow / red fills on the score and band
 * columns. Both columns are coloured from the band text of their row, which HEALTHBAND computes
 * from the HealthyAt / UnhealthyBelow cells (fixed or quartiles): the colours then follow every
 * threshold edit without re-applying the rules, and score and band never disagree.
 */
import { type BandKey, type BandLabels, DEFAULT_BAND_LABELS } from './bands';

export const TRAFFIC_LIGHT_COLOURS: Readonly<Record<BandKey, string>> = {
  healthy: '#b7e1cd',
  atRisk: '#fce8b2',
  unhealthy: '#f4c7c3',
};

export interface TrafficLightRule {
  band: BandKey;
  formula: string;
  background: string;
}

/** A label inside a formula's string literal: Sheets doubles a quote. */
function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The mark that makes a rule the add-on's own: `N("…")` is 0 in Sheets, so `N("…")=0` is always
 * true and changes nothing, but no rule of the user's carries it. Only rules with the mark (or,
 * for sheets lit before it existed, the old exact shape on the band column) are ever replaced.
 */
export const OWN_MARK = 'N("Customer Health Score")=0';

/**
 * One rule per band, relative to the first data row (row 2) of the band column, comparing it
 * with the team's label for that band (contract §8). Given the name of the labels' range, each
 * rule reads its label from there (through INDIRECT, the way a conditional format may read
 * another sheet), so renaming a band recolours nothing wrong and needs no re-apply; given the
 * labels themselves, they are written into the rules. `alsoWhen`: a further condition (overrides).
 */
export function trafficLightRules(
  bandColumnLetter: string,
  labels: BandLabels | { rangeName: string } = DEFAULT_BAND_LABELS,
  firstRow = 2,
  alsoWhen = '',
): TrafficLightRule[] {
  return (Object.keys(TRAFFIC_LIGHT_COLOURS) as BandKey[]).map((band, i) => {
    const label =
      'rangeName' in labels
        ? `INDEX(INDIRECT(${formulaString(labels.rangeName)}), ${i + 1})`
        : formulaString(labels[band]);
    return {
      band,
      formula: `=AND($${bandColumnLetter}${firstRow}=${label}, ${alsoWhen ? `${alsoWhen}, ` : ''}${OWN_MARK})`,
      background: TRAFFIC_LIGHT_COLOURS[band],
    };
  });
}

/**
 * Where the override rules look for overrides: the Overrides sheet's account and Until columns,
 * and the AsOf cell the functions measure "now" by (so a row is marked exactly while HEALTHSCORE
 * and HEALTHBAND show its override).
 */
export interface OverrideLookup {
  /** The Overrides sheet's name as a formula writes it (quoted when needed). */
  sheet: string;
  accountColumn: string;
  untilColumn: string;
  /** The named cell holding today (AsOf). */
  asOf: string;
}

/** An overridden row's text on the score and band columns: bold italic, over the band's fill. */
export const OVERRIDE_STYLE = { bold: true, italic: true } as const;

/**
 * The rules that mark overridden rows, one per band, to go ahead of the plain lights: the same
 * fill (Sheets applies only the first rule that matches a cell, so each carries its band's colour)
 * plus OVERRIDE_STYLE. A row is overridden while the Overrides sheet has its account with an
 * Until on or after AsOf; COUNTIFS matches the account as Sheets compares text (ignoring case,
 * but not stray spaces, which the functions also ignore), and only date cells pass `">="&AsOf`.
 *
 * A conditional format's custom formula may only refer to its own sheet; other sheets, and named
 * ranges, are reached through INDIRECT of a literal ("Custom formulas can only reference the same
 * sheet… To reference another sheet in the formula, use the INDIRECT function":
 * https://support.google.com/docs/answer/78413). So the columns are named by their text, which is
 * why the rule reads the sheet's fixed layout (account in A, Until in F) rather than the
 * HealthOverrides name.
 */
export function overrideRules(
  bandColumnLetter: string,
  keyColumnLetter: string,
  lookup: OverrideLookup,
  labels: BandLabels | { rangeName: string } = DEFAULT_BAND_LABELS,
  firstRow = 2,
): TrafficLightRule[] {
  const key = `$${keyColumnLetter}${firstRow}`;
  const column = (letter: string) => `INDIRECT(${formulaString(`${lookup.sheet}!${letter}:${letter}`)})`;
  const overridden =
    `${key}<>"", COUNTIFS(${column(lookup.accountColumn)}, ${key}, ` +
    `${column(lookup.untilColumn)}, ">="&INDIRECT(${formulaString(lookup.asOf)}))>0`;
  return trafficLightRules(bandColumnLetter, labels, firstRow, overridden);
}

/** The Trend column's rules: text green when the score rose, red when it fell. */
export function trendRules(
  trendColumnLetter: string,
  firstRow = 2,
): { formula: string; fontColour: string }[] {
  const cell = `$${trendColumnLetter}${firstRow}`;
  return [
    { formula: `=AND(ISNUMBER(${cell}), ${cell}>0, ${OWN_MARK})`, fontColour: TREND_COLOURS.up },
    { formula: `=AND(ISNUMBER(${cell}), ${cell}<0, ${OWN_MARK})`, fontColour: TREND_COLOURS.down },
  ];
}

const LEGACY_FORMULA = /^=\$([A-Z]{1,3})\d+="(Healthy|At risk|Unhealthy)"$/;

/**
 * Whether a custom-formula rule is one the add-on made: it carries the mark, or it is exactly a
 * light of the add-on's first version (`=$R2="Healthy"` in that band's colour) on this band column.
 */
export function isOwnTrafficLight(
  formula: string | null,
  background: string | null,
  bandColumnLetter: string,
): boolean {
  if (formula === null) return false;
  if (formula.includes(OWN_MARK)) return true;
  const legacy = LEGACY_FORMULA.exec(formula.trim());
  if (legacy === null || background === null || legacy[1] !== bandColumnLetter) return false;
  const key = (Object.keys(DEFAULT_BAND_LABELS) as (keyof BandLabels)[]).find(
    (band) => DEFAULT_BAND_LABELS[band] === legacy[2],
  ) as BandKey;
  return TRAFFIC_LIGHT_COLOURS[key] === background.toLowerCase();
}

/** Font colours of the Trend column: up green, down red (Google's own palette, readable on white). */
export const TREND_COLOURS = { up: '#137333', down: '#c5221f' } as const;

/** Whether a rule is one of the first version's Trend rules: a number above / below 0 in its colour. */
export function isLegacyTrendRule(
  criteria: string,
  values: readonly unknown[],
  fontColour: string | null,
): boolean {
  if (fontColour === null || values.length !== 1 || Number(values[0]) !== 0) return false;
  const colour = fontColour.toLowerCase();
  return (
    (criteria === 'NUMBER_GREATER_THAN' && colour === TREND_COLOURS.up) ||
    (criteria === 'NUMBER_LESS_THAN' && colour === TREND_COLOURS.down)
  );
}
