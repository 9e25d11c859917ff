import { isFormulaCell } from '../engine/formulas/is-formula-cell';
import type { ReportCell, ReportColumn } from '../engine/report/types';

/** Excel's text format: a cell with it keeps what is written as text, never a formula, number or date. */
export const TEXT_FORMAT = '@';

/**
 * The number format of one cell: text always gets "@" so that a customer called "=HYPERLINK(…)", "0001" or
 * "1-2" stays exactly that; numbers and formulas get their column's format.
 */
export function cellFormat(cell: ReportCell, column: ReportColumn): string {
  return typeof cell === 'string' ? TEXT_FORMAT : column.format ?? 'General';
}

/**
 * What a report cell becomes in a `values` array: an empty cell is "", which clears it; so is a formula cell,
 * which the `formulas` write that follows fills (see cellFormula).
 */
export function cellValue(cell: ReportCell): string | number | boolean {
  return isFormulaCell(cell) ? '' : cell ?? '';
}

/** What a report cell becomes in a `formulas` array: its formula, or null (leave the value written) for any other cell. */
export function cellFormula(cell: ReportCell): string | null {
  return isFormulaCell(cell) ? cell.formula : null;
}
