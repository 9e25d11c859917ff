import type { Rect } from '../sim/address';
import type { SheetModel } from '../sim/model';

/** Pixel sizes of the grid, as Excel's defaults at 100 % zoom. */
export const ROW_HEIGHT = 20;
export const HEADER_HEIGHT = 22;
export const ROW_HEADER_WIDTH = 48;
export const DEFAULT_COLUMN_WIDTH = 72;
const PX_PER_POINT = 96 / 72;

/** Where each column of a sheet starts, in pixels from the left of the cells. */
export interface ColumnLayout {
  /** lefts[c] is column c's left edge; lefts[cols] is the right edge of the last. */
  readonly lefts: readonly number[];
}

/**
 * Column edges for `cols` columns, using the widths the writer set (in points) and Excel's default elsewhere.
 * @example columnLayout(sheetWithWidthOfA30pt, 2).lefts // [0, 40, 112]
 */
export function columnLayout(sheet: Pick<SheetModel, 'columnWidths'>, cols: number): ColumnLayout {
  const lefts = [0];
  for (let c = 0; c < cols; c++) {
    const points = sheet.columnWidths.get(c);
    lefts.push((lefts[c] as number) + (points === undefined ? DEFAULT_COLUMN_WIDTH : Math.round(points * PX_PER_POINT)));
  }
  return { lefts };
}

/** The column under x pixels from the left of the cells (the last column beyond the right edge). */
export function columnAt(layout: ColumnLayout, x: number): number {
  const { lefts } = layout;
  let c = 0;
  while (c < lefts.length - 2 && (lefts[c + 1] as number) <= x) c++;
  return c;
}

/**
 * The rectangle between two cells, whichever corner each is.
 * @example spanRect({ row: 5, col: 3 }, { row: 1, col: 0 }) // { row: 1, col: 0, rows: 5, cols: 4 }
 */
export function spanRect(a: { row: number; col: number }, b: { row: number; col: number }): Rect {
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { row, col, rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 };
}
