import { fail } from '../../problem';
import type { Linkage } from './types';

/** Where to cut the tree: into at most `maxclust` clusters, or at a merge height. */
export type Cut = { readonly maxclust: number } | { readonly height: number };

/**
 * Flat clusters from a linkage, as SciPy's `fcluster(Z, t, criterion='maxclust' | 'distance')`:
 * labels 1..k numbered in SciPy's order (depth-first from the root, left child first), so they
 * compare exactly with SciPy's. A node becomes a cluster when the highest merge inside it is
 * ≤ the cut height; `maxclust` picks the lowest such height that leaves at most that many clusters
 * (fewer when merges tie). With `zeroBased` the labels are 0..k−1 instead.
 * @example fcluster(linkage(fromRows([[0], [1], [5]]), { method: 'single' }), { maxclust: 2 }) // Int32Array [1, 1, 2]
 */
export function fcluster(link: Linkage, cut: Cut, options: { zeroBased?: boolean } = {}): Int32Array {
  const { Z, n } = link;
  const labels = new Int32Array(n);
  if ('maxclust' in cut) {
    if (!(Number.isInteger(cut.maxclust) && cut.maxclust >= 1)) {
      fail('bad-cluster-count', `The number of clusters must be a whole number of at least 1; got ${cut.maxclust}.`);
    }
    if (cut.maxclust >= n) for (let i = 0; i < n; i++) labels[i] = i + 1;
    else cutAt(Z, n, maxDistances(Z, n), maxclustHeight(Z, n, cut.maxclust), labels);
  } else {
    if (Number.isNaN(cut.height)) fail('bad-cut-height', 'The cut height must be a number.');
    cutAt(Z, n, maxDistances(Z, n), cut.height, labels);
  }
  if (options.zeroBased) for (let i = 0; i < n; i++) labels[i]!--;
  return labels;
}

/** Highest merge inside each merge's subtree (differs from the merge's own height after an inversion). */
function maxDistances(Z: Float64Array, n: number): Float64Array {
  const md = new Float64Array(n - 1);
  for (let k = 0; k < n - 1; k++) {
    let m = Z[k * 4 + 2]!;
    for (const c of [Z[k * 4]!, Z[k * 4 + 1]!]) if (c >= n && md[c - n]! > m) m = md[c - n]!;
    md[k] = m;
  }
  return md;
}

/** SciPy's bisection over the subtree maxima for the lowest cut leaving at most `maxNc` clusters. */
function maxclustHeight(Z: Float64Array, n: number, maxNc: number): number {
  const md = maxDistances(Z, n);
  let lower = -1, upper = n - 1;
  while (upper - lower > 1) {
    const i = (lower + upper) >> 1;
    if (countClusters(Z, n, md, md[i]!, maxNc) > maxNc) lower = i;
    else upper = i;
  }
  return md[upper]!;
}

/** Clusters a cut at `threshold` makes, counting stopped once past `limit`. */
function countClusters(Z: Float64Array, n: number, md: Float64Array, threshold: number, limit: number): number {
  let count = 0;
  const stack = [2 * n - 2];
  while (stack.length > 0 && count <= limit) {
    const node = stack.pop()! - n;
    if (md[node]! <= threshold) {
      count++;
      continue;
    }
    for (const c of [Z[node * 4 + 1]!, Z[node * 4]!]) {
      if (c >= n) stack.push(c);
      else count++;
    }
  }
  return count;
}

/**
 * SciPy's `cluster_monocrit` numbering: depth-first from the root, internal children before leaf
 * children, left before right; a cluster is numbered when its top node is first reached, a leaf
 * outside every cluster when it is assigned. Iterative, as trees from single linkage can be n deep.
 */
function cutAt(Z: Float64Array, n: number, md: Float64Array, cutoff: number, labels: Int32Array): void {
  const visited = new Uint8Array(2 * n - 1);
  const stack = new Int32Array(n);
  let top = 0, count = 0, leader = -1;
  stack[0] = 2 * n - 2;
  while (top >= 0) {
    const root = stack[top]! - n;
    const left = Z[root * 4]!, right = Z[root * 4 + 1]!;
    if (leader === -1 && md[root]! <= cutoff) {
      leader = root;
      count++;
    }
    if (left >= n && visited[left] === 0) {
      visited[left] = 1;
      stack[++top] = left;
      continue;
    }
    if (right >= n && visited[right] === 0) {
      visited[right] = 1;
      stack[++top] = right;
      continue;
    }
    for (const leaf of [left, right]) {
      if (leaf >= n) continue;
      if (leader === -1) count++;
      labels[leaf] = count;
    }
    if (leader === root) leader = -1;
    top--;
  }
}
