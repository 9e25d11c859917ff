import { matrix, type Matrix } from '../../matrix';
import { fail } from '../../problem';
import { createRandom } from '../../random';
import { sqDistance } from '../sq-distance';
import { clusterSizes } from './check-labels';

/**
 * Math.sqrt read once: inside a sandboxed realm (jest's vm context) each read of the global `Math`
 * in the O(n²) loop goes through the sandbox's global object and dominated the run time.
 */
const { sqrt } = Math;

/**
 * Silhouette of every row, as scikit-learn's silhouette_samples (Euclidean): a = mean distance to
 * the other rows of its cluster, b = lowest mean distance to the rows of another non-empty cluster,
 * s = (b − a) / max(a, b); a row alone in its cluster gets 0, as does 0/0.
 * Exact, O(n²d): each pair's distance is computed once and credited to both rows (see distanceTotals).
 * @example silhouetteSamples(fromRows([[0], [2], [10]]), Int32Array.of(0, 0, 1), 2)
 * // row 0: a = 2, b = 10 → 0.8; row 1: a = 2, b = 8 → 0.75; row 2 is alone → 0
 */
export function silhouetteSamples(X: Matrix, labels: Int32Array, k: number): Float64Array {
  const sizes = clusterSizes(X, labels, k, 'The silhouette');
  const n = X.rows;
  const { totals, position } = distanceTotals(X, labels, sizes);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const li = labels[i] as number;
    const size = sizes[li] as number;
    if (size < 2) continue;
    const p = position[i] as number;
    const a = (totals[li * n + p] as number) / (size - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) {
      const sc = sizes[c] as number;
      if (c !== li && sc > 0) b = Math.min(b, (totals[c * n + p] as number) / sc);
    }
    const s = (b - a) / Math.max(a, b);
    out[i] = Number.isNaN(s) ? 0 : s;
  }
  return out;
}

/**
 * For every row, the sum of its distances to the rows of each cluster: totals[c·n + position[i]]
 * for row i and cluster c. Rows are first copied grouped by cluster, so for a row p and the rows q > p
 * of one cluster the sum towards that cluster builds in a register and is stored once, and q's sums
 * towards p's cluster lie next to each other (nothing is read back per pair to find a label).
 * Four partners per pass: row p's coordinates are read once for four independent sums.
 */
function distanceTotals(X: Matrix, labels: Int32Array, sizes: Int32Array): { totals: Float64Array; position: Int32Array } {
  const { data, rows: n, cols: d } = X;
  const k = sizes.length;
  const start = new Int32Array(k + 1);
  for (let c = 0; c < k; c++) start[c + 1] = (start[c] as number) + (sizes[c] as number);
  const fill = start.slice(0, k);
  const position = new Int32Array(n);
  const rows = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    const l = labels[i] as number;
    const p = fill[l] as number;
    fill[l] = p + 1;
    position[i] = p;
    rows.set(data.subarray(i * d, i * d + d), p * d);
  }
  const totals = new Float64Array(k * n);
  for (let own = 0; own < k; own++) {
    const credit = own * n;
    for (let p = start[own] as number, last = start[own + 1] as number; p < last; p++) {
      const po = p * d;
      for (let c = own; c < k; c++) {
        const end = start[c + 1] as number;
        let q = c === own ? p + 1 : (start[c] as number);
        let sum = 0;
        for (; q + 3 < end; q += 4) {
          const o0 = q * d, o1 = o0 + d, o2 = o1 + d, o3 = o2 + d;
          let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
          for (let t = 0; t < d; t++) {
            const x = rows[po + t] as number;
            const e0 = x - (rows[o0 + t] as number), e1 = x - (rows[o1 + t] as number);
            const e2 = x - (rows[o2 + t] as number), e3 = x - (rows[o3 + t] as number);
            s0 += e0 * e0; s1 += e1 * e1; s2 += e2 * e2; s3 += e3 * e3;
          }
          const r0 = sqrt(s0), r1 = sqrt(s1), r2 = sqrt(s2), r3 = sqrt(s3);
          sum += r0 + r1 + r2 + r3;
          totals[credit + q] = (totals[credit + q] as number) + r0;
          totals[credit + q + 1] = (totals[credit + q + 1] as number) + r1;
          totals[credit + q + 2] = (totals[credit + q + 2] as number) + r2;
          totals[credit + q + 3] = (totals[credit + q + 3] as number) + r3;
        }
        for (; q < end; q++) {
          const r = sqrt(sqDistance(rows, p, rows, q, d));
          sum += r;
          totals[credit + q] = (totals[credit + q] as number) + r;
        }
        totals[c * n + p] = (totals[c * n + p] as number) + sum;
      }
    }
  }
  return { totals, position };
}

export interface SilhouetteOptions {
  /** Use a seeded random sample of this many rows (without replacement) when smaller than n. */
  readonly sampleSize?: number;
  /** Seed of the sample. Default 0. */
  readonly seed?: number;
}

/**
 * Mean silhouette (scikit-learn's silhouette_score): exact by default; with `sampleSize` < n, the
 * mean over a seeded random sample of rows, as silhouette_score(sample_size=…) does. `sampleSize`
 * in the result is the number of rows it was computed on, so a report can say so.
 * @example silhouette(fromRows([[0], [2], [10]]), Int32Array.of(0, 0, 1), 2).value // (0.8 + 0.75 + 0) / 3
 */
export function silhouette(X: Matrix, labels: Int32Array, k: number, options: SilhouetteOptions = {}): { value: number; sampleSize: number } {
  const { sampleSize, seed = 0 } = options;
  if (sampleSize !== undefined && !(Number.isInteger(sampleSize) && sampleSize >= 2)) {
    fail('bad-sample-size', `The silhouette sample size ${sampleSize} must be a whole number of at least 2 rows.`);
  }
  let rows = X, rowLabels = labels;
  if (sampleSize !== undefined && sampleSize < X.rows) {
    const picked = sampleRows(X.rows, sampleSize, seed);
    const data = new Float64Array(sampleSize * X.cols);
    rowLabels = new Int32Array(sampleSize);
    picked.forEach((row, i) => {
      data.set(X.data.subarray(row * X.cols, (row + 1) * X.cols), i * X.cols);
      rowLabels[i] = labels[row] as number;
    });
    rows = matrix(sampleSize, X.cols, data);
  }
  const samples = silhouetteSamples(rows, rowLabels, k);
  let total = 0;
  for (const s of samples) total += s;
  return { value: total / samples.length, sampleSize: samples.length };
}

/** `m` distinct row indices out of n, by a seeded partial Fisher–Yates shuffle. */
function sampleRows(n: number, m: number, seed: number): Int32Array {
  const rng = createRandom(seed);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = 0; i < m; i++) {
    const j = i + rng.int(n - i);
    const t = order[i] as number;
    order[i] = order[j] as number;
    order[j] = t;
  }
  return order.subarray(0, m);
}
