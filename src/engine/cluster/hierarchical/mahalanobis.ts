import type { Matrix } from '../../matrix';
import { fail } from '../../problem';

/**
 * Below this share of its own variance left unexplained by the earlier columns, a column counts as
 * collinear: the covariance matrix is then numerically singular and Mahalanobis distances meaningless.
 */
const COLLINEAR_RESIDUAL_SHARE = 1e-10;

/**
 * Rows mapped so that Euclidean distance between them equals the Mahalanobis distance between the
 * originals, with the sample covariance (n − 1 denominator, as SciPy's default `VI`):
 * y = L⁻¹x where Σ = LLᵀ (Cholesky). Throws, naming the column, when Σ is singular.
 * @example whitenForMahalanobis(fromRows([[0, 0], [2, 0], [0, 4], [2, 4]])) // columns scaled by 1/sd: sd = √(4/3), √(16/3)
 */
export function whitenForMahalanobis(X: Matrix, columnNames?: readonly string[]): Matrix {
  const { rows: n, cols: d, data } = X;
  const name = (j: number): string => (columnNames?.[j] !== undefined ? `"${columnNames[j]}"` : `column ${j + 1}`);
  if (n < 2) fail('mahalanobis-too-few-rows', 'The Mahalanobis metric needs at least 2 rows to estimate a covariance; use euclidean instead.');
  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j]! += data[i * d + j]! / n;
  const cov = new Float64Array(d * d);
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < d; a++) {
      const da = data[i * d + a]! - mean[a]!;
      for (let b = 0; b <= a; b++) cov[a * d + b]! += (da * (data[i * d + b]! - mean[b]!)) / (n - 1);
    }
  }
  const L = new Float64Array(d * d);
  for (let j = 0; j < d; j++) {
    let s = cov[j * d + j]!;
    for (let k = 0; k < j; k++) s -= L[j * d + k]! * L[j * d + k]!;
    const variance = cov[j * d + j]!;
    if (variance === 0) {
      fail('mahalanobis-constant-column', `${name(j)} has the same value in every row, so its covariance is singular: drop that column or use the euclidean metric.`);
    }
    if (s <= COLLINEAR_RESIDUAL_SHARE * variance) {
      const earlier = Array.from({ length: j }, (_, k) => name(k)).join(', ');
      fail(
        'mahalanobis-singular',
        `${name(j)} is a linear combination of ${earlier} (collinear columns), so the covariance matrix is singular ` +
          `and Mahalanobis distances are undefined: drop ${name(j)} or use the euclidean metric.`,
      );
    }
    const ljj = Math.sqrt(s);
    L[j * d + j] = ljj;
    for (let i = j + 1; i < d; i++) {
      let t = cov[i * d + j]!;
      for (let k = 0; k < j; k++) t -= L[i * d + k]! * L[j * d + k]!;
      L[i * d + j] = t / ljj;
    }
  }
  const out = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) {
      let t = data[i * d + j]!;
      for (let k = 0; k < j; k++) t -= L[j * d + k]! * out[i * d + k]!;
      out[i * d + j] = t / L[j * d + j]!;
    }
  }
  return { data: out, rows: n, cols: d };
}
