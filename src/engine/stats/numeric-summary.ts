import { skewness } from './describe';
import { isFiniteNumber } from './is-finite';
import { excessKurtosis } from './kurtosis';
import { quantileSorted } from './quantile';
import { sortFinite } from './sort-finite';

/** pandas `describe()` plus shape and the counts a first look at a numeric column needs. */
export interface NumericSummary {
  readonly count: number;
  readonly mean: number;
  /** Sample standard deviation (divides by count − 1), as pandas. */
  readonly std: number;
  readonly min: number;
  readonly q25: number;
  readonly median: number;
  readonly q75: number;
  readonly max: number;
  /** Adjusted Fisher–Pearson skewness (pandas `skew`). */
  readonly skew: number;
  /** Bias-corrected excess kurtosis (pandas `kurt`). */
  readonly kurtosis: number;
  readonly zeros: number;
  readonly negatives: number;
  /** Values below Q1 − 1.5·IQR or above Q3 + 1.5·IQR (Tukey's fences). */
  readonly outliers: number;
  readonly distinct: number;
  /** Every value a whole number (counts, codes, identifiers). */
  readonly integers: boolean;
}

/**
 * Summary of the finite values (NaN and ±Infinity are missing). Returns the sorted values too, so histograms and
 * quantile bins reuse the one sort.
 * @example numericSummary(Float64Array.of(4, 1, 3, 2)).summary
 *   // mean 2.5, std √(5/3) ≈ 1.291, quartiles 1.75 / 2.5 / 3.25 (positions 0.75, 1.5, 2.25 of [1, 2, 3, 4])
 */
export function numericSummary(values: ArrayLike<number>): { summary: NumericSummary; sorted: Float64Array } {
  // A typed buffer filled in place: pushing a million numbers to an array and copying them costs more than the sort.
  const finite = new Float64Array(values.length);
  let n = 0, sum = 0, zeros = 0, negatives = 0, integers = true;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!isFiniteNumber(v)) continue;
    finite[n++] = v;
    sum += v;
    if (v === 0) zeros++;
    else if (v < 0) negatives++;
    if (integers && !Number.isInteger(v)) integers = false;
  }
  const sorted = sortFinite(finite.subarray(0, n));
  const mean = n ? sum / n : NaN;
  let ss = 0, distinct = 0;
  for (let i = 0; i < n; i++) {
    const v = sorted[i] as number;
    ss += (v - mean) * (v - mean);
    if (i === 0 || v !== sorted[i - 1]) distinct++;
  }
  const q25 = quantileSorted(sorted, 0.25), q75 = quantileSorted(sorted, 0.75);
  const fence = 1.5 * (q75 - q25);
  let outliers = 0;
  for (let i = 0; i < n; i++) {
    const v = sorted[i] as number;
    if (v < q25 - fence || v > q75 + fence) outliers++;
  }
  const summary: NumericSummary = {
    count: n,
    mean,
    std: n > 1 ? Math.sqrt(ss / (n - 1)) : NaN,
    min: n ? (sorted[0] as number) : NaN,
    q25,
    median: quantileSorted(sorted, 0.5),
    q75,
    max: n ? (sorted[n - 1] as number) : NaN,
    skew: skewness(sorted),
    kurtosis: excessKurtosis(sorted),
    zeros,
    negatives,
    outliers,
    distinct,
    integers: n > 0 && integers,
  };
  return { summary, sorted };
}
