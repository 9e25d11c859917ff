/** `Excel.TableCollection`, for a workbook (every table) or one worksheet (its tables). */
import { parseAddress } from './address';
import { SimCollection } from './client-object';
import type { SimRequestContext } from './context';
import { SimError } from './errors';
import { sheetById, sheetByName, type SheetModel, type TableModel, type WorkbookModel } from './model';
import type { SimRange } from './range';
import { SimTable } from './table';
import { addTable } from './table-model';

export class SimTableCollection extends SimCollection<SimTable> {
  /** The sheet these tables are on, or undefined for the workbook's collection. */
  private readonly sheetId?: () => string;

  constructor(context: SimRequestContext, sheetId?: () => string) {
    super(context, 'TableCollection');
    if (sheetId) this.sheetId = sheetId;
  }

  private get book(): WorkbookModel {
    return this.context.session.workbook;
  }

  private inScope(): TableModel[] {
    const id = this.sheetId?.();
    return this.book.tables.filter((t) => id === undefined || t.sheetId === id);
  }

  private find(key: string): TableModel | undefined {
    const k = key.toLowerCase();
    return this.inScope().find((t) => t.name.toLowerCase() === k || t.id === key);
  }

  protected override listItems(): SimTable[] {
    return this.inScope().map((t) => new SimTable(this.context, () => t));
  }

  getItem(key: string): SimTable {
    return new SimTable(this.context, () => {
      const table = this.find(key);
      if (!table) throw new SimError('ItemNotFound', `There is no table named "${key}"; check the name (Table Design > Table Name).`);
      return table;
    });
  }

  getItemOrNullObject(key: string): SimTable {
    return new SimTable(
      this.context,
      () => {
        const table = this.find(key);
        if (!table) throw new SimError('ItemNotFound', `There is no table named "${key}".`);
        return table;
      },
      () => this.find(key) !== undefined,
    );
  }

  /** Makes a table over `address` (or a Range) whose first row holds the headers. */
  add(address: string | SimRange, hasHeaders: boolean): SimTable {
    let created: TableModel | undefined;
    this.queue(64, () => {
      const { sheet, rect } = typeof address === 'string' ? this.resolveAddress(address) : address.locate();
      if (this.sheetId && sheet.id !== this.sheetId()) throw new SimError('InvalidArgument', `The range for the new table is on "${sheet.name}", not on this worksheet.`);
      created = addTable(this.book, sheet, rect, hasHeaders);
    });
    return new SimTable(this.context, () => {
      if (!created || !this.book.tables.includes(created)) throw new SimError('ItemNotFound', 'The table was not created (see the error of the sync that added it).');
      return created;
    });
  }

  private resolveAddress(address: string): { sheet: SheetModel; rect: ReturnType<typeof parseAddress>['rect'] } {
    const parsed = parseAddress(address);
    if (parsed.sheet !== undefined) {
      const sheet = sheetByName(this.book, parsed.sheet);
      if (!sheet) throw new SimError('ItemNotFound', `There is no worksheet named "${parsed.sheet}" for the table at "${address}".`);
      return { sheet, rect: parsed.rect };
    }
    const id = this.sheetId?.() ?? this.book.activeSheetId;
    return { sheet: sheetById(this.book, id), rect: parsed.rect };
  }
}
