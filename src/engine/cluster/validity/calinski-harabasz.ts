import type { Matrix } from '../../matrix';
import { sqDistance } from '../sq-distance';
import { clusterMeans, clusterSizes } from './check-labels';

/**
 * Calinski–Harabasz index (variance ratio), as scikit-learn's calinski_harabasz_score:
 * [B / (c − 1)] / [W / (n − c)] with B = Σ n_j |m_j − m|² (between clusters), W the within-cluster
 * sum of squares and c the number of non-empty clusters; 1 when W = 0. Higher is better.
 * @example calinskiHarabasz(fromRows([[0], [2], [10], [12]]), Int32Array.of(0, 0, 1, 1), 2)
 * // m = 6, B = 2·25 + 2·25 = 100, W = 4 → (100 / 1) / (4 / 2) = 50
 */
export function calinskiHarabasz(X: Matrix, labels: Int32Array, k: number): number {
  const sizes = clusterSizes(X, labels, k, 'Calinski–Harabasz');
  const { data, rows: n, cols: d } = X;
  const means = clusterMeans(X, labels, sizes);
  const overall = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let t = 0; t < d; t++) overall[t] = (overall[t] as number) + (data[i * d + t] as number);
  for (let t = 0; t < d; t++) overall[t] = (overall[t] as number) / n;
  let between = 0, within = 0, used = 0;
  for (let c = 0; c < k; c++) {
    const size = sizes[c] as number;
    if (size === 0) continue;
    used++;
    between += size * sqDistance(means, c, overall, 0, d);
  }
  for (let i = 0; i < n; i++) within += sqDistance(data, i, means, labels[i] as number, d);
  return within === 0 ? 1 : (between * (n - used)) / (within * (used - 1));
}
