/**
 * Overrides: a score or band a CSM sets by hand for an account ("champion just left"), with a
 * reason, who set it, and the last day it holds. The Overrides table is a range whose first row
 * is a header: its first column's header names the account column (as the account sheet's
 * header row names it), then `Score`, `Band`, `Reason`, `By`, `Until` by name, in any order.
 * An override holds through its Until day and stops by itself after it: the formulas pass AsOf,
 * which moves to today every day, so the scores recalculate when an override ends.
 */
import { errorText } from '../shared/messages/errors-render';
import { failWith, isGrid } from './args';
import { cellParam, isBlank, isDate, MS_PER_DAY, normalizeKey, readNumber } from './cells';
import { closestName } from './closest';

export const OVERRIDE_COLUMNS = ['Score', 'Band', 'Reason', 'By', 'Until'] as const;
type OverrideColumn = (typeof OVERRIDE_COLUMNS)[number];

export interface Override {
  /** Its row in the Overrides range, header = 1. */
  row: number;
  account: string;
  score: number | null;
  band: string | null;
  reason: string;
  by: string;
  /** Midnight of the last day it holds (a date cell's instant). */
  until: number;
}

/** An override as people read it (the digest, the sidebar): its last day as `YYYY-MM-DD`. */
export type OverrideDay = Omit<Override, 'row' | 'until'> & { until: string };

export interface Overrides {
  /** The first header: the account column's name in the account sheet. */
  keyHeader: string;
  /** The overrides that hold at `now`, by normalised account name. */
  active: ReadonlyMap<string, Override>;
  /** Every valid row, in table order (for the sidebar and the digest). */
  all: readonly Override[];
}

/** Whether an override holds at `nowMs`: through the whole of its Until day. */
export const holdsAt = (override: Override, nowMs: number): boolean => nowMs < override.until + MS_PER_DAY;

/** Reads the Overrides range; `undefined` or a blank argument means no overrides. */
export function parseOverrides(arg: unknown, nowMs: number): Overrides | null {
  if (arg === undefined || (!Array.isArray(arg) && isBlank(arg))) return null;
  if (!isGrid(arg) || arg.length === 0) return failWith('overridesRange');
  const [header, ...rows] = arg;
  if (isBlank(header[0])) return failWith('overridesKeyHeader');
  const keyHeader = String(header[0]).trim();
  const column = locate(header);
  const all: Override[] = [];
  const active = new Map<string, Override>();
  rows.forEach((cells, i) => {
    if (isBlank(cells[0])) return;
    const override = readRow(cells, column, i + 2);
    all.push(override);
    if (!holdsAt(override, nowMs)) return;
    const key = normalizeKey(override.account);
    const earlier = active.get(key);
    if (earlier !== undefined) {
      failWith('overrideTwice', { first: earlier.row, second: override.row, account: override.account });
    }
    active.set(key, override);
  });
  return { keyHeader, active, all };
}

function locate(header: readonly unknown[]): Record<OverrideColumn, number> {
  const index = {} as Record<OverrideColumn, number>;
  for (const name of OVERRIDE_COLUMNS) {
    index[name] = header.findIndex((cell, i) => i > 0 && normalizeKey(cell) === name.toLowerCase());
  }
  for (const name of ['Reason', 'Until'] as const) {
    if (index[name] !== -1) continue;
    const found = header.filter((cell) => !isBlank(cell)).map(String);
    failWith('overridesHeader', { name, found });
  }
  if (index.Score === -1 && index.Band === -1) {
    failWith('overridesHeader', {
      name: 'Score',
      found: header.filter((cell) => !isBlank(cell)).map(String),
    });
  }
  return index;
}

function readRow(cells: readonly unknown[], column: Record<OverrideColumn, number>, row: number): Override {
  const account = String(cells[0]).trim();
  const cell = (name: OverrideColumn): unknown => (column[name] === -1 ? '' : cells[column[name]]);
  const at = { row, account };
  const scoreCell = cell('Score');
  let score: number | null = null;
  if (!isBlank(scoreCell)) {
    score = readNumber(scoreCell);
    if (Number.isNaN(score) || score < 0 || score > 100) {
      failWith('overrideScore', { ...at, cell: cellParam(scoreCell) });
    }
  }
  const bandCell = cell('Band');
  const band = isBlank(bandCell) ? null : String(bandCell).trim();
  if (score === null && band === null) failWith('overrideEmpty', at);
  const reason = cell('Reason');
  if (isBlank(reason)) failWith('overrideReason', at);
  const untilCell = cell('Until');
  if (!isDate(untilCell) || Number.isNaN(untilCell.getTime())) {
    return failWith('overrideUntil', { ...at, cell: isBlank(untilCell) ? '""' : cellParam(untilCell) });
  }
  const by = cell('By');
  return {
    row,
    account,
    score,
    band,
    reason: String(reason).trim(),
    by: isBlank(by) ? '' : String(by).trim(),
    until: untilCell.getTime(),
  };
}

/** The column of `headers` that holds the account names the overrides are keyed by. */
export function overrideKeyColumn(overrides: Overrides, headers: readonly unknown[]): number {
  const key = normalizeKey(overrides.keyHeader);
  const column = headers.findIndex((header) => normalizeKey(header) === key);
  if (column !== -1) return column;
  const names = headers.filter((header) => !isBlank(header)).map((header) => String(header).trim());
  const close = closestName(overrides.keyHeader, names);
  return failWith('overridesKey', {
    header: overrides.keyHeader,
    closest: close === null ? '' : errorText('closestHeader', { header: close }),
  });
}

/** The override holding for each row's account (by the key column), or null. */
export function overridesByRow(
  overrides: Overrides | null,
  rows: readonly (readonly unknown[])[],
  keyColumn: (overrides: Overrides) => number,
): (Override | null)[] | null {
  if (overrides === null) return null;
  // Checked even when none holds: a wrong key header shows the day it is written, not later.
  const column = keyColumn(overrides);
  if (overrides.active.size === 0) return null;
  return rows.map((row) => overrides.active.get(normalizeKey(row[column])) ?? null);
}

/**
 * The day an override ends, `YYYY-MM-DD`. Date cells hold midnight in the spreadsheet's zone,
 * which is within 12 hours of UTC midnight of the same day for zones from UTC−11 to UTC+12:
 * rounding to the nearest UTC midnight gives that day without knowing the zone.
 */
export function untilDay(override: Override): string {
  return new Date(Math.round(override.until / MS_PER_DAY) * MS_PER_DAY).toISOString().slice(0, 10);
}
