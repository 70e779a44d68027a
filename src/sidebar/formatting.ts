/**
 * How the tabs show numbers, dates, lists and failures: Intl in the panel's locale (Persian digits
 * and the Solar Hijri calendar in `fa`, the Buddhist era in `th`), with a dash for "no value".
 */
export const NONE = '–';

export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** An ISO time as the user reads it ("Jan 15, 2026, 10:30 AM"); the raw text if it is not a date. */
export function dateTime(iso: string, locale: string): string {
  const time = new Date(iso);
  return Number.isNaN(time.getTime())
    ? iso
    : time.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A snapshot day (YYYY-MM-DD, a calendar day, so read as UTC); the raw text otherwise. */
export function calendarDay(day: string, locale: string, style: 'short' | 'medium' = 'medium'): string {
  const time = /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T00:00:00Z`) : new Date(Number.NaN);
  if (Number.isNaN(time.getTime())) return day;
  return style === 'short'
    ? time.toLocaleDateString(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' })
    : time.toLocaleDateString(locale, { dateStyle: 'medium', timeZone: 'UTC' });
}

/** Names as the locale lists them: "NPS, CSAT e Last survey" in Italian, "NPS، CSAT، و …" in Persian. */
export function listText(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).format(items);
}

export interface NumberFormats {
  integer(value: number): string;
  /** AUC and other 0–1 measures: two decimals, or a dash for null. */
  auc(value: number | null): string;
  /** A signed difference of AUCs, "+0.07". */
  aucChange(value: number): string;
  percent(value: number | null): string;
  /** "3.2×", or a dash for null. */
  times(value: number | null): string;
  score(value: number): string;
  /** A score rounded as `score` shows it, still a number (for plural forms: "dropped 20.5 points"). */
  scoreValue(value: number): number;
  /** Names (columns, sheets) as a list: `listText` in this locale. */
  list(items: readonly string[]): string;
}

export function numberFormats(locale: string): NumberFormats {
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const twoDecimals = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const signed = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const oneDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return {
    integer: (value) => integer.format(value),
    auc: (value) => (value === null || !Number.isFinite(value) ? NONE : twoDecimals.format(value)),
    aucChange: (value) => signed.format(value),
    percent: (value) => (value === null || !Number.isFinite(value) ? NONE : percent.format(value)),
    times: (value) => (value === null || !Number.isFinite(value) ? NONE : `${oneDecimal.format(value)}×`),
    score: (value) => oneDecimal.format(value),
    scoreValue: (value) => Math.round(value * 10) / 10,
    list: (items) => listText(items, locale),
  };
}
