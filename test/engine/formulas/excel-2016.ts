/** What "only functions of Excel 2016" means for the live-formula sheets, shared by their tests. */
import { isFormulaCell } from '../../../src/engine/formulas/is-formula-cell';
import type { ReportSheet } from '../../../src/engine/report/types';

/**
 * Functions every Excel since 2016 (and LibreOffice 7.4) has, among those a scoring sheet could want.
 * XLOOKUP, XMATCH, LET, LAMBDA, IFS, SWITCH, MAXIFS, MINIFS, CONCAT, TEXTJOIN, FILTER, SORT, UNIQUE,
 * SEQUENCE are later (or Office 365 only), so they are deliberately absent.
 */
export const EXCEL_2016 = new Set([
  'ABS', 'AND', 'COUNT', 'COUNTIF', 'COUNTIFS', 'EXACT', 'EXP', 'IF', 'IFERROR', 'INDEX', 'INT', 'ISBLANK',
  'ISLOGICAL', 'ISNUMBER', 'ISTEXT', 'LEN', 'LN', 'LOG', 'MATCH', 'MAX', 'MIN', 'N', 'NA', 'NOT', 'OR',
  'ROUND', 'ROUNDDOWN', 'ROUNDUP', 'SQRT', 'SUM', 'SUMIF', 'SUMIFS', 'SUMPRODUCT', 'SUMSQ', 'SUMXMY2',
]);

/** Every formula of a sheet's tables. */
export function formulasOf(sheet: ReportSheet): string[] {
  return sheet.tables.flatMap((t) => t.rows.flatMap((row) => row.filter(isFormulaCell).map((c) => c.formula)));
}

/** The functions the formulas call, by name. */
export function functionsIn(formulas: readonly string[]): Set<string> {
  return new Set(formulas.flatMap((f) => [...f.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1] as string)));
}
