import { dendrogram } from '../../cluster/hierarchical/dendrogram';
import type { Linkage } from '../../cluster/hierarchical';
import type { ReportCell, ReportSheet } from '../../report/types';

/**
 * The "Dendrogram" sheet: the last p − 1 merges as U-shaped links (four points each, a blank row
 * between links so a line chart lifts the pen), then a blank row and the cut as a horizontal line
 * across the whole width; a second table names each leaf with the rows under it.
 * @example dendrogramSheet(link, 30, 4.6, 'cut into 3 clusters') // links table: 4·29 + 29 blank + 1 blank + 2 cut rows
 */
export function dendrogramSheet(link: Linkage, p: number, cutHeight: number, cutNote: string): ReportSheet {
  const tree = dendrogram(link, p);
  const rows: ReportCell[][] = [];
  for (const { xs, ys } of tree.links) {
    for (let c = 0; c < 4; c++) rows.push([xs[c]!, ys[c]!, null]);
    rows.push([null, null, null]);
  }
  const width = 10 * tree.leaves.length;
  rows.push([0, null, cutHeight], [width, null, cutHeight]);
  const shown = tree.leaves.length;
  return {
    name: 'Dendrogram',
    notes: [
      `The last ${shown - 1} merges of the tree (SciPy's truncate_mode="lastp", p = ${shown}): each leaf is a row or a group of rows merged lower down, with its row count on the Leaves table. The horizontal line is the cut: ${cutNote}.`,
      'Blank rows separate the links, so each U is drawn on its own.',
    ],
    tables: [
      {
        name: 'DendrogramLinks',
        columns: [{ name: 'x', format: '0' }, { name: 'Merge height', format: '0.000' }, { name: 'Cut height', format: '0.000' }],
        rows,
      },
      {
        name: 'DendrogramLeaves',
        title: 'Leaves, left to right',
        columns: [{ name: 'x', format: '0' }, { name: 'Rows', format: '#,##0' }, { name: 'Leaf' }],
        rows: tree.leaves.map((leaf) => [leaf.x, leaf.size, leaf.size === 1 ? `row ${leaf.id + 1}` : `(${leaf.size})`]),
      },
    ],
    charts: [{
      type: 'scatter',
      title: `Dendrogram (last ${shown - 1} merges)`,
      lines: true,
      markers: false,
      table: 'DendrogramLinks',
      x: 'x',
      series: ['Merge height', 'Cut height'],
      xAxisTitle: 'Leaves (row counts on the Leaves table)',
      yAxisTitle: 'Merge height',
    }],
  };
}
