// Logger (and console, which Apps Script V8 also has): lines go to workbook.logs.
import { format } from 'node:util';
import { GasObject } from '../counting';
import type { Workbook } from '../workbook';

export class Logger extends GasObject {
  constructor(private wb: Workbook) {
    super();
  }
  log(data: unknown, ...values: unknown[]): Logger {
    this.wb.logs.push(format(data, ...values));
    return this;
  }
  getLog(): string {
    return this.wb.logs.join('\n');
  }
  clear(): void {
    this.wb.logs.length = 0;
  }
}

export function makeConsole(wb: Workbook): Pick<Console, 'log' | 'info' | 'warn' | 'error'> {
  const push = (...args: unknown[]) => {
    wb.logs.push(format(...args));
  };
  return { log: push, info: push, warn: push, error: push };
}
