import { InputError, type Problem } from '../engine/problem';
import { buildTable, type BuildTableOptions } from '../engine/table/build';
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
  const range = await readRange(run, options);
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
