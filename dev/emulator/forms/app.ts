// FormApp and Form: read access to the forms a test attached with workbook.addForm (the add-on
// only reads forms; building them is the test's job). Every call counts under 'FormApp'.
import { GasObject } from '../counting';
import { isDate } from '../values';
import type { Workbook } from '../workbook';
import { Item, ItemType, RatingIconType } from './items';
import { FormResponse } from './responses';
import type { FormData } from './store';

export const DestinationType = Object.freeze({ SPREADSHEET: 'SPREADSHEET' });

const NOT_FOUND =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

export class Form extends GasObject {
  constructor(
    private readonly wb: Workbook,
    private readonly form: FormData,
  ) {
    super();
  }
  getId(): string {
    return this.form.id;
  }
  getTitle(): string {
    return this.form.title;
  }
  getDescription(): string {
    return '';
  }
  getEditUrl(): string {
    return this.form.editUrl;
  }
  getPublishedUrl(): string {
    return this.form.publishedUrl;
  }
  collectsEmail(): boolean {
    return this.form.collectsEmail;
  }
  isAcceptingResponses(): boolean {
    return true;
  }

  getItems(itemType?: string): Item[] {
    const items =
      itemType === undefined ? this.form.items : this.form.items.filter((i) => i.type === itemType);
    return this.wb.arr(items.map((i) => new Item(this.wb, this.form, i)));
  }
  getItemById(id: number): Item | null {
    const item = this.form.items.find((i) => i.id === Number(id));
    return item ? new Item(this.wb, this.form, item) : null;
  }

  /** All responses, or those submitted at or after `timestamp`; oldest first (an edit counts as new). */
  getResponses(timestamp?: Date): FormResponse[] {
    if (timestamp !== undefined && !isDate(timestamp))
      throw this.wb.error("The parameters don't match the method signature for FormApp.Form.getResponses.");
    const since = timestamp?.getTime() ?? -Infinity;
    const list = this.form.responses
      .filter((r) => r.timestamp.getTime() >= since)
      .sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime());
    return this.wb.arr(list.map((r) => new FormResponse(this.wb, this.form, r)));
  }
  getResponse(responseId: string): FormResponse {
    const r = this.form.responses.find((x) => x.id === responseId);
    if (!r) throw this.wb.error(`No response with ID ${responseId} exists for this form.`);
    return new FormResponse(this.wb, this.form, r);
  }

  private linkedSheet() {
    const sheet = this.form.destination;
    if (!sheet || !this.wb.sheets.includes(sheet))
      throw this.wb.error('This form currently has no response destination.');
    return sheet;
  }
  /** The spreadsheet's id when responses go to a sheet of this workbook. */
  getDestinationId(): string {
    this.linkedSheet();
    return this.wb.id;
  }
  getDestinationType(): string {
    this.linkedSheet();
    return DestinationType.SPREADSHEET;
  }
}

export class FormApp extends GasObject {
  readonly ItemType = ItemType;
  readonly RatingIconType = RatingIconType;
  readonly DestinationType = DestinationType;
  constructor(private readonly wb: Workbook) {
    super();
  }
  openById(id: string): Form {
    const form = this.wb.forms.find((f) => f.id === id);
    if (!form) throw this.wb.error(NOT_FOUND);
    return new Form(this.wb, form);
  }
  /** Accepts the edit URL (…/forms/d/<id>/edit) and the published one (…/forms/d/e/<key>/viewform). */
  openByUrl(url: string): Form {
    const m = /^https:\/\/docs\.google\.com\/forms\/d\/(e\/)?([\w-]+)/.exec(String(url));
    if (!m) throw this.wb.error('Invalid argument: url');
    const form = this.wb.forms.find((f) => (m[1] ? f.publishedKey : f.id) === m[2]);
    if (!form) throw this.wb.error(NOT_FOUND);
    return new Form(this.wb, form);
  }
  /** The add-on is bound to a spreadsheet, not a form. */
  getActiveForm(): Form | null {
    return null;
  }
}
