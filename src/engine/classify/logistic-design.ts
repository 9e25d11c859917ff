import type { Matrix } from '../matrix';

/**
 * [1, X] stored column after column: column j occupies [j·n, (j+1)·n). Every product below is a
 * sequential sweep of whole columns, which keeps passes over 24,000+ rows fast.
 */
export interface DesignColumns {
  readonly data: Float64Array;
  /** Rows. */
  readonly n: number;
  /** Parameters: the intercept and one per feature. */
  readonly p: number;
}

/**
 * The design [1, X] column-major, over all rows of X or over the listed rows in that order.
 * @example designColumns(fromRows([[2, 3], [4, 5]])).data // [1, 1, 2, 4, 3, 5]
 */
export function designColumns(x: Matrix, rows?: Uint32Array): DesignColumns {
  const d = x.cols, n = rows ? rows.length : x.rows;
  const data = new Float64Array((d + 1) * n);
  data.fill(1, 0, n);
  for (let k = 0; k < n; k++) {
    const offset = (rows ? (rows[k] as number) : k) * d;
    for (let j = 0; j < d; j++) data[(j + 1) * n + k] = x.data[offset + j] as number;
  }
  return { data, n, p: d + 1 };
}

/**
 * out = [1, X]·v, the linear predictor of coefficients v (intercept first) for every row.
 * @example linearPredictorInto(designColumns(fromRows([[2], [4]])), Float64Array.of(1, 0.5), out) // out = [2, 3]
 */
export function linearPredictorInto(design: DesignColumns, v: Float64Array, out: Float64Array): void {
  const { data, n, p } = design;
  out.fill(0);
  let j = 0;
  // Eight columns per sweep of `out`: an eighth of its loads and stores, and two independent sums.
  for (; j + 8 <= p; j += 8) {
    const o0 = j * n, o1 = o0 + n, o2 = o1 + n, o3 = o2 + n, o4 = o3 + n, o5 = o4 + n, o6 = o5 + n, o7 = o6 + n;
    const b0 = v[j] as number, b1 = v[j + 1] as number, b2 = v[j + 2] as number, b3 = v[j + 3] as number;
    const b4 = v[j + 4] as number, b5 = v[j + 5] as number, b6 = v[j + 6] as number, b7 = v[j + 7] as number;
    for (let i = 0; i < n; i++) {
      const low = b0 * (data[o0 + i] as number) + b1 * (data[o1 + i] as number) + b2 * (data[o2 + i] as number) + b3 * (data[o3 + i] as number);
      const high = b4 * (data[o4 + i] as number) + b5 * (data[o5 + i] as number) + b6 * (data[o6 + i] as number) + b7 * (data[o7 + i] as number);
      out[i] = (out[i] as number) + low + high;
    }
  }
  for (; j < p; j++) {
    const o = j * n, b = v[j] as number;
    for (let i = 0; i < n; i++) out[i] = (out[i] as number) + b * (data[o + i] as number);
  }
}

/**
 * out = [1, X]ᵀ·r: one dot product per parameter, as the gradient Σ rᵢ·xᵢ needs.
 * @example transposeTimesInto(designColumns(fromRows([[2], [4]])), Float64Array.of(1, -1), out) // out = [0, -2]
 */
export function transposeTimesInto(design: DesignColumns, r: Float64Array, out: Float64Array): void {
  const { data, n, p } = design;
  let j = 0;
  // Eight dot products per sweep of r: one load of r per eight multiply-adds, eight independent sums.
  for (; j + 8 <= p; j += 8) {
    const o0 = j * n, o1 = o0 + n, o2 = o1 + n, o3 = o2 + n, o4 = o3 + n, o5 = o4 + n, o6 = o5 + n, o7 = o6 + n;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
    for (let i = 0; i < n; i++) {
      const v = r[i] as number;
      s0 += v * (data[o0 + i] as number);
      s1 += v * (data[o1 + i] as number);
      s2 += v * (data[o2 + i] as number);
      s3 += v * (data[o3 + i] as number);
      s4 += v * (data[o4 + i] as number);
      s5 += v * (data[o5 + i] as number);
      s6 += v * (data[o6 + i] as number);
      s7 += v * (data[o7 + i] as number);
    }
    out.set([s0, s1, s2, s3, s4, s5, s6, s7], j);
  }
  for (; j < p; j++) {
    const o = j * n;
    let s = 0;
    for (let i = 0; i < n; i++) s += (r[i] as number) * (data[o + i] as number);
    out[j] = s;
  }
}
