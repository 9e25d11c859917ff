import type { Matrix } from '../../matrix';
import { whitenForMahalanobis } from './mahalanobis';
import type { HierarchicalMetric } from './types';

/** Distance between rows i and j of the matrix it was made for. */
export type RowDistance = (i: number, j: number) => number;

/**
 * The distance between two rows of X, summed over columns in order as SciPy's `pdist` does, so
 * equal distances stay bit-for-bit equal and ties break the same way.
 * Mahalanobis whitens X once (see whitenForMahalanobis) and then measures Euclidean distance.
 * @example rowDistance(fromRows([[0, 0], [3, 4]]), 'euclidean')(0, 1) // 5; 'manhattan' → 7, 'chebyshev' → 4, 'sqeuclidean' → 25
 */
export function rowDistance(X: Matrix, metric: HierarchicalMetric, columnNames?: readonly string[]): RowDistance {
  const source = metric === 'mahalanobis' ? whitenForMahalanobis(X, columnNames) : X;
  const { data, cols: d } = source;
  switch (metric) {
    case 'euclidean':
    case 'mahalanobis':
      return (i, j) => Math.sqrt(sumSquares(data, d, i, j));
    case 'sqeuclidean':
      return (i, j) => sumSquares(data, d, i, j);
    case 'manhattan':
      return (i, j) => {
        let s = 0;
        for (let k = 0, a = i * d, b = j * d; k < d; k++) s += Math.abs(data[a + k]! - data[b + k]!);
        return s;
      };
    case 'chebyshev':
      return (i, j) => {
        let m = 0;
        for (let k = 0, a = i * d, b = j * d; k < d; k++) m = Math.max(m, Math.abs(data[a + k]! - data[b + k]!));
        return m;
      };
    default: {
      const never: never = metric;
      throw new RangeError(`unknown metric ${String(never)}`);
    }
  }
}

function sumSquares(data: Float64Array, d: number, i: number, j: number): number {
  let s = 0;
  for (let k = 0, a = i * d, b = j * d; k < d; k++) {
    const t = data[a + k]! - data[b + k]!;
    s += t * t;
  }
  return s;
}
