/** NPS, CSAT and CES over a range of answers, and SURVEYSCORE per account (contract §3). */
import { type ErrorParam, errorText } from '../shared/messages/errors-render';
import { asColumn, cellPlace, failWith, listArg, scalarArg, toGrid } from './args';
import { cellParam, isBlank, isDate, MS_PER_DAY, normalizeKey, readNumber } from './cells';

export interface SurveyScale {
  kind: 'NPS' | 'CSAT' | 'CES';
  min: number;
  max: number;
}

export const NPS_SCALE: SurveyScale = { kind: 'NPS', min: 0, max: 10 };
export const csatScale = (max = 5): SurveyScale => ({ kind: 'CSAT', min: 1, max });
export const cesScale = (max = 7): SurveyScale => ({ kind: 'CES', min: 1, max });

/** One answer: a whole number on the scale (numeric text accepted), or NaN when blank. */
export function readAnswer(cell: unknown, scale: SurveyScale, where: () => ErrorParam): number {
  if (isBlank(cell)) return Number.NaN;
  const value = typeof cell === 'number' || typeof cell === 'string' ? readNumber(cell) : Number.NaN;
  if (!Number.isInteger(value) || value < scale.min || value > scale.max) {
    failWith('answer', {
      where: where(),
      cell: cellParam(cell),
      kind: scale.kind,
      min: scale.min,
      max: scale.max,
    });
  }
  return value;
}

/** Every non-blank answer of a range, row-major; errors name the 1-based row and column. */
export function readAnswers(arg: unknown, scale: SurveyScale): number[] {
  const answers: number[] = [];
  const grid = toGrid(arg);
  for (let r = 0; r < grid.length; r++) {
    for (let c = 0; c < grid[r].length; c++) {
      const value = readAnswer(grid[r][c], scale, () => cellPlace('responses', r + 1, c + 1));
      if (!Number.isNaN(value)) answers.push(value);
    }
  }
  return answers;
}

/** % promoters (9–10) − % detractors (0–6); passives count in the denominator. */
export function npsOf(answers: readonly number[]): number | 'N/A' {
  if (answers.length === 0) return 'N/A';
  let net = 0;
  for (const answer of answers) net += answer >= 9 ? 1 : answer <= 6 ? -1 : 0;
  return (net / answers.length) * 100;
}

/** Top-two-box: % of answers ≥ scale − 1. */
export function csatOf(answers: readonly number[], scale: number): number | 'N/A' {
  if (answers.length === 0) return 'N/A';
  return (answers.filter((answer) => answer >= scale - 1).length / answers.length) * 100;
}

export function meanOf(answers: readonly number[]): number | 'N/A' {
  if (answers.length === 0) return 'N/A';
  let sum = 0;
  for (const answer of answers) sum += answer;
  return sum / answers.length;
}

/** A scale argument: a whole number ≥ 2, or the default when omitted. */
export function parseScale(arg: unknown, fallback: number): number {
  const cell = scalarArg(arg, 'scale');
  if (cell === undefined || isBlank(cell)) return fallback;
  const scale = readNumber(cell);
  if (!Number.isInteger(scale) || scale < 2) failWith('scale', { cell: cellParam(cell) });
  return scale;
}

