// Execution contexts, as strict as Apps Script: what the script may call depends on how it runs.
// Every call on a service object passes CallCounter's guard (counting.ts), which asks this module:
//
// - CUSTOM_FUNCTION (a formula calls the add-on, see engine.ts): only the services the custom-
//   functions guide lists (Properties, HTML without display, Lock, Utilities, Spreadsheet read-only;
//   plus Logger/console), Spreadsheet objects only for get*/is*/has* reads. Anything else throws
//   "You do not have permission to call …" (Service.method for a service's own methods, the bare
//   method name for other objects, as Apps Script words it).
// - NONE (an editor add-on's onOpen simple trigger, see simpleTrigger): only building the menu
//   (SpreadsheetApp.getUi, Ui.createAddonMenu/createMenu, Menu.addItem/addSeparator/addSubMenu/
//   addToUi) and Logger; no document, property or user access.
// - trigger runs (fireTrigger): FULL access, but SpreadsheetApp.getUi() throws
//   "Cannot call SpreadsheetApp.getUi() from this context.", and without a document (option)
//   LockService.getDocumentLock() is null.
//
// Also here: the active user (setActiveUser), whose user properties, user triggers, user lock and
// mail quota are their own; the spreadsheet's owner is the first active user.
import vm from 'node:vm';
import { LocalObject } from './counting';
import { FormApp } from './forms/app';
import { HtmlService } from './services/html';
import { LockService } from './services/lock';
import { Logger } from './services/logger';
import { MailApp } from './services/mail-app';
import { PropertiesService } from './services/properties';
import { ScriptApp } from './services/script-app';
import { Session } from './services/session';
import { Utilities } from './services/utilities';
import { SpreadsheetApp } from './spreadsheet/app';
import { Menu, Ui } from './spreadsheet/ui';
import type { Workbook } from './workbook';

export type AuthModeName = 'FULL' | 'LIMITED' | 'NONE' | 'CUSTOM_FUNCTION';

/**
 * An open (or install) event as Sheets passes it, with only the authMode the add-on reads. The
 * emulator's ScriptApp.AuthMode values are these strings (services/script-app.ts), not the
 * numbers @types/google-apps-script declares, hence the cast.
 */
export function openEvent(authMode: AuthModeName): GoogleAppsScript.Events.SheetsOnOpen {
  return { authMode } as unknown as GoogleAppsScript.Events.SheetsOnOpen;
}

export interface RunContext {
  authMode: AuthModeName;
  /** Run by a trigger (installable): there is no user interface. */
  trigger: boolean;
  /** Run in the context of the spreadsheet (false: like a standalone script or web app). */
  document: boolean;
}

/** What Apps Script says of an execution (a simple trigger, a custom function) past its time. */
export const TIME_LIMIT_EXCEEDED = 'Exceeded maximum execution time';

const FULL: RunContext = { authMode: 'FULL', trigger: false, document: true };
const stacks = new WeakMap<Workbook, RunContext[]>();

/** The context the script runs in now (FULL, with a document, when nothing else was entered). */
export function runContext(wb: Workbook): RunContext {
  const stack = stacks.get(wb);
  return stack?.length ? stack[stack.length - 1] : FULL;
}

/** Runs `fn` in the given context (the rest inherited from the current one), then restores it. */
export function runIn<T>(wb: Workbook, context: Partial<RunContext>, fn: () => T): T {
  let stack = stacks.get(wb);
  if (!stack) {
    stack = [];
    stacks.set(wb, stack);
  }
  stack.push({ ...runContext(wb), ...context });
  try {
    return fn();
  } finally {
    stack.pop();
  }
}

// ---- the guard ----------------------------------------------------------------------------

/** The global service objects: their own methods are named Service.method in permission errors. */
let serviceClasses: Set<unknown> | null = null;
const isServiceObject = (target: object) => {
  // Built on first use: the service modules import this one.
  serviceClasses ??= new Set<unknown>([
    SpreadsheetApp,
    PropertiesService,
    HtmlService,
    ScriptApp,
    LockService,
    Session,
    Utilities,
    Logger,
    FormApp,
    MailApp,
  ]);
  return serviceClasses.has(target.constructor);
};

/** Services the custom-functions guide lists as usable (Logger added: logging needs no access). */
const CUSTOM_FUNCTION_SERVICES = new Set([
  'SpreadsheetApp',
  'PropertiesService',
  'HtmlService',
  'LockService',
  'Utilities',
  'Logger',
]);

const READ = /^(get|is|has)[A-Z]/;
/** Spreadsheet methods that only read although their names do not say so. */
const READ_ALSO = new Set(['offset', 'toString']);
const MENU = new Set(['addItem', 'addSeparator', 'addSubMenu', 'addToUi']);

function permissionError(wb: Workbook, target: object, service: string, method: string): Error {
  const name = isServiceObject(target) ? `${service}.${method}` : method;
  return wb.error(`You do not have permission to call ${name}`);
}

function allowedInCustomFunction(target: object, service: string, method: string): boolean {
  if (!CUSTOM_FUNCTION_SERVICES.has(service)) return false;
  if (service !== 'SpreadsheetApp') return true;
  // Read only: most get*() methods, not set*() nor other spreadsheets; builders are local objects.
  if (target instanceof SpreadsheetApp && (method === 'getUi' || method.startsWith('open'))) return false;
  if (target instanceof SpreadsheetApp && method.startsWith('new')) return true;
  if (target instanceof LocalObject) return true;
  return READ.test(method) || READ_ALSO.has(method);
}

