import { cophenet, fcluster, linkage, rowDistance } from '../../cluster/hierarchical';
import { clusterNumbering, renumber } from '../../cluster/cluster-numbering';
import { clusterCentroids, nearestCentroid } from '../../cluster/hierarchical/nearest-centroid';
import { seededSample } from '../../seeded-sample';
import { matrix, type Matrix } from '../../matrix';
import { fail } from '../../problem';
import { toOriginalUnits } from '../../prep/original-units';
import { prepare } from '../../prep/prepare';
import { RunCancelled, type RunContext } from '../../recipe/types';
import type { Report } from '../../report/types';
import type { Table } from '../../table/types';
import { VERSION } from '../../version';
import { validityOf } from './cluster-validity';
import { autoK, cutHeightForK } from './cut-height';
import type { HierarchicalRecipe } from './recipe';
import { hierarchicalSheets, hierarchicalSummary } from './report';
import type { HierarchicalRunResult } from './result';

/**
 * Prepare the chosen columns (as k-means does), build the tree (on a seeded sample above
 * `sampleSize` rows, the rest joining the nearest centroid), cut it, and report Clusters,
 * Centroids, Dendrogram, Validity and About.
 */
export function runHierarchical(recipe: HierarchicalRecipe, table: Table, context: RunContext = {}): Report<HierarchicalRunResult, HierarchicalRecipe> {
  const progress = context.onProgress ?? (() => undefined);
  progress({ phase: 'Preparing data', fraction: 0 });
  const prep = prepare(table, recipe);
  const n = prep.X.rows;
  if (n < 2) fail('too-few-rows', `Hierarchical clustering needs at least 2 rows, but only ${n} ${n === 1 ? 'row is' : 'rows are'} left after leaving out ${prep.dropped.count} with missing values.`);
  const columnNames = prep.features.map((f) => f.name);

  const sampled = n > recipe.sampleSize;
  const treeIndex = sampled ? seededSample(n, recipe.sampleSize, recipe.seed) : Int32Array.from({ length: n }, (_, i) => i);
  const T = sampled ? pickRows(prep.X, treeIndex) : prep.X;
  const m = T.rows;
  progress({ phase: `Building the tree on ${m.toLocaleString('en-US')} rows`, fraction: 0.05 });
  const link = linkage(T, { method: recipe.method, metric: recipe.metric, columnNames });
  if (context.isCancelled?.()) throw new RunCancelled();

  const k = recipe.cut === 'auto' ? autoK(link.Z, m) : 'k' in recipe.cut ? recipe.cut.k : null;
  const treeLabels = fcluster(link, k !== null ? { maxclust: k } : { height: (recipe.cut as { height: number }).height }, { zeroBased: true });
  let kFound = 0;
  for (const l of treeLabels) if (l + 1 > kFound) kFound = l + 1;
  const cutHeight = k !== null ? cutHeightForK(link.Z, m, k) : (recipe.cut as { height: number }).height;

  progress({ phase: 'Assigning rows and measuring the clusters', fraction: 0.7 });
  let labels: Int32Array;
  if (sampled) {
    labels = nearestCentroid(prep.X, clusterCentroids(T, treeLabels, kFound), kFound);
    treeIndex.forEach((row, i) => (labels[row] = treeLabels[i]!));
  } else {
    labels = treeLabels;
  }
  const fitted = clusterCentroids(prep.X, labels, kFound);
  const numbering = clusterNumbering(fitted, kFound, prep.features, Array.from({ length: kFound }, (_, j) => j), recipe.previousClusters);
  labels = renumber(labels, numbering.numberOf);
  const centres = clusterCentroids(prep.X, labels, kFound);
  const d = prep.X.cols;
  const sizes = new Array<number>(kFound).fill(0);
  for (const l of labels) sizes[l]!++;
  const rowLabels = new Array<number>(table.rowCount).fill(-1);
  prep.rowIndex.forEach((row, i) => (rowLabels[row] = labels[i]!));
  const linkRows: number[][] = [];
  for (let r = 0; r < m - 1; r++) linkRows.push(Array.from(link.Z.subarray(r * 4, r * 4 + 4)));

  const result: HierarchicalRunResult = {
    labels: rowLabels,
    k: kFound,
    method: recipe.method,
    metric: recipe.metric,
    linkage: linkRows,
    treeRows: Array.from(treeIndex, (i) => prep.rowIndex[i]!),
    cutHeight,
    copheneticCorrelation: cophenet(link, rowDistance(T, recipe.metric, columnNames)),
    features: columnNames,
    centroids: sizes.map((_, j) => toOriginalUnits(prep.features, centres.subarray(j * d, (j + 1) * d))),
    sizes,
    validity: validityOf(prep.X, labels, kFound, recipe.sampleSize, recipe.seed),
    rowsUsed: n,
    rowsDropped: prep.dropped.count,
    sampleSize: sampled ? m : null,
    carried: numbering.carried,
  };
  progress({ phase: 'Building the report', fraction: 1 });
  return {
    recipe,
    version: VERSION,
    summary: hierarchicalSummary(recipe, result),
    warnings: [...table.warnings, ...prep.warnings],
    sheets: hierarchicalSheets(recipe, table, prep, link, result),
    result,
  };
}

function pickRows(X: Matrix, rows: Int32Array): Matrix {
  const d = X.cols;
  const out = matrix(rows.length, d);
  rows.forEach((row, i) => out.data.set(X.data.subarray(row * d, (row + 1) * d), i * d));
  return out;
}
