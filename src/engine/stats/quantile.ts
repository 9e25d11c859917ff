/**
 * Quantile of already-sorted values with linear interpolation between order statistics
 * (numpy's default, pandas' `quantile`, scikit-learn's RobustScaler).
 * @example quantileSorted(Float64Array.of(1, 2, 3, 4), 0.25) // 1.75: position 0.75 between 1 and 2
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const pos = (n - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, n - 1);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}
