import type { Matrix } from '../../matrix';
import { sqDistance } from '../sq-distance';
import { clusterMeans, clusterSizes } from './check-labels';

/**
 * Davies–Bouldin index, as scikit-learn's davies_bouldin_score: with s_j the mean distance of
 * cluster j's rows to its centroid and d_jl the distance between centroids, the mean over clusters
 * of max_{l≠j} (s_j + s_l) / d_jl (coinciding centroids are skipped); 0 when every s_j or every
 * d_jl is (close to) 0. Lower is better.
 * @example daviesBouldin(fromRows([[0], [2], [10], [12]]), Int32Array.of(0, 0, 1, 1), 2)
 * // s = 1, 1; centroids 1 and 11, d = 10 → (1 + 1) / 10 = 0.2 for both clusters → 0.2
 */
export function daviesBouldin(X: Matrix, labels: Int32Array, k: number): number {
  const sizes = clusterSizes(X, labels, k, 'Davies–Bouldin');
  const { data, rows: n, cols: d } = X;
  const means = clusterMeans(X, labels, sizes);
  const spread = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const l = labels[i] as number;
    spread[l] = (spread[l] as number) + Math.sqrt(sqDistance(data, i, means, l, d));
  }
  const clusters: number[] = [];
  for (let c = 0; c < k; c++) {
    if ((sizes[c] as number) === 0) continue;
    spread[c] = (spread[c] as number) / (sizes[c] as number);
    clusters.push(c);
  }
  const separation = clusters.map((a) => clusters.map((b) => Math.sqrt(sqDistance(means, a, means, b, d))));
  if (clusters.every((c) => nearZero(spread[c] as number)) || separation.every((row) => row.every(nearZero))) return 0;
  let total = 0;
  clusters.forEach((a, ia) => {
    let worst = 0;
    clusters.forEach((b, ib) => {
      if (ia === ib) return;
      const dist = (separation[ia] as number[])[ib] as number;
      const ratio = ((spread[a] as number) + (spread[b] as number)) / (dist === 0 ? Infinity : dist);
      if (ratio > worst) worst = ratio;
    });
    total += worst;
  });
  return total / clusters.length;
}

/** numpy.allclose(x, 0) with its default atol 1e-8. */
function nearZero(x: number): boolean {
  return Math.abs(x) <= 1e-8;
}
