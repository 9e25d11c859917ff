import type { Matrix } from '../matrix';

/**
 * scikit-learn's `_tolerance`: the relative `tol` scaled by the mean of the per-feature (population)
 * variances of X, so the stopping rule does not depend on the units of the data.
 * @example scaledTolerance(fromRows([[0, 0], [2, 4]]), 1e-4) // variances 1 and 4, mean 2.5 → 2.5e-4
 */
export function scaledTolerance(X: Matrix, tol: number): number {
  const { data, rows: n, cols: d } = X;
  if (n === 0 || d === 0) return 0;
  const mean = new Float64Array(d);
  for (let i = 0, o = 0; i < n; i++) for (let t = 0; t < d; t++, o++) mean[t] = (mean[t] as number) + (data[o] as number);
  for (let t = 0; t < d; t++) mean[t] = (mean[t] as number) / n;
  let total = 0;
  for (let i = 0, o = 0; i < n; i++) {
    for (let t = 0; t < d; t++, o++) {
      const diff = (data[o] as number) - (mean[t] as number);
      total += diff * diff;
    }
  }
  return (total / n / d) * tol;
}
