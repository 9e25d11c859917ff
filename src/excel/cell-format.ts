import type { ReportCell, ReportColumn } from '../engine/report/types';

/** Excel's text format: a cell with it keeps what is written as text, never a formula, number or date. */
export const TEXT_FORMAT = '@';

/**
 * The number format of one cell: text always gets "@" so that a customer called "=HYPERLINK(…)", "0001" or
 * "1-2" stays exactly that; numbers get their column's format.
 */
export function cellFormat(cell: ReportCell, column: ReportColumn): string {
  return typeof cell === 'string' ? TEXT_FORMAT : column.format ?? 'General';
}

/** What a report cell becomes in a `values` array: an empty cell is "", which clears it. */
export function cellValue(cell: ReportCell): string | number | boolean {
  return cell ?? '';
}
