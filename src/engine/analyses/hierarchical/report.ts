import { numberingSetting } from '../../cluster/cluster-numbering';
import type { Linkage } from '../../cluster/hierarchical';
import type { Prepared } from '../../prep/types';
import { aboutSheet } from '../../report/about';
import { preparationSettings } from '../../report/preparation-settings';
import type { ReportSheet } from '../../report/types';
import type { Table } from '../../table/types';
import { centroidsSheet, clustersSheet, validitySheet } from './cluster-sheets';
import { dendrogramSheet } from './dendrogram-sheet';
import type { HierarchicalRecipe } from './recipe';
import type { HierarchicalRunResult } from './result';

const formatCentre = (v: number): string => v.toLocaleString('en-US', { maximumFractionDigits: Math.abs(v) >= 100 ? 0 : 2 });

function cutText(recipe: HierarchicalRecipe, r: HierarchicalRunResult): string {
  if (recipe.cut === 'auto') return `cut automatically into ${r.k} clusters (the largest jump in merge height for k = 2 to 10)`;
  if ('k' in recipe.cut) return r.k === recipe.cut.k ? `cut into ${r.k} clusters, as asked` : `asked for ${recipe.cut.k} clusters; tied merge heights allow only ${r.k}`;
  return `cut at height ${recipe.cut.height}, giving ${r.k} clusters`;
}

/** Short sentences for the task pane and the CLI. */
export function hierarchicalSummary(recipe: HierarchicalRecipe, r: HierarchicalRunResult): string[] {
  const lines = [
    `Hierarchical clustering (${r.method} linkage, ${r.metric} distance) of ${r.rowsUsed.toLocaleString('en-US')} rows × ${recipe.columns.length} columns, ${recipe.scaling} scaling; ${cutText(recipe, r)}.`,
    `Cophenetic correlation ${r.copheneticCorrelation.toFixed(3)}` + (r.validity.silhouette !== null ? `; silhouette ${r.validity.silhouette.toFixed(3)}.` : '.'),
    ...r.centroids.map((c, j) => `Cluster ${j + 1}: ${r.sizes[j]} rows; ` + r.features.map((f, i) => `${f} ${formatCentre(c[i]!)}`).join(', ') + '.'),
  ];
  if (r.sampleSize !== null) lines.push(`The tree was built on a seeded sample of ${r.sampleSize.toLocaleString('en-US')} rows (seed ${recipe.seed}); the other rows joined the cluster with the nearest centroid.`);
  if (r.rowsDropped > 0) lines.push(`${r.rowsDropped.toLocaleString('en-US')} rows were left out because of missing values (see the Clusters sheet).`);
  return lines;
}

export function hierarchicalSheets(recipe: HierarchicalRecipe, table: Table, prep: Prepared, link: Linkage, r: HierarchicalRunResult): ReportSheet[] {
  const sampleNote = r.sampleSize === null ? [] : [`Centroids cover every clustered row: the ${r.sampleSize.toLocaleString('en-US')} rows of the tree and the rest assigned to the nearest centroid.`];
  return [
    clustersSheet(table, recipe.columns, (i) => r.labels[i]! + 1, (i) => r.labels[i]! < 0, `Every row of the selection with its cluster (1 to ${r.k}, ${r.carried?.kept ? 'numbers kept from the run this one re-ran' : "numbered as SciPy's fcluster"}).`),
    centroidsSheet(prep, r.centroids.map((c, j) => ({ cluster: String(j + 1), size: r.sizes[j]!, centre: c })), sampleNote),
    dendrogramSheet(link, recipe.dendrogramLeaves, r.cutHeight, cutText(recipe, r)),
    validitySheet(r.validity, []),
    aboutHierarchical(recipe, table, prep, r),
  ];
}

function aboutHierarchical(recipe: HierarchicalRecipe, table: Table, prep: Prepared, r: HierarchicalRunResult): ReportSheet {
  return aboutSheet('Hierarchical clustering', [
    ['Analysis', `agglomerative hierarchical clustering, ${r.method} linkage (SciPy-compatible linkage matrix)`],
    ...preparationSettings(recipe, table, prep),
    ['Linkage method', r.method],
    ['Distance', r.metric],
    ['Cut', cutText(recipe, r)],
    ['Cut height', r.cutHeight],
    ['Cophenetic correlation', r.copheneticCorrelation],
    ['Tree built on', r.sampleSize === null ? 'every clustered row' : `a seeded sample of ${r.sampleSize} rows; the rest joined the nearest centroid`],
    ['Sample size limit', recipe.sampleSize],
    ['Seed', recipe.seed],
    numberingSetting(r.carried, "as SciPy's fcluster numbers them"),
  ]);
}
