// Form items as Apps Script hands them out: form.getItems() gives generic Items that convert to
// their typed form (asScaleItem() …); converting to another type throws, as in Apps Script.
import { GasObject } from '../counting';
import type { Workbook } from '../workbook';
import type { FormData, FormItemData, FormItemType } from './store';

export const ItemType = Object.freeze({
  CHECKBOX: 'CHECKBOX',
  CHECKBOX_GRID: 'CHECKBOX_GRID',
  DATE: 'DATE',
  DATETIME: 'DATETIME',
  DURATION: 'DURATION',
  FILE_UPLOAD: 'FILE_UPLOAD',
  GRID: 'GRID',
  IMAGE: 'IMAGE',
  LIST: 'LIST',
  MULTIPLE_CHOICE: 'MULTIPLE_CHOICE',
  PAGE_BREAK: 'PAGE_BREAK',
  PARAGRAPH_TEXT: 'PARAGRAPH_TEXT',
  RATING: 'RATING',
  SCALE: 'SCALE',
  SECTION_HEADER: 'SECTION_HEADER',
  TEXT: 'TEXT',
  TIME: 'TIME',
  VIDEO: 'VIDEO',
});

export const RatingIconType = Object.freeze({ STAR: 'STAR', HEART: 'HEART', THUMB_UP: 'THUMB_UP' });

/** What every item object (generic or typed) has. */
export class ItemBase extends GasObject {
  constructor(
    protected readonly wb: Workbook,
    protected readonly form: FormData,
    readonly data: FormItemData,
  ) {
    super();
  }
  getId(): number {
    return this.data.id;
  }
  getTitle(): string {
    return this.data.title;
  }
  getType(): string {
    return this.data.type;
  }
  getIndex(): number {
    return this.form.items.indexOf(this.data);
  }
  getHelpText(): string {
    return '';
  }
}

export class Choice extends GasObject {
  constructor(private readonly value: string) {
    super();
  }
  getValue(): string {
    return this.value;
  }
  isCorrectAnswer(): boolean {
    return false;
  }
}

class QuestionItem extends ItemBase {
  isRequired(): boolean {
    return false;
  }
}

export class ScaleItem extends QuestionItem {
  getLowerBound(): number {
    return this.data.lower;
  }
  getUpperBound(): number {
    return this.data.upper;
  }
  getLeftLabel(): string {
    return '';
  }
  getRightLabel(): string {
    return '';
  }
}

/** A rating (1..getRatingScaleLevel() icons); its answers arrive as strings too ("4"). */
export class RatingItem extends QuestionItem {
  getRatingScaleLevel(): number {
    return this.data.levels;
  }
  getRatingIcon(): string {
    return this.data.icon;
  }
}

export class TextItem extends QuestionItem {}

export class ParagraphTextItem extends QuestionItem {}

class ChoiceItem extends QuestionItem {
  getChoices(): Choice[] {
    return this.wb.arr(this.data.choices.map((c) => new Choice(c)));
  }
}

export class MultipleChoiceItem extends ChoiceItem {}

export class ListItem extends ChoiceItem {}

export class Item extends ItemBase {
  private convert<T>(
    type: FormItemType,
    make: new (wb: Workbook, form: FormData, data: FormItemData) => T,
  ): T {
    if (this.data.type !== type) throw this.wb.error(`Invalid conversion for item type: ${this.data.type}`);
    return new make(this.wb, this.form, this.data);
  }
  asScaleItem(): ScaleItem {
    return this.convert('SCALE', ScaleItem);
  }
  asRatingItem(): RatingItem {
    return this.convert('RATING', RatingItem);
  }
  asTextItem(): TextItem {
    return this.convert('TEXT', TextItem);
  }
  asParagraphTextItem(): ParagraphTextItem {
    return this.convert('PARAGRAPH_TEXT', ParagraphTextItem);
  }
  asMultipleChoiceItem(): MultipleChoiceItem {
    return this.convert('MULTIPLE_CHOICE', MultipleChoiceItem);
  }
  asListItem(): ListItem {
    return this.convert('LIST', ListItem);
  }
}
