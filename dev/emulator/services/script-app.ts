// ScriptApp: installable triggers are recorded on workbook.triggers. Nothing fires them on a
// schedule; a test fires them with workbook.fireTrigger / fireTimeTriggers (see triggers.ts), which
// run the handler with an Apps Script-like event. Builder validation follows the docs, and the
// script is an editor add-on, so the add-on trigger restrictions hold: one trigger of each event
// type per user per document, time-driven triggers at most hourly, triggers only for this file.
// Triggers belong to the user who created them (see setActiveUser): getProjectTriggers and
// getUserTriggers list only the current user's.
import { randomUUID } from 'node:crypto';
import { GasObject, LocalObject, REACHES_SERVICE } from '../counting';
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
/** Quotas page: "Triggers 20 / user / script". */
const MAX_TRIGGERS = 20;
/** The error Apps Script gives an add-on's second trigger of a type in a document for a user. */
export const TOO_MANY_IN_DOCUMENT =
  'This add-on has created too many time-based triggers in this document for this Google user account.';
/** Add-ons: "Time-driven triggers cannot run more frequently than once per hour." */
export const ADDON_HOURLY_ONLY =
  'Time-driven triggers in add-ons cannot run more frequently than once per hour.';
/** Add-ons: "Add-ons can only create triggers for the file in which the add-on is used." */
export const ADDON_OTHER_FILE = 'Add-ons can only create triggers for the file in which the add-on is used.';

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

/** Building a trigger is local; create() is the call that reaches Google (and can be refused). */
const CREATE: ReadonlySet<string> = new Set(['create']);

class BaseTriggerBuilder extends LocalObject {
  override readonly [REACHES_SERVICE] = CREATE;
  constructor(
    protected wb: Workbook,
    protected data: TriggerData,
  ) {
    super();
  }
  create(): Trigger {
    if (!this.data.eventType) throw this.wb.error('Trigger type has not been specified.');
    const owner = this.wb.userEmail;
    const documentId = this.data.source === TriggerSource.CLOCK ? this.wb.id : this.data.sourceId;
    if (documentId !== this.wb.id) throw this.wb.error(ADDON_OTHER_FILE);
    const own = this.wb.triggers.filter((t) => (t.owner ?? owner) === owner);
    if (own.length >= MAX_TRIGGERS) {
      throw this.wb.error(
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    }
    if (own.some((t) => (t.documentId ?? this.wb.id) === documentId && t.eventType === this.data.eventType))
      throw this.wb.error(TOO_MANY_IN_DOCUMENT);
    const data = {
      ...this.data,
      id: randomUUID(),
      schedule: { ...this.data.schedule },
      owner,
      documentId,
    };
    this.wb.triggers.push(data);
    return new Trigger(data);
  }
}

export class ClockTriggerBuilder extends BaseTriggerBuilder {
  private set(key: string, value: unknown): this {
    this.data.schedule[key] = value;
    return this;
  }
  /** Add-ons may not run time-driven triggers more often than hourly, so this always throws. */
  everyMinutes(n: number): this {
    if (![1, 5, 10, 15, 30].includes(n))
      throw this.wb.error('The value passed to everyMinutes must be one of 1, 5, 10, 15 or 30.');
    throw this.wb.error(ADDON_HOURLY_ONLY);
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
  private own(): TriggerData[] {
    return this.wb.triggers.filter((t) => (t.owner ?? this.wb.userEmail) === this.wb.userEmail);
  }
  /** The current user's triggers of this project. */
  getProjectTriggers(): Trigger[] {
    return this.wb.arr(this.own().map((t) => new Trigger(t)));
  }
  /** The current user's triggers for the given document (a Spreadsheet, Form or Document). */
  getUserTriggers(document: { getId(): string }): Trigger[] {
    if (!document || typeof document.getId !== 'function')
      throw this.wb.error(
        "The parameters () don't match the method signature for ScriptApp.getUserTriggers.",
      );
    const id = document.getId();
    return this.wb.arr(
      this.own()
        .filter((t) => (t.documentId ?? this.wb.id) === id)
        .map((t) => new Trigger(t)),
    );
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
