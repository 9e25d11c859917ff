/** Merged areas of a sheet: kept as rectangles so a reader can find and report them. */
import { rectContains, rectsOverlap, type Rect } from './address';
import { SimError } from './errors';
import { gridSet } from './grid';
import type { SheetModel } from './model';

/**
 * Merges `rect` (or each of its rows when `across`), keeping only the top-left value of each merged area as
 * Excel does. Merged areas entirely inside are absorbed; one that sticks out is refused.
 */
export function mergeCells(sheet: SheetModel, rect: Rect, across: boolean): void {
  const partial = sheet.merged.find((m) => rectsOverlap(m, rect) && !rectContains(rect, m));
  if (partial) throw new SimError('InvalidOperation', `Cannot merge ${sheet.name}: the range overlaps part of an existing merged area; unmerge it first.`);
  sheet.merged = sheet.merged.filter((m) => !rectContains(rect, m));
  const areas = across ? Array.from({ length: rect.rows }, (_, i) => ({ row: rect.row + i, col: rect.col, rows: 1, cols: rect.cols })) : [rect];
  for (const area of areas) {
    if (area.rows * area.cols < 2) continue;
    for (let r = area.row; r < area.row + area.rows; r++) {
      for (let c = area.col; c < area.col + area.cols; c++) {
        if (r === area.row && c === area.col) continue;
        gridSet(sheet.values, r, c, undefined);
        gridSet(sheet.formulas, r, c, undefined);
      }
    }
    sheet.merged.push(area);
  }
}

/** Removes every merged area that overlaps `rect`. */
export function unmergeCells(sheet: SheetModel, rect: Rect): void {
  sheet.merged = sheet.merged.filter((m) => !rectsOverlap(m, rect));
}

/** The merged areas that overlap `rect`, in the order they were made. */
export function mergedAreasIn(sheet: SheetModel, rect: Rect): Rect[] {
  return sheet.merged.filter((m) => rectsOverlap(m, rect));
}
