import { isFiniteNumber } from './is-finite';

/**
 * Excess kurtosis with the bias correction of pandas `kurt()` (Fisher's G2), ignoring non-finite values.
 * NaN below four values; 0 for a constant column (pandas' choice, rather than 0/0).
 * @example excessKurtosis(Float64Array.of(1, 2, 3, 4)) // -1.2: m2 = 5, m4 = 10.25, 4·5·3·10.25/(2·1·25) − 3·9/2
 */
export function excessKurtosis(values: ArrayLike<number>): number {
  let n = 0, sum = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!isFiniteNumber(v)) continue;
    n++;
    sum += v;
  }
  if (n < 4) return NaN;
  const mean = sum / n;
  let m2 = 0, m4 = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!isFiniteNumber(v)) continue;
    const d2 = (v - mean) * (v - mean);
    m2 += d2;
    m4 += d2 * d2;
  }
  const denominator = (n - 2) * (n - 3) * m2 * m2;
  if (denominator === 0) return 0;
  return (n * (n + 1) * (n - 1) * m4) / denominator - (3 * (n - 1) * (n - 1)) / ((n - 2) * (n - 3));
}
