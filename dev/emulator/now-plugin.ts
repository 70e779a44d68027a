// NOW() and TODAY() as Sheets computes them: the current time (workbook.setNow, else the real
// clock) as a wall-clock serial in the spreadsheet's time zone. Replaces HyperFormula's own pair,
// which reads the host's clock and local zone. Volatile: re-evaluated on every recalculation
// (any write, and setNow).
import type { FunctionPluginDefinition } from 'hyperformula';
import { FunctionPlugin } from 'hyperformula';
import { dateToSerial } from './values';

/** The host's current instant and the spreadsheet's zone, read at each evaluation. */
export interface ClockSource {
  now(): Date;
  timeZone: string;
}

interface Runner {
  runFunction(args: unknown[], state: unknown, metadata: unknown, fn: () => number): unknown;
  metadata(name: string): unknown;
}

export function nowPlugin(clock: ClockSource): FunctionPluginDefinition {
  const serial = () => dateToSerial(clock.now(), clock.timeZone);
  class SheetsNowPlugin extends FunctionPlugin {
    static override implementedFunctions = {
      NOW: { method: 'now', parameters: [], isVolatile: true, returnNumberType: 'NUMBER_DATETIME' },
      TODAY: { method: 'today', parameters: [], isVolatile: true, returnNumberType: 'NUMBER_DATE' },
    } as unknown as typeof FunctionPlugin.implementedFunctions;
    now(ast: { args: unknown[] }, state: unknown): unknown {
      const self = this as unknown as Runner;
      return self.runFunction(ast.args, state, self.metadata('NOW'), serial);
    }
    today(ast: { args: unknown[] }, state: unknown): unknown {
      const self = this as unknown as Runner;
      return self.runFunction(ast.args, state, self.metadata('TODAY'), () => Math.floor(serial()));
    }
  }
  return SheetsNowPlugin as unknown as FunctionPluginDefinition;
}
