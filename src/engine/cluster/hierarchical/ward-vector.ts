import type { Matrix } from '../../matrix';
import { sortAndLabel } from './relabel';

/**
 * Ward linkage by the nearest-neighbour chain on cluster centroids (as fastcluster's
 * `linkage_vector`): O(n·d) memory instead of an n² distance matrix, O(n²·d) time.
 * The Ward distance of clusters A and B is √(2·|A||B|/(|A|+|B|))·‖c_A − c_B‖, SciPy's height
 * (for two points, their Euclidean distance). The scan follows SciPy's `nn_chain`, so most ties
 * break as SciPy's; heights agree with SciPy's matrix update to rounding (≈1e-13 relative).
 * @example wardVectorLinkage(fromRows([[0], [1], [5]])) // rows [0, 1, 1, 2], [2, 3, √(2·2·1/3)·4.5, 3]
 */
export function wardVectorLinkage(X: Matrix): Float64Array {
  const { rows: n, cols: d } = X;
  const Z = new Float64Array((n - 1) * 4);
  const centroid = Float64Array.from(X.data);
  const size = new Int32Array(n).fill(1);
  const chain = new Int32Array(n);
  let chainLength = 0;

  // Compared squared (monotone in the height), square-rooted when recorded.
  const cost = (a: number, b: number): number => {
    let s = 0;
    for (let k = 0, p = a * d, q = b * d; k < d; k++) {
      const t = centroid[p + k]! - centroid[q + k]!;
      s += t * t;
    }
    const na = size[a]!, nb = size[b]!;
    return ((2 * na * nb) / (na + nb)) * s;
  };

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
        currentMin = cost(x, y);
      } else {
        currentMin = Infinity;
      }
      for (let i = 0; i < n; i++) {
        if (size[i] === 0 || i === x) continue;
        const c = cost(x, i);
        if (c < currentMin) {
          currentMin = c;
          y = i;
        }
      }
      if (chainLength > 1 && y === chain[chainLength - 2]) break;
      chain[chainLength++] = y;
    }
    chainLength -= 2;
    if (x > y) [x, y] = [y, x];
    const nx = size[x]!, ny = size[y]!;
    Z.set([x, y, Math.sqrt(currentMin), nx + ny], k * 4);
    for (let j = 0; j < d; j++) {
      centroid[y * d + j] = (nx * centroid[x * d + j]! + ny * centroid[y * d + j]!) / (nx + ny);
    }
    size[x] = 0;
    size[y] = nx + ny;
  }
  return sortAndLabel(Z, n);
}
