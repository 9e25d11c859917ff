import { numberingSetting } from '../../cluster/cluster-numbering';
import type { Prepared } from '../../prep/types';
import { aboutSheet } from '../../report/about';
import { preparationSettings } from '../../report/preparation-settings';
import { freshName } from '../../report/fresh-name';
import { sourceCell, sourceColumnFormat } from '../../report/table-cells';
import type { ReportCell, ReportSheet } from '../../report/types';
import { getColumn } from '../../table/get-column';
import type { Table } from '../../table/types';
import type { KMeansRecipe } from './recipe';
import type { KMeansRunResult } from './result';

const NUMBER = '#,##0.00';
const SHARE = '0.0%';
const INDEX = '0.000';

/** Clusters are numbered from 1 on sheets (what a reader expects); `result.labels` stays 0-based. */
const clusterName = (label: number): number => label + 1;

const formatCentre = (v: number): string => v.toLocaleString('en-US', { maximumFractionDigits: Math.abs(v) >= 100 ? 0 : 2 });

export function kmeansSummary(recipe: KMeansRecipe, r: KMeansRunResult): string[] {
  const chosen = r.elbow.find((p) => p.k === r.k);
  const lines = [
    `k-means on ${r.rowsUsed.toLocaleString('en-US')} rows × ${recipe.columns.length} columns (${recipe.columns.join(', ')}), ${recipe.scaling} scaling, seed ${recipe.seed}.`,
    recipe.k === 'auto' ? `Chosen automatically: ${r.recommendation}` : `k = ${r.k}, as asked. The elbow sweep recommends ${r.recommendation}`,
    `WCSS ${r.inertia.toPrecision(6)}` + (chosen?.silhouette != null ? `; silhouette ${chosen.silhouette.toFixed(3)}.` : '.'),
    ...r.centroids.map((c, j) => `Cluster ${clusterName(j)}: ${r.sizes[j]} rows; ` + r.features.map((f, i) => `${f} ${formatCentre(c[i] as number)}`).join(', ') + '.'),
  ];
  if (r.rowsDropped > 0) lines.push(`${r.rowsDropped.toLocaleString('en-US')} rows were left out because of missing values (see the Clusters sheet).`);
  if (!r.converged) lines.push(`The best run did not converge within ${recipe.maxIter} iterations; raise maxIter for a tighter fit.`);
  return lines;
}

export function kmeansSheets(recipe: KMeansRecipe, table: Table, prep: Prepared, r: KMeansRunResult, projection: ReportSheet | null): ReportSheet[] {
  return [
    clustersSheet(recipe, table, r),
    centroidsSheet(prep, r),
    elbowSheet(r),
    profileSheet(recipe, table, r),
    ...(projection ? [projection] : []),
    aboutKMeans(recipe, table, prep, r),
  ];
}

function clustersSheet(recipe: KMeansRecipe, table: Table, r: KMeansRunResult): ReportSheet {
  const used = recipe.columns.map((name) => getColumn(table, name));
  const withReason = r.rowsDropped > 0;
  const names = table.columns.map((c) => c.name);
  const clusterHeader = freshName('Cluster', names);
  const reasonHeader = freshName('Left out because', [...names, clusterHeader]);
  const rows: ReportCell[][] = [];
  for (let i = 0; i < table.rowCount; i++) {
    const label = r.labels[i] as number;
    const row: ReportCell[] = table.columns.map((c) => sourceCell(c, i));
    row.push(label < 0 ? null : clusterName(label));
    if (withReason) {
      const blank = label < 0 ? used.find((c) => sourceCell(c, i) === null) : undefined;
      row.push(blank ? `missing ${blank.name}` : null);
    }
    rows.push(row);
  }
  return {
    name: 'Clusters',
    notes: [`Every row of the selection with its cluster (1 to ${r.k}).` + (withReason ? ' Rows left out of the clustering say why.' : '')],
    tables: [{
      name: 'Clusters',
      columns: [...table.columns.map(sourceColumnFormat), { name: clusterHeader, format: '0' }, ...(withReason ? [{ name: reasonHeader, format: '@' }] : [])],
      rows,
    }],
    charts: [],
  };
}

function centroidsSheet(prep: Prepared, r: KMeansRunResult): ReportSheet {
  const total = r.sizes.reduce((a, b) => a + b, 0);
  return {
    name: 'Centroids',
    notes: ['The centre of each cluster in the units of the source columns (for a text column, the share of rows at that value).'],
    tables: [{
      name: 'Centroids',
      columns: [{ name: 'Cluster', format: '0' }, { name: 'Rows', format: '#,##0' }, { name: 'Share of rows', format: SHARE },
        ...prep.features.map((f) => ({ name: f.name, format: f.level === undefined ? NUMBER : SHARE }))],
      rows: r.centroids.map((c, j) => [clusterName(j), r.sizes[j] as number, (r.sizes[j] as number) / total, ...c]),
    }],
    charts: [{ type: 'column', title: 'Rows per cluster', table: 'Centroids', x: 'Cluster', series: ['Rows'], xAxisTitle: 'Cluster', yAxisTitle: 'Rows' }],
  };
}

