/**
 * `Excel.Range` in the simulator. A range proxy knows how to find its sheet and rectangle when a sync runs
 * (`locate`), so derived ranges (getCell, getUsedRange, getSurroundingRegion…) are computed in sync order,
 * against the workbook as the earlier commands of the same request left it.
 */
import { checkedRect, sheetAddress, type Rect } from './address';
import { checkReadSize, clearCells, readFormulas, readNumberFormats, readText, readValues, readValueTypes, writeNumberFormats, writeValues } from './cells';
import { ClientObject } from './client-object';
import { SimConditionalFormatCollection } from './conditional-format';
import type { SimRequestContext } from './context';
import { SimError } from './errors';
import { hiddenState, setHidden } from './hidden';
import { MAX_COLUMNS, MAX_ROWS } from './limits';
import { mergeCells, unmergeCells } from './merged';
import { assertWritable, type SheetModel } from './model';
import { jsonBytes } from './payload';
import { SimRangeAreas } from './range-areas';
import { SimRangeFormat } from './range-format';
import { surroundingRegion, usedRect } from './region';
import { SimWorksheet } from './worksheet';

/** Where a range is when the sync runs. */
export interface Located {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

export class SimRange extends ClientObject {
  /** Finds the range at sync time; throws ItemNotFound / InvalidArgument as Excel would. */
  readonly locate: () => Located;

  constructor(context: SimRequestContext, locate: () => Located, existsNow?: () => boolean) {
    super(context, 'Range', existsNow);
    this.locate = locate;
  }

  private get limits() {
    return this.context.session.limits;
  }

  protected override readers(): Record<string, () => unknown> {
    const read = <T>(f: (sheet: SheetModel, rect: Rect) => T) => () => {
      const { sheet, rect } = this.locate();
      checkReadSize(rect, this.limits);
      return f(sheet, rect);
    };
    const at = <T>(f: (l: Located) => T) => () => f(this.locate());
    return {
      address: at(({ sheet, rect }) => sheetAddress(sheet.name, rect)),
      addressLocal: at(({ sheet, rect }) => sheetAddress(sheet.name, rect)),
      values: read(readValues),
      formulas: read(readFormulas),
      numberFormat: read(readNumberFormats),
      text: read(readText),
      valueTypes: read(readValueTypes),
      rowCount: at(({ rect }) => rect.rows),
      columnCount: at(({ rect }) => rect.cols),
      cellCount: at(({ rect }) => rect.rows * rect.cols),
      rowIndex: at(({ rect }) => rect.row),
      columnIndex: at(({ rect }) => rect.col),
      rowHidden: at(({ sheet, rect }) => hiddenState(sheet.hiddenRows, rect.row, rect.rows)),
      columnHidden: at(({ sheet, rect }) => hiddenState(sheet.hiddenColumns, rect.col, rect.cols)),
    };
  }

