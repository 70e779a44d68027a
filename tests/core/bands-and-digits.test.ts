/** Contract §8 in the core: band labels, native digits and the as_of argument. */
import { describe, expect, it } from 'vitest';
import { asOfArg } from '../../src/core/args';
import { bandKeyOf, DEFAULT_BAND_LABELS, healthBand, parseBandLabels } from '../../src/core/bands';
import { asciiDigits, parseNumericText } from '../../src/core/cells';
import { readBand } from '../../src/core/history/band-rank';

describe('native digits', () => {
  it.each([
    ['۱۲۳', 123],
    ['٤٥٦', 456],
    ['๗๘๙', 789],
    ['۱٬۲۳۴٫۵', 1234.5],
    ['٪۵۰', Number.NaN], // a percent sign comes after the number
    ['۵۰٪', 0.5],
    ['-۳', -3],
    ['$۱٬۰۰۰', 1000],
    ['۱۲a', Number.NaN],
  ])('%s → %d', (text, value) => {
    expect(parseNumericText(text)).toBe(value);
  });

  it('leaves ASCII text untouched', () => {
    expect(asciiDigits('n/a')).toBe('n/a');
    expect(asciiDigits('ราคา ๑๐')).toBe('ราคา 10');
  });
});

describe('band labels', () => {
  it('defaults, fills blanks from the defaults, and reads a row or a column', () => {
    expect(parseBandLabels(undefined)).toBe(DEFAULT_BAND_LABELS);
    expect(parseBandLabels([['', '', '']])).toBe(DEFAULT_BAND_LABELS);
    expect(parseBandLabels([['Sano'], [''], ['Critico']])).toEqual({
      healthy: 'Sano',
      atRisk: 'At risk',
      unhealthy: 'Critico',
      noScore: 'N/A',
    });
  });

  it('a label equal to the default of another band is still a clash', () => {
    expect(() => parseBandLabels([['Healthy', 'At risk', 'Unhealthy', 'healthy']])).toThrow(
      /labels 1 and 4 are both "healthy"/,
    );
  });

  it('reads history written in the old labels and in the new ones', () => {
    const labels = parseBandLabels([['Sano', 'A rischio', 'Critico']]);
    expect(bandKeyOf('  sano ', labels)).toBe('healthy');
    expect(readBand('Unhealthy', labels)).toEqual({ rank: 0, band: 'Critico', key: 'unhealthy' });
    expect(readBand('A rischio', labels)?.rank).toBe(1);
    expect(readBand('Other', labels)).toBeNull();
  });

  it('HEALTHBAND keeps the shape and refuses scores outside 0–100', () => {
    expect(healthBand([[100, 0]], 70, 40)).toEqual([['Healthy', 'Unhealthy']]);
    expect(() => healthBand([[100.5]], 70, 40)).toThrow(/holds 100.5/);
  });
});

describe('as_of', () => {
  const now = Date.UTC(2026, 0, 1);
  it('blank or omitted is now; a date is its instant; an invalid date or text is an error', () => {
    expect(asOfArg(undefined, now)).toBe(now);
    expect(asOfArg('  ', now)).toBe(now);
    expect(asOfArg([[new Date(5)]], now)).toBe(5);
    expect(() => asOfArg(new Date(Number.NaN), now)).toThrow(/as_of an invalid date is not a date/);
    expect(() => asOfArg(true, now)).toThrow(/as_of true is not a date/);
    expect(() => asOfArg([[1, 2]], now)).toThrow(/as_of must be a single cell/);
  });
});

describe('float noise at the ends of the scale', () => {
  it('HEALTHSCORE never returns past 100, and HEALTHBAND takes a hair of noise as a score', async () => {
    const { healthScore } = await import('../../src/core/healthscore');
    const model = [
      ['Metric', 'Weight', 'Red', 'Green'],
      ['A', 0.013, 0, 1],
      ['B', 0.013, 0, 1],
      ['C', 0.013, 0, 1],
    ];
    const scores = healthScore([[1, 1, 1]], [['A', 'B', 'C']], model, 0.5, 0) as number[][];
    expect(scores[0][0]).toBeLessThanOrEqual(100);
    expect(healthBand(100.00000000000001, 70, 40)).toBe('Healthy');
  });
});
