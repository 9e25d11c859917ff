import type { Grid } from './grid';
import type { DbscanMetric } from './types';

/** DBSCAN's labels and core flags, per row. */
export interface DbscanLabels {
  readonly labels: Int32Array;
  readonly core: Uint8Array;
  readonly nClusters: number;
}

/**
 * DBSCAN on a grid (buildGrid with the same eps), labelled as scikit-learn does: clusters numbered
 * in the order of their lowest-indexed core point, a border point given the lowest-numbered
 * cluster among its core neighbours (the first whose expansion reaches it).
 *
 * Every pair of rows in the same or neighbouring cells is measured twice in all — once to count
 * neighbours, once (only when both are core) to join their clusters in a disjoint-set forest —
 * and each pair of cells is visited from one side only. Non-core rows then scan their own
 * neighbourhood for the cluster to join. Nothing per pair is stored.
 * @example gridDbscan(buildGrid(fromRows([[0], [0.1], [0.2], [5]]), 0.15)!, 0.15, 2, 'euclidean').labels // Int32Array [0, 0, 0, -1]
 */
export function gridDbscan(grid: Grid, eps: number, minPts: number, metric: DbscanMetric): DbscanLabels {
  const { order } = grid;
  const n = order.length;
  const reach: Reach = { r: metric === 'euclidean' ? eps * eps : eps, manhattan: metric === 'manhattan' };
  const count = countNeighbours(grid, reach);
  const isCore = new Uint8Array(n);
  for (let p = 0; p < n; p++) if (count[p]! >= minPts) isCore[p] = 1;
  const parent = joinCores(grid, isCore, reach);

  // Number clusters in row order of their first core row.
  const position = new Int32Array(n);
  for (let p = 0; p < n; p++) position[order[p]!] = p;
  const clusterOfRoot = new Int32Array(n).fill(-1);
  const label = new Int32Array(n).fill(-1);
  let nClusters = 0;
  for (let i = 0; i < n; i++) {
    const p = position[i]!;
    if (isCore[p] === 0) continue;
    const root = find(parent, p);
    if (clusterOfRoot[root] === -1) clusterOfRoot[root] = nClusters++;
    label[p] = clusterOfRoot[root]!;
  }
  labelBorders(grid, isCore, label, reach);

  const labels = new Int32Array(n), core = new Uint8Array(n);
  for (let p = 0; p < n; p++) {
    labels[order[p]!] = label[p]!;
    core[order[p]!] = isCore[p]!;
  }
  return { labels, core, nClusters };
}

/** The reduced radius (eps² for euclidean, eps for manhattan) and which sum to compare with it. */
interface Reach {
  readonly r: number;
  readonly manhattan: boolean;
}

/**
 * Whether the rows at positions p and q of the grid are within reach. The phases below are separate
 * functions, each with one hot loop, so V8 optimises each on its own and keeps it optimised.
 */
function within(coords: Float64Array, d: number, p: number, q: number, r: number, manhattan: boolean): boolean {
  let s = 0;
  for (let t = 0, a = p * d, b = q * d; t < d; t++) {
    const e = coords[a + t]! - coords[b + t]!;
    s += manhattan ? (e < 0 ? -e : e) : e * e;
  }
  return s <= r;
}

/**
 * Rows within reach of each position (the row itself included), every pair of cells seen once.
 * The tally adds 0 or 1 instead of branching on the distance: in a dense cluster a third or so of
 * the candidates are within reach, in no pattern a branch predictor could learn.
 */
function countNeighbours(grid: Grid, reach: Reach): Int32Array {
  const { cellStart, coords, offsets, cols: d } = grid;
  const { r, manhattan } = reach;
  const count = new Int32Array(grid.order.length).fill(1);
  const cells = cellStart.length - 1;
  const later = offsets.length / 2;
  for (let a = 0; a < cells; a++) {
    const e = cellStart[a + 1]!;
    for (let p = cellStart[a]!; p < e; p++) {
      let own = 0;
      for (let k = -1; k < later; k++) {
        const from = k < 0 ? p + 1 : cellStart[a + offsets[k]!]!;
        const to = k < 0 ? e : cellStart[a + offsets[k]! + 1]!;
        for (let q = from; q < to; q++) {
          const hit = Number(within(coords, d, p, q, r, manhattan));
          own += hit;
          count[q]! += hit;
        }
      }
      count[p]! += own;
    }
  }
  return count;
}

/** A disjoint-set forest over positions where core rows within reach share a set; each root is its set's lowest position. */
function joinCores(grid: Grid, isCore: Uint8Array, reach: Reach): Int32Array {
  const { cellStart, coords, offsets, cols: d } = grid;
  const { r, manhattan } = reach;
  const parent = Int32Array.from({ length: grid.order.length }, (_, p) => p);
  const cells = cellStart.length - 1;
  const later = offsets.length / 2;
  for (let a = 0; a < cells; a++) {
    const s = cellStart[a]!, e = cellStart[a + 1]!;
    for (let p = s; p < e; p++) {
      if (isCore[p] === 0) continue;
      // Rows already in p's set need no distance: inside a dense cluster that is most of them.
      let root = find(parent, p);
      for (let k = -1; k < later; k++) {
        const from = k < 0 ? p + 1 : cellStart[a + offsets[k]!]!;
        const to = k < 0 ? e : cellStart[a + offsets[k]! + 1]!;
        for (let q = from; q < to; q++) {
          if (isCore[q] === 1 && find(parent, q) !== root && within(coords, d, p, q, r, manhattan)) root = join(parent, root, q);
        }
      }
    }
  }
  return parent;
}

function find(parent: Int32Array, p: number): number {
  while (parent[p] !== p) {
    const up = parent[parent[p]!]!;
    parent[p] = up;
    p = up;
  }
  return p;
}

/** Merge the sets of root `root` and row q; returns the merged set's root (the lower of the two). */
function join(parent: Int32Array, root: number, q: number): number {
  const other = find(parent, q);
  if (other < root) {
    parent[root] = other;
    return other;
  }
  parent[other] = root;
  return root;
}

/** Give each non-core position the lowest cluster label among its core neighbours (−1, noise, when none). */
function labelBorders(grid: Grid, isCore: Uint8Array, label: Int32Array, reach: Reach): void {
  const { cellStart, coords, offsets, cols: d } = grid;
  const { r, manhattan } = reach;
  const cells = cellStart.length - 1;
  for (let a = 0; a < cells; a++) {
    for (let p = cellStart[a]!, e = cellStart[a + 1]!; p < e; p++) {
      if (isCore[p] === 1) continue;
      let best = -1;
      for (let k = -1; k < offsets.length; k++) {
        const b = k < 0 ? a : a + offsets[k]!;
        for (let q = cellStart[b]!, be = cellStart[b + 1]!; q < be; q++) {
          if (isCore[q] === 1 && (best === -1 || label[q]! < best) && within(coords, d, p, q, r, manhattan)) best = label[q]!;
        }
      }
      label[p] = best;
    }
  }
}
