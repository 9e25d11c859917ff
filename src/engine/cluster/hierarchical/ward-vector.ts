import type { Matrix } from '../../matrix';
import { keyedHeap } from './keyed-heap';
import { sortAndLabel } from './relabel';

/**
 * Ward linkage on cluster centroids by Müllner's generic algorithm for vector data (fastcluster's
 * `linkage_vector(method='ward')`): O(n·d) memory instead of an n² distance matrix.
 * Each live cluster keeps its nearest neighbour among higher slots and that distance in a heap.
 * Ward is reducible — merging x into y never brings y nearer to anyone than min(d(·,x), d(·,y)) —
 * so after a merge a stored distance stays a valid lower bound: only slots between x and y are
 * re-measured against the merged cluster, a stale neighbour is found again lazily when its slot
 * reaches the top of the heap, and the merged cluster searches the slots above it. That is far
 * fewer distance evaluations than the nearest-neighbour chain's full scans, still O(n²·d) at worst.
 *
 * The Ward distance of clusters A and B is √(2·|A||B|/(|A|+|B|))·‖c_A − c_B‖, SciPy's height
 * (for two points, their Euclidean distance); compared squared, square-rooted when recorded.
 * Heights agree with SciPy's matrix update to rounding (≈1e-13 relative); tied merges break as
 * fastcluster's do, which can differ from SciPy's order.
 * @example wardVectorLinkage(fromRows([[0], [1], [5]])) // rows [0, 1, 1, 2], [2, 3, √(2·2·1/3)·4.5, 3]
 */
export function wardVectorLinkage(X: Matrix): Float64Array {
  const { rows: n, cols: d } = X;
  const Z = new Float64Array((n - 1) * 4);
  const centroid = Float64Array.from(X.data);
  const size = new Float64Array(n).fill(1);
  // Live slots as a linked list in index order; next[i] = 0 marks slot i as merged away (slot 0 is never a successor).
  const next = new Int32Array(n + 1), prev = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    next[i] = i + 1;
    prev[i] = i - 1;
  }
  let head = 0;
  const neighbor = new Int32Array(n);
  const minCost = new Float64Array(n - 1);

  const half = d >> 1;
  /**
   * The cost of merging a and b, or +∞ as soon as the first half of the coordinates shows it is at
   * least `bound`: `lowest` is the size factor 2·m/(m + 1) of the other cluster at size 1 (m the size
   * of whichever of a, b is fixed by the caller), the smallest factor the pair can have. Most
   * candidates are far, so most stop there, without the rest of the sum or the division. Exact: the
   * partial sum is a prefix of the full one and rounding is monotone, so a pair dropped this way
   * could not have cost less than `bound`.
   */
  const cost = (a: number, b: number, lowest: number, bound: number): number => {
    const ao = a * d, bo = b * d;
    let s = 0, k = 0;
    for (; k < half; k++) {
      const t = centroid[ao + k]! - centroid[bo + k]!;
      s += t * t;
    }
    if (lowest * s >= bound) return Infinity;
    for (; k < d; k++) {
      const t = centroid[ao + k]! - centroid[bo + k]!;
      s += t * t;
    }
    const na = size[a]!, nb = size[b]!;
    return ((2 * na * nb) / (na + nb)) * s;
  };
  const lowestFactor = (m: number): number => (2 * m) / (m + 1);
  /** Nearest live slot above a (a < n − 1), into neighbor[a]; returns the cost. */
  const searchAbove = (a: number): number => {
    const lowest = lowestFactor(size[a]!);
    let j = next[a]!;
    let best = cost(a, j, lowest, Infinity), arg = j;
    for (j = next[j]!; j < n; j = next[j]!) {
      const c = cost(a, j, lowest, best);
      if (c < best) {
        best = c;
        arg = j;
      }
    }
    neighbor[a] = arg;
    return best;
  };

  for (let i = 0; i < n - 1; i++) minCost[i] = searchAbove(i);
  const heap = keyedHeap(minCost);

  for (let k = 0; k < n - 1; k++) {
    let x = heap.minKey();
    while (next[neighbor[x]!] === 0) {
      const c = searchAbove(x);
      minCost[x] = c;
      heap.changeValue(x, c);
      x = heap.minKey();
    }
    heap.removeMin();
    const y = neighbor[x]!;
    const nx = size[x]!, ny = size[y]!;
    Z[k * 4] = x;
    Z[k * 4 + 1] = y;
    Z[k * 4 + 2] = Math.sqrt(minCost[x]!);
    for (let j = 0; j < d; j++) centroid[y * d + j] = (nx * centroid[x * d + j]! + ny * centroid[y * d + j]!) / (nx + ny);
    size[y] = nx + ny;
    // Unlink x. Slot n − 1 is never merged away (the merged cluster keeps the higher slot), so every
    // live slot below it has a live slot above: searchAbove always has something to compare.
    if (x === head) head = next[x]!;
    else next[prev[x]!] = next[x]!;
    prev[next[x]!] = prev[x]!;
    next[x] = 0;
    // Below x: a neighbour y is now farther (or equal), so point it at the dead slot x to force a re-search.
    let j = head;
    for (; j < x; j = next[j]!) if (neighbor[j] === y) neighbor[j] = x;
    // Between x and y: these slots compared themselves with y but not with x, so their bound may not
    // hold for x ∪ y: measure it.
    const lowestY = lowestFactor(size[y]!);
    for (; j < y; j = next[j]!) {
      const c = cost(j, y, lowestY, minCost[j]!);
      if (c < minCost[j]!) {
        minCost[j] = c;
        heap.changeValue(j, c);
        neighbor[j] = y;
      } else if (neighbor[j] === y) {
        neighbor[j] = x;
      }
    }
    if (next[y]! < n) {
      const c = searchAbove(y);
      minCost[y] = c;
      heap.changeValue(y, c);
    }
  }
  return sortAndLabel(Z, n);
}
