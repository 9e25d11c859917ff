/**
 * Centres laid out for the nearest-centre search: in groups of four, coordinate-major inside a group
 * (group g, coordinate t, lane l at ((g·d) + t)·4 + l), premultiplied by −2, with |c|² as the bias.
 * Scoring four centres per pass over a point's coordinates keeps four independent sums in registers,
 * which is what makes the search about twice as fast as one centre at a time in V8.
 * Padding lanes get bias +∞ so they never win.
 */
export interface PackedCenters {
  readonly weights: Float64Array;
  readonly bias: Float64Array;
  /** k rounded up to a multiple of 4. */
  readonly width: number;
}

/**
 * Pack k × d row-major centres for nearestCenter.
 * @example packCenters(Float64Array.of(1, 2), 1, 2).bias // Float64Array [5, ∞, ∞, ∞]
 */
export function packCenters(centers: Float64Array, k: number, d: number): PackedCenters {
  const width = Math.ceil(k / 4) * 4;
  const weights = new Float64Array(width * d);
  const bias = new Float64Array(width).fill(Infinity);
  for (let c = 0; c < k; c++) {
    let norm = 0;
    for (let t = 0; t < d; t++) {
      const v = centers[c * d + t] as number;
      norm += v * v;
      weights[((c >> 2) * d + t) * 4 + (c & 3)] = -2 * v;
    }
    bias[c] = norm;
  }
  return { weights, bias, width };
}

/**
 * A module constant rather than the global `Infinity`: in a sandboxed realm (jest's vm context)
 * every read of a global goes through the sandbox's global object, which made this hot function
 * about 8× slower there.
 */
const POSITIVE_INFINITY = 1 / 0;

/**
 * Index of the centre nearest to row `i` of `data`, ranked by |c|² − 2x·c (equal to the squared
 * distance minus |x|²); the score goes to `score[0]` so the caller can add |x|² back.
 */
export function nearestCenter(data: Float64Array, i: number, d: number, packed: PackedCenters, score: Float64Array): number {
  const { weights, bias, width } = packed;
  const xo = i * d;
  let best = 0;
  let bestValue = POSITIVE_INFINITY;
  for (let g = 0, o = 0; g < width; g += 4) {
    let a0 = bias[g] as number, a1 = bias[g + 1] as number, a2 = bias[g + 2] as number, a3 = bias[g + 3] as number;
    for (let t = 0; t < d; t++, o += 4) {
      const x = data[xo + t] as number;
      a0 += x * (weights[o] as number);
      a1 += x * (weights[o + 1] as number);
      a2 += x * (weights[o + 2] as number);
      a3 += x * (weights[o + 3] as number);
    }
    if (a0 < bestValue) { bestValue = a0; best = g; }
    if (a1 < bestValue) { bestValue = a1; best = g + 1; }
    if (a2 < bestValue) { bestValue = a2; best = g + 2; }
    if (a3 < bestValue) { bestValue = a3; best = g + 3; }
  }
  score[0] = bestValue;
  return best;
}

/**
 * For row `i`, the score |c|² − 2x·c of centre `own` (into `out[0]`) and the lowest score among the
 * other centres (into `out[1]`); add |x|² to either for a squared distance. With k = 1, out[1] = ∞.
 */
export function nearestTwo(data: Float64Array, i: number, d: number, packed: PackedCenters, own: number, out: Float64Array): void {
  const { weights, bias, width } = packed;
  const xo = i * d;
  let mine = POSITIVE_INFINITY;
  let other = POSITIVE_INFINITY;
  for (let g = 0, o = 0; g < width; g += 4) {
    let a0 = bias[g] as number, a1 = bias[g + 1] as number, a2 = bias[g + 2] as number, a3 = bias[g + 3] as number;
    for (let t = 0; t < d; t++, o += 4) {
      const x = data[xo + t] as number;
      a0 += x * (weights[o] as number);
      a1 += x * (weights[o + 1] as number);
      a2 += x * (weights[o + 2] as number);
      a3 += x * (weights[o + 3] as number);
    }
    if (g === own) mine = a0; else if (a0 < other) other = a0;
    if (g + 1 === own) mine = a1; else if (a1 < other) other = a1;
    if (g + 2 === own) mine = a2; else if (a2 < other) other = a2;
    if (g + 3 === own) mine = a3; else if (a3 < other) other = a3;
  }
  out[0] = mine;
  out[1] = other;
}
