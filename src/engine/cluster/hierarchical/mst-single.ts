import type { ReducedDistance } from './row-distance';
import { sortAndLabel } from './relabel';

/**
 * Single linkage as a minimum spanning tree (Prim's algorithm, as SciPy's `mst_single_linkage` and
 * fastcluster's `MST_linkage_core_vector`), with distances computed on the fly: O(n²) time, O(n)
 * memory. Rows not yet in the tree sit in a linked list in index order, so each step visits only
 * them (n²/2 distances in all) in SciPy's scan order with its strict comparisons: tied heights merge
 * in SciPy's order. Distances are compared in reduced form (squared for euclidean) and expanded
 * only when a candidate beats the minimum so far.
 * @example mstSingleLinkage(3, { reduced: (i, j) => Math.abs(i - j), expand: (r) => r }) // Z rows [0, 1, 1, 2], [2, 3, 1, 3]
 */
export function mstSingleLinkage(n: number, distance: ReducedDistance): Float64Array {
  const { reduced, expand } = distance;
  const Z = new Float64Array((n - 1) * 4);
  const D = new Float64Array(n).fill(Infinity);
  // next[i]: the next row after i still outside the tree (n ends the list); next[n] heads it.
  const next = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) next[i] = i + 1;
  next[n] = 1;
  let x = 0;
  for (let k = 0; k < n - 1; k++) {
    // Starting from the first row left keeps the list intact even if every distance overflowed to ∞.
    let currentMin = Infinity, y = next[n]!, yPrev = n;
    for (let prev = n, i = next[n]!; i < n; prev = i, i = next[i]!) {
      const dist = reduced(x, i);
      if (D[i]! > dist) D[i] = dist;
      // A smaller reduced value can expand to the same distance (√ rounds): SciPy, comparing
      // distances, keeps the earlier row then, so the rare candidate is confirmed expanded.
      if (D[i]! < currentMin && expand(D[i]!) < expand(currentMin)) {
        y = i;
        yPrev = prev;
        currentMin = D[i]!;
      }
    }
    next[yPrev] = next[y]!;
    Z[k * 4] = x;
    Z[k * 4 + 1] = y;
    Z[k * 4 + 2] = expand(currentMin);
    x = y;
  }
  return sortAndLabel(Z, n);
}
