/** The rules that mark overridden rows (contract §9): the band's fill, only while an override holds. */
import { describe, expect, it } from 'vitest';
import { isOwnTrafficLight, overrideRules, trafficLightRules } from '../../src/core/traffic-lights';

const LOOKUP = { sheet: "'My Overrides'", accountColumn: 'A', untilColumn: 'F', asOf: 'AsOf' };

describe('overrideRules', () => {
  const rules = overrideRules('R', 'B', LOOKUP, { rangeName: 'BandLabels' });

  it('has one rule per band, in the plain lights’ colours and order', () => {
    expect(rules.map((rule) => [rule.band, rule.background])).toEqual(
      trafficLightRules('R', { rangeName: 'BandLabels' }).map((rule) => [rule.band, rule.background]),
    );
  });

  it('reads the other sheet and AsOf only through INDIRECT of a literal, the sheet name quoted inside it', () => {
    expect(rules[0].formula).toBe(
      '=AND($R2=INDEX(INDIRECT("BandLabels"), 1), $B2<>"", ' +
        `COUNTIFS(INDIRECT("'My Overrides'!A:A"), $B2, INDIRECT("'My Overrides'!F:F"), ">="&INDIRECT("AsOf"))>0, ` +
        'N("Customer Health Score")=0)',
    );
    // Outside string literals no reference names another sheet.
    const outsideStrings = rules[0].formula.replace(/"(?:[^"]|"")*"/g, '""');
    expect(outsideStrings).not.toMatch(/!/);
  });

  it('are the add-on’s own rules, so applying the lights again replaces them', () => {
    for (const rule of rules) expect(isOwnTrafficLight(rule.formula, rule.background, 'R')).toBe(true);
  });
});
