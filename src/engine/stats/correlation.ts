import { matrix, type Matrix } from '../matrix';
import { isFiniteNumber } from './is-finite';
import { averageRanks } from './rank';

export type CorrelationMethod = 'pearson' | 'spearman';
export const CORRELATION_METHODS: readonly CorrelationMethod[] = ['pearson', 'spearman'];

/**
 * Pearson's r over the rows where both values are finite (pandas' pairwise-complete `corr()`).
 * NaN with fewer than two such rows or when either side is constant on them.
 * @example pearson(Float64Array.of(1, 2, 3, NaN), Float64Array.of(2, 4, 7, 1)) // 0.9934: rows 0–2 only
 */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let n = 0, sx = 0, sy = 0;
  for (let i = 0; i < x.length; i++) {
    const a = x[i] as number, b = y[i] as number;
    if (!isFiniteNumber(a) || !isFiniteNumber(b)) continue;
    n++;
    sx += a;
    sy += b;
  }
  if (n < 2) return NaN;
  const mx = sx / n, my = sy / n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < x.length; i++) {
    const a = x[i] as number, b = y[i] as number;
    if (!isFiniteNumber(a) || !isFiniteNumber(b)) continue;
    const dx = a - mx, dy = b - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  const divisor = Math.sqrt(sxx * syy);
  return divisor === 0 ? NaN : sxy / divisor;
}

/**
 * Spearman's rho: Pearson's r of the average ranks, ranked over the rows where both values are finite
 * (as pandas does when columns have missing values).
 * @example spearman(Float64Array.of(1, 2, 3), Float64Array.of(1, 8, 27)) // 1: any increasing relation
 */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const [cx, cy] = completePairs(x, y);
  return pearson(averageRanks(cx), averageRanks(cy));
}

/**
 * The symmetric matrix of correlations between columns (equal-length arrays, NaN for missing), pairwise-complete.
 * Spearman ranks each column once and re-ranks a pair only when their missing rows differ, so complete data
 * costs one sort per column.
 * @example correlationMatrix([x, y], 'pearson').data // [1, r, r, 1]
 */
export function correlationMatrix(columns: readonly ArrayLike<number>[], method: CorrelationMethod): Matrix {
  const p = columns.length;
  const out = matrix(p, p);
  const ranked = method === 'spearman' ? columns.map((c) => averageRanks(c)) : columns;
  const complete = columns.map(isComplete);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      const x = columns[i] as ArrayLike<number>, y = columns[j] as ArrayLike<number>;
      let r: number;
      if (method === 'pearson' || (complete[i] && complete[j])) r = pearson(ranked[i] as ArrayLike<number>, ranked[j] as ArrayLike<number>);
      else r = spearman(x, y);
      out.data[i * p + j] = r;
      out.data[j * p + i] = r;
    }
  }
  return out;
}

function isComplete(values: ArrayLike<number>): boolean {
  for (let i = 0; i < values.length; i++) if (!isFiniteNumber(values[i] as number)) return false;
  return true;
}

function completePairs(x: ArrayLike<number>, y: ArrayLike<number>): [Float64Array, Float64Array] {
  const cx: number[] = [], cy: number[] = [];
  for (let i = 0; i < x.length; i++) {
    const a = x[i] as number, b = y[i] as number;
    if (isFiniteNumber(a) && isFiniteNumber(b)) {
      cx.push(a);
      cy.push(b);
    }
  }
  return [Float64Array.from(cx), Float64Array.from(cy)];
}
