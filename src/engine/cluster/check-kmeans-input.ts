import type { Matrix } from '../matrix';
import { fail } from '../problem';

/**
 * Refuse input k-means cannot cluster into k groups, with a message saying what to change:
 * k not a whole number ≥ 1, more clusters than rows, a non-finite value, fewer distinct rows than k.
 * @example checkKMeansInput(fromRows([[1], [2]]), 3) // throws InputError "too-few-rows"
 */
export function checkKMeansInput(X: Matrix, k: number): void {
  const { data, rows: n, cols: d } = X;
  if (!Number.isInteger(k) || k < 1) {
    fail('bad-k', `k = ${k} is not a number of clusters: choose a whole number of at least 1.`);
  }
  if (d === 0) fail('no-columns', 'No feature columns were given: select at least one numeric column to cluster on.');
  if (n < k) {
    const rows = n === 1 ? 'Only 1 row remains' : `Only ${n} rows remain`;
    fail('too-few-rows', `${rows} after dropping missing values; k-means with k = ${k} needs at least ${k} rows — lower k or fill missing values.`);
  }
  for (let o = 0; o < data.length; o++) {
    const v = data[o] as number;
    if (!Number.isFinite(v)) {
      fail('not-finite', `Row ${Math.floor(o / d) + 1}, column ${(o % d) + 1} holds ${v}: k-means needs finite numbers — fill or drop that value first.`);
    }
  }
  const distinct = countDistinctRows(X, k);
  if (distinct === 1 && k > 1) {
    fail('identical-rows', `All ${n} rows are identical, so there is nothing to split into ${k} clusters — check that the right columns are selected.`);
  }
  if (distinct < k) {
    fail('too-few-distinct-rows', `Only ${distinct} distinct rows among ${n}: k-means cannot form ${k} non-empty clusters — lower k to at most ${distinct}.`);
  }
}

/** Distinct rows, counting stops at `limit` (most data has k distinct rows within its first rows). */
function countDistinctRows(X: Matrix, limit: number): number {
  const { data, rows: n, cols: d } = X;
  const seen = new Set<string>();
  for (let i = 0; i < n && seen.size < limit; i++) {
    if (i > 0 && sameAsPrevious(data, i, d)) continue;
    seen.add(Array.prototype.join.call(data.subarray(i * d, i * d + d), ','));
  }
  return seen.size;
}

function sameAsPrevious(data: Float64Array, i: number, d: number): boolean {
  for (let t = 0; t < d; t++) if (data[i * d + t] !== data[(i - 1) * d + t]) return false;
  return true;
}
