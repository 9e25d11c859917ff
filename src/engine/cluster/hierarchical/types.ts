/** How the distance between two clusters is defined (SciPy's names). */
export type LinkageMethod = 'single' | 'complete' | 'average' | 'weighted' | 'centroid' | 'median' | 'ward';

/** How the distance between two rows is measured (SciPy's `cityblock` is called `manhattan` here). */
export type HierarchicalMetric = 'euclidean' | 'sqeuclidean' | 'manhattan' | 'chebyshev' | 'mahalanobis';

/**
 * A SciPy-compatible linkage matrix: row k = [a, b, height, size] records the k-th merge of
 * clusters a < b; ids below n are rows of the input, id n + k is the cluster formed at row k.
 */
export interface Linkage {
  /** (n − 1) × 4, row-major. */
  readonly Z: Float64Array;
  /** Number of clustered rows (leaves). */
  readonly n: number;
}
