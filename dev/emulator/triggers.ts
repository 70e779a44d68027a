// Firing installable triggers (workbook.fireTrigger / fireTimeTriggers): the handler runs in the
// add-on's vm context with an event object like Apps Script's, created in the script realm. Clock
// triggers get the time-driven event for the workbook's now (see setNow). The handler runs as the
// trigger's owner, without a user interface (SpreadsheetApp.getUi() throws), and optionally without
// a current document (LockService.getDocumentLock() is then null), see auth.ts.
import vm from 'node:vm';
import { runAsUser, runIn } from './auth';
import { DEFAULT_TIME_ZONE, eventTimeZone, instantToWall } from './time-zone';
import type { TriggerData, Workbook } from './workbook';

const DAY = 86_400_000;

/** ISO week number (weeks start on Monday; week 1 holds the year's first Thursday). */
function isoWeek(d: Date): number {
  const day = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  day.setUTCDate(day.getUTCDate() + 4 - (day.getUTCDay() || 7));
  return Math.ceil(((day.getTime() - Date.UTC(day.getUTCFullYear(), 0, 1)) / DAY + 1) / 7);
}

/** The fields of Apps Script's time-driven event (day-of-week: 1 = Monday … 7 = Sunday). */
export function timeDrivenEvent(
  instant: Date,
  triggerUid: string,
  timeZone = DEFAULT_TIME_ZONE,
): Record<string, unknown> {
  const now = new Date(instantToWall(instant.getTime(), timeZone)); // UTC fields = wall clock in the zone
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
    timezone: eventTimeZone(timeZone),
  };
}

function findTrigger(wb: Workbook, idOrHandler: string): TriggerData | undefined {
  return wb.triggers.find((t) => t.id === idOrHandler) ?? wb.triggers.find((t) => t.handler === idOrHandler);
}

export interface FireOptions {
  /** false: run as outside any document (a standalone script): getDocumentLock() is null. */
  document?: boolean;
}

/** Runs an installed trigger's handler; `event` fields are added to (or override) the default ones. */
export function fireTrigger(
  wb: Workbook,
  idOrHandler: string,
  event?: object,
  options: FireOptions = {},
): unknown {
  const ctx = wb.scriptContext as Record<string, unknown> | null;
  if (!ctx) throw new Error('fireTrigger: no add-on is loaded (call loadAddon first)');
  const trigger = findTrigger(wb, idOrHandler);
  // Only installed triggers fire: a test should fail when the add-on never created one.
  if (!trigger) throw new Error(`fireTrigger: no trigger with id or handler "${idOrHandler}"`);
  const handler = ctx[trigger.handler];
  if (typeof handler !== 'function') throw wb.error(`Script function not found: ${trigger.handler}`);
  const defaults =
    trigger.eventType === 'CLOCK'
      ? timeDrivenEvent(wb.now(), trigger.id, String(trigger.schedule.timezone ?? wb.timeZone))
      : { authMode: 'FULL', triggerUid: trigger.id };
  const e = vm.runInContext('({})', ctx as vm.Context) as Record<string, unknown>;
  Object.assign(e, defaults, event);
  const run = () => (handler as (e: unknown) => unknown)(e);
  const context = { authMode: 'FULL' as const, trigger: true, document: options.document ?? true };
  return runAsUser(wb, trigger.owner ?? wb.userEmail, () => runIn(wb, context, run));
}

/**
 * Fires every clock trigger once, in creation order. A failing handler does not stop the others
 * (as separate executions in Apps Script); the first error is rethrown after all have run.
 */
export function fireTimeTriggers(wb: Workbook, options: FireOptions = {}): unknown[] {
  const results: unknown[] = [];
  const errors: unknown[] = [];
  for (const t of wb.triggers.filter((x) => x.eventType === 'CLOCK')) {
    if (!wb.triggers.includes(t)) continue; // deleted by an earlier handler
    try {
      results.push(fireTrigger(wb, t.id, undefined, options));
    } catch (err) {
      errors.push(err);
      results.push(undefined);
    }
  }
  if (errors.length) throw errors[0];
  return results;
}
