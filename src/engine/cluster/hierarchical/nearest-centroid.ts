import type { Matrix } from '../../matrix';

/**
 * Mean of each cluster's rows, k × d row-major: rows whose label is outside 0..k−1 (noise, rows
 * not clustered) are skipped; an empty cluster's mean stays 0.
 * @example clusterCentroids(fromRows([[0], [2], [9]]), Int32Array.of(0, 0, 1), 2) // Float64Array [1, 9]
 */
export function clusterCentroids(X: Matrix, labels: Int32Array, k: number): Float64Array {
  const { data, cols: d } = X;
  const sums = new Float64Array(k * d), counts = new Float64Array(k);
  for (let i = 0; i < X.rows; i++) {
    const l = labels[i]!;
    if (!(l >= 0 && l < k)) continue;
    counts[l]!++;
    for (let t = 0; t < d; t++) sums[l * d + t]! += data[i * d + t]!;
  }
  for (let l = 0; l < k; l++) for (let t = 0; t < d; t++) if (counts[l]! > 0) sums[l * d + t]! /= counts[l]!;
  return sums;
}

/**
 * For every row of X, the cluster (0..k−1) whose centroid is nearest in Euclidean distance (ties go
 * to the lower cluster): how rows left out of a sampled clustering join it.
 * @example nearestCentroid(fromRows([[1], [8]]), Float64Array.of(0, 9), 2) // Int32Array [0, 1]
 */
export function nearestCentroid(X: Matrix, centroids: Float64Array, k: number): Int32Array {
  const { data, cols: d } = X;
  const out = new Int32Array(X.rows);
  for (let i = 0; i < X.rows; i++) {
    let best = Infinity, arg = 0;
    for (let l = 0; l < k; l++) {
      let s = 0;
      for (let t = 0; t < d; t++) {
        const u = data[i * d + t]! - centroids[l * d + t]!;
        s += u * u;
      }
      if (s < best) {
        best = s;
        arg = l;
      }
    }
    out[i] = arg;
  }
  return out;
}