function elbowSheet(r: KMeansRunResult): ReportSheet {
  const notes = [`Recommended ${r.recommendation}`];
  if (r.silhouetteSampleSize !== null) notes.push(`Silhouette estimated on a seeded sample of ${r.silhouetteSampleSize.toLocaleString('en-US')} rows; WCSS, Calinski–Harabasz and Davies–Bouldin use every row.`);
  return {
    name: 'Elbow',
    notes,
    tables: [{
      name: 'Elbow',
      columns: [{ name: 'k', format: '0' }, { name: 'WCSS', format: NUMBER }, { name: 'Silhouette', format: INDEX }, { name: 'Calinski-Harabasz', format: NUMBER }, { name: 'Davies-Bouldin', format: INDEX }],
      rows: r.elbow.map((p) => [p.k, p.inertia, p.silhouette, p.calinskiHarabasz, p.daviesBouldin]),
    }],
    charts: [
      { type: 'line', title: 'Elbow: within-cluster sum of squares by k', table: 'Elbow', x: 'k', series: ['WCSS'], xAxisTitle: 'Number of clusters (k)', yAxisTitle: 'WCSS' },
      { type: 'line', title: 'Silhouette by k (higher is better)', table: 'Elbow', x: 'k', series: ['Silhouette'], xAxisTitle: 'Number of clusters (k)', yAxisTitle: 'Mean silhouette' },
    ],
  };
}

/** Mean of every numeric column, and the share of every text value, per cluster beside the whole. */
function profileSheet(recipe: KMeansRecipe, table: Table, r: KMeansRunResult): ReportSheet {
  const clusters = r.sizes.map((_, j) => `Cluster ${clusterName(j)}`);
  const numericRows: ReportCell[][] = [];
  const shareRows: ReportCell[][] = [];
  for (const name of recipe.columns) {
    const column = getColumn(table, name);
    if (column.type === 'text') {
      const levels = [...new Set(r.labels.flatMap((l, i) => (l >= 0 ? [column.values[i] ?? '(blank)'] : [])))].sort();
      for (const level of levels) {
        shareRows.push([`${name} = ${level}`, ...groupShare(r, (i) => (column.values[i] ?? '(blank)') === level)]);
      }
    } else {
      numericRows.push([name, ...groupMean(r, (i) => column.values[i] as number)]);
    }
  }
  const header = [{ name: 'Column' }, ...clusters.map((c) => ({ name: c, format: NUMBER })), { name: 'All rows', format: NUMBER }];
  const tables = [];
  if (numericRows.length) tables.push({ name: 'ClusterMeans', title: 'Mean per cluster', columns: header, rows: numericRows });
  if (shareRows.length) tables.push({ name: 'ClusterShares', title: 'Share of rows per cluster', columns: header.map((h, i) => (i === 0 ? h : { ...h, format: SHARE })), rows: shareRows });
  return { name: 'Cluster profile', notes: ['How each cluster differs from the whole, in the units of the source columns.'], tables, charts: [] };
}

/** Per-cluster and overall mean of f over the clustered rows (missing values, possible under imputation, skipped). */
function groupMean(r: KMeansRunResult, f: (row: number) => number): (number | null)[] {
  const sum = new Float64Array(r.k + 1), count = new Float64Array(r.k + 1);
  r.labels.forEach((l, i) => {
    const v = f(i);
    if (l < 0 || Number.isNaN(v)) return;
    for (const j of [l, r.k]) {
      sum[j] = (sum[j] as number) + v;
      count[j] = (count[j] as number) + 1;
    }
  });
  return Array.from(sum, (s, j) => ((count[j] as number) > 0 ? s / (count[j] as number) : null));
}

function groupShare(r: KMeansRunResult, hit: (row: number) => boolean): (number | null)[] {
  return groupMean(r, (i) => (hit(i) ? 1 : 0));
}

function aboutKMeans(recipe: KMeansRecipe, table: Table, prep: Prepared, r: KMeansRunResult): ReportSheet {
  return aboutSheet('k-means clustering', [
    ['Analysis', 'k-means (k-means++ initialisation, Lloyd iterations)'],
    ...preparationSettings(recipe, table, prep),
    ['k', recipe.k === 'auto' ? `auto (recommended ${r.recommendedK})` : String(recipe.k)],
    ['Elbow sweep', `k = 1 to ${r.elbow.length}`],
    ['Restarts per k (nInit)', recipe.nInit],
    ['Maximum iterations', recipe.maxIter],
    ['Tolerance', recipe.tol],
    ['Seed', recipe.seed],
    ['Silhouette', r.silhouetteSampleSize === null ? 'exact' : `seeded sample of ${r.silhouetteSampleSize} rows`],
    numberingSetting(r.carried, 'largest cluster first'),
  ]);
}
