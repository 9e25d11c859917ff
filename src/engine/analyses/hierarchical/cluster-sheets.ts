import type { Prepared } from '../../prep/types';
import { freshName } from '../../report/fresh-name';
import { sourceCell, sourceColumnFormat } from '../../report/table-cells';
import type { ReportCell, ReportSheet } from '../../report/types';
import { getColumn } from '../../table/get-column';
import type { Table } from '../../table/types';
import type { ValidityIndices } from './cluster-validity';

const NUMBER = '#,##0.00';
const SHARE = '0.0%';
const INDEX = '0.000';

/**
 * The "Clusters" sheet shared by the density and tree analyses: every row of the selection with its
 * cluster as a reader sees it (1-based, or a word such as "Noise"), and why a row was left out.
 * `cell(i)` gives row i's cluster cell; `leftOut(i)` is true for rows dropped for missing values.
 */
export function clustersSheet(table: Table, columns: readonly string[], cell: (row: number) => ReportCell, leftOut: (row: number) => boolean, note: string): ReportSheet {
  const used = columns.map((name) => getColumn(table, name));
  const names = table.columns.map((c) => c.name);
  const clusterHeader = freshName('Cluster', names);
  const reasonHeader = freshName('Left out because', [...names, clusterHeader]);
  let anyLeftOut = false;
  for (let i = 0; i < table.rowCount && !anyLeftOut; i++) anyLeftOut = leftOut(i);
  const rows: ReportCell[][] = [];
  for (let i = 0; i < table.rowCount; i++) {
    const row: ReportCell[] = table.columns.map((c) => sourceCell(c, i));
    row.push(leftOut(i) ? null : cell(i));
    if (anyLeftOut) {
      const blank = leftOut(i) ? used.find((c) => sourceCell(c, i) === null) : undefined;
      row.push(blank ? `missing ${blank.name}` : null);
    }
    rows.push(row);
  }
  return {
    name: 'Clusters',
    notes: [note + (anyLeftOut ? ' Rows left out of the clustering say why.' : '')],
    tables: [{
      name: 'Clusters',
      columns: [...table.columns.map(sourceColumnFormat), { name: clusterHeader }, ...(anyLeftOut ? [{ name: reasonHeader, format: '@' }] : [])],
      rows,
    }],
    charts: [],
  };
}

/** One row of the centroid table: its name ("1", "Noise"), rows, and centre in original units. */
export interface CentroidRow {
  readonly cluster: string;
  readonly size: number;
  readonly centre: readonly number[];
}

/** The "Centroids" sheet: each cluster's size, share and centre in the units of the source columns, with a size chart. */
export function centroidsSheet(prep: Prepared, rows: readonly CentroidRow[], notes: readonly string[]): ReportSheet {
  const total = rows.reduce((a, r) => a + r.size, 0);
  return {
    name: 'Centroids',
    notes: ['The centre (mean) of each cluster in the units of the source columns (for a text column, the share of rows at that value).', ...notes],
    tables: [{
      name: 'Centroids',
      columns: [{ name: 'Cluster', format: '@' }, { name: 'Rows', format: '#,##0' }, { name: 'Share of rows', format: SHARE },
        ...prep.features.map((f) => ({ name: f.name, format: f.level === undefined ? NUMBER : SHARE }))],
      rows: rows.map((r) => [r.cluster, r.size, r.size / total, ...r.centre]),
    }],
    charts: [{ type: 'column', title: 'Rows per cluster', table: 'Centroids', x: 'Cluster', series: ['Rows'], xAxisTitle: 'Cluster', yAxisTitle: 'Rows' }],
  };
}

/** The "Validity" sheet: silhouette, Calinski–Harabasz and Davies–Bouldin with how to read them. */
export function validitySheet(v: ValidityIndices, notes: readonly string[]): ReportSheet {
  const sample = v.silhouetteSampleSize === null ? 'exact' : `estimated on a seeded sample of ${v.silhouetteSampleSize.toLocaleString('en-US')} rows`;
  return {
    name: 'Validity',
    notes: [`Computed on ${v.rows.toLocaleString('en-US')} rows in the scaled feature space.`, ...notes,
      ...(v.silhouette === null ? ['Undefined here: the indices need at least 2 clusters and fewer clusters than rows.'] : [])],
    tables: [{
      name: 'Validity',
      columns: [{ name: 'Index' }, { name: 'Value', format: INDEX }, { name: 'Better when' }, { name: 'Note' }],
      rows: [
        ['Silhouette', v.silhouette, 'higher (−1 to 1)', sample],
        ['Calinski-Harabasz', v.calinskiHarabasz, 'higher', ''],
        ['Davies-Bouldin', v.daviesBouldin, 'lower (0 is best)', ''],
      ],
    }],
    charts: [],
  };
}
