// A controllable clock for the add-on's script realm (workbook.setNow). loadAddon swaps the
// context's global Date for a wrapper that asks the host for the fixed instant: while one is set,
// `new Date()`, `Date()` and `Date.now()` use it; every other use is the real Date. The wrapper shares
// Date.prototype, so `x instanceof Date` holds for all dates of the realm (realm.date's too).
import vm from 'node:vm';
import { isDate } from './values';

/** Host-side getter of the fixed instant in ms (null: real time). */
export type NowSource = () => number | null;

const INSTALL = `(function (fixedNow) {
  var RealDate = globalThis.Date; // not 'Date': the declaration below is hoisted
  function Date(year, month, day, hours, minutes, seconds, ms) {
    var fixed = fixedNow();
    if (!new.target) return fixed === null ? RealDate() : new RealDate(fixed).toString();
    if (arguments.length === 0 && fixed !== null) return Reflect.construct(RealDate, [fixed], new.target);
    return Reflect.construct(RealDate, arguments, new.target);
  }
  Object.defineProperty(Date, 'prototype', { value: RealDate.prototype });
  Object.defineProperty(RealDate.prototype, 'constructor', { value: Date, writable: true, configurable: true });
  var statics = {
    now: function now() {
      var fixed = fixedNow();
      return fixed === null ? RealDate.now() : fixed;
    },
    parse: RealDate.parse,
    UTC: RealDate.UTC,
  };
  for (var k in statics) Object.defineProperty(Date, k, { value: statics[k], writable: true, configurable: true });
  Object.defineProperty(globalThis, 'Date', { value: Date, writable: true, configurable: true });
})`;

/** Replaces the context's global Date with the clock-aware wrapper (before the script runs). */
export function installClock(ctx: vm.Context, fixedNow: NowSource): void {
  (vm.runInContext(INSTALL, ctx) as (f: NowSource) => void)(fixedNow);
}

/** Turns setNow's argument into ms (null stays null); throws on an invalid date. */
export function toInstant(date: Date | string | number | null): number | null {
  if (date === null) return null;
  const ms = isDate(date) ? date.getTime() : new Date(date).getTime();
  if (Number.isNaN(ms)) throw new Error(`setNow: invalid date ${String(date)}`);
  return ms;
}
