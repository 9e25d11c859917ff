import { cellAddress } from './address';

/**
 * A1-style address of a block of `rows` × `cols` cells whose top-left is at 0-based (row, col);
 * a single cell is just its address.
 * @example rangeAddress(4, 2, 10, 3) // → "C5:E14"
 */
export function rangeAddress(row: number, col: number, rows: number, cols: number): string {
  const topLeft = cellAddress(row, col);
  return rows === 1 && cols === 1 ? topLeft : `${topLeft}:${cellAddress(row + rows - 1, col + cols - 1)}`;
}
