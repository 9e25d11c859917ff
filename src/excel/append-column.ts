import type { Problem } from '../engine/problem';
import type { ResultColumn } from '../engine/recipe/types';
import { cellFormat, cellValue } from './cell-format';
import type { ExcelRun } from './excel-run';
import { rangeAt } from './range-at';
import { WRITE_BUDGET_BYTES } from './write-report';

/** Columns in a worksheet (A to XFD). */
const MAX_SHEET_COLUMNS = 16_384;

/** Where the column goes, or why it cannot. */
export type AppendTarget = { readonly ok: true; readonly address: string } | { readonly ok: false; readonly problem: Problem };

/**
 * Checks that the column just right of `source` (a sheet-qualified address) exists, is on an unprotected
 * sheet and is empty, so appending never overwrites anything. Nothing is written. In a re-run, `over` is the
 * column the replaced run appended: its cells are the run's own and may be overwritten, so only the rows the
 * source grew by must be empty.
 */
export async function appendTarget(run: ExcelRun, source: string, over?: string): Promise<AppendTarget> {
  return run(async (context) => {
    const range = rangeAt(context, source).load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
    const sheet = range.worksheet.load('name');
    sheet.protection.load('protected');
    const previous = over === undefined ? undefined : rangeAt(context, over).load(['rowIndex', 'columnIndex', 'rowCount']);
    await context.sync();
    const col = range.columnIndex + range.columnCount;
    if (col >= MAX_SHEET_COLUMNS) {
      return refuse('append-no-room', `${source} reaches the last column of the sheet, so there is no column to its right for the result. Move the table left, or leave "append the result column" off.`);
    }
    if (sheet.protection.protected) {
      return refuse('append-protected', `The sheet "${sheet.name}" is protected, so the result column cannot be added beside ${source}. Unprotect it (Review › Unprotect Sheet), or leave "append the result column" off.`);
    }
    const target = sheet.getRangeByIndexes(range.rowIndex, col, range.rowCount, 1).load('address');
    const ours = previous && previous.columnIndex === col && previous.rowIndex === range.rowIndex ? Math.min(previous.rowCount, range.rowCount) : 0;
    const used = ours === range.rowCount ? null : sheet.getRangeByIndexes(range.rowIndex + ours, col, range.rowCount - ours, 1).getUsedRangeOrNullObject(true).load('address');
    await context.sync();
    if (used && !used.isNullObject) {
      return refuse('append-not-empty', `The column to the right of your table (${target.address}) is not empty: ${used.address} holds data. Clear it or insert an empty column there, then run again; nothing was written.`, used.address);
    }
    return { ok: true, address: target.address };
  });
}

function refuse(code: string, message: string, cell?: string): AppendTarget {
  return { ok: false, problem: { code, message, ...(cell === undefined ? {} : { cell }) } };
}

/**
 * Writes `column` into the empty column at `target` (from appendTarget): the header in the first cell when the
 * source has one, then a value per data row, in chunks measured against the write budget. Text cells get the
 * text format first, as in the report writer. If a chunk fails, the cells written so far are cleared again.
 */
export async function appendColumn(run: ExcelRun, target: string, column: ResultColumn, hasHeader: boolean, budgetBytes = WRITE_BUDGET_BYTES): Promise<void> {
  const cells = hasHeader ? [column.header, ...column.values] : [...column.values];
  const formatted = { name: column.header, ...(column.format === undefined ? {} : { format: column.format }) };
  await run(async (context) => {
    const whole = rangeAt(context, target);
    try {
      for (let start = 0; start < cells.length; ) {
        const values: (string | number | boolean)[][] = [];
        const formats: string[][] = [];
        let bytes = 0;
        for (let i = start; i < cells.length && (values.length === 0 || bytes < budgetBytes); i++) {
          const cell = cells[i] ?? null;
          const v = cellValue(cell);
          const f = hasHeader && i === 0 ? '@' : cellFormat(cell, formatted);
          bytes += JSON.stringify(v).length + f.length + 8;
          values.push([v]);
          formats.push([f]);
        }
        const part = whole.getCell(start, 0).getResizedRange(values.length - 1, 0);
        part.numberFormat = formats;
        part.values = values;
        context.application.suspendApiCalculationUntilNextSync();
        await context.sync();
        start += values.length;
      }
    } catch (error) {
      whole.clear('Contents');
      await context.sync();
      throw error;
    }
  });
}
