/** `Excel.Worksheet`, with Excel's rules for names, visibility, activation and deletion. */
import { checkedRect, parseAddress, type Rect } from './address';
import { SimChartCollection } from './chart-collection';
import { ClientObject } from './client-object';
import type { SimRequestContext } from './context';
import { SimError } from './errors';
import { SimFreezePanes } from './freeze-panes';
import { MAX_COLUMNS, MAX_ROWS } from './limits';
import type { SheetModel, SheetVisibility, WorkbookModel } from './model';
import { SimRange } from './range';
import { usedRect } from './region';
import { checkSheetName } from './sheet-name';
import { SimTableCollection } from './table-collection';
import { SimWorksheetProtection } from './protection';

/** Moves the active sheet off `sheet` when it stops being visible or goes away. */
function moveActiveAway(workbook: WorkbookModel, sheet: SheetModel): void {
  if (workbook.activeSheetId !== sheet.id) return;
  const next = workbook.sheets.find((s) => s.id !== sheet.id && s.visibility === 'Visible');
  if (!next) return;
  workbook.activeSheetId = next.id;
  workbook.selection = { sheetId: next.id, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
}

function lastVisible(workbook: WorkbookModel, sheet: SheetModel): boolean {
  return sheet.visibility === 'Visible' && !workbook.sheets.some((s) => s.id !== sheet.id && s.visibility === 'Visible');
}

export class SimWorksheet extends ClientObject {
  /** Finds the sheet at sync time; ItemNotFound when it does not exist. */
  readonly locate: () => SheetModel;

  constructor(context: SimRequestContext, locate: () => SheetModel, existsNow?: () => boolean) {
    super(context, 'Worksheet', existsNow);
    this.locate = locate;
  }

  private get book(): WorkbookModel {
    return this.context.session.workbook;
  }

  protected override readers(): Record<string, () => unknown> {
    return {
      name: () => this.locate().name,
      id: () => this.locate().id,
      position: () => this.book.sheets.indexOf(this.locate()),
      visibility: () => this.locate().visibility,
    };
  }

  get id(): string {
    return this.get('id');
  }

  get name(): string {
    return this.get('name');
  }
  set name(name: string) {
    this.queueSet('name', name, name.length + 16, () => {
      const sheet = this.locate();
      checkSheetName(this.book, name, sheet.id);
      sheet.name = name;
    });
  }

  get position(): number {
    return this.get('position');
  }
  set position(position: number) {
    this.queueSet('position', position, 16, () => {
      const sheet = this.locate();
      const sheets = this.book.sheets;
      if (!Number.isInteger(position) || position < 0 || position >= sheets.length) {
        throw new SimError('InvalidArgument', `Position ${position} is outside 0…${sheets.length - 1} for worksheet "${sheet.name}".`);
      }
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(position, 0, sheet);
    });
  }

  get visibility(): SheetVisibility {
    return this.get('visibility');
  }
  set visibility(visibility: SheetVisibility) {
    this.queueSet('visibility', visibility, 16, () => {
      const sheet = this.locate();
      if (visibility !== 'Visible' && lastVisible(this.book, sheet)) {
        throw new SimError('InvalidOperation', `"${sheet.name}" is the only visible worksheet; a workbook must keep at least one visible sheet.`);
      }
      sheet.visibility = visibility;
      if (visibility !== 'Visible') moveActiveAway(this.book, sheet);
    });
  }

  get protection(): SimWorksheetProtection {
    return this.child('protection', () => new SimWorksheetProtection(this.context, this.locate));
  }

  get freezePanes(): SimFreezePanes {
    return this.child('freezePanes', () => new SimFreezePanes(this.context, this.locate));
  }

  get tables(): SimTableCollection {
    return this.child('tables', () => new SimTableCollection(this.context, () => this.locate().id));
  }

  get charts(): SimChartCollection {
    return this.child('charts', () => new SimChartCollection(this.context, () => this.locate().id));
  }

  activate(): void {
    this.queue(16, () => {
      const sheet = this.locate();
      if (sheet.visibility !== 'Visible') throw new SimError('InvalidOperation', `"${sheet.name}" is hidden; make it visible before activating it.`);
      this.book.activeSheetId = sheet.id;
      this.book.selection = { sheetId: sheet.id, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
    });
  }

  /** Deletes the sheet with its tables and charts; the last visible sheet cannot be deleted. */
  delete(): void {
    this.queue(16, () => {
      const sheet = this.locate();
      const book = this.book;
      if (lastVisible(book, sheet)) throw new SimError('InvalidOperation', `"${sheet.name}" is the only visible worksheet and cannot be deleted.`);
      moveActiveAway(book, sheet);
      book.sheets.splice(book.sheets.indexOf(sheet), 1);
      for (const list of [book.tables, book.charts]) {
        for (let i = list.length - 1; i >= 0; i--) if (list[i]?.sheetId === sheet.id) list.splice(i, 1);
      }
    });
  }

  private rangeAt(rect: () => Rect): SimRange {
    return new SimRange(this.context, () => ({ sheet: this.locate(), rect: rect() }));
  }

  /** The range at an A1 address on this sheet; the whole sheet when no address is given. */
  getRange(address?: string): SimRange {
    return this.rangeAt(() => {
      if (address === undefined) return { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLUMNS };
      const parsed = parseAddress(address);
      const sheet = this.locate();
      if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
        throw new SimError('InvalidArgument', `The address "${address}" names another sheet than "${sheet.name}"; use that sheet's getRange.`);
      }
      return parsed.rect;
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): SimRange {
    return this.rangeAt(() => checkedRect(startRow, startColumn, rowCount, columnCount));
  }

  getCell(row: number, column: number): SimRange {
    return this.rangeAt(() => checkedRect(row, column, 1, 1));
  }

  /** The used range; A1 on an empty sheet, as Excel returns. */
  getUsedRange(valuesOnly = false): SimRange {
    return this.rangeAt(() => usedRect(this.locate(), valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 });
  }

  /** The used range, or a null object on an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly = false): SimRange {
    return new SimRange(
      this.context,
      () => {
        const sheet = this.locate();
        const rect = usedRect(sheet, valuesOnly);
        if (!rect) throw new SimError('ItemNotFound', `The worksheet "${sheet.name}" is empty.`);
        return { sheet, rect };
      },
      () => usedRect(this.locate(), valuesOnly) !== undefined,
    );
  }
}
