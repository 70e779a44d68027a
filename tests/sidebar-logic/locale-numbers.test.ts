/** Numbers typed in the user's notation, and numbers written back into the inputs (no browser). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/shared/messages/en';
import { checkAlertForm } from '../../src/sidebar/alert-settings';
import { checkDraft, draftFrom, newMetric, setIncluded, setWeightText } from '../../src/sidebar/draft';
import {
  canonicalThreshold,
  formatInputNumber,
  parseLocaleNumber,
  thresholdInputText,
} from '../../src/sidebar/locale-numbers';
import { FIXED_BANDS, sampleModel } from '../sidebar/fixture';

const LOCALES = ['en', 'it', 'ro', 'fa', 'th'];

describe('parseLocaleNumber', () => {
  it('reads the decimal sign of the locale: Italian and Romanian "7,5" is 7.5, never 75', () => {
    expect(parseLocaleNumber('7,5', 'it')).toBe(7.5);
    expect(parseLocaleNumber('7,5', 'ro')).toBe(7.5);
    expect(parseLocaleNumber('7.5', 'en')).toBe(7.5);
    expect(parseLocaleNumber('7.5', 'th')).toBe(7.5);
    expect(parseLocaleNumber('0,25', 'it')).toBe(0.25);
    expect(parseLocaleNumber(',5', 'it')).toBe(0.5);
    expect(parseLocaleNumber('-7,5', 'it')).toBe(-7.5);
    expect(parseLocaleNumber('+3', 'ro')).toBe(3);
  });

  it('reads the group sign as grouping when it can be, and a lone stray sign as the decimal sign', () => {
    expect(parseLocaleNumber('1.500', 'it')).toBe(1500);
    expect(parseLocaleNumber('1.234.567,5', 'it')).toBe(1234567.5);
    expect(parseLocaleNumber('1,500', 'en')).toBe(1500);
    expect(parseLocaleNumber('1,234.5', 'th')).toBe(1234.5);
    // What a keypad gives: a dot in Italian, a comma in English.
    expect(parseLocaleNumber('7.5', 'it')).toBe(7.5);
    expect(parseLocaleNumber('7,5', 'en')).toBe(7.5);
    expect(parseLocaleNumber('0,500', 'en')).toBe(0.5);
    // Spaces (and the narrow no-break space some locales group with) are dropped.
    expect(parseLocaleNumber(' 1 500,5 ', 'it')).toBe(1500.5);
    expect(parseLocaleNumber('1\u202f500', 'ro')).toBe(1500);
  });

  it('reads Persian, Arabic-Indic and Thai digits, the Arabic signs and the Persian slash', () => {
    expect(parseLocaleNumber('۷٫۵', 'fa')).toBe(7.5);
    expect(parseLocaleNumber('۱٬۲۳۴٫۵', 'fa')).toBe(1234.5);
    expect(parseLocaleNumber('۷/۵', 'fa')).toBe(7.5);
    expect(parseLocaleNumber('۷.۵', 'fa')).toBe(7.5);
    expect(parseLocaleNumber('٤٢', 'fa')).toBe(42);
    expect(parseLocaleNumber('๗๕', 'th')).toBe(75);
    expect(parseLocaleNumber('๗.๕', 'th')).toBe(7.5);
    // Typed in any locale, native digits are digits.
    expect(parseLocaleNumber('۱۰', 'it')).toBe(10);
    expect(parseLocaleNumber('๑๐', 'en')).toBe(10);
    // What Intl itself writes for a negative Persian number: direction mark and minus sign.
    expect(parseLocaleNumber(new Intl.NumberFormat('fa').format(-12.5), 'fa')).toBe(-12.5);
  });

  it('says NaN for anything that is not one number', () => {
    for (const text of [
      '',
      ' ',
      '-',
      'abc',
      '7a',
      '1.2.3',
      '1,2,3',
      '1.234,5',
      '1,23,4',
      '--1',
      '5%',
      'P10',
    ]) {
      expect(parseLocaleNumber(text, 'en'), text).toBeNaN();
    }
    expect(parseLocaleNumber('1.234,5', 'en')).toBeNaN();
    expect(parseLocaleNumber('1,234.5', 'it')).toBeNaN();
    expect(parseLocaleNumber('7,5,0', 'it')).toBeNaN();
  });

  it('reads back every number as formatInputNumber and Intl write it, in every locale', () => {
    const number = fc.oneof(
      fc.integer({ min: -1_000_000, max: 1_000_000 }),
      fc
        .double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
        .filter((x) => Math.abs(x) > 1e-6),
    );
    fc.assert(
      fc.property(number, fc.constantFrom(...LOCALES), (value, locale) => {
        expect(parseLocaleNumber(formatInputNumber(value, locale), locale)).toBe(value + 0);
        const shown = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(value);
        const rounded = Number(value.toFixed(3));
        expect(parseLocaleNumber(shown, locale)).toBeCloseTo(rounded, 9);
      }),
    );
  });
});

describe('formatInputNumber', () => {
  it('writes the locale’s digits and decimal sign, without grouping', () => {
    expect(formatInputNumber(7.5, 'it')).toBe('7,5');
    expect(formatInputNumber(1500, 'it')).toBe('1500');
    expect(formatInputNumber(7.5, 'ro')).toBe('7,5');
    expect(formatInputNumber(7.5, 'en')).toBe('7.5');
    expect(formatInputNumber(7.5, 'th')).toBe('7.5');
    expect(formatInputNumber(7.5, 'fa')).toBe('۷٫۵');
    expect(formatInputNumber(-40, 'fa')).toBe('-۴۰');
    expect(formatInputNumber(Number.NaN, 'it')).toBe('');
  });
});

describe('thresholds', () => {
  it('become what the core reads: percentiles, numbers and percents in ASCII', () => {
    expect(canonicalThreshold('P10', 'it')).toBe('P10');
    expect(canonicalThreshold(' p 12,5 ', 'it')).toBe('P12.5');
    expect(canonicalThreshold('P۹۰', 'fa')).toBe('P90');
    expect(canonicalThreshold('7,5', 'it')).toBe('7.5');
    expect(canonicalThreshold('۷٫۵', 'fa')).toBe('7.5');
    expect(canonicalThreshold('50 %', 'ro')).toBe('50%');
    expect(canonicalThreshold('۵۰٪', 'fa')).toBe('50%');
    expect(canonicalThreshold('', 'it')).toBe('');
    // Neither: left for the core to name in its message.
    expect(canonicalThreshold('soon', 'it')).toBe('soon');
  });

  it('show numbers in the locale and percentiles as written', () => {
    expect(thresholdInputText('7.5', 'it')).toBe('7,5');
    expect(thresholdInputText('-3', 'fa')).toBe('-۳');
    expect(thresholdInputText('P10', 'fa')).toBe('P10');
    expect(thresholdInputText('', 'it')).toBe('');
  });
});

describe('the draft in another locale', () => {
  it('shows the model in Italian notation and reads it back unchanged', () => {
    const model = sampleModel();
    const draft = draftFrom(model, { kind: 'fixed', healthyAt: 72.5, unhealthyBelow: 40 }, 'it');
    expect(draft.bands.healthyAtText).toBe('72,5');
    const check = checkDraft(draft, en, 'it');
    expect(check.valid).toBe(true);
    expect(check.model).toEqual(model);
    expect(check.bands).toEqual({ kind: 'fixed', healthyAt: 72.5, unhealthyBelow: 40 });
  });

  it('reads "7,5" typed in Italian as 7.5 in weights, thresholds, bands and Missing', () => {
    const draft = draftFrom({ metrics: [] }, FIXED_BANDS, 'it');
    const metric = newMetric('NPS', 'it');
    draft.metrics.push(metric);
    setWeightText(metric, '7,5', 'it');
    metric.redText = '-10,5';
    metric.greenText = '50,25';
    metric.missingText = '12,5';
    draft.bands.healthyAtText = '72,5';
    draft.bands.unhealthyBelowText = '40';
    const check = checkDraft(draft, en, 'it');
    expect(check.valid).toBe(true);
    expect(check.model?.metrics[0]).toMatchObject({
      weight: 7.5,
      red: { kind: 'number', value: -10.5 },
      green: { kind: 'number', value: 50.25 },
      missing: 12.5,
    });
    expect(check.bands).toEqual({ kind: 'fixed', healthyAt: 72.5, unhealthyBelow: 40 });
  });

  it('reads Persian digits, and the localized skip word, in Persian', () => {
    const draft = draftFrom({ metrics: [] }, FIXED_BANDS, 'fa');
    expect(draft.bands.healthyAtText).toBe('۷۰');
    const metric = newMetric('NPS', 'fa');
    expect(metric.weightText).toBe('۱۰');
    draft.metrics.push(metric);
    setIncluded(metric, false, 'fa');
    expect(metric.weightText).toBe('۰');
    setIncluded(metric, true, 'fa');
    setWeightText(metric, '۲٫۵', 'fa');
    metric.missingText = 'نادیده';
    const skipWord = 'نادیده';
    const check = checkDraft(draft, { ...en, missingSkipWord: skipWord }, 'fa');
    expect(check.model?.metrics[0]).toMatchObject({ weight: 2.5, missing: null });
  });

  it('reads alert points in the locale', () => {
    const form = { email: false, recipientsText: '', pointDrop: true, pointDropText: '7,5' };
    expect(checkAlertForm(form, en, 'it')).toEqual({
      ok: true,
      settings: { email: false, recipients: [], minPointDrop: 7.5 },
    });
    expect(checkAlertForm({ ...form, pointDropText: '۱۵' }, en, 'fa')).toMatchObject({
      settings: { minPointDrop: 15 },
    });
  });
});
