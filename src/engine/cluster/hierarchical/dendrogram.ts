import type { Linkage } from './types';

/** One U-shaped link as 4 points: left foot, left shoulder, right shoulder, right foot (feet at the children's heights). */
export interface DendrogramLink {
  readonly xs: readonly [number, number, number, number];
  readonly ys: readonly [number, number, number, number];
}

/** A leaf of the truncated tree: a row, or a cluster of rows merged below the drawn part. */
export interface DendrogramLeaf {
  readonly x: number;
  /** Cluster id in the linkage (a row index below n, or n + merge row). */
  readonly id: number;
  /** Rows under this leaf. */
  readonly size: number;
}

export interface Dendrogram {
  readonly links: readonly DendrogramLink[];
  /** Left to right. */
  readonly leaves: readonly DendrogramLeaf[];
}

/**
 * The geometry of SciPy's `dendrogram(Z, truncate_mode='lastp', p)`: only the last p − 1 merges are
 * drawn, so p leaves remain (each a row or a cluster of rows merged earlier, at height 0). Leaves sit
 * at x = 5, 15, 25, … in depth-first order from the root, left child first; a link's shoulders are
 * at its merge height, above the midpoints of its children. Iterative: single-linkage trees can be
 * deep.
 * @example dendrogram(linkage(fromRows([[0], [1], [5]]), { method: 'single' }), 30)
 * // leaves rows 2, 0, 1 at x 5, 15, 25; links: rows 0–1 at height 1 (x 15–25), then row 2 with them at 4 (x 5–20)
 */
export function dendrogram(link: Linkage, p: number): Dendrogram {
  const { Z, n } = link;
  const leavesWanted = Math.max(2, Math.min(p, n));
  // Merges n − leavesWanted .. n − 2 are drawn; anything formed earlier is a leaf.
  const firstDrawn = n - leavesWanted;
  const isDrawn = (id: number): boolean => id >= n + firstDrawn;
  const sizeOf = (id: number): number => (id < n ? 1 : Z[(id - n) * 4 + 3]!);
  const heightOf = (id: number): number => (isDrawn(id) ? Z[(id - n) * 4 + 2]! : 0);

  const leaves: DendrogramLeaf[] = [];
  const x = new Map<number, number>();
  const stack = [2 * n - 2];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (!isDrawn(id)) {
      const pos = 10 * leaves.length + 5;
      leaves.push({ x: pos, id, size: sizeOf(id) });
      x.set(id, pos);
      continue;
    }
    const row = (id - n) * 4;
    stack.push(Z[row + 1]!, Z[row]!);
  }
  const links: DendrogramLink[] = [];
  for (let k = firstDrawn; k < n - 1; k++) {
    const a = Z[k * 4]!, b = Z[k * 4 + 1]!, h = Z[k * 4 + 2]!;
    const xa = x.get(a)!, xb = x.get(b)!;
    x.set(n + k, (xa + xb) / 2);
    links.push({ xs: [xa, xa, xb, xb], ys: [heightOf(a), h, h, heightOf(b)] });
  }
  return { links, leaves };
}
