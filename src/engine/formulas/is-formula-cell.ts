import type { FormulaCell, ReportCell } from '../report/types';

/**
 * Whether a report cell is a formula rather than a value.
 * @example isFormulaCell({ formula: '=1+1' }) // true
 * @example isFormulaCell('=1+1') // false: a string is always text
 */
export function isFormulaCell(cell: ReportCell): cell is FormulaCell {
  return typeof cell === 'object' && cell !== null;
}
