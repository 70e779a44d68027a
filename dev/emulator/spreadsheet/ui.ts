// Ui: menus, sidebar, dialogs and alerts are recorded on workbook.ui so tests can read what the
// user would have seen. Alert/prompt answers come from workbook.ui.responses (default OK).
import { GasObject } from '../counting';
import type { HtmlOutput } from '../services/html';
import type { MenuRecord, Workbook } from '../workbook';

export const Button = Object.freeze({ OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' });
export const ButtonSet = Object.freeze({
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
});

export class Menu extends GasObject {
  readonly record: MenuRecord;
  constructor(
    private wb: Workbook,
    name: string,
  ) {
    super();
    this.record = { name, items: [] };
  }
  addItem(caption: string, functionName: string): Menu {
    this.record.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): Menu {
    this.record.items.push({ separator: true });
    return this;
  }
  addSubMenu(menu: Menu): Menu {
    this.record.items.push({ submenu: menu.record });
    return this;
  }
  addToUi(): void {
    const i = this.wb.ui.menus.findIndex((m) => m.name === this.record.name);
    if (i >= 0) this.wb.ui.menus[i] = this.record;
    else this.wb.ui.menus.push(this.record);
  }
}

export class PromptResponse extends GasObject {
  constructor(
    private button: string,
    private text: string,
  ) {
    super();
  }
  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): string {
    return this.button;
  }
}

export class Ui extends GasObject {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  constructor(private wb: Workbook) {
    super();
  }
  createAddonMenu(): Menu {
    return new Menu(this.wb, 'Add-on');
  }
  createMenu(caption: string): Menu {
    return new Menu(this.wb, caption);
  }
  showSidebar(html: HtmlOutput): void {
    this.wb.ui.sidebar = { title: html.getTitle(), html: html.getContent() };
  }
  showModalDialog(html: HtmlOutput, title: string): void {
    this.wb.ui.dialogs.push({ title, html: html.getContent(), modal: true });
  }
  showModelessDialog(html: HtmlOutput, title: string): void {
    this.wb.ui.dialogs.push({ title, html: html.getContent(), modal: false });
  }
  private nextResponse(): { button: string; text: string } {
    const r = this.wb.ui.responses.shift();
    if (r === undefined) return { button: Button.OK, text: '' };
    return typeof r === 'string' ? { button: r, text: '' } : { button: r.button, text: r.text ?? '' };
  }
  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons). */
  alert(a: string, b?: string, c?: string): string {
    const [title, prompt, buttons] =
      c !== undefined ? [a, b!, c] : b !== undefined && b in ButtonSet ? ['', a, b] : ['', a, 'OK'];
    this.wb.ui.alerts.push({ title, prompt, buttons });
    return this.nextResponse().button;
  }
  prompt(a: string, b?: string, c?: string): PromptResponse {
    const [title, prompt] =
      c !== undefined ? [a, b!] : b !== undefined && !(b in ButtonSet) ? [a, b] : ['', a];
    this.wb.ui.prompts.push({ title, prompt });
    const r = this.nextResponse();
    return new PromptResponse(r.button, r.text);
  }
}
