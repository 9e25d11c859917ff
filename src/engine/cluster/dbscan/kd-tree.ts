import type { Matrix } from '../../matrix';
import type { DbscanMetric } from './types';

/**
 * A k-d tree over the rows of a matrix: a permutation of row ids, split at the median of the
 * widest dimension down to leaves of at most LEAF_SIZE rows, with each node's bounding box.
 * Plain typed arrays, so it can be posted to a worker. Nodes are stored heap-style (children of
 * node v are 2v+1 and 2v+2).
 */
export interface KdTree {
  readonly points: Matrix;
  /** Row ids, reordered so every node covers a contiguous range. */
  readonly order: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Per node, d lower then d upper bounds. */
  readonly bounds: Float64Array;
  readonly nodes: number;
}

const LEAF_SIZE = 16;

/**
 * Builds the tree in O(n log n) (quickselect at each level).
 * @example const tree = buildKdTree(fromRows([[0, 0], [1, 1], [5, 5]])); radiusCount(tree, 0, 1.5, 'euclidean') // 2 (itself and [1, 1])
 */
export function buildKdTree(points: Matrix): KdTree {
  const { rows: n, cols: d, data } = points;
  let leaves = 1;
  while (leaves * LEAF_SIZE < n) leaves *= 2;
  const nodes = 2 * leaves - 1;
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const start = new Int32Array(nodes), end = new Int32Array(nodes);
  const bounds = new Float64Array(nodes * 2 * d);
  start[0] = 0;
  end[0] = n;
  for (let v = 0; v < nodes; v++) {
    const s = start[v]!, e = end[v]!;
    const box = v * 2 * d;
    for (let j = 0; j < d; j++) {
      bounds[box + j] = Infinity;
      bounds[box + d + j] = -Infinity;
    }
    for (let p = s; p < e; p++) {
      const row = order[p]! * d;
      for (let j = 0; j < d; j++) {
        const x = data[row + j]!;
        if (x < bounds[box + j]!) bounds[box + j] = x;
        if (x > bounds[box + d + j]!) bounds[box + d + j] = x;
      }
    }
    const left = 2 * v + 1;
    if (left >= nodes) continue;
    let widest = 0;
    for (let j = 1; j < d; j++) {
      if (bounds[box + d + j]! - bounds[box + j]! > bounds[box + d + widest]! - bounds[box + widest]!) widest = j;
    }
    const mid = (s + e) >> 1;
    select(order, data, d, widest, s, e - 1, mid);
    start[left] = s;
    end[left] = mid;
    start[left + 1] = mid;
    end[left + 1] = e;
  }
  return { points, order, start, end, bounds, nodes };
}

/** Rearranges order[lo..hi] so order[k] holds the row with the k-th smallest value in column j. */
function select(order: Int32Array, data: Float64Array, d: number, j: number, lo: number, hi: number, k: number): void {
  while (hi > lo) {
    const pivot = data[order[(lo + hi) >> 1]! * d + j]!;
    let i = lo, r = hi;
    while (i <= r) {
      while (data[order[i]! * d + j]! < pivot) i++;
      while (data[order[r]! * d + j]! > pivot) r--;
      if (i <= r) {
        const t = order[i]!;
        order[i++] = order[r]!;
        order[r--] = t;
      }
    }
    if (k <= r) hi = r;
    else if (k >= i) lo = i;
    else return;
  }
}

/**
 * Distance between rows of the tree's matrix in the metric's "reduced" form — squared for euclidean —
 * so comparisons need no square root. reduceRadius and expandDistance convert.
 */
export function reducedDistance(data: Float64Array, d: number, a: number, b: number, metric: DbscanMetric): number {
  let s = 0;
  if (metric === 'euclidean') {
    for (let k = 0; k < d; k++) {
      const t = data[a * d + k]! - data[b * d + k]!;
      s += t * t;
    }
  } else {
    for (let k = 0; k < d; k++) s += Math.abs(data[a * d + k]! - data[b * d + k]!);
  }
  return s;
}

/** Reduced distance from row q to the nearest point of node v's box (0 inside it). */
function boxDistance(tree: KdTree, v: number, q: number, metric: DbscanMetric): number {
  const { data, cols: d } = tree.points;
  const box = v * 2 * d;
  let s = 0;
  for (let j = 0; j < d; j++) {
    const x = data[q * d + j]!;
    const lo = tree.bounds[box + j]!, hi = tree.bounds[box + d + j]!;
    const gap = x < lo ? lo - x : x > hi ? x - hi : 0;
    s += metric === 'euclidean' ? gap * gap : gap;
  }
  return s;
}

export const reduceRadius = (r: number, metric: DbscanMetric): number => (metric === 'euclidean' ? r * r : r);
export const expandDistance = (r: number, metric: DbscanMetric): number => (metric === 'euclidean' ? Math.sqrt(r) : r);

/**
 * Calls visit(j) for every row j (row q itself included) within distance `radius` (inclusive, as
 * scikit-learn's radius_neighbors) of row q.
 */
export function forEachWithin(tree: KdTree, q: number, radius: number, metric: DbscanMetric, visit: (j: number) => void): void {
  const { data, cols: d } = tree.points;
  const r = reduceRadius(radius, metric);
  const stack = [0];
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (boxDistance(tree, v, q, metric) > r) continue;
    const left = 2 * v + 1;
    if (left < tree.nodes) {
      stack.push(left + 1, left);
      continue;
    }
    for (let p = tree.start[v]!; p < tree.end[v]!; p++) {
      const j = tree.order[p]!;
      if (reducedDistance(data, d, q, j, metric) <= r) visit(j);
    }
  }
}

/** How many rows (q itself included) lie within `radius` of row q. */
export function radiusCount(tree: KdTree, q: number, radius: number, metric: DbscanMetric): number {
  let count = 0;
  forEachWithin(tree, q, radius, metric, () => count++);
  return count;
}

/**
 * Distance from row q to its k-th nearest row, q itself counted as the first (k = 1 gives 0),
 * as scikit-learn's `kneighbors(X)[0][:, k − 1]`. Keeps the k best in a sorted buffer.
 */
export function kthNearestDistance(tree: KdTree, q: number, k: number, metric: DbscanMetric): number {
  const { data, cols: d } = tree.points;
  const best = new Float64Array(k).fill(Infinity);
  const stack = [0];
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (boxDistance(tree, v, q, metric) > best[k - 1]!) continue;
    const left = 2 * v + 1;
    if (left < tree.nodes) {
      // Visit the nearer child first so the bound tightens early.
      const dl = boxDistance(tree, left, q, metric), dr = boxDistance(tree, left + 1, q, metric);
      if (dl <= dr) stack.push(left + 1, left);
      else stack.push(left, left + 1);
      continue;
    }
    for (let p = tree.start[v]!; p < tree.end[v]!; p++) {
      const dist = reducedDistance(data, d, q, tree.order[p]!, metric);
      if (dist >= best[k - 1]!) continue;
      let i = k - 1;
      while (i > 0 && best[i - 1]! > dist) {
        best[i] = best[i - 1]!;
        i--;
      }
      best[i] = dist;
    }
  }
  return expandDistance(best[k - 1]!, metric);
}
