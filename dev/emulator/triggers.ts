// Firing installable triggers (workbook.fireTrigger / fireTimeTriggers): the handler runs in the
// add-on's vm context with an event object like Apps Script's, created in the script realm. Clock
// triggers get the time-driven event for the workbook's now (see setNow).
import vm from 'node:vm';
import type { TriggerData, Workbook } from './workbook';

const DAY = 86_400_000;

/** ISO week number (weeks start on Monday; week 1 holds the year's first Thursday). */
function isoWeek(d: Date): number {
  const day = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  day.setUTCDate(day.getUTCDate() + 4 - (day.getUTCDay() || 7));
  return Math.ceil(((day.getTime() - Date.UTC(day.getUTCFullYear(), 0, 1)) / DAY + 1) / 7);
}

/** The fields of Apps Script's time-driven event (day-of-week: 1 = Monday … 7 = Sunday). */
export function timeDrivenEvent(now: Date, triggerUid: string): Record<string, unknown> {
  return {
    authMode: 'FULL',
    triggerUid,
    year: now.getUTCFullYear(),
    month: now.getUTCMonth() + 1,
    'day-of-month': now.getUTCDate(),
    'day-of-week': now.getUTCDay() || 7,
    'week-of-year': isoWeek(now),
    hour: now.getUTCHours(),
    minute: now.getUTCMinutes(),
    second: now.getUTCSeconds(),
    timezone: 'UTC',
  };
}

function findTrigger(wb: Workbook, idOrHandler: string): TriggerData | undefined {
  return wb.triggers.find((t) => t.id === idOrHandler) ?? wb.triggers.find((t) => t.handler === idOrHandler);
}

/** Runs an installed trigger's handler; `event` fields are added to (or override) the default ones. */
export function fireTrigger(wb: Workbook, idOrHandler: string, event?: object): unknown {
  const ctx = wb.scriptContext as Record<string, unknown> | null;
  if (!ctx) throw new Error('fireTrigger: no add-on is loaded (call loadAddon first)');
  const trigger = findTrigger(wb, idOrHandler);
  // Only installed triggers fire: a test should fail when the add-on never created one.
  if (!trigger) throw new Error(`fireTrigger: no trigger with id or handler "${idOrHandler}"`);
  const handler = ctx[trigger.handler];
  if (typeof handler !== 'function') throw wb.error(`Script function not found: ${trigger.handler}`);
  const defaults =
    trigger.eventType === 'CLOCK'
      ? timeDrivenEvent(wb.now(), trigger.id)
      : { authMode: 'FULL', triggerUid: trigger.id };
  const e = vm.runInContext('({})', ctx as vm.Context) as Record<string, unknown>;
  Object.assign(e, defaults, event);
  return (handler as (e: unknown) => unknown)(e);
}

/**
 * Fires every clock trigger once, in creation order. A failing handler does not stop the others
 * (as separate executions in Apps Script); the first error is rethrown after all have run.
 */
export function fireTimeTriggers(wb: Workbook): unknown[] {
  const results: unknown[] = [];
  const errors: unknown[] = [];
  for (const t of wb.triggers.filter((x) => x.eventType === 'CLOCK')) {
    if (!wb.triggers.includes(t)) continue; // deleted by an earlier handler
    try {
      results.push(fireTrigger(wb, t.id));
    } catch (err) {
      errors.push(err);
      results.push(undefined);
    }
  }
  if (errors.length) throw errors[0];
  return results;
}