  get address(): string {
    return this.get('address');
  }
  get addressLocal(): string {
    return this.get('addressLocal');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get cellCount(): number {
    return this.get('cellCount');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get text(): string[][] {
    return this.get('text');
  }
  get valueTypes(): string[][] {
    return this.get('valueTypes');
  }

  get values(): unknown[][] {
    return this.get('values');
  }
  set values(input: unknown[][]) {
    this.queueSet('values', input, jsonBytes(input), () => this.writeCells(input, 'values'));
  }

  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  set formulas(input: unknown[][]) {
    this.queueSet('formulas', input, jsonBytes(input), () => this.writeCells(input, 'formulas'));
  }

  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
  }
  set numberFormat(input: unknown[][]) {
    this.queueSet('numberFormat', input, jsonBytes(input), () => {
      const { sheet, rect } = this.locate();
      assertWritable(sheet);
      writeNumberFormats(sheet, rect, input);
    });
  }

  get rowHidden(): boolean | null {
    return this.get('rowHidden');
  }
  set rowHidden(hidden: boolean) {
    this.queueSet('rowHidden', hidden, 8, () => {
      const { sheet, rect } = this.locate();
      assertWritable(sheet);
      setHidden(sheet.hiddenRows, rect.row, rect.rows, hidden);
    });
  }

  get columnHidden(): boolean | null {
    return this.get('columnHidden');
  }
  set columnHidden(hidden: boolean) {
    this.queueSet('columnHidden', hidden, 8, () => {
      const { sheet, rect } = this.locate();
      assertWritable(sheet);
      setHidden(sheet.hiddenColumns, rect.col, rect.cols, hidden);
    });
  }

  private writeCells(input: unknown, property: string): void {
    const { sheet, rect } = this.locate();
    assertWritable(sheet);
    writeValues(sheet, rect, input, this.context.session.workbook.currentYear, property);
  }

  /** A range at an offset/size computed from this one when the sync runs. */
  private derived(f: (rect: Rect, sheet: SheetModel) => Rect): SimRange {
    return new SimRange(this.context, () => {
      const { sheet, rect } = this.locate();
      return { sheet, rect: f(rect, sheet) };
    });
  }

  get worksheet(): SimWorksheet {
    return this.child('worksheet', () => new SimWorksheet(this.context, () => this.locate().sheet));
  }

  get format(): SimRangeFormat {
    return this.child('format', () => new SimRangeFormat(this.context, () => this.locate()));
  }

  get conditionalFormats(): SimConditionalFormatCollection {
    return this.child('conditionalFormats', () => new SimConditionalFormatCollection(this.context, () => this.locate()));
  }

  getCell(row: number, column: number): SimRange {
    return this.derived((r) => checkedRect(r.row + row, r.col + column, 1, 1));
  }

  getRow(row: number): SimRange {
    return this.derived((r) => checkedRect(r.row + row, r.col, 1, r.cols));
  }

  getColumn(column: number): SimRange {
    return this.derived((r) => checkedRect(r.row, r.col + column, r.rows, 1));
  }

  getEntireRow(): SimRange {
    return this.derived((r) => ({ row: r.row, col: 0, rows: r.rows, cols: MAX_COLUMNS }));
  }

  getEntireColumn(): SimRange {
    return this.derived((r) => ({ row: 0, col: r.col, rows: MAX_ROWS, cols: r.cols }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): SimRange {
    return this.derived((r) => checkedRect(r.row + rowOffset, r.col + columnOffset, r.rows, r.cols));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): SimRange {
    return this.derived((r) => checkedRect(r.row, r.col, r.rows + deltaRows, r.cols + deltaColumns));
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): SimRange {
    return this.derived((r) => checkedRect(r.row, r.col, numRows, numColumns));
  }

  getLastRow(): SimRange {
    return this.derived((r) => ({ ...r, row: r.row + r.rows - 1, rows: 1 }));
  }

  /** The used part of this range; ItemNotFound when nothing in it is used, as Excel documents. */
  getUsedRange(valuesOnly = false): SimRange {
    return this.derived((r, sheet) => {
      const used = usedRect(sheet, valuesOnly, r);
      if (!used) throw new SimError('ItemNotFound', `${sheetAddress(sheet.name, r)} has no used cells; check the range before asking for its used part.`);
      return used;
    });
  }

  /** Like getUsedRange, but a null object when nothing in the range is used. */
  getUsedRangeOrNullObject(valuesOnly = false): SimRange {
    const used = () => {
      const { sheet, rect } = this.locate();
      return usedRect(sheet, valuesOnly, rect);
    };
    return new SimRange(
      this.context,
      () => {
        const rect = used();
        if (!rect) throw new SimError('ItemNotFound', 'The range has no used cells.');
        return { sheet: this.locate().sheet, rect };
      },
      () => used() !== undefined,
    );
  }

  /** Excel's Ctrl+*: the block around this range's top-left cell bounded by blank rows and columns. */
  getSurroundingRegion(): SimRange {
    return this.derived((r, sheet) => surroundingRegion(sheet, r.row, r.col));
  }

  getMergedAreasOrNullObject(): SimRangeAreas {
    return new SimRangeAreas(this.context, () => this.locate());
  }

  merge(across = false): void {
    this.queue(16, () => {
      const { sheet, rect } = this.locate();
      assertWritable(sheet);
      mergeCells(sheet, rect, across);
    });
  }

  unmerge(): void {
    this.queue(16, () => {
      const { sheet, rect } = this.locate();
      assertWritable(sheet);
      unmergeCells(sheet, rect);
    });
  }

  clear(applyTo: string = 'All'): void {
    this.queue(16, () => {
      const { sheet, rect } = this.locate();
      assertWritable(sheet);
      clearCells(sheet, rect, applyTo);
    });
  }

  /** Makes this range the selection (and its sheet active). */
  select(): void {
    this.queue(16, () => {
      const { sheet, rect } = this.locate();
      const workbook = this.context.session.workbook;
      workbook.activeSheetId = sheet.id;
      workbook.selection = { sheetId: sheet.id, rect };
    });
  }
}
