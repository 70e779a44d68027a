// Session: the active/effective user (workbook.userEmail) and the script time zone.
import { GasObject } from '../counting';
import type { Workbook } from '../workbook';

export class User extends GasObject {
  constructor(private email: string) {
    super();
  }
  getEmail(): string {
    return this.email;
  }
}

export class Session extends GasObject {
  constructor(private wb: Workbook) {
    super();
  }
  getActiveUser(): User {
    return new User(this.wb.userEmail);
  }
  getEffectiveUser(): User {
    return new User(this.wb.effectiveUserEmail);
  }
  /** The script project's zone (createWorkbook's { scriptTimeZone }, default Etc/UTC as in the
   * add-on's manifest), which is not the spreadsheet's: use getSpreadsheetTimeZone() for the file. */
  getScriptTimeZone(): string {
    return this.wb.scriptTimeZone;
  }
  /** createWorkbook's { userLocale } (default 'en'). */
  getActiveUserLocale(): string {
    return this.wb.userLocale;
  }
  getTemporaryActiveUserKey(): string {
    return `temp-${this.wb.userEmail}`;
  }
}
