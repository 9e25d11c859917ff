import { matrix, type Matrix } from '../../matrix';
import { calinskiHarabasz } from '../../cluster/validity/calinski-harabasz';
import { daviesBouldin } from '../../cluster/validity/davies-bouldin';
import { silhouette } from '../../cluster/validity/silhouette';

/** Validity indices of one partition; null where undefined (fewer than 2 clusters, or as many clusters as rows). */
export interface ValidityIndices {
  readonly silhouette: number | null;
  readonly calinskiHarabasz: number | null;
  readonly daviesBouldin: number | null;
  /** Rows the indices were computed on (noise excluded for DBSCAN). */
  readonly rows: number;
  /** Rows the silhouette was estimated on, or null when exact. */
  readonly silhouetteSampleSize: number | null;
}

/**
 * Silhouette, Calinski–Harabasz and Davies–Bouldin of labels 0..k−1 over the rows of X whose label
 * is in that range (others, such as DBSCAN's noise, are left out); the silhouette on a seeded sample
 * above `sampleSize` rows.
 * @example validityOf(fromRows([[0], [2], [10], [12]]), Int32Array.of(0, 0, 1, 1), 2, 1000, 0).calinskiHarabasz // 50
 */
export function validityOf(X: Matrix, labels: Int32Array, k: number, sampleSize: number, seed: number): ValidityIndices {
  const keep: number[] = [];
  for (let i = 0; i < X.rows; i++) if (labels[i]! >= 0 && labels[i]! < k) keep.push(i);
  const m = keep.length;
  const used = new Set(keep.map((i) => labels[i]!)).size;
  if (used < 2 || used >= m) return { silhouette: null, calinskiHarabasz: null, daviesBouldin: null, rows: m, silhouetteSampleSize: null };
  const d = X.cols;
  const data = new Float64Array(m * d);
  const kept = new Int32Array(m);
  keep.forEach((row, i) => {
    data.set(X.data.subarray(row * d, (row + 1) * d), i * d);
    kept[i] = labels[row]!;
  });
  const Y = matrix(m, d, data);
  const sampled = m > sampleSize;
  return {
    silhouette: silhouette(Y, kept, k, sampled ? { sampleSize, seed } : {}).value,
    calinskiHarabasz: calinskiHarabasz(Y, kept, k),
    daviesBouldin: daviesBouldin(Y, kept, k),
    rows: m,
    silhouetteSampleSize: sampled ? sampleSize : null,
  };
}
