/** The error values office-js returns in `values` for cells whose formula failed or is still pending. */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  '#N/A',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#CONNECT!',
  '#BLOCKED!',
  '#UNKNOWN!',
  '#GETTING_DATA',
  '#BUSY!',
]);

/**
 * Whether a cell string is an Excel error value. Exact match: office-js returns them verbatim,
 * and a typed "#n/a" note is text, not an error.
 * @example isExcelError('#DIV/0!') // → true
 */
export function isExcelError(text: string): boolean {
  return text.charCodeAt(0) === 35 /* # */ && EXCEL_ERRORS.has(text);
}
