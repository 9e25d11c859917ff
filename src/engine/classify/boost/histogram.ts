import type { BinnedData } from './binning';

/**
 * Where each feature's bins sit in a histogram: feature f has slots offset[f] … offset[f+1] − 1,
 * its valued bins first and its missing-value bin last. Sized to the bins a feature really has,
 * so a 0/1 column takes 3 slots instead of 256.
 */
export interface HistogramLayout {
  readonly offset: Uint32Array;
  readonly nonMissingBins: Uint16Array;
}

/**
 * Per feature and bin of one node: the sum of gradients, of hessians and the row count,
 * interleaved at [slot·3 + 0 | 1 | 2] so one update touches one cache line.
 */
export type Histogram = Float64Array;

/**
 * The layout for features with these numbers of valued bins.
 * @example histogramLayout(Uint16Array.of(2, 4)).offset // [0, 3, 8]
 */
export function histogramLayout(nonMissingBins: Uint16Array): HistogramLayout {
  const offset = new Uint32Array(nonMissingBins.length + 1);
  nonMissingBins.forEach((bins, f) => (offset[f + 1] = (offset[f] as number) + bins + 1));
  return { offset, nonMissingBins };
}

/** A zeroed histogram for a layout. */
export function emptyHistogram(layout: HistogramLayout): Histogram {
  return new Float64Array((layout.offset[layout.offset.length - 1] as number) * 3);
}

/**
 * Fill `out` with the histogram of binned rows `rows` (null: every row, in order), whose gradients
 * and hessians are given in the same order (gathered once per node, so the inner loop reads them
 * sequentially). The missing bin (255) lands in the feature's last slot.
 * @example
 * // feature 0 with 2 valued bins, binned [0, 1, 1]; rows 1 and 2 with gradients 0.5, −1 and hessians 0.25, 0.25
 * buildHistogram(binned, layout, Uint32Array.of(1, 2), Float64Array.of(0.5, -1), Float64Array.of(0.25, 0.25), out)
 * // out.subarray(3, 6) = [−0.5, 0.5, 2]: slot 1 (bin 1)
 */
export function buildHistogram(binned: BinnedData, layout: HistogramLayout, rows: Uint32Array | null, gradients: Float64Array, hessians: Float64Array, out: Histogram): void {
  out.fill(0);
  const { bins, rows: n } = binned;
  for (let f = 0; f < binned.cols; f++) {
    const column = f * n, base = (layout.offset[f] as number) * 3, missingSlot = layout.nonMissingBins[f] as number;
    // Two copies of one loop: all rows in order need no index array, which the root of every tree uses.
    // The missing bin (255) is the only code above missingSlot. No Math.min: a global lookup in the
    // hot loop costs 30× under a vm context (jest), where globals sit behind an interceptor.
    if (rows === null) {
      for (let k = 0; k < n; k++) {
        const b = bins[column + k] as number;
        const o = base + (b < missingSlot ? b : missingSlot) * 3;
        out[o] = (out[o] as number) + (gradients[k] as number);
        out[o + 1] = (out[o + 1] as number) + (hessians[k] as number);
        out[o + 2] = (out[o + 2] as number) + 1;
      }
    } else {
      for (let k = 0; k < rows.length; k++) {
        const b = bins[column + (rows[k] as number)] as number;
        const o = base + (b < missingSlot ? b : missingSlot) * 3;
        out[o] = (out[o] as number) + (gradients[k] as number);
        out[o + 1] = (out[o + 1] as number) + (hessians[k] as number);
        out[o + 2] = (out[o + 2] as number) + 1;
      }
    }
  }
}

/**
 * The sibling's histogram from its parent's and the built one: parent − built, slot by slot.
 * Building only the smaller child halves the work of a split at most.
 */
export function subtractHistogram(parent: Histogram, built: Histogram, out: Histogram): void {
  for (let i = 0; i < out.length; i++) out[i] = (parent[i] as number) - (built[i] as number);
}
