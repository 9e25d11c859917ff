import type { BinnedData } from './binning';

/** Slots per feature in a histogram: bins 0–254 and the missing bin 255. */
export const BINS_PER_FEATURE = 256;

/**
 * Per feature and bin of one node: the sum of gradients, of hessians and the row count,
 * interleaved at [(f·256 + b)·3 + 0 | 1 | 2] so one update touches one cache line.
 */
export type Histogram = Float64Array;

/** A zeroed histogram for `cols` features. */
export function emptyHistogram(cols: number): Histogram {
  return new Float64Array(cols * BINS_PER_FEATURE * 3);
}

/**
 * Fill `out` with the histogram of the rows `rows`, whose gradients and hessians are given in
 * the same order (gathered once per node, so the inner loop reads them sequentially).
 * @example
 * // feature 0 binned [0, 1, 1]; rows 1 and 2 with gradients 0.5, −1 and hessians 0.25, 0.25
 * buildHistogram(binned, Uint32Array.of(1, 2), Float64Array.of(0.5, -1), Float64Array.of(0.25, 0.25), out)
 * // out[(0·256 + 1)·3 …] = [−0.5, 0.5, 2]
 */
export function buildHistogram(binned: BinnedData, rows: Uint32Array, gradients: Float64Array, hessians: Float64Array, out: Histogram): void {
  out.fill(0);
  const { bins, rows: n } = binned, m = rows.length;
  for (let f = 0; f < binned.cols; f++) {
    const column = f * n, base = f * BINS_PER_FEATURE * 3;
    for (let k = 0; k < m; k++) {
      const o = base + (bins[column + (rows[k] as number)] as number) * 3;
      out[o] = (out[o] as number) + (gradients[k] as number);
      out[o + 1] = (out[o + 1] as number) + (hessians[k] as number);
      out[o + 2] = (out[o + 2] as number) + 1;
    }
  }
}

/**
 * The sibling's histogram from its parent's and the built one: parent − built, bin by bin.
 * Building only the smaller child halves the work of a split at most.
 */
export function subtractHistogram(parent: Histogram, built: Histogram, out: Histogram): void {
  for (let i = 0; i < out.length; i++) out[i] = (parent[i] as number) - (built[i] as number);
}
