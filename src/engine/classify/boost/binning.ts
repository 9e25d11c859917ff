import type { Matrix } from '../../matrix';
import { createRandom } from '../../random';
import { shuffleFront } from '../class-rows';

/** Bin code of a missing (NaN) value in every feature, as scikit-learn's _BinMapper. */
export const MISSING_BIN = 255;

/** Rows sampled to place the bin thresholds when there are more (scikit-learn's `subsample`). */
const BINNING_SUBSAMPLE = 200_000;

/**
 * Features coded as small integers, stored feature after feature (column f occupies
 * [f·rows, (f+1)·rows)) because histograms sweep one feature at a time.
 */
export interface BinnedData {
  readonly bins: Uint8Array;
  readonly rows: number;
  readonly cols: number;
  /** Bins holding values per feature (binEdges[f].length + 1); missing values are in MISSING_BIN. */
  readonly nonMissingBins: Uint16Array;
}

/**
 * Bin thresholds per feature, as scikit-learn 1.2's _BinMapper: with at most `maxBins` distinct
 * values the midpoints between consecutive ones; otherwise the `maxBins − 1` inner percentiles
 * (numpy's 'midpoint' method), duplicates kept. NaN is ignored here and binned apart. Above
 * 200,000 rows the thresholds come from a seeded sample of that many rows. `rows` limits the
 * fit to those rows of x (all by default).
 * @example
 * // distinct values 1, 2, 4 → midpoints 1.5 and 3
 * fitBinEdges(fromRows([[2], [1], [4], [NaN], [2]]), 255, 0) // [[1.5, 3]]
 */
export function fitBinEdges(x: Matrix, maxBins: number, seed: number, rows: Uint32Array = allRows(x.rows)): number[][] {
  const sample = sampleRows(rows, seed);
  const values = new Float64Array(sample.length);
  const edges: number[][] = [];
  for (let f = 0; f < x.cols; f++) {
    let m = 0;
    for (let k = 0; k < sample.length; k++) {
      const v = x.data[(sample[k] as number) * x.cols + f] as number;
      if (v === v) values[m++] = v; // not NaN
    }
    const sorted = values.subarray(0, m).sort();
    edges.push(countDistinct(sorted) <= maxBins ? distinctMidpoints(sorted) : percentileMidpoints(sorted, maxBins));
  }
  return edges;
}

/**
 * Code every value by its bin: the number of thresholds below it (a value equal to a threshold
 * goes to the lower bin), NaN to MISSING_BIN. Binned row k is row rows[k] of x (all rows by default).
 * @example binColumns(fromRows([[1], [1.5], [2], [NaN]]), [[1.5]]).bins // [0, 0, 1, 255]
 */
export function binColumns(x: Matrix, binEdges: readonly (readonly number[])[], rows: Uint32Array = allRows(x.rows)): BinnedData {
  const n = rows.length, d = x.cols;
  const bins = new Uint8Array(n * d);
  const edges = binEdges.map((e) => Float64Array.from(e));
  for (let k = 0; k < n; k++) {
    const offset = (rows[k] as number) * d;
    for (let f = 0; f < d; f++) bins[f * n + k] = binOf(x.data[offset + f] as number, edges[f] as Float64Array);
  }
  return { bins, rows: n, cols: d, nonMissingBins: Uint16Array.from(binEdges, (e) => e.length + 1) };
}

/** `v !== v` is the NaN test without a global lookup, which is slow in a vm context (jest) on this hot path. */
function binOf(v: number, edges: Float64Array): number {
  if (v !== v) return MISSING_BIN;
  let lo = 0, hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (v <= (edges[mid] as number)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function allRows(n: number): Uint32Array {
  return Uint32Array.from({ length: n }, (_, i) => i);
}

function sampleRows(rows: Uint32Array, seed: number): Uint32Array {
  if (rows.length <= BINNING_SUBSAMPLE) return rows;
  const copy = rows.slice();
  shuffleFront(copy, BINNING_SUBSAMPLE, createRandom(seed));
  return copy.subarray(0, BINNING_SUBSAMPLE);
}

function countDistinct(sorted: Float64Array): number {
  let count = sorted.length > 0 ? 1 : 0;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]) count++;
  return count;
}

/** Halving each term before adding gives the same double as (a + b)·0.5 but cannot overflow. */
function distinctMidpoints(sorted: Float64Array): number[] {
  const out: number[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1] as number, b = sorted[i] as number;
    if (a !== b) out.push(a * 0.5 + b * 0.5);
  }
  return out;
}

/**
 * numpy.percentile(sorted, linspace(0, 100, maxBins + 1)[1:-1], method='midpoint'), with numpy's
 * arithmetic so the virtual index lands on the same side of an integer: an integer index takes
 * the value there, any other the midpoint of its two neighbours.
 */
function percentileMidpoints(sorted: Float64Array, maxBins: number): number[] {
  const step = 100 / maxBins, last = sorted.length - 1;
  const out: number[] = [];
  for (let k = 1; k < maxBins; k++) {
    const index = last * ((k * step) / 100);
    const below = Math.floor(index);
    const a = sorted[below] as number;
    if (index === below) out.push(a);
    else {
      const b = sorted[below + 1] as number;
      out.push(b - (b - a) * 0.5);
    }
  }
  return out;
}
