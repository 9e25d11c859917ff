import { quantileSorted } from './quantile';

/** Equal-width bins: counts[k] holds values in [edges[k], edges[k+1]), the last bin closed on the right (numpy's rule). */
export interface Histogram {
  readonly edges: readonly number[];
  readonly counts: readonly number[];
  /** How the width was chosen: Freedman–Diaconis, Sturges (when the IQR is 0), or the cap. */
  readonly rule: 'freedman-diaconis' | 'sturges' | 'capped' | 'single';
}

/**
 * Histogram of sorted finite values with the Freedman–Diaconis width 2·IQR/n^(1/3), which resists outliers;
 * Sturges' log2(n)+1 bins when the IQR is 0 (mostly one value), and never more than `maxBins`.
 * @example histogramBins(Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8), 50)
 *   // IQR = 6.25 − 2.75 = 3.5, width 2·3.5/2 = 3.5, ⌈7/3.5⌉ = 2 bins: edges [1, 4.5, 8], counts [4, 4]
 */
export function histogramBins(sorted: ArrayLike<number>, maxBins: number): Histogram {
  const n = sorted.length;
  if (n === 0) return { edges: [], counts: [], rule: 'single' };
  const min = sorted[0] as number, max = sorted[n - 1] as number;
  if (min === max) return { edges: [min - 0.5, max + 0.5], counts: [n], rule: 'single' };
  const iqr = quantileSorted(sorted, 0.75) - quantileSorted(sorted, 0.25);
  const width = (2 * iqr) / Math.cbrt(n);
  let bins: number, rule: Histogram['rule'];
  if (width > 0) {
    bins = Math.ceil((max - min) / width);
    rule = 'freedman-diaconis';
  } else {
    bins = Math.ceil(Math.log2(n)) + 1;
    rule = 'sturges';
  }
  if (bins > maxBins) {
    bins = maxBins;
    rule = 'capped';
  }
  bins = Math.max(bins, 1);
  const step = (max - min) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, k) => (k === bins ? max : min + k * step));
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < n; i++) {
    const k = Math.min(Math.floor(((sorted[i] as number) - min) / step), bins - 1);
    counts[k] = (counts[k] as number) + 1;
  }
  return { edges, counts, rule };
}
