/**
 * A1 references for the host's own use: parsing what callers pass to `getRange`, and formatting the
 * `address` Excel reports ("Sheet1!A1:B2", "'My data'!C3").
 */
import { cellAddress as cellA1, columnLetter as columnLetters } from '../engine/table/address';
import { SimError } from './errors';
import { MAX_COLUMNS, MAX_ROWS } from './limits';

/** A rectangle of cells, 0-based. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

// Excel's own A1 rules, shared with the engine's messages so both always name a cell the same way.
export { columnLetters, cellA1 };

/**
 * A1 text of a rectangle without a sheet: one cell "C3", else "A1:B2"; whole columns and rows as Excel
 * writes them ("A:A", "1:3").
 */
export function rectA1(rect: Rect): string {
  const lastRow = rect.row + rect.rows - 1;
  const lastCol = rect.col + rect.cols - 1;
  if (rect.row === 0 && rect.rows === MAX_ROWS) return `${columnLetters(rect.col)}:${columnLetters(lastCol)}`;
  if (rect.col === 0 && rect.cols === MAX_COLUMNS) return `${rect.row + 1}:${lastRow + 1}`;
  if (rect.rows === 1 && rect.cols === 1) return cellA1(rect.row, rect.col);
  return `${cellA1(rect.row, rect.col)}:${cellA1(lastRow, lastCol)}`;
}

/** A sheet name as it appears in a reference: quoted when it is not a plain word ("'My data'", "'It''s'"). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "Sheet1!A1:B2", as `Range.address` reports it. */
export function sheetAddress(sheetName: string, rect: Rect): string {
  return `${quoteSheetName(sheetName)}!${rectA1(rect)}`;
}

function parseColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

interface Corner {
  readonly row?: number;
  readonly col?: number;
}

function parseCorner(text: string): Corner | undefined {
  const m = /^\$?([A-Za-z]{0,3})\$?([0-9]*)$/.exec(text);
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  const letters = m[1] ?? '';
  const digits = m[2] ?? '';
  return {
    ...(letters === '' ? {} : { col: parseColumn(letters) }),
    ...(digits === '' ? {} : { row: Number(digits) - 1 }),
  };
}

/** A parsed reference: the sheet name if one was given, and the rectangle. */
export interface ParsedAddress {
  readonly sheet?: string;
  readonly rect: Rect;
}

/**
 * Parses "A1", "A1:C10", "$A$1", "A:C", "2:5" and sheet-qualified forms ("Sheet1!A1", "'My data'!B2:C3").
 * Throws InvalidArgument for anything else, or for cells outside Excel's grid.
 * @example parseAddress("'My data'!B2:C3") // { sheet: 'My data', rect: { row: 1, col: 1, rows: 2, cols: 2 } }
 */
export function parseAddress(address: string): ParsedAddress {
  const text = address.trim();
  const bang = text.lastIndexOf('!');
  let sheet: string | undefined;
  if (bang >= 0) {
    const raw = text.slice(0, bang);
    sheet = raw.startsWith("'") && raw.endsWith("'") && raw.length >= 2 ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  }
  const ref = bang >= 0 ? text.slice(bang + 1) : text;
  const [first, second, extra] = ref.split(':');
  const a = first === undefined ? undefined : parseCorner(first);
  const b = second === undefined ? a : parseCorner(second);
  const bad = () => new SimError('InvalidArgument', `The address "${address}" is not a valid A1 reference; use a form like "A1", "A1:C10", "A:C" or "Sheet1!A1:C10".`);
  if (extra !== undefined || !a || !b) throw bad();
  const wholeColumns = a.row === undefined && b.row === undefined && a.col !== undefined && b.col !== undefined;
  const wholeRows = a.col === undefined && b.col === undefined && a.row !== undefined && b.row !== undefined;
  if (!wholeColumns && !wholeRows && (a.row === undefined || a.col === undefined || b.row === undefined || b.col === undefined)) throw bad();
  const r0 = wholeColumns ? 0 : Math.min(a.row ?? 0, b.row ?? 0);
  const r1 = wholeColumns ? MAX_ROWS - 1 : Math.max(a.row ?? 0, b.row ?? 0);
  const c0 = wholeRows ? 0 : Math.min(a.col ?? 0, b.col ?? 0);
  const c1 = wholeRows ? MAX_COLUMNS - 1 : Math.max(a.col ?? 0, b.col ?? 0);
  if (r0 < 0 || c0 < 0 || r1 >= MAX_ROWS || c1 >= MAX_COLUMNS) throw bad();
  const rect = { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  return sheet === undefined ? { rect } : { sheet, rect };
}

/**
 * A rectangle checked against Excel's grid; InvalidArgument names what went outside.
 * @example checkedRect(0, 0, 2, 3) // { row: 0, col: 0, rows: 2, cols: 3 }
 */
export function checkedRect(row: number, col: number, rows: number, cols: number): Rect {
  const ints = [row, col, rows, cols].every(Number.isInteger);
  if (!ints || row < 0 || col < 0 || rows < 1 || cols < 1 || row + rows > MAX_ROWS || col + cols > MAX_COLUMNS) {
    throw new SimError(
      'InvalidArgument',
      `The range at row ${row + 1}, column ${col + 1} with ${rows} row(s) and ${cols} column(s) does not fit in a worksheet of ${MAX_ROWS} rows × ${MAX_COLUMNS} columns.`,
    );
  }
  return { row, col, rows, cols };
}

/** Whether two rectangles share at least one cell. */
export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

/** Whether `inner` lies entirely inside `outer`. */
export function rectContains(outer: Rect, inner: Rect): boolean {
  return inner.row >= outer.row && inner.col >= outer.col && inner.row + inner.rows <= outer.row + outer.rows && inner.col + inner.cols <= outer.col + outer.cols;
}
