import { isFiniteNumber } from './is-finite';

/** Count, mean and population variance of the finite values, in one pass (Welford: stable for large magnitudes). */
export interface Moments {
  readonly count: number;
  readonly mean: number;
  /** Population variance (divides by count), as scikit-learn's StandardScaler. */
  readonly variance: number;
  readonly min: number;
  readonly max: number;
}

/**
 * @example moments(Float64Array.of(1, 2, 3, NaN)) // { count: 3, mean: 2, variance: 2/3, min: 1, max: 3 }
 */
export function moments(values: ArrayLike<number>): Moments {
  let count = 0, mean = 0, m2 = 0, min = Infinity, max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!isFiniteNumber(v)) continue;
    count++;
    const delta = v - mean;
    mean += delta / count;
    m2 += delta * (v - mean);
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { count, mean: count ? mean : NaN, variance: count ? m2 / count : NaN, min, max };
}

/** Above this skewness a non-negative column is called right-skewed: log1p is applied or suggested. */
export const LOG1P_SKEW = 1;

/** Sample skewness (adjusted Fisher–Pearson, as pandas `skew`), ignoring non-finite values. */
export function skewness(values: ArrayLike<number>): number {
  const { count: n, mean } = moments(values);
  if (n < 3) return NaN;
  let m2 = 0, m3 = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!isFiniteNumber(v)) continue;
    const d = v - mean;
    m2 += d * d;
    m3 += d * d * d;
  }
  m2 /= n;
  m3 /= n;
  if (m2 === 0) return 0;
  return (Math.sqrt(n * (n - 1)) / (n - 2)) * (m3 / Math.pow(m2, 1.5));
}
