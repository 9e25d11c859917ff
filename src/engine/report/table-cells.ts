import type { Column } from '../table/types';
import type { ReportCell, ReportColumn } from './types';

/** The number format a source column keeps when its values are copied into a report. */
export function sourceColumnFormat(column: Column): ReportColumn {
  switch (column.type) {
    case 'date':
      return { name: column.name, format: 'yyyy-mm-dd' };
    case 'text':
      return { name: column.name, format: '@' };
    case 'number':
    case 'boolean':
      return { name: column.name };
    default: {
      const unknown: never = column;
      throw new Error(`unknown column ${String(unknown)}`);
    }
  }
}

/** One cell of a source column as a report cell: missing → empty, booleans back to TRUE/FALSE. */
export function sourceCell(column: Column, row: number): ReportCell {
  if (column.type === 'text') return column.values[row] ?? null;
  const v = column.values[row] as number;
  if (Number.isNaN(v)) return null;
  return column.type === 'boolean' ? v === 1 : v;
}
