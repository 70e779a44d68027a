// SpreadsheetApp: the entry point. The emulated add-on is bound to one workbook, so getActive()
// always returns it.
import { GasObject } from '../counting';
import type { Workbook } from '../workbook';
import { BooleanCriteria, ConditionalFormatRuleBuilder } from './conditional-format';
import { DataValidationBuilder, DataValidationCriteria } from './data-validation';
import type { Range } from './range';
import type { Sheet } from './sheet';
import { Spreadsheet } from './spreadsheet';
import { Ui } from './ui';

export class SpreadsheetApp extends GasObject {
  readonly BooleanCriteria = BooleanCriteria;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly WrapStrategy = Object.freeze({ WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' });
  readonly BorderStyle = Object.freeze({ SOLID: 'SOLID', DOTTED: 'DOTTED', DASHED: 'DASHED' });
  readonly Dimension = Object.freeze({ ROWS: 'ROWS', COLUMNS: 'COLUMNS' });

  constructor(private wb: Workbook) {
    super();
  }
  getActive(): Spreadsheet {
    return new Spreadsheet(this.wb);
  }
  getActiveSpreadsheet(): Spreadsheet {
    return new Spreadsheet(this.wb);
  }
  getActiveSheet(): Sheet {
    return new Spreadsheet(this.wb).getActiveSheet();
  }
  setActiveSheet(sheet: Sheet): Sheet {
    return new Spreadsheet(this.wb).setActiveSheet(sheet);
  }
  getActiveRange(): Range {
    return new Spreadsheet(this.wb).getActiveRange();
  }
  openById(id: string): Spreadsheet {
    if (id !== this.wb.id)
      throw this.wb.error(
        `Unexpected error while getting the method or property openById on object SpreadsheetApp.`,
      );
    return new Spreadsheet(this.wb);
  }
  getUi(): Ui {
    return new Ui(this.wb);
  }
  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.wb);
  }
  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder(this.wb);
  }
  flush(): void {}
}
