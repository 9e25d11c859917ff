import type { Matrix } from '../../matrix';
import { checkClusterInput } from '../hierarchical/check-input';
import { checkDbscanParams, defaultMinPts } from './check-params';
import { buildKdTree, kthNearestDistance } from './kd-tree';
import type { DbscanMetric } from './types';

/**
 * The k-distance curve for choosing eps: for every row, the distance to its (minPts − 1)-th nearest
 * other row (scikit-learn's convention: minPts counts the row itself), sorted ascending. eps is
 * usually read where the curve bends upward.
 * @example kDistance(fromRows([[0], [1], [3]]), { minPts: 2 }) // Float64Array [1, 1, 2]
 */
export function kDistance(X: Matrix, options: { minPts?: number; metric?: DbscanMetric; columnNames?: readonly string[] } = {}): Float64Array {
  const { metric = 'euclidean', columnNames } = options;
  const minPts = options.minPts ?? defaultMinPts(X.cols);
  checkClusterInput(X, 1, columnNames);
  checkDbscanParams(1, minPts, X.rows);
  const tree = buildKdTree(X);
  const out = new Float64Array(X.rows);
  for (let i = 0; i < X.rows; i++) out[i] = kthNearestDistance(tree, i, minPts, metric);
  return out.sort();
}
