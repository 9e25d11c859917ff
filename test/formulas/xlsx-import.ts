/**
 * A workbook LibreOffice recalculated and saved as .xlsx, read back as the values Excel's `Range.values` would give:
 * every formula cell's result, its number at full double precision through its probe (./exact-digits.ts) rather
 * than the 15 digits LibreOffice writes in <v>; input numbers as they were written.
 */
import ExcelJS from 'exceljs';
import { cellA1 } from '../../src/sim/address';
import { readExactDigits } from './exact-digits';
import { CANARY_FORMULA, type SheetLayout, type XlsxLayout } from './xlsx-export';

/** A sheet's cells by [row][col] as on the sheet: numbers, text, booleans; errors as their text ("#DIV/0!"); '' when empty. */
export type CellGrid = (number | string | boolean)[][];

type Read = string | boolean | { readonly number: true };

/** What a saved cell holds: a formula's result, else its value; a number (or a date) only as the fact that it is one. */
function readCell(cell: ExcelJS.Cell, where: string): Read {
  const value = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || value instanceof Date) return { number: true };
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'object' && 'error' in value) return value.error;
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((run) => run.text).join('');
  throw new Error(`${where} came back from LibreOffice as ${JSON.stringify(value)}, which is no cell value this reader knows.`);
}

/** A number cell at full precision: an input as it was written, a formula's result from its probe. */
function exactNumber(key: string, digits: ExcelJS.Worksheet, layout: SheetLayout, where: string): number {
  const written = layout.numbers.get(key);
  if (written !== undefined) return written;
  const [r, c] = key.split(',').map(Number) as [number, number];
  const probe = digits.getCell(r + 1, c + 1).result;
  const exact = readExactDigits(probe);
  if (exact === undefined) throw new Error(`${where}: its probe on "${layout.digitSheet}" reads ${JSON.stringify(probe)}, not a probe's "k n m"; a number too large or too small for 2^k scaling?`);
  return exact;
}

function sheetValues(book: ExcelJS.Workbook, name: string, layout: SheetLayout): CellGrid {
  const sheet = book.getWorksheet(name);
  const digits = book.getWorksheet(layout.digitSheet);
  if (!sheet || !digits) throw new Error(`LibreOffice saved no sheet "${sheet ? layout.digitSheet : name}".`);
  const grid: CellGrid = [];
  let cols = 0;
  sheet.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      const where = `${name}!${cellA1(r - 1, c - 1)}`;
      const read = readCell(cell, where);
      (grid[r - 1] ??= [])[c - 1] = typeof read === 'object' ? exactNumber(`${r - 1},${c - 1}`, digits, layout, where) : read;
      cols = Math.max(cols, c);
    }),
  );
  return Array.from(grid, (row) => Array.from({ length: cols }, (_, c) => row?.[c] ?? ''));
}

/**
 * Every sheet the layout names, from the saved file's bytes. Throws when a canary shows that a sheet was loaded
 * without recalculating (it then still holds the stale result the export cached).
 * @example const grids = await readRecalculated(readFileSync('out/book.xlsx'), layout); grids['Score new rows'][5][7]
 */
export async function readRecalculated(bytes: Uint8Array, layout: XlsxLayout): Promise<Record<string, CellGrid>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return Object.fromEntries(
    Object.entries(layout).map(([name, sheetLayout]) => {
      const grid = sheetValues(book, name, sheetLayout);
      const { row, col } = sheetLayout.canary;
      const seen = grid[row]?.[col];
      if (seen !== 3) throw new Error(`LibreOffice did not recalculate "${name}": the canary ${CANARY_FORMULA} reads ${JSON.stringify(seen)}, not 3.`);
      return [name, grid];
    }),
  );
}
