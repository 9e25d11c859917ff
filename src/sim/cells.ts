/**
 * Reading and writing the cells of a sheet record, with Excel's rules: input arrays must match the range,
 * `null` in an input array leaves that cell unchanged (as office-js documents), strings are coerced as typed
 * input, and one read may not return more than the read-cell limit.
 */
import { cellA1, rectA1, type Rect } from './address';
import { readableValue, valueType } from './cell-value';
import { coerceInput, GENERAL_FORMAT } from './coerce';
import { SimError } from './errors';
import { gridClear, gridGet, gridSet } from './grid';
import { MAX_CELL_CHARACTERS, type HostLimits } from './limits';
import type { SheetModel } from './model';
import { formatCellText } from './number-format';

/** The number format of one cell ("General" when none was set). */
export function cellFormat(sheet: SheetModel, row: number, col: number): string {
  return gridGet(sheet.formats, row, col) ?? GENERAL_FORMAT;
}

/** Whether a cell holds a value or a formula. */
export function cellFilled(sheet: SheetModel, row: number, col: number): boolean {
  return gridGet(sheet.values, row, col) !== undefined || gridGet(sheet.formulas, row, col) !== undefined;
}

/** Refuses a read larger than Excel returns in one go (5,000,000 cells by default). */
export function checkReadSize(rect: Rect, limits: HostLimits): void {
  const cells = rect.rows * rect.cols;
  if (cells > limits.maxCellsPerRead) {
    throw new SimError(
      'RangeExceedsLimit',
      `Reading ${rectA1(rect)} asks for ${cells.toLocaleString('en-US')} cells; Excel returns at most ${limits.maxCellsPerRead.toLocaleString('en-US')} per read. Read it in smaller blocks of rows.`,
    );
  }
}

function readGrid<T>(rect: Rect, cell: (row: number, col: number) => T): T[][] {
  const out: T[][] = new Array<T[]>(rect.rows);
  for (let r = 0; r < rect.rows; r++) {
    const row = new Array<T>(rect.cols);
    for (let c = 0; c < rect.cols; c++) row[c] = cell(rect.row + r, rect.col + c);
    out[r] = row;
  }
  return out;
}

/** `Range.values`: numbers, strings, booleans; "" for empty cells; error text ("#N/A") for errors. */
export function readValues(sheet: SheetModel, rect: Rect): (number | string | boolean)[][] {
  return readGrid(rect, (r, c) => readableValue(gridGet(sheet.values, r, c)));
}

/** `Range.formulas`: the formula text where there is one, else the value. */
export function readFormulas(sheet: SheetModel, rect: Rect): (number | string | boolean)[][] {
  return readGrid(rect, (r, c) => gridGet(sheet.formulas, r, c) ?? readableValue(gridGet(sheet.values, r, c)));
}

/** `Range.numberFormat`. */
export function readNumberFormats(sheet: SheetModel, rect: Rect): string[][] {
  return readGrid(rect, (r, c) => cellFormat(sheet, r, c));
}

/** `Range.text`: what each cell shows. */
export function readText(sheet: SheetModel, rect: Rect): string[][] {
  return readGrid(rect, (r, c) => formatCellText(gridGet(sheet.values, r, c), cellFormat(sheet, r, c)));
}

/** `Range.valueTypes`: "Empty", "String", "Double", "Boolean" or "Error" per cell. */
export function readValueTypes(sheet: SheetModel, rect: Rect): string[][] {
  return readGrid(rect, (r, c) => valueType(gridGet(sheet.values, r, c)));
}

/**
 * The input for cell (r, c) of the range: a scalar applies to every cell; an array must have exactly the
 * range's shape, as office-js requires.
 */
function inputAccessor(input: unknown, rect: Rect, property: string): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const rowsOk = input.length === rect.rows;
  const colsOk = rowsOk && input.every((row) => Array.isArray(row) && row.length === rect.cols);
  if (!colsOk) {
    const got = `${input.length} row(s)${Array.isArray(input[0]) ? ` × ${(input[0] as unknown[]).length} column(s)` : ''}`;
    throw new SimError(
      'InvalidArgument',
      `The ${property} array has ${got} but the range ${rectA1(rect)} is ${rect.rows} row(s) × ${rect.cols} column(s); the number of rows or columns in the input array doesn't match the size of the range.`,
    );
  }
  return (r, c) => (input[r] as unknown[])[c];
}

/** Writes `Range.values` or `Range.formulas`: each input is coerced as typed input (see coerce.ts). */
export function writeValues(sheet: SheetModel, rect: Rect, input: unknown, currentYear: number, property: string): void {
  const at = inputAccessor(input, rect, property);
  for (let r = 0; r < rect.rows; r++) {
    for (let c = 0; c < rect.cols; c++) {
      const raw = at(r, c);
      if (raw === null) continue;
      const row = rect.row + r;
      const col = rect.col + c;
      if (typeof raw === 'number' && Number.isFinite(raw)) {
        // The common case, kept off the coercion path: a finite number is stored as it is.
        gridSet(sheet.values, row, col, raw);
        gridSet(sheet.formulas, row, col, undefined);
        continue;
      }
      if (typeof raw === 'string' && raw.length > MAX_CELL_CHARACTERS) {
        throw new SimError('InvalidArgument', `Cell ${sheet.name}!${cellA1(row, col)}: ${raw.length.toLocaleString('en-US')} characters, but a cell holds at most ${MAX_CELL_CHARACTERS.toLocaleString('en-US')}.`);
      }
      const stored = coerceInput(raw, cellFormat(sheet, row, col), currentYear, () => `${sheet.name}!${cellA1(row, col)}`);
      gridSet(sheet.values, row, col, stored.value);
      gridSet(sheet.formulas, row, col, stored.formula);
      if (stored.numberFormat !== undefined) gridSet(sheet.formats, row, col, stored.numberFormat);
    }
  }
}

/** Writes `Range.numberFormat`; "General" is stored as no format. */
export function writeNumberFormats(sheet: SheetModel, rect: Rect, input: unknown): void {
  const at = inputAccessor(input, rect, 'numberFormat');
  for (let r = 0; r < rect.rows; r++) {
    for (let c = 0; c < rect.cols; c++) {
      const raw = at(r, c);
      if (raw === null) continue;
      if (typeof raw !== 'string') {
        throw new SimError('InvalidArgument', `Cell ${sheet.name}!${cellA1(rect.row + r, rect.col + c)}: a number format must be text such as "0.00" or "@".`);
      }
      gridSet(sheet.formats, rect.row + r, rect.col + c, raw === GENERAL_FORMAT ? undefined : raw);
    }
  }
}

/** `Range.clear(applyTo)`: contents, formats, or both. */
export function clearCells(sheet: SheetModel, rect: Rect, applyTo: string): void {
  if (applyTo === 'All' || applyTo === 'Contents') {
    gridClear(sheet.values, rect);
    gridClear(sheet.formulas, rect);
  }
  if (applyTo === 'All' || applyTo === 'Formats') gridClear(sheet.formats, rect);
}
