import type { RowDistance } from './row-distance';
import { sortAndLabel } from './relabel';

/**
 * Single linkage as a minimum spanning tree (Prim's algorithm, as SciPy's `mst_single_linkage` and
 * fastcluster's `MST_linkage_core`), with distances computed on the fly: O(n²) time, O(n) memory.
 * The scan order and strict comparisons are SciPy's, so tied heights merge in SciPy's order.
 * @example mstSingleLinkage(3, (i, j) => Math.abs(i - j)) // Z rows [0, 1, 1, 2], [2, 3, 1, 3]
 */
export function mstSingleLinkage(n: number, distance: RowDistance): Float64Array {
  const Z = new Float64Array((n - 1) * 4);
  const merged = new Uint8Array(n);
  const D = new Float64Array(n).fill(Infinity);
  let x = 0, y = 0;
  for (let k = 0; k < n - 1; k++) {
    let currentMin = Infinity;
    merged[x] = 1;
    for (let i = 0; i < n; i++) {
      if (merged[i] === 1) continue;
      const dist = distance(x, i);
      if (D[i]! > dist) D[i] = dist;
      if (D[i]! < currentMin) {
        y = i;
        currentMin = D[i]!;
      }
    }
    Z[k * 4] = x;
    Z[k * 4 + 1] = y;
    Z[k * 4 + 2] = currentMin;
    x = y;
  }
  return sortAndLabel(Z, n);
}