function allowedInNone(target: object, service: string, method: string): boolean {
  if (service === 'Logger') return true;
  if (target instanceof SpreadsheetApp) return method === 'getUi';
  if (target instanceof Ui) return method === 'createAddonMenu' || method === 'createMenu';
  if (target instanceof Menu) return MENU.has(method);
  return false;
}

/**
 * AuthMode.LIMITED (an add-on's onEdit, or onOpen once it is used in the document): the bound
 * document, its properties, menus, the user's locale, and services that touch no user data
 * (editor add-on authorization guide, "Authorization modes"); simple triggers "cannot access
 * services that require authorization" nor other files (triggers guide, "Restrictions").
 */
const LIMITED_SERVICES = new Set([
  'SpreadsheetApp',
  'PropertiesService',
  // Needs no authorization (no scope): it reads the project's own files. Showing one needs Ui, refused.
  'HtmlService',
  'LockService',
  'Utilities',
  'Logger',
]);
const LIMITED_SESSION = new Set(['getActiveUserLocale', 'getScriptTimeZone']);

function allowedInLimited(target: object, service: string, method: string): boolean {
  if (service === 'Session') return LIMITED_SESSION.has(method);
  if (!LIMITED_SERVICES.has(service)) return false;
  if (target instanceof SpreadsheetApp && method.startsWith('open')) return false;
  if (target instanceof Ui) return method === 'createAddonMenu' || method === 'createMenu';
  return true;
}

/** CallCounter's guard for this workbook: throws when the current context forbids the call. */
export function makeGuard(wb: Workbook): (target: object, service: string, method: string) => void {
  return (target, service, method) => {
    const ctx = runContext(wb);
    if (ctx.authMode === 'CUSTOM_FUNCTION') {
      if (!allowedInCustomFunction(target, service, method))
        throw permissionError(wb, target, service, method);
    } else if (ctx.authMode === 'NONE') {
      if (!allowedInNone(target, service, method)) throw permissionError(wb, target, service, method);
    } else if (ctx.authMode === 'LIMITED') {
      if (!allowedInLimited(target, service, method)) throw permissionError(wb, target, service, method);
    }
    if (ctx.trigger && target instanceof SpreadsheetApp && method === 'getUi')
      throw wb.error('Cannot call SpreadsheetApp.getUi() from this context.');
  };
}

// ---- simple triggers ------------------------------------------------------------------------

/**
 * How Sheets runs an editor add-on's simple trigger: onOpen in AuthMode.NONE (the strictest case:
 * the add-on is installed but not yet used in this document), onInstall in AuthMode.FULL (as the
 * authorization-lifecycle guide says). The event's authMode says so too.
 */
export function simpleTrigger(
  wb: Workbook,
  name: 'onOpen' | 'onInstall',
  scope?: Record<string, unknown>,
  event?: object,
): unknown {
  const ctx = (scope ?? wb.scriptContext) as Record<string, unknown> | null;
  if (!ctx) throw new Error('simpleTrigger: no add-on is loaded (call loadAddon first)');
  const handler = ctx[name];
  if (typeof handler !== 'function') throw new Error(`simpleTrigger: the script has no ${name} function`);
  const authMode: AuthModeName = name === 'onOpen' ? 'NONE' : 'FULL';
  // The event object is created in the script's realm, like fireTrigger's.
  const e = (wb.scriptContext ? vm.runInContext('({})', wb.scriptContext as vm.Context) : {}) as object;
  Object.assign(e, { authMode }, event);
  return runIn(wb, { authMode }, () => (handler as (e: unknown) => unknown)(e));
}

// ---- users --------------------------------------------------------------------------------

interface UserData {
  properties: Map<string, string>;
  mailQuota: number;
}
const users = new WeakMap<Workbook, { owner: string; data: Map<string, UserData> }>();

function userTable(wb: Workbook) {
  let t = users.get(wb);
  if (!t) {
    t = { owner: wb.userEmail, data: new Map() };
    users.set(wb, t);
  }
  return t;
}

/** The spreadsheet's owner: the first active user. */
export function ownerEmail(wb: Workbook): string {
  return userTable(wb).owner;
}

/** A user's own property store (the active user's is workbook.properties.user). */
export function userPropertiesOf(wb: Workbook, email: string): Map<string, string> {
  if (email === wb.userEmail) return wb.properties.user;
  const t = userTable(wb);
  let d = t.data.get(email);
  if (!d) {
    d = { properties: new Map(), mailQuota: 100 };
    t.data.set(email, d);
  }
  return d.properties;
}

/**
 * Makes `email` the active (and effective) user: workbook.properties.user, the user lock, user
 * triggers and workbook.mailQuota become theirs; the previous user's are kept for a switch back.
 */
export function setActiveUser(wb: Workbook, email: string): void {
  const t = userTable(wb);
  if (email === wb.userEmail) return;
  t.data.set(wb.userEmail, { properties: wb.properties.user, mailQuota: wb.mailQuota });
  const next = t.data.get(email) ?? { properties: new Map<string, string>(), mailQuota: 100 };
  t.data.delete(email);
  wb.userEmail = email;
  wb.effectiveUserEmail = email;
  wb.properties.user = next.properties;
  wb.mailQuota = next.mailQuota;
}

/** Runs `fn` as `email` (a trigger runs as its owner), then switches back. */
export function runAsUser<T>(wb: Workbook, email: string, fn: () => T): T {
  const before = wb.userEmail;
  setActiveUser(wb, email);
  try {
    return fn();
  } finally {
    setActiveUser(wb, before);
  }
}
