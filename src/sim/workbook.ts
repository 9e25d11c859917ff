/** `Excel.Workbook`: the entry point of a batch (`context.workbook`). */
import { SimApplication } from './application';
import { ClientObject } from './client-object';
import type { SimRequestContext } from './context';
import { SimCustomXmlPartCollection } from './custom-xml';
import { sheetById, type WorkbookModel } from './model';
import { SimRange } from './range';
import { SimSettingCollection } from './settings';
import { SimTableCollection } from './table-collection';
import { SimWorksheetCollection } from './worksheets';

export class SimWorkbook extends ClientObject {
  constructor(context: SimRequestContext) {
    super(context, 'Workbook');
  }

  private get book(): WorkbookModel {
    return this.context.session.workbook;
  }

  protected override readers(): Record<string, () => unknown> {
    return {};
  }

  get worksheets(): SimWorksheetCollection {
    return this.child('worksheets', () => new SimWorksheetCollection(this.context));
  }

  get tables(): SimTableCollection {
    return this.child('tables', () => new SimTableCollection(this.context));
  }

  get settings(): SimSettingCollection {
    return this.child('settings', () => new SimSettingCollection(this.context));
  }

  get customXmlParts(): SimCustomXmlPartCollection {
    return this.child('customXmlParts', () => new SimCustomXmlPartCollection(this.context));
  }

  get application(): SimApplication {
    return this.child('application', () => new SimApplication(this.context));
  }

  /** The selected range, as the user left it (or as a test set it with createWorkbook's `selection`). */
  getSelectedRange(): SimRange {
    return new SimRange(this.context, () => ({ sheet: sheetById(this.book, this.book.selection.sheetId), rect: this.book.selection.rect }));
  }

  /** The top-left cell of the selection. */
  getActiveCell(): SimRange {
    return new SimRange(this.context, () => ({ sheet: sheetById(this.book, this.book.selection.sheetId), rect: { ...this.book.selection.rect, rows: 1, cols: 1 } }));
  }
}
