// ScriptApp: installable triggers are recorded on workbook.triggers. Nothing fires them on a
// schedule; a test fires them with workbook.fireTrigger / fireTimeTriggers (see triggers.ts), which
// run the handler with an Apps Script-like event. Builder validation follows the docs.
import { randomUUID } from 'node:crypto';
import { GasObject, LocalObject } from '../counting';
import type { TriggerData, Workbook } from '../workbook';

export const AuthMode = Object.freeze({
  NONE: 'NONE',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
});
export const AuthorizationStatus = Object.freeze({ REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' });
export const EventType = Object.freeze({
  CLOCK: 'CLOCK',
  ON_OPEN: 'ON_OPEN',
  ON_EDIT: 'ON_EDIT',
  ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
  ON_CHANGE: 'ON_CHANGE',
});
export const TriggerSource = Object.freeze({ SPREADSHEETS: 'SPREADSHEETS', CLOCK: 'CLOCK', FORMS: 'FORMS' });
const MAX_TRIGGERS = 20;

export class Trigger extends GasObject {
  constructor(readonly data: TriggerData) {
    super();
  }
  getHandlerFunction(): string {
    return this.data.handler;
  }
  getUniqueId(): string {
    return this.data.id;
  }
  getEventType(): string {
    return this.data.eventType;
  }
  getTriggerSource(): string {
    return this.data.source;
  }
  getTriggerSourceId(): string | null {
    return this.data.sourceId;
  }
}

class BaseTriggerBuilder extends LocalObject {
  constructor(
    protected wb: Workbook,
    protected data: TriggerData,
  ) {
    super();
  }
  create(): Trigger {
    if (!this.data.eventType) throw this.wb.error('Trigger type has not been specified.');
    if (this.wb.triggers.length >= MAX_TRIGGERS) {
      throw this.wb.error(
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    }
    const data = { ...this.data, id: randomUUID(), schedule: { ...this.data.schedule } };
    this.wb.triggers.push(data);
    return new Trigger(data);
  }
}

export class ClockTriggerBuilder extends BaseTriggerBuilder {
  private set(key: string, value: unknown): this {
    this.data.schedule[key] = value;
    return this;
  }
  everyMinutes(n: number): this {
    if (![1, 5, 10, 15, 30].includes(n))
      throw this.wb.error('The value passed to everyMinutes must be one of 1, 5, 10, 15 or 30.');
    return this.set('everyMinutes', n);
  }
  everyHours(n: number): this {
    if (![1, 2, 4, 6, 8, 12].includes(n))
      throw this.wb.error('The value passed to everyHours must be one of 1, 2, 4, 6, 8 or 12.');
    return this.set('everyHours', n);
  }
  everyDays(n: number): this {
    return this.set('everyDays', n);
  }
  everyWeeks(n: number): this {
    return this.set('everyWeeks', n);
  }
  atHour(hour: number): this {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23)
      throw this.wb.error('The hour must be between 0 and 23.');
    return this.set('atHour', hour);
  }
  nearMinute(minute: number): this {
    return this.set('nearMinute', minute);
  }
  onWeekDay(day: string): this {
    return this.set('onWeekDay', day);
  }
  at(date: Date): this {
    return this.set('at', date);
  }
  after(ms: number): this {
    return this.set('after', ms);
  }
  inTimezone(tz: string): this {
    return this.set('timezone', tz);
  }
}

export class SpreadsheetTriggerBuilder extends BaseTriggerBuilder {
  onOpen(): this {
    this.data.eventType = EventType.ON_OPEN;
    return this;
  }
  onEdit(): this {
    this.data.eventType = EventType.ON_EDIT;
    return this;
  }
  onChange(): this {
    this.data.eventType = EventType.ON_CHANGE;
    return this;
  }
  onFormSubmit(): this {
    this.data.eventType = EventType.ON_FORM_SUBMIT;
    return this;
  }
}

export class TriggerBuilder extends LocalObject {
  constructor(
    private wb: Workbook,
    private handler: string,
  ) {
    super();
  }
  private base(source: string, sourceId: string | null, eventType = ''): TriggerData {
    return { id: '', handler: this.handler, eventType, source, sourceId, schedule: {} };
  }
  timeBased(): ClockTriggerBuilder {
    return new ClockTriggerBuilder(this.wb, this.base(TriggerSource.CLOCK, null, EventType.CLOCK));
  }
  forSpreadsheet(ss: string | { getId(): string }): SpreadsheetTriggerBuilder {
    const id = typeof ss === 'string' ? ss : ss.getId();
    return new SpreadsheetTriggerBuilder(this.wb, this.base(TriggerSource.SPREADSHEETS, id));
  }
  forForm(form: string | { getId(): string }): SpreadsheetTriggerBuilder {
    const id = typeof form === 'string' ? form : form.getId();
    return new SpreadsheetTriggerBuilder(this.wb, this.base(TriggerSource.FORMS, id));
  }
}

/**
 * Granular consent: the scopes the add-on asked for with requireScopes (in order, per workbook), and
 * those a test says the user has not granted (requireScopes then throws as Apps Script does when it
 * ends the execution to show the consent screen).
 */
const requested = new WeakMap<Workbook, string[][]>();
const denied = new WeakMap<Workbook, Set<string>>();

/** Every requireScopes call's scopes, oldest first. */
export function requiredScopes(wb: Workbook): string[][] {
  return (requested.get(wb) ?? []).map((scopes) => [...scopes]);
}

/** Makes the user not grant these scopes (null grants everything again). */
export function denyScopes(wb: Workbook, scopes: string[] | null): void {
  denied.set(wb, new Set(scopes ?? []));
}

const isDenied = (wb: Workbook, scopes: readonly string[]) =>
  scopes.some((scope) => denied.get(wb)?.has(scope) ?? false);

export class AuthorizationInfo extends GasObject {
  constructor(private readonly required: boolean) {
    super();
  }
  getAuthorizationStatus(): string {
    return this.required ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED;
  }
  getAuthorizationUrl(): string | null {
    return this.required ? 'https://script.google.com/macros/d/emulated-script-id/authorize' : null;
  }
}

export class ScriptApp extends GasObject {
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  constructor(private wb: Workbook) {
    super();
  }
  newTrigger(functionName: string): TriggerBuilder {
    return new TriggerBuilder(this.wb, functionName);
  }
  getProjectTriggers(): Trigger[] {
    return this.wb.arr(this.wb.triggers.map((t) => new Trigger(t)));
  }
  getUserTriggers(): Trigger[] {
    return this.getProjectTriggers();
  }
  deleteTrigger(trigger: Trigger): void {
    const i = this.wb.triggers.findIndex((t) => t.id === trigger.data.id);
    if (i >= 0) this.wb.triggers.splice(i, 1);
  }
  getAuthorizationInfo(authMode?: string, scopes?: string[]): AuthorizationInfo {
    this.checkAuthMode(authMode, 'getAuthorizationInfo');
    return new AuthorizationInfo(isDenied(this.wb, scopes ?? [...(denied.get(this.wb) ?? [])]));
  }
  /** Records the scopes; throws when the test denied one of them (the user saw a consent screen). */
  requireScopes(authMode: string, scopes: string[]): void {
    this.checkAuthMode(authMode, 'requireScopes');
    if (!Array.isArray(scopes) || scopes.some((scope) => typeof scope !== 'string'))
      throw this.wb.error("The parameters don't match the method signature for ScriptApp.requireScopes.");
    const list = requested.get(this.wb) ?? [];
    list.push([...scopes]);
    requested.set(this.wb, list);
    if (isDenied(this.wb, scopes)) throw this.wb.error('Authorization is required to perform that action.');
  }
  private checkAuthMode(authMode: string | undefined, method: string): void {
    if (authMode !== undefined && !Object.values(AuthMode).includes(authMode as never))
      throw this.wb.error(`The parameters don't match the method signature for ScriptApp.${method}.`);
  }
  getScriptId(): string {
    return 'emulated-script-id';
  }
  getOAuthToken(): string {
    return 'emulated-oauth-token';
  }
}
