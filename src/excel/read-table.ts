import { InputError, type Problem } from '../engine/problem';
import { buildTable, type BuildTableOptions } from '../engine/table/build';
import { rangeAddress } from '../engine/table/range-address';
import type { Table } from '../engine/table/types';
import type { ExcelRun } from './excel-run';
import { readRange, type RangeRead, type ReadOptions } from './read-range';

/** Reader problems that stop a run: a merged cell holds one value for several cells, so rows would be misread. */
const BLOCKING = new Set(['merged-cells']);

export interface ReadTableOptions extends ReadOptions {
  readonly header?: BuildTableOptions['header'];
  readonly dateOrder?: BuildTableOptions['dateOrder'];
}

export type TableRead =
  | { readonly ok: true; readonly table: Table; readonly range: RangeRead }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly address?: string };

/**
 * Read the selection (or `options.target`) from the workbook and build the engine's Table from it. What the
 * reader noticed joins the table's warnings (hidden rows), unless it makes the data unusable (merged cells),
 * in which case nothing is built and the problems come back; so does input buildTable refuses.
 * @example
 * const read = await readTable(Excel.run);
 * if (!read.ok) showProblems(read.problems); else runRecipe(recipe, read.table);
 */
export async function readTable(run: ExcelRun, options: ReadTableOptions = {}): Promise<TableRead> {
  return tableOfRange(await readRange(run, options), options);
}

/**
 * The Table of cells already read; with `block`, of their top-left rows × columns only: the range a run
 * recorded, inside the range it has grown into, so a re-run reads the workbook once for both.
 * @example tableOfRange(grown, {}, { rows: 201, cols: 5 }).table.rowCount // 200, as when 'Data'!A1:E201 was read
 */
export function tableOfRange(read: RangeRead, options: Pick<ReadTableOptions, 'header' | 'dateOrder'> = {}, block?: { readonly rows: number; readonly cols: number }): TableRead {
  const range = block ? topLeft(read, block.rows, block.cols) : read;
  const blocking = range.problems.filter((p) => BLOCKING.has(p.code));
  if (blocking.length > 0) return { ok: false, problems: blocking, address: range.address };
  try {
    const table = buildTable(range.values, {
      numberFormats: range.numberFormats,
      origin: range.origin,
      ...(options.header === undefined ? {} : { header: options.header }),
      ...(options.dateOrder === undefined ? {} : { dateOrder: options.dateOrder }),
    });
    return { ok: true, table: { ...table, warnings: [...range.problems, ...table.warnings] }, range };
  } catch (e) {
    if (e instanceof InputError) return { ok: false, problems: e.problems, address: range.address };
    throw e;
  }
}

function topLeft(read: RangeRead, rows: number, cols: number): RangeRead {
  const sheet = read.address.slice(0, read.address.lastIndexOf('!') + 1);
  return {
    ...read,
    address: `${sheet}${rangeAddress(read.origin.row, read.origin.col, rows, cols)}`,
    values: read.values.slice(0, rows).map((row) => row.slice(0, cols)),
    numberFormats: read.numberFormats.slice(0, rows).map((row) => row.slice(0, cols)),
  };
}
