import { matrix, type Matrix } from '../../matrix';
import { fitScaling } from '../../prep/scaling';

/** The matrix RFM clusters are fitted on, and how it was made from the customers' values. */
export interface RfmFeatures {
  /** n × 3: log1p of recency, frequency and monetary, each standardised (mean 0, variance 1). */
  readonly X: Matrix;
  /** Mean and standard deviation (population, as scikit-learn's StandardScaler) of each log1p column. */
  readonly mean: readonly [number, number, number];
  readonly scale: readonly [number, number, number];
  /** Customers whose recency, frequency or monetary was below 0 (net returns), taken as 0 before log1p. */
  readonly clippedBelowZero: number;
}

/**
 * log1p then standard scaling of R, F and M, the usual preparation for clustering them: the log tames
 * their long right tails, so a few big spenders do not make their own clusters. Values below 0 (a
 * customer whose returns exceed purchases) have no log1p and are taken as 0; they are counted.
 * @example rfmFeatures(recency [0, e−1], frequency [1, 1], monetary [0, e−1]) // X rows (−1, 0, −1), (1, 0, 1)
 */
export function rfmFeatures(recency: Float64Array, frequency: Float64Array, monetary: Float64Array): RfmFeatures {
  const n = recency.length;
  const X = matrix(n, 3);
  let clippedBelowZero = 0;
  const mean: number[] = [], scale: number[] = [];
  [recency, frequency, monetary].forEach((values, j) => {
    const logged = new Float64Array(n);
    for (let i = 0; i < n; i++) logged[i] = Math.log1p(Math.max(values[i] as number, 0));
    const fitted = fitScaling(logged, 'standard');
    mean.push(fitted.center);
    scale.push(fitted.scale);
    for (let i = 0; i < n; i++) X.data[i * 3 + j] = ((logged[i] as number) - fitted.center) / fitted.scale;
  });
  for (let i = 0; i < n; i++) {
    if ((recency[i] as number) < 0 || (frequency[i] as number) < 0 || (monetary[i] as number) < 0) clippedBelowZero++;
  }
  return { X, mean: mean as [number, number, number], scale: scale as [number, number, number], clippedBelowZero };
}
