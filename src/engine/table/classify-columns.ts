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
   * numbers as text parsed, dates as text as the month-first serial (NaN if that date does not
   * exist); NaN for every other cell. buildColumn turns it in place into the column's storage.
   */
  readonly numbers: Float64Array;
  /** For dates as text, the day-first serial (the same as `numbers` when the order cannot matter), NaN elsewhere; absent when the column has no dates as text. */
  readonly dayFirst?: Float64Array;
}

/**
 * Classify every cell of the office-js `values` grid in one pass, row by row as the grid is laid out
 * in memory. `isDate(format)` answers whether a number format is a date format; it is asked once per
 * run of equal formats down a column, since a column repeats a few formats.
 *
 * The numbers of all columns share one Float64Array (column after column) and the kinds one
 * Uint8Array: a million-row selection then costs two large allocations, not three per column, and
 * each large allocation can make the garbage collector mark the whole grid of cells again
 * (half a second a time at 1,048,576 × 20). A text column's slot in the block stays unused.
 * @example
 * classifyColumns([['Age'], [41], ['39']], undefined, () => false)
 * // → [{ kinds: [text, number, numberText], numbers: [NaN, 41, 39] }]
 */
export function classifyColumns(
  values: readonly (readonly unknown[])[],
  formats: readonly (readonly string[])[] | undefined,
  isDate: (format: string) => boolean,
): ClassifiedColumn[] {
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  const allKinds = new Uint8Array(rows * cols);
  const allNumbers = new Float64Array(rows * cols);
  const dayFirsts: (Float64Array | undefined)[] = new Array<Float64Array | undefined>(cols).fill(undefined);
  const lastFormat: (string | undefined)[] = new Array<string | undefined>(cols).fill(undefined);
  const lastIsDate: boolean[] = new Array<boolean>(cols).fill(false);
  const parsed: ParsedText = { number: NaN, dayFirst: NaN };

  for (let r = 0; r < rows; r++) {
    const row = values[r] as readonly unknown[];
    const formatRow = formats?.[r];
    for (let j = 0, at = r; j < cols; j++, at += rows) {
      const value = row[j];
      let kind: CellKind;
      let number = NaN;
      if (typeof value === 'number') {
        if (!Number.isFinite(value)) {
          kind = CellKind.nonFinite;
        } else {
          const format = formatRow?.[j];
          if (format !== lastFormat[j]) {
            lastFormat[j] = format;
            lastIsDate[j] = format !== undefined && isDate(format);
          }
          kind = lastIsDate[j] ? CellKind.dateNumber : CellKind.number;
          number = value;
        }
      } else if (typeof value === 'string') {
        kind = classifyText(value, parsed);
        number = parsed.number;
        if (kind === CellKind.dateText) (dayFirsts[j] ??= new Float64Array(rows).fill(NaN))[r] = parsed.dayFirst;
      } else if (typeof value === 'boolean') {
        kind = CellKind.boolean;
        number = value ? 1 : 0;
      } else {
        kind = value === null || value === undefined ? CellKind.blank : CellKind.text;
      }
      allKinds[at] = kind;
      allNumbers[at] = number;
    }
  }

  return Array.from({ length: cols }, (_, j) => {
    const kinds = allKinds.subarray(j * rows, (j + 1) * rows);
    const numbers = allNumbers.subarray(j * rows, (j + 1) * rows);
    const dayFirst = dayFirsts[j];
    return dayFirst ? { kinds, numbers, dayFirst } : { kinds, numbers };
  });
}

/** What classifyText read from a cell, reused across cells so a million texts allocate nothing. */
interface ParsedText {
  number: number;
  dayFirst: number;
}

/** The kind of a text cell; its value as a number (NaN if none) and day-first serial go to `out`. */
function classifyText(text: string, out: ParsedText): CellKind {
  out.number = NaN;
  out.dayFirst = NaN;
  if (text.length === 0 || (isSpaceCode(text.charCodeAt(0)) && contentEnd(text) === 0)) return CellKind.blank;
  if (isExcelError(text)) return CellKind.error;
  const bool = booleanText(text);
  if (bool !== undefined) {
    out.number = bool;
    return CellKind.booleanText;
  }
  const number = parseNumberText(text);
  if (!Number.isNaN(number)) {
    out.number = number;
    return CellKind.numberText;
  }
  const date = parseDateText(text);
  if (date === undefined) return CellKind.text;
  const monthFirst = excelSerial(date.year, date.month, date.day, date.time);
  const other = date.swappable ? excelSerial(date.year, date.day, date.month, date.time) : monthFirst;
  if (Number.isNaN(monthFirst) && Number.isNaN(other)) return CellKind.text;
  out.number = monthFirst;
  out.dayFirst = other;
  return CellKind.dateText;
}

/** 1 for "TRUE", 0 for "FALSE" (any case, spaces around), else undefined; compared in place, no string made. */
function booleanText(text: string): number | undefined {
  const start = contentStart(text);
  const length = contentEnd(text) - start;
  if (length === 4 && sameLetters(text, start, 'true')) return 1;
  if (length === 5 && sameLetters(text, start, 'false')) return 0;
  return undefined;
}

/** Whether text[start…] spells the lower-case ASCII `word` in any case. */
function sameLetters(text: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(start + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}
