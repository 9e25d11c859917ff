/** The used range and the surrounding ("current") region of a sheet, as Excel computes them. */
import type { Rect } from './address';
import { cellFilled } from './cells';
import { gridsBounds } from './grid';
import { MAX_COLUMNS, MAX_ROWS } from './limits';
import type { SheetModel } from './model';

const WHOLE_SHEET: Rect = { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLUMNS };

/**
 * The smallest rectangle inside `within` (default: the whole sheet) holding every used cell: values and
 * formulas, plus number formats unless `valuesOnly`. Undefined when there is none.
 */
export function usedRect(sheet: SheetModel, valuesOnly: boolean, within: Rect = WHOLE_SHEET): Rect | undefined {
  return gridsBounds(valuesOnly ? [sheet.values, sheet.formulas] : [sheet.values, sheet.formulas, sheet.formats], within);
}

function anyFilledInRow(sheet: SheetModel, row: number, c0: number, c1: number): boolean {
  if (row < 0 || row >= MAX_ROWS) return false;
  for (let c = Math.max(0, c0); c <= Math.min(MAX_COLUMNS - 1, c1); c++) if (cellFilled(sheet, row, c)) return true;
  return false;
}

function anyFilledInColumn(sheet: SheetModel, col: number, r0: number, r1: number): boolean {
  if (col < 0 || col >= MAX_COLUMNS) return false;
  for (let r = Math.max(0, r0); r <= Math.min(MAX_ROWS - 1, r1); r++) if (cellFilled(sheet, r, col)) return true;
  return false;
}

/**
 * Ctrl+* in Excel (`Range.getSurroundingRegion`): starting from one cell, grow the rectangle while any
 * cell touching its border, diagonals included, is filled. The region is bounded by blank rows and columns.
 * @example with A1:B3 filled and C4 filled too, the region of A1 is A1:C4 (C4 touches B3 diagonally).
 */
export function surroundingRegion(sheet: SheetModel, row: number, col: number): Rect {
  let r0 = row;
  let r1 = row;
  let c0 = col;
  let c1 = col;
  let grew = true;
  while (grew) {
    grew = false;
    while (anyFilledInRow(sheet, r1 + 1, c0 - 1, c1 + 1)) {
      r1++;
      grew = true;
    }
    while (anyFilledInRow(sheet, r0 - 1, c0 - 1, c1 + 1)) {
      r0--;
      grew = true;
    }
    while (anyFilledInColumn(sheet, c1 + 1, r0 - 1, r1 + 1)) {
      c1++;
      grew = true;
    }
    while (anyFilledInColumn(sheet, c0 - 1, r0 - 1, r1 + 1)) {
      c0--;
      grew = true;
    }
  }
  return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}
