// FormResponse and ItemResponse: a snapshot of one submission at the time it was fetched. Answers
// are strings, as Apps Script returns them for scale, text and choice items ("9", not 9), and an
// unanswered item has no ItemResponse at all.
import { GasObject } from '../counting';
import type { Workbook } from '../workbook';
import { Item, ItemBase } from './items';
import type { FormData, FormItemData, FormResponseData } from './store';

export class ItemResponse extends GasObject {
  constructor(
    private readonly wb: Workbook,
    private readonly form: FormData,
    private readonly item: FormItemData,
    private readonly answer: string,
  ) {
    super();
  }
  getItem(): Item {
    return new Item(this.wb, this.form, this.item);
  }
  getResponse(): string {
    return this.answer;
  }
}

export class FormResponse extends GasObject {
  private readonly data: FormResponseData;
  constructor(
    private readonly wb: Workbook,
    private readonly form: FormData,
    live: FormResponseData,
  ) {
    super();
    this.data = { ...live, timestamp: new Date(live.timestamp.getTime()), answers: new Map(live.answers) };
  }
  getId(): string {
    return this.data.id;
  }
  getTimestamp(): Date {
    return this.wb.realm.date(this.data.timestamp.getTime());
  }
  /** '' unless the form collects email addresses. */
  getRespondentEmail(): string {
    return this.data.email;
  }
  getEditResponseUrl(): string {
    return `${this.form.publishedUrl}?edit2=${encodeURIComponent(this.data.id)}`;
  }
  /** Answered items only, in the form's item order. */
  getItemResponses(): ItemResponse[] {
    const out = this.form.items.filter((i) => this.data.answers.has(i.id)).map((i) => this.responseFor(i)!);
    return this.wb.arr(out);
  }
  getResponseForItem(item: ItemBase): ItemResponse | null {
    if (!(item instanceof ItemBase))
      throw this.wb.error(
        "The parameters don't match the method signature for FormApp.FormResponse.getResponseForItem.",
      );
    return this.responseFor(item.data);
  }
  private responseFor(item: FormItemData): ItemResponse | null {
    const a = this.data.answers.get(item.id);
    return a === undefined ? null : new ItemResponse(this.wb, this.form, item, a);
  }
}
