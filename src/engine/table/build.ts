import { fail, type Problem } from '../problem';
import { columnLetter } from './address';
import { buildColumn } from './build-column';
import { CellKind } from './cell-kind';
import { classifyColumns } from './classify-columns';
import { isDateFormat } from './date-format';
import type { DateOrder } from './date-order';
import { detectHeader, headerNames, type HeaderOption } from './header';
import { rangeAddress } from './range-address';
import type { Column, Table, TableOrigin } from './types';

/** How to read a selection; every field is optional. */
export interface BuildTableOptions {
  /** Excel number formats, the same shape as `values` (office-js `range.numberFormat`); numbers under a date format are dates. */
  readonly numberFormats?: readonly (readonly string[])[];
  /** 0-based sheet position of the top-left cell, so messages name real cells. Default A1. */
  readonly origin?: TableOrigin;
  /** Whether the first row is a header; 'auto' (default) decides from the data (see detectHeader). */
  readonly header?: HeaderOption;
  /** Field order assumed for numeric dates as text that read both ways ("01/03/2024"). Default 'mdy', as en-US Excel reads them. */
  readonly dateOrder?: DateOrder;
}

/**
 * Read the 2-D `values` array office-js returns for a selection into a typed Table: header
 * detection, a type per column (see chooseColumnType), Excel date serials, numbers and dates
 * stored as text parsed, and blanks, errors and unusable cells counted per column with their first
 * cell. Everything tolerated is reported in `warnings`; input that cannot be a table (empty, a
 * single cell, a header without data, ragged rows) throws an InputError that names the range.
 * @example
 * buildTable([['Name', 'Age'], ['Ann', 41], ['Bob', '39']]);
 * // → columns Name (text ['Ann', 'Bob']) and Age (number [41, 39]), hasHeader true,
 * //   one warning: Column 'Age' has 1 number stored as text (first at B3: '39')
 */
export function buildTable(values: readonly (readonly unknown[])[], options: BuildTableOptions = {}): Table {
  const origin = options.origin ?? { row: 0, col: 0 };
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  if (rows === 0 || cols === 0) fail('empty-selection', 'The selection is empty. Select the table to analyse, header row included.');
  checkRectangular(values, cols, origin);
  if (options.numberFormats) checkFormatsShape(options.numberFormats, rows, cols);
  if (rows === 1 && cols === 1) {
    const cell = rangeAddress(origin.row, origin.col, 1, 1);
    fail('single-cell', `Only one cell (${cell}) is selected. Select the whole table, not a single cell — or use current region.`, { cell });
  }

  const memo = new Map<string, boolean>();
  const isDate = (format: string): boolean => {
    let known = memo.get(format);
    if (known === undefined) memo.set(format, (known = isDateFormat(format)));
    return known;
  };
  const cells = classifyColumns(values, options.numberFormats, isDate);
  const kinds = cells.map((c) => c.kinds);
  const whole = rangeAddress(origin.row, origin.col, rows, cols);
  if (kinds.every((k) => allBlank(k, 0))) {
    fail('blank-selection', `Every cell of the selection ${whole} is blank. Select the range that holds your table.`, { cell: whole });
  }

  const hasHeader = detectHeader(kinds, options.header ?? 'auto');
  if (hasHeader && kinds.every((k) => allBlank(k, 1))) {
    const header = rangeAddress(origin.row, origin.col, 1, cols);
    fail('header-only', `The selection ${whole} has a header row (${header}) but no data under it. Select the header together with the rows below it.`, { cell: header });
  }

  const header = headerNames(values[0] as readonly unknown[], hasHeader, origin);
  const warnings: Problem[] = [...header.warnings];
  if (!hasHeader && (options.header ?? 'auto') === 'auto') {
    const firstRowText = kinds.every((k) => k[0] === CellKind.text || k[0] === CellKind.blank);
    if (firstRowText) warnings.push(headerNotFound(origin, cols));
  }
  const place = { origin, hasHeader };
  const columns: Column[] = cells.map((c, j) => {
    const built = buildColumn({ values, index: j, name: header.names[j] as string, letter: columnLetter(origin.col + j), cells: c, place, dateOrder: options.dateOrder ?? 'mdy' });
    warnings.push(...built.warnings);
    return built.column;
  });
  return { columns, rowCount: rows - (hasHeader ? 1 : 0), hasHeader, origin, warnings };
}

/** Whether every cell from row `from` on is blank; a plain loop, since a selection can hold twenty million cells. */
function allBlank(kinds: Uint8Array, from: number): boolean {
  for (let r = from; r < kinds.length; r++) if (kinds[r] !== CellKind.blank) return false;
  return true;
}

function checkRectangular(values: readonly (readonly unknown[])[], cols: number, origin: TableOrigin): void {
  const r = values.findIndex((row) => row.length !== cols);
  if (r < 0) return;
  fail('ragged-rows', `Row ${r + 1} of the selection (sheet row ${origin.row + r + 1}) has ${(values[r] as readonly unknown[]).length} cells but the first row has ${cols}. Pass a rectangular range (every row the same width).`, { cell: rangeAddress(origin.row + r, origin.col, 1, 1) });
}

function checkFormatsShape(formats: readonly (readonly string[])[], rows: number, cols: number): void {
  if (formats.length === rows && formats.every((row) => row.length === cols)) return;
  fail('number-formats-shape', `numberFormats must have the same shape as values (${rows} rows × ${cols} columns). Pass range.numberFormat from the same range.`);
}

function headerNotFound(origin: TableOrigin, cols: number): Problem {
  const firstRow = rangeAddress(origin.row, origin.col, 1, cols);
  return {
    code: 'header-not-found',
    cell: firstRow,
    message: `The first row (${firstRow}) was read as data: every column holds text, so it cannot be told apart from a header. If it is a header, say so (header: true).`,
  };
}
