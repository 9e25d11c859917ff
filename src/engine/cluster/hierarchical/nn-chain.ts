import { condensedIndex } from './condensed';
import type { DistanceUpdate } from './lance-williams';
import { sortAndLabel } from './relabel';

/**
 * Agglomerative clustering by the nearest-neighbour chain on a condensed distance matrix, for the
 * reducible methods (complete, average, weighted, ward): O(n²) time. Follows SciPy's `nn_chain` step
 * for step (chain start, preference for the previous chain element, strict `<` scan in index order,
 * merged cluster kept in the higher slot), so ties break as in SciPy. D is overwritten.
 * @example nnChainLinkage(Float64Array.of(1, 4, 2), 3, distanceUpdate('complete')) // Z rows [0, 1, 1, 2], [2, 3, 4, 3]
 */
export function nnChainLinkage(D: Float64Array, n: number, update: DistanceUpdate): Float64Array {
  const Z = new Float64Array((n - 1) * 4);
  const size = new Int32Array(n).fill(1);
  const chain = new Int32Array(n);
  // Live slots as a linked list in index order (next[n] heads it), so scans skip merged slots.
  const next = new Int32Array(n + 1), prev = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    next[i] = i + 1;
    prev[i] = i - 1;
  }
  next[n] = 0;
  prev[0] = n;
  // Row a of the condensed matrix starts at rowStart[a] − a − 1, so pair (a, b), a < b, is at rowStart[a] + b.
  const rowStart = Float64Array.from({ length: n }, (_, a) => n * a - (a * (a + 1)) / 2 - a - 1);
  let chainLength = 0;
  for (let k = 0; k < n - 1; k++) {
    if (chainLength === 0) {
      chainLength = 1;
      chain[0] = next[n]!;
    }
    let x = 0, y = 0, currentMin = Infinity;
    for (;;) {
      x = chain[chainLength - 1]!;
      if (chainLength > 1) {
        y = chain[chainLength - 2]!;
        currentMin = D[condensedIndex(n, x, y)]!;
      } else {
        currentMin = Infinity;
      }
      let i = next[n]!;
      for (; i < x; i = next[i]!) {
        const dist = D[rowStart[i]! + x]!;
        if (dist < currentMin) {
          currentMin = dist;
          y = i;
        }
      }
      const base = rowStart[x]!;
      for (i = next[x]!; i < n; i = next[i]!) {
        const dist = D[base + i]!;
        if (dist < currentMin) {
          currentMin = dist;
          y = i;
        }
      }
      if (chainLength > 1 && y === chain[chainLength - 2]) break;
      chain[chainLength++] = y;
    }
    chainLength -= 2;
    if (x > y) [x, y] = [y, x];
    const nx = size[x]!, ny = size[y]!;
    Z[k * 4] = x;
    Z[k * 4 + 1] = y;
    Z[k * 4 + 2] = currentMin;
    size[x] = 0;
    size[y] = nx + ny;
    next[prev[x]!] = next[x]!;
    prev[next[x]!] = prev[x]!;
    for (let i = next[n]!; i < n; i = next[i]!) {
      if (i === y) continue;
      const iy = i < y ? rowStart[i]! + y : rowStart[y]! + i;
      const ix = i < x ? rowStart[i]! + x : rowStart[x]! + i;
      D[iy] = update(D[ix]!, D[iy]!, currentMin, nx, ny, size[i]!);
    }
  }
  return sortAndLabel(Z, n);
}
