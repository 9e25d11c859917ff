import type { RowDistance } from './row-distance';

/**
 * Position of pair (i, j), i ≠ j, in a condensed distance matrix of n rows (SciPy's layout: the upper
 * triangle read row by row).
 * @example condensedIndex(4, 0, 1) // 0; (4, 1, 2) → 3; (4, 2, 3) → 5, the last of 6 pairs
 */
export function condensedIndex(n: number, i: number, j: number): number {
  const a = i < j ? i : j;
  const b = i < j ? j : i;
  return n * a - (a * (a + 1)) / 2 + (b - a - 1);
}

/** Bytes a condensed Float64 distance matrix of n rows takes: 8 · n(n − 1)/2. */
export function condensedBytes(n: number): number {
  return 4 * n * (n - 1);
}

/**
 * All pairwise distances, condensed: n(n − 1)/2 values, pair (i, j) at condensedIndex(n, i, j).
 * @example condensedDistances(3, (i, j) => Math.abs(i - j)) // Float64Array [1, 2, 1]
 */
export function condensedDistances(n: number, distance: RowDistance): Float64Array {
  const D = new Float64Array((n * (n - 1)) / 2);
  let p = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) D[p++] = distance(i, j);
  return D;
}
