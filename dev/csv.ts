/**
 * Sample sheets for the demo, the playground and the tests: CSV files read the way Sheets
 * imports them with automatic conversion, so cells arrive as numbers, dates, booleans or text.
 */
import { readFileSync } from 'node:fs';

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/**
 * What Sheets' import would make of a field: plain numbers become numbers, ISO dates Dates (at
 * midnight UTC), TRUE/FALSE booleans. Everything else stays text, "$1,200" and "45%" included,
 * as when a sheet holds them as typed text: the add-on must read those itself.
 */
export function sheetValue(field: string): unknown {
  if (/^-?\d+(\.\d+)?$/.test(field)) return Number(field);
  if (/^\d{4}-\d{2}-\d{2}$/.test(field)) return new Date(`${field}T00:00:00Z`);
  if (/^(true|false)$/i.test(field)) return field.toLowerCase() === 'true';
  return field;
}

export function readSheetCsv(path: string): unknown[][] {
  return parseCsv(readFileSync(path, 'utf8')).map((row) => row.map(sheetValue));
}
