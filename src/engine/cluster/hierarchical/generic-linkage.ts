import { condensedIndex } from './condensed';
import { keyedHeap } from './keyed-heap';
import type { DistanceUpdate } from './lance-williams';

/**
 * The generic agglomerative algorithm (Müllner 2011, SciPy's `fast_linkage`) for methods that are
 * not reducible (centroid, median): a merge can be lower than an earlier one (an inversion), so the
 * nearest-neighbour chain does not apply. Each cluster keeps a nearest-neighbour candidate among
 * higher indices with a lower bound in a heap; worst case O(n³), usually near O(n²).
 * Rows come out in merge order, as SciPy's, with the same tie-breaking. D is overwritten.
 * @example genericLinkage(Float64Array.of(1, 4, 2), 3, distanceUpdate('median')) // rows [0, 1, 1, 2], [2, 3, √(0.5·(16+4) − 0.25), 3]
 */
export function genericLinkage(D: Float64Array, n: number, update: DistanceUpdate): Float64Array {
  const Z = new Float64Array((n - 1) * 4);
  const size = new Int32Array(n).fill(1);
  const clusterId = Int32Array.from({ length: n }, (_, i) => i);
  const neighbor = new Int32Array(n - 1);
  const minDist = new Float64Array(n - 1);

  const nearestAbove = (x: number): [number, number] => {
    let best = Infinity, y = -1;
    for (let i = x + 1; i < n; i++) {
      if (size[i] === 0) continue;
      const dist = D[condensedIndex(n, x, i)]!;
      if (dist < best) {
        best = dist;
        y = i;
      }
    }
    return [y, best];
  };

  for (let x = 0; x < n - 1; x++) [neighbor[x], minDist[x]] = nearestAbove(x);
  const heap = keyedHeap(minDist);

  for (let k = 0; k < n - 1; k++) {
    let x = 0, y = 0, dist = 0;
    for (let i = 0; i < n - k; i++) {
      x = heap.minKey();
      dist = heap.minValue();
      y = neighbor[x]!;
      if (dist === D[condensedIndex(n, x, y)]) break;
      [y, dist] = nearestAbove(x);
      neighbor[x] = y;
      minDist[x] = dist;
      heap.changeValue(x, dist);
    }
    heap.removeMin();

    const nx = size[x]!, ny = size[y]!;
    const idX = clusterId[x]!, idY = clusterId[y]!;
    Z.set([Math.min(idX, idY), Math.max(idX, idY), dist, nx + ny], k * 4);
    size[x] = 0;
    size[y] = nx + ny;
    clusterId[y] = n + k;

    for (let z = 0; z < n; z++) {
      const nz = size[z]!;
      if (nz === 0 || z === y) continue;
      D[condensedIndex(n, z, y)] = update(D[condensedIndex(n, z, x)]!, D[condensedIndex(n, z, y)]!, dist, nx, ny, nz);
    }
    for (let z = 0; z < x; z++) if (size[z]! > 0 && neighbor[z] === x) neighbor[z] = y;
    for (let z = 0; z < y; z++) {
      if (size[z] === 0) continue;
      const d = D[condensedIndex(n, z, y)]!;
      if (d < minDist[z]!) {
        neighbor[z] = y;
        minDist[z] = d;
        heap.changeValue(z, d);
      }
    }
    if (y < n - 1) {
      const [z, d] = nearestAbove(y);
      if (z !== -1) {
        neighbor[y] = z;
        minDist[y] = d;
        heap.changeValue(y, d);
      }
    }
  }
  return Z;
}
