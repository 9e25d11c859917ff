import type { Matrix } from '../../matrix';
import { fail } from '../../problem';

/**
 * Sizes of clusters 0 … k−1 after checking that `labels` fit X and lie in that range; validity
 * indices need at least two non-empty clusters and fewer clusters than rows.
 * @example clusterSizes(fromRows([[0], [1], [5]]), Int32Array.of(0, 0, 1), 2, 'silhouette') // Int32Array [2, 1]
 */
export function clusterSizes(X: Matrix, labels: Int32Array, k: number, index: string): Int32Array {
  if (labels.length !== X.rows) fail('bad-labels', `${index}: there are ${labels.length} labels for ${X.rows} rows; give one label per row.`);
  const sizes = new Int32Array(k);
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i] as number;
    if (!(l >= 0 && l < k)) fail('bad-labels', `${index}: row ${i + 1} has label ${l}, outside 0 … ${k - 1}.`);
    sizes[l] = (sizes[l] as number) + 1;
  }
  const used = sizes.reduce((m, s) => m + (s > 0 ? 1 : 0), 0);
  if (used < 2 || used > X.rows - 1) {
    fail('bad-cluster-count', `${index} needs between 2 and ${X.rows - 1} non-empty clusters (one fewer than the rows), but the labels form ${used}.`);
  }
  return sizes;
}

/** Mean of each cluster's rows, k × d row-major (zeros for an empty cluster). */
export function clusterMeans(X: Matrix, labels: Int32Array, sizes: Int32Array): Float64Array {
  const { data, rows: n, cols: d } = X;
  const means = new Float64Array(sizes.length * d);
  for (let i = 0; i < n; i++) {
    const mo = (labels[i] as number) * d;
    for (let t = 0; t < d; t++) means[mo + t] = (means[mo + t] as number) + (data[i * d + t] as number);
  }
  for (let c = 0; c < sizes.length; c++) {
    const size = sizes[c] as number;
    if (size > 0) for (let t = 0; t < d; t++) means[c * d + t] = (means[c * d + t] as number) / size;
  }
  return means;
}
