/** `Excel.WorksheetCollection`. */
import { SimCollection } from './client-object';
import type { SimRequestContext } from './context';
import { SimError } from './errors';
import { createSheetModel, newId, sheetById, sheetByName, type SheetModel, type WorkbookModel } from './model';
import { checkSheetName, defaultSheetName } from './sheet-name';
import { SimWorksheet } from './worksheet';

export class SimWorksheetCollection extends SimCollection<SimWorksheet> {
  constructor(context: SimRequestContext) {
    super(context, 'WorksheetCollection');
  }

  private get book(): WorkbookModel {
    return this.context.session.workbook;
  }

  /** By name (ignoring case) or id, as office-js's getItem accepts either. */
  private find(key: string): SheetModel | undefined {
    return sheetByName(this.book, key) ?? this.book.sheets.find((s) => s.id === key);
  }

  protected override listItems(): SimWorksheet[] {
    return this.book.sheets.map((s) => new SimWorksheet(this.context, () => sheetById(this.book, s.id)));
  }

  getItem(key: string): SimWorksheet {
    return new SimWorksheet(this.context, () => {
      const sheet = this.find(key);
      if (!sheet) throw new SimError('ItemNotFound', `There is no worksheet named "${key}"; check the sheet tab's name.`);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): SimWorksheet {
    return new SimWorksheet(
      this.context,
      () => {
        const sheet = this.find(key);
        if (!sheet) throw new SimError('ItemNotFound', `There is no worksheet named "${key}".`);
        return sheet;
      },
      () => this.find(key) !== undefined,
    );
  }

  getActiveWorksheet(): SimWorksheet {
    return new SimWorksheet(this.context, () => sheetById(this.book, this.book.activeSheetId));
  }

  getFirst(visibleOnly = false): SimWorksheet {
    return new SimWorksheet(this.context, () => {
      const sheet = this.book.sheets.find((s) => !visibleOnly || s.visibility === 'Visible');
      if (!sheet) throw new SimError('ItemNotFound', 'The workbook has no worksheet.');
      return sheet;
    });
  }

  /** Adds a sheet at the end (Excel adds after the last one through the API); name checked as Excel does. */
  add(name?: string): SimWorksheet {
    let created: SheetModel | undefined;
    this.queue((name?.length ?? 0) + 16, () => {
      const chosen = name ?? defaultSheetName(this.book);
      checkSheetName(this.book, chosen);
      created = createSheetModel(newId(this.book, 'sheet'), chosen);
      this.book.sheets.push(created);
    });
    return new SimWorksheet(this.context, () => {
      if (!created) throw new SimError('ItemNotFound', `The worksheet${name === undefined ? '' : ` "${name}"`} was not added (see the error of the sync that added it).`);
      return sheetById(this.book, created.id);
    });
  }
}
