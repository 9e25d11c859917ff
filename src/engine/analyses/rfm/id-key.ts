import { cellText } from '../../table/cell-text';
import type { Column } from '../../table/types';

/**
 * A customer id or invoice number as a grouping key: a number when the cell holds one (so ids sort
 * numerically, as pandas' groupby does), else its text trimmed — also the text cells a numeric
 * column kept aside ("C489449" among invoice numbers, "A123" among customer numbers). Null when blank.
 * @example idKey(invoice, row) // 489434, or 'C489449' for a cancellation, or null
 */
export function idKey(column: Column, row: number): number | string | null {
  if (column.type !== 'text' && column.mismatchedText?.has(row) !== true) {
    const value = column.values[row] as number;
    return Number.isNaN(value) ? null : value;
  }
  const text = cellText(column, row)?.trim();
  return text ? text : null;
}
