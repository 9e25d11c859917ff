import type { Matrix } from '../../matrix';
import { fail } from '../../problem';
import { checkClusterInput } from './check-input';
import { condensedBytes, condensedDistances } from './condensed';
import { genericLinkage } from './generic-linkage';
import { distanceUpdate } from './lance-williams';
import { checkMethodMetric } from './methods';
import { mstSingleLinkage } from './mst-single';
import { nnChainLinkage } from './nn-chain';
import { reducedRowDistance, rowDistance } from './row-distance';
import type { HierarchicalMetric, Linkage, LinkageMethod } from './types';
import { wardVectorLinkage } from './ward-vector';

export interface LinkageOptions {
  method: LinkageMethod;
  /** Default euclidean. centroid, median and ward accept only euclidean. */
  metric?: HierarchicalMetric;
  /**
   * Largest distance matrix to allocate, in bytes (default 512 MiB ≈ 11,500 rows). Only complete,
   * average, weighted, centroid and median need one; single and ward never do.
   */
  memoryBudgetBytes?: number;
  /** Column names, to name a column in error messages. */
  columnNames?: readonly string[];
}

export const DEFAULT_MEMORY_BUDGET_BYTES = 512 * 1024 * 1024;

/**
 * Agglomerative hierarchical clustering of the rows of X, as SciPy's `linkage(X, method, metric)`:
 * the same linkage matrix, row for row where no two merge heights tie. The algorithm follows the
 * method, as fastcluster's does: a minimum spanning tree for single (O(n) memory), the
 * nearest-neighbour chain on centroids for ward (O(n·d) memory), the nearest-neighbour chain on a
 * condensed distance matrix for complete, average and weighted, and the generic algorithm for
 * centroid and median, which can produce inversions (a merge lower than an earlier one).
 * @example linkage(fromRows([[0], [1], [5]]), { method: 'single' }).Z // [0, 1, 1, 2,  2, 3, 4, 3]
 */
export function linkage(X: Matrix, options: LinkageOptions): Linkage {
  const { method, metric = 'euclidean', memoryBudgetBytes = DEFAULT_MEMORY_BUDGET_BYTES, columnNames } = options;
  checkMethodMetric(method, metric);
  checkClusterInput(X, 2, columnNames);
  const n = X.rows;
  if (method === 'ward') return { Z: wardVectorLinkage(X), n };
  if (method === 'single') return { Z: mstSingleLinkage(n, reducedRowDistance(X, metric, columnNames)), n };

  const bytes = condensedBytes(n);
  if (bytes > memoryBudgetBytes) {
    const fits = Math.floor((1 + Math.sqrt(1 + memoryBudgetBytes)) / 2);
    fail(
      'linkage-over-memory-budget',
      `${method} linkage on ${n.toLocaleString('en-US')} rows needs a ${formatBytes(bytes)} distance matrix, ` +
        `above the ${formatBytes(memoryBudgetBytes)} memory budget. Use ward or single linkage (they need no distance matrix), ` +
        `or cluster a sample of at most ${fits.toLocaleString('en-US')} rows and assign the rest to the nearest cluster.`,
    );
  }
  const D = condensedDistances(n, rowDistance(X, metric, columnNames));
  const update = distanceUpdate(method);
  return { Z: method === 'centroid' || method === 'median' ? genericLinkage(D, n, update) : nnChainLinkage(D, n, update), n };
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GB` : `${Math.round(bytes / 1024 ** 2)} MB`;
}
