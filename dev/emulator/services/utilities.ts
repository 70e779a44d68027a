// Utilities: formatDate (Java SimpleDateFormat letters, any IANA time zone or GMT±hh:mm), getUuid, sleep
// (no-op: the emulator does not wait), formatString, base64.
import { randomUUID } from 'node:crypto';
import { format } from 'node:util';
import { GasObject } from '../counting';
import { zoneParts } from '../time-zone';
import { isDate, MONTHS } from '../values';
import type { Workbook } from '../workbook';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface Parts {
  y: number;
  M: number;
  d: number;
  H: number;
  m: number;
  s: number;
  S: number;
  wd: number;
  offsetMin: number;
}

function partsIn(date: Date, timeZone: string): Parts {
  const p = zoneParts(date.getTime(), timeZone);
  return {
    y: p.year,
    M: p.month,
    d: p.day,
    H: p.hour,
    m: p.minute,
    s: p.second,
    S: p.millisecond,
    wd: p.weekday,
    offsetMin: p.offsetMinutes,
  };
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

function offset(min: number, colon: boolean): string {
  const sign = min < 0 ? '-' : '+';
  const a = Math.abs(min);
  return sign + pad(Math.floor(a / 60), 2) + (colon ? ':' : '') + pad(a % 60, 2);
}

export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const p = partsIn(date, timeZone);
  return pattern.replace(/'([^']*)'|([a-zA-Z])\2*/g, (tok, quoted: string | undefined) => {
    if (quoted !== undefined) return quoted === '' ? "'" : quoted;
    const n = tok.length;
    switch (tok[0]) {
      case 'y':
        return n === 2 ? pad(p.y % 100, 2) : pad(p.y, n);
      case 'M':
      case 'L':
        return n >= 4 ? MONTHS[p.M - 1] : n === 3 ? MONTHS[p.M - 1].slice(0, 3) : pad(p.M, n);
      case 'd':
        return pad(p.d, n);
      case 'E':
        return n >= 4 ? DAYS[p.wd] : DAYS[p.wd].slice(0, 3);
      case 'u':
        return String(p.wd === 0 ? 7 : p.wd);
      case 'H':
        return pad(p.H, n);
      case 'k':
        return pad(p.H === 0 ? 24 : p.H, n);
      case 'K':
        return pad(p.H % 12, n);
      case 'h':
        return pad(p.H % 12 === 0 ? 12 : p.H % 12, n);
      case 'm':
        return pad(p.m, n);
      case 's':
        return pad(p.s, n);
      case 'S':
        return pad(p.S, 3).slice(0, Math.max(n, 3));
      case 'a':
        return p.H < 12 ? 'AM' : 'PM';
      case 'Z':
        return offset(p.offsetMin, false);
      case 'X':
        return p.offsetMin === 0 ? 'Z' : offset(p.offsetMin, n >= 3);
      case 'z':
        return p.offsetMin === 0 ? 'UTC' : `GMT${offset(p.offsetMin, true)}`;
      default:
        return tok;
    }
  });
}

export class Utilities extends GasObject {
  constructor(private wb: Workbook) {
    super();
  }
  formatDate(date: Date, timeZone: string, pattern: string): string {
    if (!isDate(date))
      throw this.wb.error("The parameters don't match the method signature for Utilities.formatDate.");
    try {
      return formatDate(date, String(timeZone), String(pattern));
    } catch (error) {
      throw this.wb.error((error as Error).message);
    }
  }
  formatString(template: string, ...args: unknown[]): string {
    return format(template, ...args);
  }
  getUuid(): string {
    return randomUUID();
  }
  sleep(_milliseconds: number): void {}
  base64Encode(data: string): string {
    return Buffer.from(String(data), 'utf8').toString('base64');
  }
  base64Decode(encoded: string): number[] {
    // Java bytes are signed.
    return this.wb.arr([...Buffer.from(encoded, 'base64')].map((b) => (b > 127 ? b - 256 : b)));
  }
  base64EncodeWebSafe(data: string): string {
    return Buffer.from(String(data), 'utf8').toString('base64url');
  }
}
