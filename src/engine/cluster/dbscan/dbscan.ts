import type { Matrix } from '../../matrix';
import type { Problem } from '../../problem';
import { checkClusterInput } from '../hierarchical/check-input';
import { checkDbscanParams, defaultMinPts } from './check-params';
import { buildGrid } from './grid';
import { gridDbscan, type DbscanLabels } from './grid-dbscan';
import { buildKdTree, forEachWithin, radiusCount } from './kd-tree';
import type { DbscanMetric } from './types';

export interface DbscanOptions {
  /** Neighbourhood radius, > 0, in the units of X (standardised units when X is scaled). */
  eps: number;
  /** Rows within eps (the row itself included, as scikit-learn's min_samples) to be a core point. Default max(4, d + 1). */
  minPts?: number;
  /** Default euclidean. */
  metric?: DbscanMetric;
  columnNames?: readonly string[];
}

export interface DbscanResult {
  /** Cluster per row, 0..nClusters−1, or −1 for noise. */
  readonly labels: Int32Array;
  /** 1 where the row is a core point (at least minPts rows within eps). */
  readonly core: Uint8Array;
  readonly nClusters: number;
  /** Rows labelled noise. */
  readonly noise: number;
  readonly eps: number;
  readonly minPts: number;
  /** Things a person should know about the result, e.g. that every row is noise. */
  readonly warnings: readonly Problem[];
}

/**
 * Density-based clustering (DBSCAN), labelled exactly as scikit-learn's `DBSCAN(eps, min_samples)`:
 * clusters are numbered in the order of their lowest-indexed core point, and a border point
 * reachable from two clusters goes to the first. Up to GRID_MAX_COLS columns neighbourhoods come from
 * a grid of eps-sized cells (gridDbscan); with more columns, or points spread too thinly for a grid,
 * from a k-d tree, one query per row to find the core points and one per core point to grow the
 * clusters. Nothing n² is stored.
 * @example dbscan(fromRows([[0], [0.1], [0.2], [5]]), { eps: 0.15, minPts: 2 }).labels // Int32Array [0, 0, 0, -1]
 */
export function dbscan(X: Matrix, options: DbscanOptions): DbscanResult {
  const { eps, metric = 'euclidean', columnNames } = options;
  const minPts = options.minPts ?? defaultMinPts(X.cols);
  checkClusterInput(X, 1, columnNames);
  checkDbscanParams(eps, minPts, X.rows);
  const grid = buildGrid(X, eps);
  const { labels, core, nClusters } = grid !== null ? gridDbscan(grid, eps, minPts, metric) : treeDbscan(X, eps, minPts, metric);
  const n = X.rows;
  let noise = 0;
  for (let i = 0; i < n; i++) if (labels[i] === -1) noise++;
  const warnings: Problem[] = [];
  if (nClusters === 0) {
    warnings.push({
      code: 'dbscan-all-noise',
      message: `Every row is noise: no row has ${minPts} rows within eps = ${eps}. Try a larger eps (read it off the k-distance chart, where the curve bends) or a smaller minPts.`,
    });
  }
  return { labels, core, nClusters, noise, eps, minPts, warnings };
}

/** DBSCAN through k-d tree queries, labelled as gridDbscan (see there). */
function treeDbscan(X: Matrix, eps: number, minPts: number, metric: DbscanMetric): DbscanLabels {
  const n = X.rows;
  const tree = buildKdTree(X);
  const core = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (radiusCount(tree, i, eps, metric) >= minPts) core[i] = 1;

  const labels = new Int32Array(n).fill(-1);
  const stack: number[] = [];
  let nClusters = 0;
  for (let seed = 0; seed < n; seed++) {
    if (labels[seed] !== -1 || core[seed] === 0) continue;
    stack.push(seed);
    while (stack.length > 0) {
      const i = stack.pop()!;
      if (labels[i] !== -1) continue;
      labels[i] = nClusters;
      if (core[i] === 1) {
        forEachWithin(tree, i, eps, metric, (j) => {
          if (labels[j] === -1) stack.push(j);
        });
      }
    }
    nClusters++;
  }
  return { labels, core, nClusters };
}