export const SURVEY_KINDS = ['NPS', 'CSAT', 'CES', 'MEAN', 'COUNT', 'LAST'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

/** A date cell as epoch ms (Date objects, or text such as 2026-05-01); NaN when blank or unreadable. */
export function readTime(cell: unknown): number {
  if (isDate(cell)) return cell.getTime();
  if (typeof cell === 'string' && cell.trim() !== '') return Date.parse(cell.trim());
  return Number.NaN;
}

export function surveyScore(
  keysArg: unknown,
  accountsArg: unknown,
  valuesArg: unknown,
  kindArg: unknown,
  datesArg: unknown,
  withinArg: unknown,
  nowMs: number,
): number | Date | '' | (number | Date | '')[][] {
  const keys = listArg(keysArg, 'account_keys');
  const accounts = listArg(accountsArg, 'response_accounts');
  const values = listArg(valuesArg, 'response_values');
  const kind = parseKind(kindArg);
  const hasDates = datesArg !== undefined && !isBlank(datesArg);
  const dates = hasDates ? listArg(datesArg, 'response_dates') : null;
  if (values.length !== accounts.length || (dates !== null && dates.length !== accounts.length)) {
    const rows = { accounts: accounts.length, values: values.length };
    if (dates === null) failWith('responseRows', rows);
    failWith('responseRowsDates', { ...rows, dates: dates.length });
  }
  const withinDays = parseWithinDays(withinArg, dates !== null);
  if (kind === 'LAST' && dates === null)
    failWith('needsDates', { need: errorText('needsLast'), why: errorText('whyLast') });

  const rowsByAccount = new Map<string, number[]>();
  accounts.forEach((account, row) => {
    if (isBlank(account) || isBlank(values[row])) return;
    // parseWithinDays refuses a window without dates, so dates is set whenever the window is.
    if (withinDays !== null && dates !== null) {
      const age = (nowMs - readTime(dates[row])) / MS_PER_DAY;
      if (!(age <= withinDays)) return;
    }
    const key = normalizeKey(account);
    const rows = rowsByAccount.get(key);
    if (rows === undefined) rowsByAccount.set(key, [row]);
    else rows.push(row);
  });

  const results = keys.map((key) => {
    const rows = isBlank(key) ? undefined : rowsByAccount.get(normalizeKey(key));
    if (rows === undefined) return '' as const;
    const result = summarise(kind, rows, values, dates);
    return result === 'N/A' ? ('' as const) : result;
  });
  return asColumn(results, !Array.isArray(keysArg));
}

function parseKind(arg: unknown): SurveyKind {
  const cell = scalarArg(arg, 'kind');
  if (cell === undefined || isBlank(cell)) return 'NPS';
  const kind = String(cell).trim().toUpperCase();
  return (SURVEY_KINDS as readonly string[]).includes(kind)
    ? (kind as SurveyKind)
    : failWith('kind', { cell: cellParam(cell), kinds: SURVEY_KINDS });
}

function parseWithinDays(arg: unknown, hasDates: boolean): number | null {
  const cell = scalarArg(arg, 'within_days');
  if (cell === undefined || isBlank(cell)) return null;
  const days = readNumber(cell);
  if (Number.isNaN(days) || days < 0) failWith('days', { name: 'within_days', cell: cellParam(cell) });
  if (!hasDates) failWith('needsDates', { need: 'within_days', why: errorText('whyWithin') });
  return days;
}

function summarise(
  kind: SurveyKind,
  rows: number[],
  values: readonly unknown[],
  dates: readonly unknown[] | null,
): number | Date | 'N/A' {
  const where = (row: number) => () => `response_values row ${row + 1}`;
  switch (kind) {
    case 'NPS':
      return npsOf(rows.map((row) => readAnswer(values[row], NPS_SCALE, where(row))));
    case 'CSAT':
      return csatOf(
        rows.map((row) => readAnswer(values[row], csatScale(), where(row))),
        5,
      );
    case 'CES':
      return meanOf(rows.map((row) => readAnswer(values[row], cesScale(), where(row))));
    case 'MEAN':
      return meanOf(rows.map((row) => numericValue(values[row], row)));
    case 'COUNT':
      return rows.length;
    case 'LAST': {
      // surveyScore refuses LAST without dates before summarising.
      if (dates === null) return 'N/A';
      let latestRow = -1;
      let latestTime = Number.NEGATIVE_INFINITY;
      for (const row of rows) {
        const time = readTime(dates[row]);
        if (time >= latestTime) {
          latestTime = time;
          latestRow = row;
        }
      }
      if (latestRow === -1) return 'N/A';
      // A date column as the values gives the date of the last response (a "Last survey" column).
      const latest = values[latestRow];
      return isDate(latest) ? latest : numericValue(latest, latestRow);
    }
  }
}

function numericValue(cell: unknown, row: number): number {
  const value = readNumber(cell);
  return Number.isNaN(value) ? failWith('responseNaN', { row: row + 1, cell: cellParam(cell) }) : value;
}
