import type { ResultColumn } from '../recipe/types';
import type { Table } from '../table/types';
import { freshName } from './fresh-name';
import type { ReportCell } from './types';

/**
 * A column to append beside the source, its header made unique among the table's columns ("Cluster 2" when
 * the table already has a "Cluster").
 * @example resultColumnNamed('PD', table, pds, '0.0000') // { header: 'PD', format: '0.0000', values: [0.12, …] }
 */
export function resultColumnNamed(header: string, table: Table, values: readonly ReportCell[], format?: string): ResultColumn {
  return { header: freshName(header, table.columns.map((c) => c.name)), ...(format === undefined ? {} : { format }), values };
}
