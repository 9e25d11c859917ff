import type { Matrix } from '../matrix';
import type { Problem } from '../problem';

/** A column is taken as a combination of earlier ones when less than this share of its sum of squares is left over. */
const RESIDUAL_SHARE = 1e-9;

/**
 * Find columns of X that, together with the intercept, are linear combinations of earlier
 * columns (a one-hot group that keeps every level, a duplicated column, a constant column). An
 * unpenalised fit has no unique solution then. Works on the Gram matrix of [1, X] with a
 * Cholesky decomposition that skips dependent columns: one problem per dependent column, naming
 * the columns it is made of.
 * @example
 * // columns a, b = 1 − a: b is the intercept minus a
 * collinearColumns(fromRows([[0, 1], [1, 0], [1, 0]]), ['a', 'b'])
 * // [{ code: 'collinear-columns', column: 'b', message: "Column 'b' is a linear combination of the intercept and 'a'…" }]
 */
export function collinearColumns(x: Matrix, names: readonly string[]): Problem[] {
  const p = x.cols + 1;
  const gram = new Float64Array(p * p);
  const row = new Float64Array(p);
  row[0] = 1;
  for (let i = 0; i < x.rows; i++) {
    row.set(x.data.subarray(i * x.cols, (i + 1) * x.cols), 1);
    for (let a = 0; a < p; a++) {
      const ra = row[a] as number;
      for (let b = 0; b <= a; b++) gram[a * p + b] = (gram[a * p + b] as number) + ra * (row[b] as number);
    }
  }
  const l = new Float64Array(p * p);
  const kept: number[] = [];
  const problems: Problem[] = [];
  const label = (j: number): string => (j === 0 ? 'the intercept' : `'${names[j - 1]}'`);
  for (let j = 0; j < p; j++) {
    const lj = new Float64Array(p);
    for (const k of kept) {
      let s = gram[j * p + k] as number;
      for (const m of kept) {
        if (m >= k) break;
        s -= (l[k * p + m] as number) * (lj[m] as number);
      }
      lj[k] = s / (l[k * p + k] as number);
    }
    let residual = gram[j * p + j] as number;
    for (const k of kept) residual -= (lj[k] as number) ** 2;
    if (residual > RESIDUAL_SHARE * (gram[j * p + j] as number)) {
      l.set(lj, j * p);
      l[j * p + j] = Math.sqrt(residual);
      kept.push(j);
      continue;
    }
    const name = names[j - 1] as string;
    const parts = combination(l, p, kept, lj, gram[j * p + j] as number, gram);
    const message = parts.length === 0 || (parts.length === 1 && parts[0] === 0)
      ? `Column '${name}' is constant, so it cannot be told apart from the intercept. Remove it.`
      : `Column '${name}' is a linear combination of ${listNames(parts.map(label))} (as when a one-hot group keeps every level, or a column is duplicated), so the unpenalised coefficients are not unique. Remove '${name}' (or drop one level of the group), or fit with a penalty.`;
    problems.push({ code: 'collinear-columns', message, column: name });
  }
  return problems;
}

/**
 * Which kept columns carry weight in the regression of column j on them: solve Lᵀ·β = ℓⱼ over the
 * kept columns and keep those whose contribution β_k·‖x_k‖ is not negligible next to ‖x_j‖.
 */
function combination(l: Float64Array, p: number, kept: readonly number[], lj: Float64Array, gjj: number, gram: Float64Array): number[] {
  const beta = new Float64Array(p);
  for (let t = kept.length - 1; t >= 0; t--) {
    const k = kept[t] as number;
    let s = lj[k] as number;
    for (let u = t + 1; u < kept.length; u++) {
      const m = kept[u] as number;
      s -= (l[m * p + k] as number) * (beta[m] as number);
    }
    beta[k] = s / (l[k * p + k] as number);
  }
  return kept.filter((k) => Math.abs(beta[k] as number) * Math.sqrt(gram[k * p + k] as number) > 1e-6 * Math.sqrt(gjj));
}

function listNames(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
