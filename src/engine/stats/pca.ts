import { symmetricEigen } from '../linalg/symmetric-eigen';
import type { Matrix } from '../matrix';

export interface Projection {
  /** Scores of every row on the first `count` components, row-major n × count. */
  readonly scores: Matrix;
  /** Share of the total variance each component explains. */
  readonly explained: readonly number[];
}

/**
 * Principal components of X (centred by column means): the eigenvectors of the covariance matrix,
 * each signed so its largest-magnitude loading is positive (so the picture does not flip between runs).
 * @example principalComponents(fromRows([[0, 0], [1, 1], [2, 2]]), 1).explained // [1]: all variance on the diagonal
 */
export function principalComponents(X: Matrix, count: number): Projection {
  const { rows: n, cols: d, data } = X;
  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j] = (mean[j] as number) + (data[i * d + j] as number) / n;
  const cov = new Float64Array(d * d);
  const row = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) row[j] = (data[i * d + j] as number) - (mean[j] as number);
    for (let a = 0; a < d; a++) for (let b = a; b < d; b++) cov[a * d + b] = (cov[a * d + b] as number) + (row[a] as number) * (row[b] as number);
  }
  for (let a = 0; a < d; a++) for (let b = a; b < d; b++) cov[b * d + a] = cov[a * d + b] as number;
  const { values, vectors } = symmetricEigen(cov, d);
  const m = Math.min(count, d);
  for (let c = 0; c < m; c++) {
    let big = 0;
    for (let k = 0; k < d; k++) if (Math.abs(vectors[k * d + c] as number) > Math.abs(vectors[big * d + c] as number)) big = k;
    if ((vectors[big * d + c] as number) < 0) for (let k = 0; k < d; k++) vectors[k * d + c] = -(vectors[k * d + c] as number);
  }
  const scores = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < m; c++) {
      let s = 0;
      for (let k = 0; k < d; k++) s += ((data[i * d + k] as number) - (mean[k] as number)) * (vectors[k * d + c] as number);
      scores[i * m + c] = s;
    }
  }
  const total = values.reduce((s, v) => s + Math.max(v, 0), 0);
  return { scores: { data: scores, rows: n, cols: m }, explained: Array.from(values.subarray(0, m), (v) => (total > 0 ? Math.max(v, 0) / total : 0)) };
}
