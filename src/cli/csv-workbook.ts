import { uniqueSheetName } from '../excel/names';
import type { WorkbookState } from '../sim';
import { cellA1, sheetAddress } from '../sim/address';
import type { CsvCells } from './read-csv';

/**
 * A one-sheet workbook holding a CSV file's cells as Excel holds them after opening it (see readCsv: numbers
 * and ISO dates typed, the rest text), with the whole block selected, ready for a run through src/excel.
 * @example csvWorkbook(readCsv('id,day\n1,2024-03-01\n'), 'orders.csv')
 * // → sheet "orders" with [['id', 'day'], [1, 45352]], B2 formatted "yyyy-mm-dd", selection "orders!A1:B2"
 */
export function csvWorkbook(cells: CsvCells, fileName: string): WorkbookState {
  const name = uniqueSheetName(fileName.replace(/\.csv(\.gz)?$/i, ''), []);
  const cols = Math.max(1, ...cells.values.map((row) => row.length));
  const rows = Math.max(1, cells.values.length);
  return {
    sheets: [{ name, values: cells.values, numberFormats: formatRuns(cells.numberFormats) }],
    selection: sheetAddress(name, { row: 0, col: 0, rows, cols }),
  };
}

/** Non-General formats as runs down each column ("B2:B500": "yyyy-mm-dd"), so a date column is one entry. */
function formatRuns(formats: readonly (readonly string[])[]): Record<string, string> {
  const runs: Record<string, string> = {};
  const cols = Math.max(0, ...formats.map((row) => row.length));
  for (let c = 0; c < cols; c++) {
    for (let r = 0; r < formats.length; ) {
      const format = formats[r]?.[c] ?? 'General';
      let end = r + 1;
      while (end < formats.length && (formats[end]?.[c] ?? 'General') === format) end++;
      if (format !== 'General') runs[end - r === 1 ? cellA1(r, c) : `${cellA1(r, c)}:${cellA1(end - 1, c)}`] = format;
      r = end;
    }
  }
  return runs;
}
