/** What one cell holds, as the simulator stores it. */

/** An Excel error value such as #N/A. Stored as an object so the text "#N/A" (a string) stays distinct. */
export interface CellError {
  readonly error: string;
}

/** A stored cell value. An empty cell stores nothing (undefined). */
export type CellValue = number | string | boolean | CellError;

/** Excel's error literals; typing one into a cell stores the error, not the text. */
export const ERROR_LITERALS: readonly string[] = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!'];

/** Whether a stored value is an error value. */
export function isCellError(value: unknown): value is CellError {
  return typeof value === 'object' && value !== null && typeof (value as { error?: unknown }).error === 'string';
}

/** What `Range.values` returns for a stored value: errors read as their text ("#N/A"), empty as "". */
export function readableValue(value: CellValue | undefined): number | string | boolean {
  if (value === undefined) return '';
  return isCellError(value) ? value.error : value;
}

/** What `Range.valueTypes` reports for a stored value. */
export function valueType(value: CellValue | undefined): 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error' {
  if (value === undefined) return 'Empty';
  if (isCellError(value)) return 'Error';
  if (typeof value === 'number') return 'Double';
  return typeof value === 'boolean' ? 'Boolean' : 'String';
}
