import type { Column, Table } from '../../table/types';

/**
 * An ID-like column: a value in every row, each different, and text or a dense run of whole numbers
 * (1..n, 12001..12500). Such a column names rows rather than describing them, so it is kept as the row key
 * and never used as a feature. Unique measurements (amounts with decimals, spread-out sums) are data.
 * @example isIdLike(ids, 3) // true for 1, 2, 3
 */
export function isIdLike(column: Column, rowCount: number): boolean {
  if (rowCount < 3) return false;
  if (column.type === 'text') {
    const seen = new Set<string>();
    for (const v of column.values) {
      if (v === null || seen.has(v)) return false;
      seen.add(v);
    }
    return true;
  }
  if (column.type !== 'number') return false;
  const values = Float64Array.from(column.values).sort();
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isInteger(v) || (i > 0 && v === values[i - 1])) return false;
  }
  return (values[values.length - 1] as number) - (values[0] as number) < 2 * rowCount;
}

/** The ID-like columns of a table, in table order. @example idLikeColumns(table) // ['ID'] */
export function idLikeColumns(table: Table): string[] {
  return table.columns.filter((c) => isIdLike(c, table.rowCount)).map((c) => c.name);
}
