import { contentEnd, contentStart, isSpaceCode } from './char-codes';
import { CellKind } from './cell-kind';
import { isExcelError } from './excel-errors';
import { excelSerial } from './excel-serial';
import { parseDateText } from './parse-date-text';
import { parseNumberText } from './parse-number-text';

/** One column of the selection, every cell classified once (header row included). */
export interface ClassifiedColumn {
  readonly kinds: Uint8Array;
  /**
   * The value each cell stands for as a number: numbers and serials as they are, booleans 1/0,
   * numbers as text parsed, dates as text as the month-first serial (NaN if that date does not exist).
   */
  readonly numbers: Float64Array;
  /** For dates as text, the day-first serial (the same as `numbers` when the order cannot matter); NaN elsewhere. */
  readonly dayFirst: Float64Array;
}

/**
 * Classify column `col` of the office-js `values` grid in one pass. `isDate(format)` answers whether
 * a number format is a date format; the caller memoises it, since a column repeats a few formats.
 */
export function classifyColumn(
  values: readonly (readonly unknown[])[],
  col: number,
  formats: readonly (readonly string[])[] | undefined,
  isDate: (format: string) => boolean,
): ClassifiedColumn {
  const n = values.length;
  const kinds = new Uint8Array(n);
  const numbers = new Float64Array(n).fill(NaN);
  const dayFirst = new Float64Array(n).fill(NaN);
  for (let r = 0; r < n; r++) {
    const value = (values[r] as readonly unknown[])[col];
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) {
        kinds[r] = CellKind.nonFinite;
        continue;
      }
      const format = formats?.[r]?.[col];
      kinds[r] = format !== undefined && isDate(format) ? CellKind.dateNumber : CellKind.number;
      numbers[r] = value;
    } else if (typeof value === 'string') {
      kinds[r] = classifyText(value, r, numbers, dayFirst);
    } else if (typeof value === 'boolean') {
      kinds[r] = CellKind.boolean;
      numbers[r] = value ? 1 : 0;
    } else if (value === null || value === undefined) {
      kinds[r] = CellKind.blank;
    } else {
      kinds[r] = CellKind.text;
    }
  }
  return { kinds, numbers, dayFirst };
}

function classifyText(text: string, r: number, numbers: Float64Array, dayFirst: Float64Array): CellKind {
  if (text.length === 0 || (isSpaceCode(text.charCodeAt(0)) && contentEnd(text) === 0)) return CellKind.blank;
  if (isExcelError(text)) return CellKind.error;
  const bool = booleanText(text);
  if (bool !== undefined) {
    numbers[r] = bool;
    return CellKind.booleanText;
  }
  const number = parseNumberText(text);
  if (!Number.isNaN(number)) {
    numbers[r] = number;
    return CellKind.numberText;
  }
  const date = parseDateText(text);
  if (date === undefined) return CellKind.text;
  const monthFirst = excelSerial(date.year, date.month, date.day, date.time);
  const other = date.swappable ? excelSerial(date.year, date.day, date.month, date.time) : monthFirst;
  if (Number.isNaN(monthFirst) && Number.isNaN(other)) return CellKind.text;
  numbers[r] = monthFirst;
  dayFirst[r] = other;
  return CellKind.dateText;
}

/** 1 for "TRUE", 0 for "FALSE" (any case, spaces around), else undefined. */
function booleanText(text: string): number | undefined {
  const start = contentStart(text);
  const length = contentEnd(text) - start;
  if (length !== 4 && length !== 5) return undefined;
  const word = text.slice(start, start + length).toUpperCase();
  return word === 'TRUE' ? 1 : word === 'FALSE' ? 0 : undefined;
}
