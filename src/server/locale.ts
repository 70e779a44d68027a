/**
 * Which language the server speaks. To the user (menu, dialogs, toasts): their own locale, else
 * the spreadsheet's, else English. In what the spreadsheet keeps or sends to a team (the Health
 * Model sheet set-up creates, the digest e-mail): the spreadsheet's locale.
 */
import { ENGLISH, type ServerText, serverTextOf } from '../shared/messages/server';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The user's language, else the spreadsheet's (read only when needed), else English. */
export function userText(): ServerText {
  return (
    serverTextOf(Session.getActiveUserLocale()) ??
    serverTextOf(SpreadsheetApp.getActive().getSpreadsheetLocale()) ??
    ENGLISH
  );
}

/** The spreadsheet's language, else English. */
export function spreadsheetText(spreadsheet: Spreadsheet): ServerText {
  return serverTextOf(spreadsheet.getSpreadsheetLocale()) ?? ENGLISH;
}
