import { cellAddress, columnLetter } from '../table/address';

/**
 * Sheet rows (0-based) of the header of each table of a report sheet, as the Excel writer lays them out
 * (src/excel/layout.ts): the notes, a blank row, then each table (caption row when titled, header, body of at
 * least one row) with two blank rows after it. Formulas need these positions to point at cells; a test holds
 * this to the writer's layout.
 * @example headerRows(2, [{ titled: true, rows: 3 }, { titled: true, rows: 10 }]) // [4, 11]
 */
export function headerRows(notes: number, tables: readonly { readonly titled: boolean; readonly rows: number }[]): number[] {
  let row = notes > 0 ? notes + 1 : 0;
  return tables.map((t) => {
    const header = t.titled ? row + 1 : row;
    row = header + 1 + Math.max(t.rows, 1) + 2;
    return header;
  });
}

/**
 * An absolute A1 reference, for a parameter cell every row's formula shares.
 * @example absolute(4, 2) // '$C$5'
 */
export function absolute(row: number, col: number): string {
  return `$${columnLetter(col)}$${row + 1}`;
}

/**
 * A range of cells along one row, relative, for a row's own cells.
 * @example rowSpan(9, 3, 5) // 'D10:F10'
 */
export function rowSpan(row: number, firstCol: number, lastCol: number): string {
  return `${cellAddress(row, firstCol)}:${cellAddress(row, lastCol)}`;
}
