/** How the clusters of a re-run correspond to those of the run it replaces. */
export interface ClusterMatch {
  /** For each new cluster (0-based), the old cluster it continues, or −1 when it has no counterpart. */
  readonly oldOfNew: readonly number[];
  /** Distance between the matched centroids, in the units the centroids are given in. */
  readonly distance: readonly number[];
}

/**
 * Pairs new centroids with old ones, closest pair first, each old centroid used once (greedy nearest pairs:
 * exact for the small k of a segmentation whenever clusters moved less than they are apart).
 * @example matchClusters([[0, 0], [10, 10]], [[9, 9], [1, 0]]).oldOfNew // [1, 0]
 */
export function matchClusters(oldCentroids: readonly (readonly number[])[], newCentroids: readonly (readonly number[])[]): ClusterMatch {
  const pairs: { o: number; n: number; d: number }[] = [];
  oldCentroids.forEach((a, o) =>
    newCentroids.forEach((b, n) => pairs.push({ o, n, d: Math.sqrt(a.reduce((s, v, i) => s + (v - (b[i] as number)) ** 2, 0)) })),
  );
  pairs.sort((x, y) => x.d - y.d || x.n - y.n || x.o - y.o);
  const oldOfNew = new Array<number>(newCentroids.length).fill(-1);
  const distance = new Array<number>(newCentroids.length).fill(Number.NaN);
  const usedOld = new Set<number>();
  for (const { o, n, d } of pairs) {
    if (oldOfNew[n] !== -1 || usedOld.has(o)) continue;
    oldOfNew[n] = o;
    distance[n] = d;
    usedOld.add(o);
  }
  return { oldOfNew, distance };
}
