import { fail, type Problem } from '../../problem';
import { dataCellAddress } from '../../table/address';
import { parseDateText } from '../../table/parse-date-text';
import type { Column, Table } from '../../table/types';
import type { DateOrder } from './recipe';

/** Largest serial Excel can show as a date (9999-12-31). */
const MAX_SERIAL = 2_958_465;

/**
 * The transaction dates as Excel serials (NaN for blanks). The Table builder has already read dates stored
 * as text; what is left here is refusing what cannot be trusted: a cell that is no date (named, so it can be
 * fixed), numbers that cannot be date serials, and slash dates whose day/month order the builder had to
 * assume while the recipe leaves dateOrder on 'auto' (guessing would silently swap days and months).
 * @example transactionDates(table with Date = 2010-03-04 as a date cell, 'Date', 'auto') // Float64Array [40241]
 */
export function transactionDates(table: Table, column: Column, order: DateOrder): Float64Array {
  const cell = (row: number): string => dataCellAddress(table, row, column.index);
  const where = { column: column.name };
  if (column.type === 'text') {
    const bad = column.values.findIndex((v) => v !== null && v.trim() !== '' && parseDateText(v) === undefined);
    const row = bad >= 0 ? bad : column.values.findIndex((v) => v !== null && v.trim() !== '');
    return fail('rfm-bad-date', `Column '${column.name}' does not hold dates: cell ${cell(row)} holds '${column.values[row] ?? ''}'. Choose the column with the transaction dates, or fix that cell (dates such as 2010-03-04 or 04/03/2010).`, { ...where, cell: cell(Math.max(row, 0)) });
  }
  if (column.type === 'date' && column.issues.mismatched > 0) {
    fail('rfm-bad-date', `Column '${column.name}' has ${column.issues.mismatched} cells that are not dates (first at ${column.issues.firstMismatched}). Fix or clear them so every transaction has a date.`, { ...where, cell: column.issues.firstMismatched ?? '' });
  }
  const assumed = table.warnings.find((w: Problem) => w.code === 'date-order-assumed' && w.column === column.name);
  if (assumed && order === 'auto') {
    fail('rfm-ambiguous-dates', `${assumed.message.replace(/ If that is wrong.*$/, '')} No day above 12 tells which order is meant: choose dateOrder "dmy" (day first) or "mdy" (month first).`, { ...where, cell: assumed.cell ?? '' });
  }
  column.values.forEach((v, row) => {
    if (v < 1 || v > MAX_SERIAL) {
      fail('rfm-bad-date', `Cell ${cell(row)} of date column '${column.name}' holds ${v}, which is not a date Excel can show. Choose the column with the transaction dates, or fix that cell.`, { ...where, cell: cell(row) });
    }
  });
  return column.values;
}
