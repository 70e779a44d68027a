/**
 * HEALTHEXPLAIN's drivers in one language: `Support tickets -14.0; NPS -9.0; missing: Logins`.
 * Built once per call; each row then costs string joins only (50,000 rows per call).
 */
import type { ErrorMessages } from './errors-en';
import { isolate, isRightToLeft } from './text';

/** The messages drivers are made of. */
export type DriverMessages = Pick<
  ErrorMessages,
  | 'driverLoss'
  | 'driversMissing'
  | 'driversJoin'
  | 'listJoin'
  | 'driversNoSegment'
  | 'driversOverride'
  | 'driversOverrideAnonymous'
  | 'driversModelScore'
>;

/** English's, also in errors-en.ts (a test keeps them equal): HEALTHSCORE's file need not unpack. */
export const ENGLISH_DRIVER_MESSAGES: DriverMessages = {
  driverLoss: '{metric} {points}',
  driversMissing: 'missing: {metrics}',
  driversJoin: '; ',
  listJoin: ', ',
  driversNoSegment: 'no model for {column} = {value}',
  driversOverride: 'override by {by}: {reason}, until {until}',
  driversOverrideAnonymous: 'override: {reason}, until {until}',
  driversModelScore: '{score} from the model',
};

export interface DriversText {
  /** One metric and the points it costs (a positive number, shown negative with one decimal). */
  loss(metric: string, points: number): string;
  missing(metrics: readonly string[]): string;
  join(parts: readonly string[]): string;
  /** An account whose segment has no model (and the model has no default rows). */
  noSegment(column: string, value: string): string;
  /** A score or band set by hand: who (may be blank), why, and the last day (`YYYY-MM-DD`). */
  override(by: string, reason: string, until: string): string;
  /** What the model scores an account whose score is set by hand (one decimal, or N/A). */
  modelScore(score: number | '' | 'N/A'): string;
}

/** `{name}` placeholders only, split once: the template as a function of its values. */
function compile(template: string): (values: Readonly<Record<string, string>>) => string {
  const pieces = template.split(/\{(\w+)\}/);
  return (values) => {
    let text = pieces[0];
    for (let i = 1; i < pieces.length; i += 2)
      text += (values[pieces[i]] ?? `{${pieces[i]}}`) + pieces[i + 1];
    return text;
  };
}

/**
 * Points lost as `locale` writes a negative number with one decimal (`-14,0`, `\u200e−۱۴٫۰`).
 * Intl is asked once for the sign, decimal sign and digits; each row then maps `toFixed`'s
 * characters (Intl per number cost HEALTHEXPLAIN twice its time on 50,000 rows).
 */
function pointsLost(locale: string): (points: number) => string {
  const format = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const [negative, positive] = [format.format(-1), format.format(1)];
  if (!negative.endsWith(positive) || positive.length !== 3) return (points) => format.format(-points);
  const sign = negative.slice(0, negative.length - positive.length);
  const digits = Array.from({ length: 10 }, (_, digit) => format.format(digit).charAt(0));
  const decimal = positive.charAt(1);
  if (digits.join('') === '0123456789') {
    return (points) => {
      const ascii = points.toFixed(1); // always one decimal: "14.0"
      return sign + ascii.slice(0, -2) + decimal + ascii.charAt(ascii.length - 1);
    };
  }
  const table: Record<string, string> = { ...Object.fromEntries(digits.entries()), '.': decimal };
  return (points) => {
    const ascii = points.toFixed(1);
    let text = sign;
    for (let i = 0; i < ascii.length; i++) text += table[ascii[i]];
    return text;
  };
}

/**
 * Drivers from `messages`. Without `locale` points are written as `toFixed(1)` writes them (the
 * English contract); with one, in its digits and minus sign, and in a right-to-left locale each
 * metric name is bidi-isolated so a Latin header cannot reorder the line.
 */
export function driversText(messages: DriverMessages, locale?: string): DriversText {
  const loss = compile(messages.driverLoss);
  const missing = compile(messages.driversMissing);
  const noSegment = compile(messages.driversNoSegment);
  const override = compile(messages.driversOverride);
  const anonymous = compile(messages.driversOverrideAnonymous);
  const modelScore = compile(messages.driversModelScore);
  // Made on first use: only rows whose score is set by hand write one.
  let decimalFormat: Intl.NumberFormat | null = null;
  const oneDecimal = (score: number): string => {
    if (locale === undefined) return score.toFixed(1);
    decimalFormat ??= new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return decimalFormat.format(score);
  };
  const lost = locale === undefined ? (points: number) => (-points).toFixed(1) : pointsLost(locale);
  const rtl = locale !== undefined && isRightToLeft(locale);
  const name = rtl ? isolate : (metric: string) => metric;
  // A right-to-left mark first: the line opens with a Latin metric name yet reads right to left.
  const start = rtl ? '\u200f' : '';
  return {
    loss: (metric, points) => loss({ metric: name(metric), points: lost(points) }),
    missing: (metrics) => missing({ metrics: metrics.map(name).join(messages.listJoin) }),
    join: (parts) => (parts.length === 0 ? '' : start + parts.join(messages.driversJoin)),
    noSegment: (column, value) => noSegment({ column: name(column), value: name(value) }),
    override: (by, reason, until) =>
      by === ''
        ? anonymous({ reason: name(reason), until })
        : override({ by: name(by), reason: name(reason), until }),
    modelScore: (score) => modelScore({ score: typeof score === 'number' ? oneDecimal(score) : 'N/A' }),
  };
}
