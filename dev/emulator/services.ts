// The global service objects a workbook offers to the add-on, each wrapped for call counting and
// guarded by the execution context (auth.ts: custom functions, AuthMode.NONE, trigger runs).
import { makeGuard, runContext, runIn, TIME_LIMIT_EXCEEDED } from './auth';
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
import type { Workbook } from './workbook';

export interface Services {
  SpreadsheetApp: SpreadsheetApp;
  PropertiesService: PropertiesService;
  HtmlService: HtmlService;
  ScriptApp: ScriptApp;
  LockService: LockService;
  Session: Session;
  Utilities: Utilities;
  Logger: Logger;
  FormApp: FormApp;
  MailApp: MailApp;
}

export function createServices(wb: Workbook): Services {
  const c = wb.counter;
  c.guard = makeGuard(wb);
  c.inCustomFunction = () => runContext(wb).authMode === 'CUSTOM_FUNCTION';
  // A formula's call of a custom function runs in custom-function mode (a fresh context each call).
  // Past its time limit the cell shows the error, whatever the call returned in the end.
  wb.engine.aroundCustom = (call) =>
    runIn(wb, { authMode: 'CUSTOM_FUNCTION', trigger: false, document: true }, () => {
      wb.newExecution?.();
      const started = performance.now();
      const result = call();
      if (performance.now() - started > wb.customFunctionLimitMs) {
        throw wb.error(TIME_LIMIT_EXCEEDED);
      }
      return result;
    });
  return {
    SpreadsheetApp: c.wrap('SpreadsheetApp', new SpreadsheetApp(wb)),
    PropertiesService: c.wrap('PropertiesService', new PropertiesService(wb)),
    HtmlService: c.wrap('HtmlService', new HtmlService(wb)),
    ScriptApp: c.wrap('ScriptApp', new ScriptApp(wb)),
    LockService: c.wrap('LockService', new LockService(wb)),
    Session: c.wrap('Session', new Session(wb)),
    Utilities: c.wrap('Utilities', new Utilities(wb)),
    Logger: c.wrap('Logger', new Logger(wb)),
    FormApp: c.wrap('FormApp', new FormApp(wb)),
    MailApp: c.wrap('MailApp', new MailApp(wb)),
  };
}
