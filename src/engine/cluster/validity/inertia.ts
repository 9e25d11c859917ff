import type { Matrix } from '../../matrix';
import { sqDistance } from '../sq-distance';

/**
 * Within-cluster sum of squares (WCSS): Σ over rows of the squared distance to its cluster's centre.
 * @example inertia(fromRows([[0], [2], [10]]), Int32Array.of(0, 0, 1), fromRows([[1], [10]])) // 1 + 1 + 0 = 2
 */
export function inertia(X: Matrix, labels: Int32Array, centers: Matrix): number {
  let total = 0;
  for (let i = 0; i < X.rows; i++) total += sqDistance(X.data, i, centers.data, labels[i] as number, X.cols);
  return total;
}
