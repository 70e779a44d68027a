/**
 * A Health Model with segments (segments.ts) in SQL: which part of the model scores each row, as
 * assignRows decides it, and the drivers of a row no part scores, as HEALTHEXPLAIN writes them.
 *
 * The core matches `normalizeKey(String(cell))` against the segment's values. A text column is
 * matched by the same key in SQL; a number column by the number whose `String()` is the value (a
 * value such as `01` or `1.50`, which no number prints as, matches nothing, as in the sheet); a
 * boolean column by `true` / `false`. A DATE or TIMESTAMP column is refused: String(date) is the
 * spreadsheet's time zone and locale, which the warehouse does not know.
 */
import { driversText, ENGLISH_DRIVER_MESSAGES } from '../../shared/messages/drivers';
import { normalizeKey } from '../cells';
import { assignRows, formatSegment, type ModelPart } from '../segments';
import type { Dialect } from './dialect';
import { type ColumnKind, columnKind, labelProblem, normalizedKey, trimmed, WHITESPACE } from './read';

/** A column of the table (health-sql.ts SqlColumn). */
interface Column {
  name: string;
  type: string;
}

export interface SegmentColumn {
  column: Column;
  kind: 'string' | 'number' | 'boolean';
  /** The column as the model's Segment cells name it (what the drivers text says). */
  written: string;
}

/** The segment column among `columns` (HEALTHSCORE's lookup and message), refused if SQL cannot key on it. */
export function locateSegmentColumn(parts: readonly ModelPart[], columns: readonly Column[]): SegmentColumn {
  const written = parts.find((part) => part.segment !== null)?.segment?.column ?? '';
  const column = columns.find((candidate) => normalizeKey(candidate.name) === normalizeKey(written));
  // The core's own refusal, naming the closest header: assignRows checks the column before any row.
  if (column === undefined)
    assignRows(
      [],
      columns.map((candidate) => candidate.name),
      parts,
    );
  const found = column as Column;
  const kind: ColumnKind | null = columnKind(found.type);
  if (kind !== 'string' && kind !== 'number' && kind !== 'boolean') {
    throw new Error(
      `segment column "${found.name}" is of type ${found.type}; SQL can match segments on a string, number ` +
        'or boolean column only (a date reads in the spreadsheet’s time zone), so key the segments on another column.',
    );
  }
  if (kind === 'string') {
    for (const part of parts) {
      for (const value of part.segment?.values ?? []) {
        const problem = labelProblem(value);
        if (problem !== null) {
          throw new Error(
            `segment "${formatSegment(part.segment!)}": ${problem.replace(/^its label/, 'its value')}; spell the value without it.`,
          );
        }
      }
    }
  }
  return { column: found, kind, written };
}

/**
 * The index in `parts` of the part that scores a row of `source` (its columns `src.name`): the
 * segment its cell names, else the default part, else −1.
 */
export function partCase(
  d: Dialect,
  parts: readonly ModelPart[],
  segment: SegmentColumn,
  src: string,
): string {
  const cell = `${src}.${d.ident(segment.column.name)}`;
  const fallback = parts.findIndex((part) => part.segment === null);
  const arms: string[] = [];
  parts.forEach((part, p) => {
    for (const value of part.segment?.values ?? []) {
      const literal = segmentLiteral(d, segment.kind, normalizeKey(value));
      if (literal !== null) arms.push(`WHEN ${literal} THEN ${p}`);
    }
  });
  if (arms.length === 0) return String(fallback);
  return `CASE ${segmentKey(d, segment.kind, cell)} ${arms.join(' ')} ELSE ${fallback} END`;
}

/** What the cell is compared with: its normalized text, its number, or 'true' / 'false'. */
function segmentKey(d: Dialect, kind: SegmentColumn['kind'], cell: string): string {
  if (kind === 'string') return normalizedKey(d, trimmed(d, cell));
  if (kind === 'number') return d.finiteDouble(cell);
  return `CASE WHEN ${cell} THEN 'true' WHEN NOT ${cell} THEN 'false' END`;
}

/** The literal a segment value (normalized) matches, or null when no cell of the column can match it. */
function segmentLiteral(d: Dialect, kind: SegmentColumn['kind'], key: string): string | null {
  if (kind === 'string') return d.text(key);
  if (kind === 'boolean') return key === 'true' || key === 'false' ? d.text(key) : null;
  const number = Number(key);
  return Number.isFinite(number) && String(number) === key ? d.number(number) : null;
}

/** The whole drivers text of a row no part scores: `no model for Tier = Gold` (`""` for a blank cell). */
export function noModelDrivers(d: Dialect, segment: SegmentColumn, src: string): string {
  const cell = `${src}.${d.ident(segment.column.name)}`;
  const marker = '\u0000';
  const [before, after] = driversText(ENGLISH_DRIVER_MESSAGES)
    .noSegment(segment.written, marker)
    .split(marker);
  const text = [d.text(before), cellText(d, segment.kind, cell), ...(after === '' ? [] : [d.text(after)])];
  return text.join(' || ');
}

/** String(cell).trim() as the core writes it, `""` when blank. */
function cellText(d: Dialect, kind: SegmentColumn['kind'], cell: string): string {
  if (kind === 'string') {
    return `CASE WHEN ${cell} IS NULL OR ${d.matches(cell, `^${WHITESPACE}*$`)} THEN '""' ELSE ${trimmed(d, cell)} END`;
  }
  if (kind === 'boolean') return `CASE WHEN ${cell} THEN 'true' WHEN NOT ${cell} THEN 'false' ELSE '""' END`;
  // Whole numbers print as JavaScript prints them up to 2^53; other numbers as the warehouse
  // writes a double (the same shortest digits for ordinary fractions such as 2.5).
  const x = d.finiteDouble(cell);
  const int = d.name === 'bigquery' ? 'INT64' : 'BIGINT';
  return (
    `CASE WHEN ${x} IS NULL THEN '""' ` +
    `WHEN ${x} = FLOOR(${x}) AND ${x} > ${d.number(-(2 ** 53))} AND ${x} < ${d.number(2 ** 53)} ` +
    `THEN ${d.toText(`CAST(${x} AS ${int})`)} ELSE ${d.toText(x)} END`
  );
}
