import { sourceCell, sourceColumnFormat } from '../report/table-cells';
import type { ReportCell, ReportColumn } from '../report/types';
import { getColumn } from '../table/get-column';
import type { Table } from '../table/types';

/** The source columns a scoring table starts with: their headers and formats, and each data row's cells. */
export interface SourceBlock {
  readonly columns: readonly ReportColumn[];
  readonly cells: (row: number) => ReportCell[];
}

/**
 * The named columns of the table, each once, in first-mention order, as the left block of a scoring table:
 * the cells a person overwrites or adds to, and that the formulas to their right read.
 * @example sourceBlock(table, ['Age', 'Genre', 'Age']).columns.map((c) => c.name) // ['Age', 'Genre']
 */
export function sourceBlock(table: Table, names: readonly string[]): SourceBlock {
  const columns = [...new Set(names)].map((name) => getColumn(table, name));
  return {
    columns: columns.map(sourceColumnFormat),
    cells: (row) => columns.map((c) => sourceCell(c, row)),
  };
}
