import { sqDistance } from './sq-distance';

/**
 * Give every empty cluster a point, as scikit-learn's `_relocate_empty_clusters_dense` does: the
 * points farthest from their current centre move, one per empty cluster, into the empty clusters.
 * Unlike scikit-learn, a point is never taken from a cluster it is the last member of, so a move
 * never empties another cluster; with at least k distinct points there are always enough
 * candidates. Updates `labels`, the per-cluster coordinate `sums` and `counts` in place.
 * Returns how many points moved.
 *
 * @example
 * // Points 0, 1, 10 all in cluster 0 (centre 0), cluster 1 empty: the point at 10 moves to cluster 1.
 * relocateEmptyClusters(Float64Array.of(0, 1, 10), 1, Float64Array.of(0, 5), labels, sums, counts)
 */
export function relocateEmptyClusters(
  data: Float64Array, d: number, centers: Float64Array,
  labels: Int32Array, sums: Float64Array, counts: Int32Array,
): number {
  const k = counts.length;
  const n = labels.length;
  let moved = 0;
  let distances: Float64Array | null = null;
  for (let empty = 0; empty < k; empty++) {
    if (counts[empty] !== 0) continue;
    if (distances === null) {
      distances = new Float64Array(n);
      for (let i = 0; i < n; i++) distances[i] = sqDistance(data, i, centers, labels[i] as number, d);
    }
    let far = -1;
    let farDistance = -1;
    for (let i = 0; i < n; i++) {
      const dist = distances[i] as number;
      if (dist > farDistance && (counts[labels[i] as number] as number) > 1) {
        far = i;
        farDistance = dist;
      }
    }
    if (far < 0) break;
    const from = labels[far] as number;
    for (let t = 0; t < d; t++) {
      const v = data[far * d + t] as number;
      sums[from * d + t] = (sums[from * d + t] as number) - v;
      sums[empty * d + t] = v;
    }
    counts[from] = (counts[from] as number) - 1;
    counts[empty] = 1;
    labels[far] = empty;
    distances[far] = -1;
    moved++;
  }
  return moved;
}
