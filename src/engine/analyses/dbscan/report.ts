import { numberingSetting } from '../../cluster/cluster-numbering';
import type { Prepared } from '../../prep/types';
import { aboutSheet } from '../../report/about';
import { preparationSettings } from '../../report/preparation-settings';
import type { ReportSheet } from '../../report/types';
import type { Table } from '../../table/types';
import { centroidsSheet, clustersSheet, validitySheet } from '../hierarchical/cluster-sheets';
import type { DbscanRecipe } from './recipe';
import type { DbscanRunResult } from './result';

/** What a noise row shows in the cluster column. */
export const NOISE = 'Noise';

const formatCentre = (v: number): string => v.toLocaleString('en-US', { maximumFractionDigits: Math.abs(v) >= 100 ? 0 : 2 });

function epsText(recipe: DbscanRecipe, r: DbscanRunResult): string {
  const eps = r.eps.toPrecision(4);
  if (recipe.eps !== 'auto') return `eps = ${eps} as asked` + (r.suggestedEps !== null ? ` (the k-distance knee suggests ${r.suggestedEps.toPrecision(4)})` : '');
  return r.suggestedEps !== null ? `eps = ${eps}, the knee of the k-distance curve` : `eps = ${eps}, the 90th percentile of a k-distance curve without a clear knee`;
}

/** Short sentences for the task pane and the CLI. */
export function dbscanSummary(recipe: DbscanRecipe, r: DbscanRunResult): string[] {
  const lines = [
    `DBSCAN (${r.metric} distance) of ${r.rowsUsed.toLocaleString('en-US')} rows × ${recipe.columns.length} columns, ${recipe.scaling} scaling; ${epsText(recipe, r)}, minPts = ${r.minPts}.`,
    `${r.nClusters} ${r.nClusters === 1 ? 'cluster' : 'clusters'} and ${r.noiseCount.toLocaleString('en-US')} noise ${r.noiseCount === 1 ? 'row' : 'rows'} (${((100 * r.noiseCount) / r.rowsUsed).toFixed(1)}%)` + (r.validity.silhouette !== null ? `; silhouette ${r.validity.silhouette.toFixed(3)} without the noise.` : '.'),
    ...r.centroids.map((c, j) => `Cluster ${j + 1}: ${r.sizes[j]} rows; ` + r.features.map((f, i) => `${f} ${formatCentre(c[i]!)}`).join(', ') + '.'),
  ];
  if (r.rowsDropped > 0) lines.push(`${r.rowsDropped.toLocaleString('en-US')} rows were left out because of missing values (see the Clusters sheet).`);
  return lines;
}

export function dbscanSheets(recipe: DbscanRecipe, table: Table, prep: Prepared, r: DbscanRunResult, noiseCentre: readonly number[] | null): ReportSheet[] {
  const leftOut = (i: number): boolean => r.labels[i]! < 0 && !r.noise[i];
  const centroidRows = r.centroids.map((c, j) => ({ cluster: String(j + 1), size: r.sizes[j]!, centre: c }));
  if (noiseCentre) centroidRows.push({ cluster: NOISE, size: r.noiseCount, centre: noiseCentre });
  return [
    clustersSheet(table, recipe.columns, (i) => (r.noise[i] ? NOISE : r.labels[i]! + 1), leftOut, `Every row of the selection with its cluster (1 to ${r.nClusters}) or "${NOISE}" (not within eps of a core point).`),
    centroidsSheet(prep, centroidRows, noiseCentre ? ['The Noise row is the mean of the rows DBSCAN left out of every cluster.'] : []),
    kDistanceSheet(r),
    validitySheet(r.validity, ['Noise rows are excluded: the indices measure the clusters DBSCAN found, not the rows it set aside.']),
    aboutDbscan(recipe, table, prep, r),
  ];
}

function kDistanceSheet(r: DbscanRunResult): ReportSheet {
  return {
    name: 'k-distance',
    notes: [
      `Each row's distance to its ${ordinal(r.minPts - 1)} nearest other row (minPts − 1, as scikit-learn counts the row itself), sorted. eps is usually read where the curve bends upward; rows above the eps line are noise or border points.`,
      r.suggestedEps !== null ? `Suggested eps (the knee, Kneedle): ${r.suggestedEps.toPrecision(4)}. Used: ${r.eps.toPrecision(4)}.` : `The curve has no clear knee. Used: ${r.eps.toPrecision(4)}.`,
      ...(r.kDistance.length < r.rowsUsed ? [`${r.kDistance.length} evenly spaced points of the ${r.rowsUsed.toLocaleString('en-US')}-row curve are shown.`] : []),
    ],
    tables: [{
      name: 'KDistance',
      columns: [{ name: 'Rank', format: '#,##0' }, { name: 'k-distance', format: '0.0000' }, { name: 'eps used', format: '0.0000' }],
      rows: r.kDistance.map(([rank, dist]) => [rank, dist, r.eps]),
    }],
    charts: [{ type: 'scatter', title: 'k-distance (sorted) with the eps used', lines: true, markers: false, table: 'KDistance', x: 'Rank', series: ['k-distance', 'eps used'], xAxisTitle: 'Rows, sorted by k-distance', yAxisTitle: `Distance to the ${ordinal(r.minPts - 1)} neighbour` }],
  };
}

function aboutDbscan(recipe: DbscanRecipe, table: Table, prep: Prepared, r: DbscanRunResult): ReportSheet {
  return aboutSheet('DBSCAN clustering', [
    ['Analysis', 'DBSCAN (density-based; labels as scikit-learn, k-d tree neighbourhoods)'],
    ...preparationSettings(recipe, table, prep),
    ['Distance', r.metric],
    ['eps', recipe.eps === 'auto' ? `auto (${r.eps})` : r.eps],
    ['minPts', recipe.minPts === 'auto' ? `auto (${r.minPts})` : r.minPts],
    ['Clusters', r.nClusters],
    ['Noise rows', r.noiseCount],
    ['Seed (silhouette sample)', recipe.seed],
    numberingSetting(r.carried, 'as scikit-learn numbers them (in the order their first core row comes)'),
  ]);
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th, 21st. */
function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
