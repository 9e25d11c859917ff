/**
 * The in-memory host's sheets as an .xlsx file, the way a colleague's workbook reaches a spreadsheet program: every
 * sheet, values typed (numbers, text, real booleans, error values), formulas as formulas with no cached result. Two
 * things are added for the recalculation check (./libreoffice.ts): a canary formula on each sheet, cached with a
 * wrong result so that it reads right only if the program recalculated on load, and per sheet a sheet of probes
 * (./exact-digits.ts) that bring every formula's number back at full precision.
 */
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { cellA1, parseAddress, quoteSheetName } from '../../src/sim/address';
import type { SheetState, StateCell } from '../../src/sim';
import { exactDigitsFormula } from './exact-digits';

/** The formula put at each sheet's top right to prove recalculation: it reads 3 only if it was calculated. */
export const CANARY_FORMULA = '=ROWS(A1:A3)';

/** What the canary caches: LibreOffice keeps a cached result unless it recalculates on load (checked: it reads -1). */
const STALE_CANARY = -1;

/** Where a sheet's extra cells went and what its numbers were, for reading the recalculated file back. */
export interface SheetLayout {
  /** The canary's cell, 0-based. */
  readonly canary: { readonly row: number; readonly col: number };
  /** The sheet holding the probes of its formula cells, each at the position of the cell it probes. */
  readonly digitSheet: string;
  /** Its number cells as written, by "row,col": LibreOffice keeps them but saves them at 15 digits. */
  readonly numbers: ReadonlyMap<string, number>;
}

/** By sheet name. */
export type XlsxLayout = Readonly<Record<string, SheetLayout>>;

type Cell = { readonly value: Exclude<StateCell, null> } | { readonly formula: string };

/** The sheet's cells by "row,col": values from the origin, formulas from their (possibly ranged) addresses. */
function cellsOf(sheet: SheetState): Map<string, Cell> {
  if (sheet.typed) throw new Error(`Sheet "${sheet.name}" holds typed input (typed: true); export it from a workbook so its cells are stored values.`);
  const cells = new Map<string, Cell>();
  const origin = parseAddress(sheet.origin ?? 'A1').rect;
  (sheet.values ?? []).forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null && value !== '') cells.set(`${origin.row + r},${origin.col + c}`, { value });
    }),
  );
  for (const [address, formula] of Object.entries(sheet.formulas ?? {})) {
    const { rect } = parseAddress(address);
    for (let r = rect.row; r < rect.row + rect.rows; r++) for (let c = rect.col; c < rect.col + rect.cols; c++) cells.set(`${r},${c}`, { formula });
  }
  return cells;
}

function excelValue(cell: Cell): ExcelJS.CellValue {
  if ('formula' in cell) return { formula: cell.formula.replace(/^=/, '') };
  const v = cell.value;
  return typeof v === 'object' ? { error: v.error as ExcelJS.CellErrorValue['error'] } : v;
}

/** A name for sheet i's probes that no sheet of the workbook has. */
function digitSheetName(sheets: readonly SheetState[], i: number): string {
  const name = `digits ${i + 1}`;
  if (sheets.some((s) => s.name.toLowerCase() === name)) throw new Error(`The workbook already has a sheet "${name}", the name the export gives its probes; rename that sheet.`);
  return name;
}

/** Cells by row, then column, both 0-based: what the streaming writer needs, rows in order. */
type Rows = Map<number, Map<number, ExcelJS.CellValue>>;

function put(rows: Rows, r: number, c: number, value: ExcelJS.CellValue): void {
  let row = rows.get(r);
  if (!row) rows.set(r, (row = new Map()));
  row.set(c, value);
}

function writeSheet(book: ExcelJS.stream.xlsx.WorkbookWriter, name: string, rows: Rows): void {
  const sheet = book.addWorksheet(name);
  for (const r of [...rows.keys()].sort((a, b) => a - b)) {
    const row = sheet.getRow(r + 1);
    for (const [c, value] of rows.get(r) ?? []) row.getCell(c + 1).value = value;
    row.commit();
  }
  sheet.commit();
}

/**
 * Every sheet, its canary and the probes of its formula cells, as an .xlsx file's bytes. ExcelJS's streaming
 * writer, because building its in-memory workbook first took seconds for a few thousand rows.
 * @example const { bytes, layout } = await sheetsToXlsx(host.exportState().sheets); writeFileSync('book.xlsx', bytes);
 */
export async function sheetsToXlsx(sheets: readonly SheetState[]): Promise<{ bytes: Uint8Array; layout: XlsxLayout }> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true, useStyles: false });
  const layout: Record<string, SheetLayout> = {};
  const probeSheets = sheets.map((sheet, i) => {
    const cells = cellsOf(sheet);
    const cols = [...cells.keys()].reduce((most, key) => Math.max(most, Number(key.split(',')[1]) + 1), 0);
    const rows: Rows = new Map();
    const probes: Rows = new Map();
    const numbers = new Map<string, number>();
    const probe = (r: number, c: number): void => put(probes, r, c, { formula: exactDigitsFormula(`${quoteSheetName(sheet.name)}!${cellA1(r, c)}`) });
    for (const [key, cell] of cells) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      put(rows, r, c, excelValue(cell));
      if ('formula' in cell) probe(r, c);
      else if (typeof cell.value === 'number') numbers.set(key, cell.value);
    }
    put(rows, 0, cols, { formula: CANARY_FORMULA.slice(1), result: STALE_CANARY });
    probe(0, cols);
    writeSheet(book, sheet.name, rows);
    layout[sheet.name] = { canary: { row: 0, col: cols }, digitSheet: digitSheetName(sheets, i), numbers };
    return probes;
  });
  sheets.forEach((sheet, i) => writeSheet(book, layout[sheet.name]?.digitSheet ?? '', probeSheets[i] ?? new Map()));
  await book.commit();
  return { bytes: new Uint8Array(Buffer.concat(chunks)), layout };
}
