/**
 * The add-on's traffic lights (contract §5): green / yellow / red fills on the score and band
 * columns. Both columns are coloured from the band text of their row, which HEALTHBAND computes
 * from the HealthyAt / UnhealthyBelow cells (fixed or quartiles): the colours then follow every
 * threshold edit without re-applying the rules, and score and band never disagree.
 */
import { BANDS } from './bands';

export const TRAFFIC_LIGHT_COLOURS = {
  [BANDS.healthy]: '#b7e1cd',
  [BANDS.atRisk]: '#fce8b2',
  [BANDS.unhealthy]: '#f4c7c3',
} as const;

export interface TrafficLightRule {
  band: keyof typeof TRAFFIC_LIGHT_COLOURS;
  formula: string;
  background: string;
}

/** One rule per band, relative to the first data row (row 2) of the band column. */
export function trafficLightRules(bandColumnLetter: string, firstRow = 2): TrafficLightRule[] {
  return (Object.keys(TRAFFIC_LIGHT_COLOURS) as (keyof typeof TRAFFIC_LIGHT_COLOURS)[]).map((band) => ({
    band,
    formula: `=$${bandColumnLetter}${firstRow}="${band}"`,
    background: TRAFFIC_LIGHT_COLOURS[band],
  }));
}

const OWN_FORMULA = /^=\$[A-Z]{1,3}\d+="(Healthy|At risk|Unhealthy)"$/;

/** Whether an existing rule is one the add-on made: its own formula shape and its own colour. */
export function isOwnTrafficLight(formula: string | null, background: string | null): boolean {
  if (formula === null || background === null) return false;
  const match = OWN_FORMULA.exec(formula.trim());
  return (
    match !== null &&
    TRAFFIC_LIGHT_COLOURS[match[1] as keyof typeof TRAFFIC_LIGHT_COLOURS] === background.toLowerCase()
  );
}

/** Font colours of the Trend column: up green, down red (Google's own palette, readable on white). */
export const TREND_COLOURS = { up: '#137333', down: '#c5221f' } as const;

/** Whether a rule is one of the add-on's Trend rules: a number above / below 0 in its colour. */
export function isOwnTrendRule(
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
