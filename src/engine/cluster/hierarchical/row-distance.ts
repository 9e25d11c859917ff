import type { Matrix } from '../../matrix';
import { whitenForMahalanobis } from './mahalanobis';
import type { HierarchicalMetric } from './types';

/** Distance between rows i and j of the matrix it was made for. */
export type RowDistance = (i: number, j: number) => number;

/**
 * A distance in a cheaper form with the same order (squared for euclidean and mahalanobis), and the
 * map back to the real distance. Minimum searches compare reduced values and expand only the winner:
 * expand(min reduced) is bit-for-bit the min of the real distances, as √ is monotone.
 */
export interface ReducedDistance {
  readonly reduced: RowDistance;
  readonly expand: (reduced: number) => number;
}

/**
 * The distance between two rows of X, summed over columns in order as SciPy's `pdist` does, so
 * equal distances stay bit-for-bit equal and ties break the same way.
 * Mahalanobis whitens X once (see whitenForMahalanobis) and then measures Euclidean distance.
 * @example rowDistance(fromRows([[0, 0], [3, 4]]), 'euclidean')(0, 1) // 5; 'manhattan' → 7, 'chebyshev' → 4, 'sqeuclidean' → 25
 */
export function rowDistance(X: Matrix, metric: HierarchicalMetric, columnNames?: readonly string[]): RowDistance {
  const { reduced, expand } = reducedRowDistance(X, metric, columnNames);
  return expand === identity ? reduced : (i, j) => Math.sqrt(reduced(i, j));
}

/**
 * rowDistance in reduced form (see ReducedDistance). Hot loops call it n² times, so it avoids
 * builtins (Math.abs, Math.max), which cost a call each inside a VM context such as jest's.
 * @example reducedRowDistance(fromRows([[0, 0], [3, 4]]), 'euclidean').reduced(0, 1) // 25; expand(25) → 5
 */
export function reducedRowDistance(X: Matrix, metric: HierarchicalMetric, columnNames?: readonly string[]): ReducedDistance {
  const source = metric === 'mahalanobis' ? whitenForMahalanobis(X, columnNames) : X;
  const { data, cols: d } = source;
  const sumSquares: RowDistance = (i, j) => {
    let s = 0;
    for (let k = 0, a = i * d, b = j * d; k < d; k++) {
      const t = data[a + k]! - data[b + k]!;
      s += t * t;
    }
    return s;
  };
  switch (metric) {
    case 'euclidean':
    case 'mahalanobis':
      return { reduced: sumSquares, expand: Math.sqrt };
    case 'sqeuclidean':
      return { reduced: sumSquares, expand: identity };
    case 'manhattan':
      return {
        reduced: (i, j) => {
          let s = 0;
          for (let k = 0, a = i * d, b = j * d; k < d; k++) {
            const t = data[a + k]! - data[b + k]!;
            s += t < 0 ? -t : t;
          }
          return s;
        },
        expand: identity,
      };
    case 'chebyshev':
      return {
        reduced: (i, j) => {
          let m = 0;
          for (let k = 0, a = i * d, b = j * d; k < d; k++) {
            const t = data[a + k]! - data[b + k]!;
            const u = t < 0 ? -t : t;
            if (u > m) m = u;
          }
          return m;
        },
        expand: identity,
      };
    default: {
      const never: never = metric;
      throw new RangeError(`unknown metric ${String(never)}`);
    }
  }
}

const identity = (r: number): number => r;
