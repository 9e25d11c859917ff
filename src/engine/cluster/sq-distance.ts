/**
 * Squared Euclidean distance between row `i` of `a` and row `j` of `b`, both row-major with `d` columns.
 * Computed directly (no |x|² − 2x·c + |c|² expansion), so it is exact to rounding even for rows far from the origin.
 * @example sqDistance(Float64Array.of(0, 0), 0, Float64Array.of(3, 4), 0, 2) // 25
 */
export function sqDistance(a: Float64Array, i: number, b: Float64Array, j: number, d: number): number {
  let s = 0;
  const ao = i * d, bo = j * d;
  for (let t = 0; t < d; t++) {
    const diff = (a[ao + t] as number) - (b[bo + t] as number);
    s += diff * diff;
  }
  return s;
}

/**
 * Squared norm |row|² of every row of a row-major array with `d` columns.
 * @example rowSqNorms(Float64Array.of(3, 4, 1, 0), 2) // Float64Array [25, 1]
 */
export function rowSqNorms(data: Float64Array, d: number): Float64Array {
  const n = data.length / d;
  const out = new Float64Array(n);
  for (let i = 0, o = 0; i < n; i++) {
    let s = 0;
    for (let t = 0; t < d; t++, o++) {
      const v = data[o] as number;
      s += v * v;
    }
    out[i] = s;
  }
  return out;
}
