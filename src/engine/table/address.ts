import type { Table } from './types';

/** Sheet column letters for a 0-based column index: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1-style address for 0-based sheet coordinates: (13, 2) → "C14". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** Address of data row `dataRow` (0-based) in column `columnIndex` (0-based within the selection). */
export function dataCellAddress(table: Pick<Table, 'origin' | 'hasHeader'>, dataRow: number, columnIndex: number): string {
  return cellAddress(table.origin.row + (table.hasHeader ? 1 : 0) + dataRow, table.origin.col + columnIndex);
}
