/**
 * The in-memory host's sheets as an .xlsx file, the way a colleague's workbook reaches a spreadsheet program: every
 * sheet, values typed (numbers, text, real booleans, error values), formulas as formulas with no cached result. Two
 * things are added for the recalculation check (./libreoffice.ts): a canary formula on each sheet, cached with a
 * wrong result so that it reads right only if the program recalculated on load, and per sheet a sheet of probes
 * (./exact-digits.ts) that bring every formula's number back at full precision.
 */
import ExcelJS from 'exceljs';
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

/**
 * Every sheet, its canary and the probes of its formula cells, as an .xlsx file's bytes.
 * @example const { bytes, layout } = await sheetsToXlsx(host.exportState().sheets); writeFileSync('book.xlsx', bytes);
 */
export async function sheetsToXlsx(sheets: readonly SheetState[]): Promise<{ bytes: Uint8Array; layout: XlsxLayout }> {
  const book = new ExcelJS.Workbook();
  const layout: Record<string, SheetLayout> = {};
  const written = sheets.map((sheet, i) => {
    const cells = cellsOf(sheet);
    const cols = Math.max(0, ...[...cells.keys()].map((key) => Number(key.split(',')[1]) + 1));
    const target = book.addWorksheet(sheet.name);
    const numbers = new Map<string, number>();
    const formulas = [`0,${cols}`];
    for (const [key, cell] of cells) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      target.getCell(r + 1, c + 1).value = excelValue(cell);
      if ('formula' in cell) formulas.push(key);
      else if (typeof cell.value === 'number') numbers.set(key, cell.value);
    }
    target.getCell(1, cols + 1).value = { formula: CANARY_FORMULA.slice(1), result: STALE_CANARY };
    layout[sheet.name] = { canary: { row: 0, col: cols }, digitSheet: digitSheetName(sheets, i), numbers };
    return { sheet, formulas };
  });
  for (const { sheet, formulas } of written) {
    const probes = book.addWorksheet(layout[sheet.name]?.digitSheet);
    for (const key of formulas) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      probes.getCell(r + 1, c + 1).value = { formula: exactDigitsFormula(`${quoteSheetName(sheet.name)}!${cellA1(r, c)}`) };
    }
  }
  const bytes = new Uint8Array(await book.xlsx.writeBuffer());
  return { bytes, layout };
}
