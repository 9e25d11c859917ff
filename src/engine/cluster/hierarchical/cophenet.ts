import type { RowDistance } from './row-distance';
import type { Linkage } from './types';

/**
 * Cophenetic correlation, as SciPy's `cophenet(Z, Y)[0]`: the Pearson correlation, over all pairs of
 * rows, between their distance and the height of the merge that first joins them. 1 means the tree
 * keeps the distances' order perfectly. O(n²) time, O(n) memory (pairs are visited merge by merge,
 * never stored); two passes (means, then centred sums) for SciPy's accuracy.
 * @example cophenet(linkage(X, { method: 'average' }), rowDistance(X, 'euclidean'))
 */
export function cophenet(link: Linkage, distance: RowDistance): number {
  const { n } = link;
  const pairs = (n * (n - 1)) / 2;
  let sumD = 0, sumC = 0;
  forEachMergedPair(link, (i, j, h) => {
    sumD += distance(i, j);
    sumC += h;
  });
  const meanD = sumD / pairs, meanC = sumC / pairs;
  let sdc = 0, sdd = 0, scc = 0;
  forEachMergedPair(link, (i, j, h) => {
    const a = distance(i, j) - meanD, b = h - meanC;
    sdc += a * b;
    sdd += a * a;
    scc += b * b;
  });
  return sdc / Math.sqrt(sdd * scc);
}

/** Calls visit(i, j, height) once for every pair of rows, with the height of the merge that joins them. */
function forEachMergedPair(link: Linkage, visit: (i: number, j: number, height: number) => void): void {
  const { Z, n } = link;
  // Members of each live cluster as a linked list through `next`, so merging is O(1).
  const head = new Int32Array(2 * n - 1), tail = new Int32Array(2 * n - 1), next = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) head[i] = tail[i] = i;
  for (let k = 0; k < n - 1; k++) {
    const a = Z[k * 4]!, b = Z[k * 4 + 1]!, h = Z[k * 4 + 2]!;
    for (let i = head[a]!; i !== -1; i = next[i]!) for (let j = head[b]!; j !== -1; j = next[j]!) visit(i, j, h);
    next[tail[a]!] = head[b]!;
    head[n + k] = head[a]!;
    tail[n + k] = tail[b]!;
  }
}
