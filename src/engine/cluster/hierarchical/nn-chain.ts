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
  let chainLength = 0;
  for (let k = 0; k < n - 1; k++) {
    if (chainLength === 0) {
      chainLength = 1;
      chain[0] = size.findIndex((s) => s > 0);
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
      for (let i = 0; i < n; i++) {
        if (size[i] === 0 || i === x) continue;
        const dist = D[condensedIndex(n, x, i)]!;
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
    Z.set([x, y, currentMin, nx + ny], k * 4);
    size[x] = 0;
    size[y] = nx + ny;
    for (let i = 0; i < n; i++) {
      const ni = size[i]!;
      if (ni === 0 || i === y) continue;
      D[condensedIndex(n, i, y)] = update(D[condensedIndex(n, i, x)]!, D[condensedIndex(n, i, y)]!, currentMin, nx, ny, ni);
    }
  }
  return sortAndLabel(Z, n);
}
