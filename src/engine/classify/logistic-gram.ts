import type { DesignColumns } from './logistic-design';

// Bound once: a global lookup per call is slow inside jest's VM context, and this runs per row.
const { sqrt, min } = Math;

/** Rows per block: the block's √c-scaled columns (padded to a multiple of 4) stay in the fastest cache. */
const BLOCK_ROWS = 512;

/**
 * The weighted Gram matrix [1, X]ᵀ·diag(c)·[1, X] + ridge on the diagonal of the features (not the
 * intercept), p×p row-major and symmetric: the Hessian of the logistic loss for curvatures c ≥ 0.
 * Rows go in blocks scaled by √c, and each 4×4 tile of the lower triangle is one sweep with 16
 * independent sums: eight loads per sixteen multiply-adds, where entry-by-entry dot products load two per one.
 * @example
 * // rows x = 1 and x = 2 with c = 1 and 4: [[1 + 4, 1 + 8], [1 + 8, 1 + 16 + ridge]]
 * weightedGram(designColumns(fromRows([[1], [2]])), Float64Array.of(1, 4), 0.5) // [5, 9, 9, 17.5]
 */
export function weightedGram(design: DesignColumns, c: Float64Array, ridge: number): Float64Array {
  const { data, n, p } = design;
  const q = (p + 3) & ~3;
  // The padding columns stay zero, so every tile is a full 4×4 one.
  const block = new Float64Array(q * BLOCK_ROWS), root = new Float64Array(BLOCK_ROWS), sums = new Float64Array(q * q);
  for (let start = 0; start < n; start += BLOCK_ROWS) {
    const m = min(BLOCK_ROWS, n - start);
    for (let i = 0; i < m; i++) root[i] = sqrt(c[start + i] as number);
    for (let a = 0; a < p; a++) {
      const from = a * n + start, to = a * BLOCK_ROWS;
      for (let i = 0; i < m; i++) block[to + i] = (root[i] as number) * (data[from + i] as number);
    }
    for (let a = 0; a < q; a += 4) {
      for (let b = 0; b <= a; b += 4) addTile(block, m, a, b, sums, q);
    }
  }
  const gram = new Float64Array(p * p);
  for (let a = 0; a < p; a++) {
    for (let b = 0; b <= a; b++) {
      const value = (sums[a * q + b] as number) + (a === b && a > 0 ? ridge : 0);
      gram[a * p + b] = value;
      gram[b * p + a] = value;
    }
  }
  return gram;
}

/** sums[a..a+3][b..b+3] += the 4×4 tile of blockᵀ·block over the block's first m rows. */
function addTile(block: Float64Array, m: number, a: number, b: number, sums: Float64Array, q: number): void {
  const a0 = a * BLOCK_ROWS, a1 = a0 + BLOCK_ROWS, a2 = a1 + BLOCK_ROWS, a3 = a2 + BLOCK_ROWS;
  const b0 = b * BLOCK_ROWS, b1 = b0 + BLOCK_ROWS, b2 = b1 + BLOCK_ROWS, b3 = b2 + BLOCK_ROWS;
  let s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
  let s20 = 0, s21 = 0, s22 = 0, s23 = 0, s30 = 0, s31 = 0, s32 = 0, s33 = 0;
  for (let i = 0; i < m; i++) {
    const x0 = block[a0 + i] as number, x1 = block[a1 + i] as number, x2 = block[a2 + i] as number, x3 = block[a3 + i] as number;
    const y0 = block[b0 + i] as number, y1 = block[b1 + i] as number, y2 = block[b2 + i] as number, y3 = block[b3 + i] as number;
    s00 += x0 * y0; s01 += x0 * y1; s02 += x0 * y2; s03 += x0 * y3;
    s10 += x1 * y0; s11 += x1 * y1; s12 += x1 * y2; s13 += x1 * y3;
    s20 += x2 * y0; s21 += x2 * y1; s22 += x2 * y2; s23 += x2 * y3;
    s30 += x3 * y0; s31 += x3 * y1; s32 += x3 * y2; s33 += x3 * y3;
  }
  const tile = [s00, s01, s02, s03, s10, s11, s12, s13, s20, s21, s22, s23, s30, s31, s32, s33];
  for (let u = 0; u < 4; u++) {
    for (let v = 0; v < 4; v++) {
      const at = (a + u) * q + b + v;
      sums[at] = (sums[at] as number) + (tile[u * 4 + v] as number);
    }
  }
}
