/** `Excel.Table` with its rows and columns collections. */
import { ClientObject, SimCollection } from './client-object';
import { readableValue } from './cell-value';
import type { SimRequestContext } from './context';
import { notImplemented, SimError } from './errors';
import { gridGet } from './grid';
import { clearCells, readValues } from './cells';
import { assertWritable, sheetById, type TableModel, type WorkbookModel } from './model';
import { jsonBytes } from './payload';
import { SimRange } from './range';
import { appendTableRows } from './table-model';
import { checkTableName } from './table-name';
import { SimWorksheet } from './worksheet';

/** Finds a table record at sync time. */
export type TableLocator = () => TableModel;

export class SimTable extends ClientObject {
  readonly locate: TableLocator;

  constructor(context: SimRequestContext, locate: TableLocator, existsNow?: () => boolean) {
    super(context, 'Table', existsNow);
    this.locate = locate;
  }

  private get book(): WorkbookModel {
    return this.context.session.workbook;
  }

  protected override readers(): Record<string, () => unknown> {
    return {
      name: () => this.locate().name,
      id: () => this.locate().id,
      style: () => this.locate().style,
      showHeaders: () => true,
      showTotals: () => false,
    };
  }

  get id(): string {
    return this.get('id');
  }
  get showHeaders(): boolean {
    return this.get('showHeaders');
  }
  get showTotals(): boolean {
    return this.get('showTotals');
  }

  get name(): string {
    return this.get('name');
  }
  set name(name: string) {
    this.queueSet('name', name, name.length + 16, () => {
      const table = this.locate();
      checkTableName(this.book, name, table.id);
      table.name = name;
    });
  }

  get style(): string {
    return this.get('style');
  }
  set style(style: string) {
    this.queueSet('style', style, style.length + 16, () => {
      this.locate().style = style;
    });
  }

  get worksheet(): SimWorksheet {
    return this.child('worksheet', () => new SimWorksheet(this.context, () => sheetById(this.book, this.locate().sheetId)));
  }

  get rows(): SimTableRowCollection {
    return this.child('rows', () => new SimTableRowCollection(this.context, this.locate));
  }

  get columns(): SimTableColumnCollection {
    return this.child('columns', () => new SimTableColumnCollection(this.context, this.locate));
  }

  private part(rows: (t: TableModel) => { row: number; rows: number }): SimRange {
    return new SimRange(this.context, () => {
      const table = this.locate();
      return { sheet: sheetById(this.book, table.sheetId), rect: { ...table.rect, ...rows(table) } };
    });
  }

  getRange(): SimRange {
    return this.part((t) => ({ row: t.rect.row, rows: t.rect.rows }));
  }

  getHeaderRowRange(): SimRange {
    return this.part((t) => ({ row: t.rect.row, rows: 1 }));
  }

  getDataBodyRange(): SimRange {
    return this.part((t) => ({ row: t.rect.row + 1, rows: t.rect.rows - 1 }));
  }

  /** Deletes the table and its cells, as Excel's Table.delete does (convertToRange would keep the cells). */
  delete(): void {
    this.queue(16, () => {
      const table = this.locate();
      const sheet = sheetById(this.book, table.sheetId);
      assertWritable(sheet);
      clearCells(sheet, table.rect, 'All');
      this.book.tables.splice(this.book.tables.indexOf(table), 1);
    });
  }
}

export class SimTableRow extends ClientObject {
  private readonly table: TableLocator;
  private readonly position: number;

  constructor(context: SimRequestContext, table: TableLocator, index: number) {
    super(context, 'TableRow');
    this.table = table;
    this.position = index;
  }

  protected override readers(): Record<string, () => unknown> {
    return {
      index: () => this.position,
      values: () => {
        const table = this.table();
        const sheet = sheetById(this.context.session.workbook, table.sheetId);
        return readValues(sheet, { ...table.rect, row: table.rect.row + 1 + this.position, rows: 1 });
      },
    };
  }

  get index(): number {
    return this.get('index');
  }
  get values(): unknown[][] {
    return this.get('values');
  }
}

export class SimTableRowCollection extends SimCollection<SimTableRow> {
  private readonly table: TableLocator;

  constructor(context: SimRequestContext, table: TableLocator) {
    super(context, 'TableRowCollection');
    this.table = table;
  }

  protected override listItems(): SimTableRow[] {
    return Array.from({ length: this.table().rect.rows - 1 }, (_, i) => new SimTableRow(this.context, this.table, i));
  }

  /** Appends rows at the end of the table; inserting at another index is not modelled. */
  add(index?: number | null, values?: unknown[][]): void {
    const rows = values ?? [[]];
    this.queue(jsonBytes(rows), () => {
      const table = this.table();
      if (index !== undefined && index !== null && index !== table.rect.rows - 1) throw notImplemented('TableRowCollection.add at an index inside the table');
      if (!Array.isArray(values)) throw new SimError('InvalidArgument', `Give the rows to add to table "${table.name}" as a 2-D array of ${table.rect.cols} column(s).`);
      appendTableRows(this.context.session.workbook, sheetById(this.context.session.workbook, table.sheetId), table, values);
    });
  }
}

export class SimTableColumn extends ClientObject {
  private readonly table: TableLocator;
  private readonly position: number;

  constructor(context: SimRequestContext, table: TableLocator, index: number) {
    super(context, 'TableColumn');
    this.table = table;
    this.position = index;
  }

  protected override readers(): Record<string, () => unknown> {
    return {
      name: () => {
        const table = this.table();
        const sheet = sheetById(this.context.session.workbook, table.sheetId);
        return String(readableValue(gridGet(sheet.values, table.rect.row, table.rect.col + this.position)));
      },
      index: () => this.position,
    };
  }

  get name(): string {
    return this.get('name');
  }
}

export class SimTableColumnCollection extends SimCollection<SimTableColumn> {
  private readonly table: TableLocator;

  constructor(context: SimRequestContext, table: TableLocator) {
    super(context, 'TableColumnCollection');
    this.table = table;
  }

  protected override listItems(): SimTableColumn[] {
    return Array.from({ length: this.table().rect.cols }, (_, i) => new SimTableColumn(this.context, this.table, i));
  }
}
