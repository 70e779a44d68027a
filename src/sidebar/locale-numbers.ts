/**
 * Numbers typed into the sidebar's inputs in the user's own notation, and numbers written back
 * into them. Pure (Intl only), so it is unit-tested without a browser.
 *
 * Reading: the locale's decimal sign is the decimal sign (Italian "7,5" is 7.5, never 75), its
 * group sign groups thousands ("1.500" is 1500 in Italian, "1,500" in English). A lone group sign
 * that cannot be grouping ("7.5" in Italian, "7,5" in English) is read as the decimal sign: people
 * type what their keypad gives them. Persian ۰–۹, Arabic-Indic ٠–٩ and Thai ๐–๙ digits are digits,
 * and the Arabic decimal and group signs (٫ ٬) always mean what they say.
 */

export interface NumberNotation {
  decimal: string;
  group: string;
  /** The locale's digits 0–9 (Persian digits for `fa`, ASCII for `it`, `ro`, `th`). */
  digits: string[];
}

const notations = new Map<string, NumberNotation>();

export function numberNotation(locale: string): NumberNotation {
  const known = notations.get(locale);
  if (known !== undefined) return known;
  const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(1234567.5);
  const plain = new Intl.NumberFormat(locale, { useGrouping: false });
  const notation: NumberNotation = {
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
    digits: Array.from({ length: 10 }, (_, digit) => plain.format(digit)),
  };
  notations.set(locale, notation);
  return notation;
}

/** Persian, Arabic-Indic and Thai digit zeros: each block of ten maps onto 0–9. */
const DIGIT_ZEROS = [0x06f0, 0x0660, 0x0e50];
const NATIVE_DIGIT = /[\u06f0-\u06f9\u0660-\u0669\u0e50-\u0e59]/g;
/** Direction marks Intl puts around signs (fa: "‎−۵"), and the isolates of RTL messages. */
const BIDI_MARKS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;
const MINUS = /[\u2212\u2012\u2013\u2014\ufe63\uff0d]/g;

/** Native digits as ASCII digits, minus signs as "-", no spaces or direction marks. */
export function asciiNumberText(text: string): string {
  return text
    .replace(BIDI_MARKS, '')
    .replace(NATIVE_DIGIT, (digit) => {
      const code = digit.charCodeAt(0);
      const zero = DIGIT_ZEROS.find((start) => code >= start && code <= start + 9) ?? code;
      return String(code - zero);
    })
    .replace(MINUS, '-')
    .replace(/\s+/g, '');
}

type Role = 'decimal' | 'group';

/** Which sign means what in this locale; ASCII signs the locale leaves free read as in English. */
function signRoles(locale: string): Map<string, Role> {
  const { decimal, group } = numberNotation(locale);
  const roles = new Map<string, Role>([
    ['\u066b', 'decimal'],
    ['\u066c', 'group'],
  ]);
  // Spaces were already dropped: a space (or narrow space) group sign needs no entry.
  if (!/\s/.test(group)) roles.set(group, 'group');
  roles.set(decimal, 'decimal');
  if (!roles.has('.')) roles.set('.', 'decimal');
  if (!roles.has(',')) roles.set(',', roles.get('.') === 'decimal' ? 'group' : 'decimal');
  // Persian writing often puts a slash between the whole and the fraction ("۷/۵").
  if (decimal === '\u066b') roles.set('/', 'decimal');
  return roles;
}

/**
 * A number typed in `locale`'s notation, or NaN when the text is not one number ("", "abc",
 * "1.2.3", "1,5,0"…). Signs: a leading + or - (any Unicode minus).
 */
export function parseLocaleNumber(text: string, locale: string): number {
  const clean = asciiNumberText(text.normalize('NFKC'));
  const match = /^([+-]?)(.*)$/.exec(clean);
  const body = match?.[2] ?? '';
  if (body === '' || !/\d/.test(body)) return Number.NaN;
  const roles = signRoles(locale);
  // Digit runs and the single signs between them.
  const tokens = body.split(/(\D)/);
  const runs = tokens.filter((_, i) => i % 2 === 0);
  const signs = tokens.filter((_, i) => i % 2 === 1);
  if (runs.some((run) => !/^\d*$/.test(run))) return Number.NaN;
  if (signs.some((sign) => !roles.has(sign))) return Number.NaN;
  const read = (whole: string[], fraction: string): number => {
    const value = Number(`${whole.join('') || '0'}.${fraction || '0'}`);
    return match?.[1] === '-' ? -value : value;
  };
  if (signs.length === 0) return read(runs, '');

  const decimals = signs.map((sign, i) => (roles.get(sign) === 'decimal' ? i : -1)).filter((i) => i >= 0);
  const groupingValid = (groups: string[]): boolean =>
    groups.length > 0 &&
    /^\d{1,3}$/.test(groups[0]) &&
    groups[0] !== '0' &&
    groups.slice(1).every((run, i, rest) => (i === rest.length - 1 ? /^\d{3}$/ : /^\d{2,3}$/).test(run));

  if (decimals.length > 1) return Number.NaN;
  if (decimals.length === 1) {
    const at = decimals[0];
    // Only the last sign may be the decimal sign; the ones before it group.
    if (at !== signs.length - 1) return Number.NaN;
    const whole = runs.slice(0, at + 1);
    if (whole.length > 1 && !groupingValid(whole)) return Number.NaN;
    return read(whole, runs[at + 1]);
  }
  // Only group signs: grouping when it can be, else one of them typed as a decimal sign.
  if (new Set(signs).size === 1 && groupingValid(runs)) return read(runs, '');
  if (signs.length === 1) return read([runs[0]], runs[1]);
  return Number.NaN;
}

/**
 * A number as an input shows it in `locale`: the shortest text that reads back as the same number,
 * in the locale's digits and decimal sign, without grouping ("7,5" in Italian, "۷٫۵" in Persian).
 */
export function formatInputNumber(value: number, locale: string): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  if (/e/i.test(text)) return text;
  const { decimal, digits } = numberNotation(locale);
  return text.replace(/[0-9.]/g, (char) => (char === '.' ? decimal : digits[Number(char)]));
}

/**
 * A Red / Green threshold as the core reads it ("P10", "7.5", "50%"), from what the user typed in
 * `locale` ("P۱۰", "7,5", "50 %"); text that is neither comes back as typed, for the core to name.
 */
export function canonicalThreshold(text: string, locale: string): string {
  const trimmed = text.trim();
  const percentile = /^[pP]\s*(.+)$/.exec(trimmed);
  if (percentile !== null) {
    const p = parseLocaleNumber(percentile[1], locale);
    return Number.isFinite(p) ? `P${p}` : trimmed;
  }
  const percent = /^(.*?)\s*[%\u066a]$/.exec(trimmed);
  const value = parseLocaleNumber(percent === null ? trimmed : percent[1], locale);
  if (!Number.isFinite(value)) return trimmed;
  return percent === null ? String(value) : `${value}%`;
}

/** A threshold's text for its input: numbers in the locale's notation, percentiles as "P10". */
export function thresholdInputText(canonical: string, locale: string): string {
  const value = Number(canonical);
  return canonical.trim() !== '' && Number.isFinite(value) ? formatInputNumber(value, locale) : canonical;
}
