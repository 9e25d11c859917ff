import type { Matrix } from '../matrix';

/**
 * The first feature whose values alone split the classes (every positive at or above every
 * negative, or the reverse, ties allowed at one value), or −1. Such a feature makes the
 * unpenalised maximum-likelihood coefficients infinite. Constant columns are not reported here:
 * they are a collinearity, found by collinearColumns.
 * @example singleFeatureSeparation(fromRows([[1, 5], [2, 3], [3, 4]]), Uint8Array.of(0, 0, 1)) // 0 (positives ≥ 3 > negatives ≤ 2)
 */
export function singleFeatureSeparation(x: Matrix, y: Uint8Array): number {
  const d = x.cols;
  const min = [new Float64Array(d).fill(Infinity), new Float64Array(d).fill(Infinity)];
  const max = [new Float64Array(d).fill(-Infinity), new Float64Array(d).fill(-Infinity)];
  for (let i = 0; i < x.rows; i++) {
    const lo = min[y[i] as number] as Float64Array, hi = max[y[i] as number] as Float64Array;
    for (let j = 0; j < d; j++) {
      const v = x.data[i * d + j] as number;
      if (v < (lo[j] as number)) lo[j] = v;
      if (v > (hi[j] as number)) hi[j] = v;
    }
  }
  const [min0, min1] = min as [Float64Array, Float64Array];
  const [max0, max1] = max as [Float64Array, Float64Array];
  for (let j = 0; j < d; j++) {
    const constant = min0[j] === max0[j] && min1[j] === max1[j] && min0[j] === min1[j];
    if (!constant && ((max0[j] as number) <= (min1[j] as number) || (max1[j] as number) <= (min0[j] as number))) return j;
  }
  return -1;
}
