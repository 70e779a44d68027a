/**
 * Each timed HEALTHSCORE call in the benches starts with an empty young generation, as a custom
 * function's execution in Sheets starts in a runtime that has not just scored 50,000 rows. Without
 * this, whether the previous calls' garbage is collected (a scavenge of 10–13 ms) inside the timed
 * call or the untimed one beside it depends on the phase of the allocation, and the same build
 * measured 16 or 30 ms for P10/P90 from one context to the next. A call's own allocations, and any
 * collection they cause, are still timed.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

v8.setFlagsFromString('--expose-gc');
/** `gc` as --expose-gc defines it, taken from a context made after the flag was set. */
const gc = vm.runInNewContext('gc') as (options?: { type: 'minor' | 'major' }) => void;

/** Collects the young generation (a scavenge) before a timed call. */
export function emptyNursery(): void {
  gc({ type: 'minor' });
}
