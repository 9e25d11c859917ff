/** Creating a table on a sheet, as `tables.add` does in Excel. */
import { rectA1, rectsOverlap, type Rect } from './address';
import { readableValue } from './cell-value';
import { writeValues } from './cells';
import { notImplemented, SimError } from './errors';
import { gridGet, gridSet } from './grid';
import { assertWritable, newId, type SheetModel, type TableModel, type WorkbookModel } from './model';
import { defaultTableName } from './table-name';

/**
 * Header texts as Excel makes them: every header becomes text, a blank one "Column<n>", and a repeated one
 * (ignoring case) gets a number appended.
 * @example tableHeaders(['Name', '', 'name', 3]) // ['Name', 'Column2', 'name2', '3']
 */
export function tableHeaders(raw: readonly (number | string | boolean)[]): string[] {
  const seen = new Set<string>();
  return raw.map((value, i) => {
    const base = String(value).trim() === '' ? `Column${i + 1}` : String(value);
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/** Adds a table over `rect` whose first row holds the headers; returns its record. */
export function addTable(workbook: WorkbookModel, sheet: SheetModel, rect: Rect, hasHeaders: boolean): TableModel {
  if (!hasHeaders) throw notImplemented('TableCollection.add(address, hasHeaders = false): put the headers in the first row and pass true');
  assertWritable(sheet);
  const clash = workbook.tables.find((t) => t.sheetId === sheet.id && rectsOverlap(t.rect, rect));
  if (clash) throw new SimError('InvalidOperation', `A table can't overlap another table: ${rectA1(rect)} overlaps "${clash.name}" (${rectA1(clash.rect)}) on "${sheet.name}".`);
  if (sheet.merged.some((m) => rectsOverlap(m, rect))) throw new SimError('InvalidOperation', `${rectA1(rect)} on "${sheet.name}" contains merged cells; unmerge them before making a table.`);
  const headers = tableHeaders(Array.from({ length: rect.cols }, (_, c) => readableValue(gridGet(sheet.values, rect.row, rect.col + c))));
  headers.forEach((h, c) => {
    gridSet(sheet.formulas, rect.row, rect.col + c, undefined);
    gridSet(sheet.values, rect.row, rect.col + c, h);
  });
  // A table always has a data body: a header-only range gets one empty row, as in Excel.
  const table: TableModel = { id: newId(workbook, 'table'), name: defaultTableName(workbook), sheetId: sheet.id, rect: rect.rows === 1 ? { ...rect, rows: 2 } : rect, style: 'TableStyleMedium2' };
  workbook.tables.push(table);
  return table;
}

/** Appends rows of values at the bottom of a table (cells below are overwritten, not shifted). */
export function appendTableRows(workbook: WorkbookModel, sheet: SheetModel, table: TableModel, values: unknown[][]): void {
  assertWritable(sheet);
  const at: Rect = { row: table.rect.row + table.rect.rows, col: table.rect.col, rows: values.length, cols: table.rect.cols };
  writeValues(sheet, at, values, workbook.currentYear, 'rows');
  table.rect = { ...table.rect, rows: table.rect.rows + values.length };
}
