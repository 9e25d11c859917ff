/**
 * Turns merges found out of order (by the nearest-neighbour chain or a spanning tree), given as
 * rows [p, q, height, ·] where p and q are any members of the two clusters, into a linkage matrix
 * in SciPy's conventions: rows sorted by height (stable, so equal heights keep discovery order),
 * then each row's clusters renamed to their ids (leaf < n, or n + row of the merge that formed
 * them), smaller id first, and sizes filled in. Works in place and returns Z.
 * @example sortAndLabel(Float64Array.of(0, 1, 2, 0, 2, 0, 1, 0), 3) // rows [0, 2, 1, 2], [1, 3, 2, 3]
 */
export function sortAndLabel(Z: Float64Array, n: number): Float64Array {
  const m = n - 1;
  const order = Array.from({ length: m }, (_, k) => k);
  order.sort((a, b) => Z[a * 4 + 2]! - Z[b * 4 + 2]! || a - b);
  const sorted = new Float64Array(m * 4);
  order.forEach((k, r) => sorted.set(Z.subarray(k * 4, k * 4 + 4), r * 4));

  const parent = new Int32Array(2 * n - 1);
  const size = new Int32Array(2 * n - 1).fill(1);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[x] !== root) {
      const next = parent[x]!;
      parent[x] = root;
      x = next;
    }
    return root;
  };
  for (let k = 0; k < m; k++) {
    const rx = find(sorted[k * 4]!);
    const ry = find(sorted[k * 4 + 1]!);
    const label = n + k;
    parent[rx] = label;
    parent[ry] = label;
    size[label] = size[rx]! + size[ry]!;
    Z[k * 4] = Math.min(rx, ry);
    Z[k * 4 + 1] = Math.max(rx, ry);
    Z[k * 4 + 2] = sorted[k * 4 + 2]!;
    Z[k * 4 + 3] = size[label]!;
  }
  return Z;
}
