/**
 * `Excel.RangeFormat`, `RangeFont` and `RangeFill`: column widths and autofit are modelled; font, fill and
 * alignment changes are recorded in the sheet's format log (as data) and read back from it.
 */
import { rectContains, type Rect } from './address';
import { cellFormat } from './cells';
import { ClientObject } from './client-object';
import type { SimRequestContext } from './context';
import { gridGet } from './grid';
import { assertWritable, type SheetModel } from './model';
import { formatCellText } from './number-format';
import type { Located } from './range';
import { usedRect } from './region';

/** Excel's default column width: 8.43 characters of Calibri 11, 48 points. */
const DEFAULT_COLUMN_WIDTH = 48;
/** Points per character of Calibri 11 and the cell padding, for autofit. */
const POINTS_PER_CHAR = 5.25;
const PADDING_POINTS = 5.25;

function lastLogged(sheet: SheetModel, rect: Rect, property: string): unknown {
  for (let i = sheet.formatLog.length - 1; i >= 0; i--) {
    const entry = sheet.formatLog[i];
    if (entry && entry.property === property && rectContains(entry.rect, rect)) return entry.value;
  }
  return null;
}

/** Width that fits the longest displayed text of each column of `rect` (within the used cells). */
function autofit(sheet: SheetModel, rect: Rect): void {
  const used = usedRect(sheet, false, rect);
  for (let c = rect.col; c < rect.col + rect.cols; c++) {
    let longest = 0;
    if (used && c >= used.col && c < used.col + used.cols) {
      for (let r = used.row; r < used.row + used.rows; r++) {
        longest = Math.max(longest, formatCellText(gridGet(sheet.values, r, c), cellFormat(sheet, r, c)).length);
      }
    }
    sheet.columnWidths.set(c, longest === 0 ? DEFAULT_COLUMN_WIDTH : Math.round((longest * POINTS_PER_CHAR + PADDING_POINTS) * 100) / 100);
  }
}

/** A format object whose properties are logged per range. */
abstract class LoggedFormat extends ClientObject {
  protected readonly located: () => Located;
  private readonly prefix: string;
  private readonly properties: readonly string[];

  protected constructor(context: SimRequestContext, typeName: string, located: () => Located, prefix: string, properties: readonly string[]) {
    super(context, typeName);
    this.located = located;
    this.prefix = prefix;
    this.properties = properties;
  }

  protected override readers(): Record<string, () => unknown> {
    const out: Record<string, () => unknown> = {};
    for (const p of this.properties) {
      out[p] = () => {
        const { sheet, rect } = this.located();
        return lastLogged(sheet, rect, this.prefix + p);
      };
    }
    return out;
  }

  protected setLogged(property: string, value: unknown): void {
    this.queueSet(property, value, 32, () => {
      const { sheet, rect } = this.located();
      assertWritable(sheet);
      sheet.formatLog.push({ rect, property: this.prefix + property, value });
    });
  }
}

export class SimRangeFont extends LoggedFormat {
  constructor(context: SimRequestContext, located: () => Located) {
    super(context, 'RangeFont', located, 'font.', ['bold', 'italic', 'color', 'size', 'name']);
  }
  get bold(): boolean {
    return this.get('bold');
  }
  set bold(v: boolean) {
    this.setLogged('bold', v);
  }
  get italic(): boolean {
    return this.get('italic');
  }
  set italic(v: boolean) {
    this.setLogged('italic', v);
  }
  get color(): string {
    return this.get('color');
  }
  set color(v: string) {
    this.setLogged('color', v);
  }
  get size(): number {
    return this.get('size');
  }
  set size(v: number) {
    this.setLogged('size', v);
  }
  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.setLogged('name', v);
  }
}

export class SimRangeFill extends LoggedFormat {
  constructor(context: SimRequestContext, located: () => Located) {
    super(context, 'RangeFill', located, 'fill.', ['color']);
  }
  get color(): string {
    return this.get('color');
  }
  set color(v: string) {
    this.setLogged('color', v);
  }
}

export class SimRangeFormat extends LoggedFormat {
  constructor(context: SimRequestContext, located: () => Located) {
    super(context, 'RangeFormat', located, '', ['horizontalAlignment', 'verticalAlignment', 'wrapText']);
  }

  protected override readers(): Record<string, () => unknown> {
    return {
      ...super.readers(),
      columnWidth: () => {
        const { sheet, rect } = this.located();
        const widths = new Set(Array.from({ length: rect.cols }, (_, i) => sheet.columnWidths.get(rect.col + i) ?? DEFAULT_COLUMN_WIDTH));
        return widths.size === 1 ? [...widths][0] : null;
      },
    };
  }

  get font(): SimRangeFont {
    return this.child('font', () => new SimRangeFont(this.context, this.located));
  }
  get fill(): SimRangeFill {
    return this.child('fill', () => new SimRangeFill(this.context, this.located));
  }
  get horizontalAlignment(): string {
    return this.get('horizontalAlignment');
  }
  set horizontalAlignment(v: string) {
    this.setLogged('horizontalAlignment', v);
  }
  get verticalAlignment(): string {
    return this.get('verticalAlignment');
  }
  set verticalAlignment(v: string) {
    this.setLogged('verticalAlignment', v);
  }
  get wrapText(): boolean {
    return this.get('wrapText');
  }
  set wrapText(v: boolean) {
    this.setLogged('wrapText', v);
  }

  /** Points; null when the columns of the range differ. */
  get columnWidth(): number | null {
    return this.get('columnWidth');
  }
  set columnWidth(points: number) {
    this.queueSet('columnWidth', points, 16, () => {
      const { sheet, rect } = this.located();
      assertWritable(sheet);
      for (let c = rect.col; c < rect.col + rect.cols; c++) sheet.columnWidths.set(c, points);
    });
  }

  autofitColumns(): void {
    this.queue(16, () => {
      const { sheet, rect } = this.located();
      assertWritable(sheet);
      autofit(sheet, rect);
    });
  }

  /** Row heights are not modelled; autofitting them changes nothing a reader could see. */
  autofitRows(): void {
    this.queue(16, () => assertWritable(this.located().sheet));
  }
}
