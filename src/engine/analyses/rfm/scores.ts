import { quantileSorted } from '../../stats/quantile';
import type { TieMethod } from './recipe';

/**
 * Scores 1..bins by the common pandas recipe `pd.qcut(x.rank(method='first'), bins, labels=1..bins)`:
 * rank the values with ties broken by position (so customer order decides between equal values), cut the
 * ranks at numpy's linear-interpolated quantiles, bins closed on the right with the lowest included.
 * Every score gets ⌊n/bins⌋ or ⌈n/bins⌉ customers, whatever the ties.
 * @example scoreByFirstRank(Float64Array.of(10, 10, 20, 30, 40), 5) // [1, 2, 3, 4, 5]: ranks 1..5, edges 1, 1.8, 2.6, 3.4, 4.2, 5
 */
export function scoreByFirstRank(values: Float64Array, bins: number): Uint8Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
  const edges = rankEdges(n, bins);
  const scores = new Uint8Array(n);
  let j = 1;
  order.forEach((row, position) => {
    const rank = position + 1;
    while (j < bins && rank > (edges[j] as number)) j++;
    scores[row] = j;
  });
  return scores;
}

/**
 * numpy.quantile (linear) of the ranks 1..n at linspace(0, 1, bins + 1), computed the way numpy 1.24 does,
 * floating-point steps included, so a rank that sits on an edge falls on the same side as in pandas.
 * @example rankEdges(5, 5) // [1, 1.8, 2.6, 3.4, 4.2, 5]
 */
export function rankEdges(n: number, bins: number): Float64Array {
  const step = 1 / bins;
  return Float64Array.from({ length: bins + 1 }, (_, j) => {
    const q = j === bins ? 1 : j * step;
    const virtual = n * q + (1 - q) - 1;
    if (virtual >= n - 1) return n;
    const below = Math.floor(virtual);
    const t = virtual - below;
    return t >= 0.5 ? below + 2 - (1 - t) : below + 1 + t;
  });
}

/**
 * Scores 1..bins from quantile thresholds of the values themselves, so equal values always share a score:
 * score = 1 + the number of thresholds (quantiles at 1/bins, 2/bins, …) the value exceeds. With many ties
 * some scores stay empty; the report says which.
 * @example scoreByThresholds(Float64Array.of(1, 1, 1, 1, 9), 5) // [1, 1, 1, 1, 5]: thresholds 1, 1, 1, 2.6
 */
export function scoreByThresholds(values: Float64Array, bins: number): Uint8Array {
  const thresholds = scoreThresholds(values, bins);
  return Uint8Array.from(values, (v) => 1 + thresholds.filter((t) => v > t).length);
}

/**
 * The bins − 1 edges between score levels: numpy's linear quantiles of the values at 1/bins, 2/bins, ….
 * A value scores 1 + the number of edges it exceeds (before recency's reversal), whichever tie method ran:
 * the edges are what carries over to customers the analysis never saw (the live-formula sheet).
 * @example scoreThresholds(Float64Array.of(1, 1, 1, 1, 9), 5) // [1, 1, 1, 2.6]
 */
export function scoreThresholds(values: Float64Array, bins: number): Float64Array {
  const sorted = Float64Array.from(values).sort();
  return Float64Array.from({ length: bins - 1 }, (_, j) => quantileSorted(sorted, (j + 1) / bins));
}

/** Scores 1..bins by the chosen tie method; `reverse` turns them round (recency: fewest days → highest score). */
export function scoreColumn(values: Float64Array, bins: number, ties: TieMethod, reverse: boolean): Uint8Array {
  const scores = ties === 'first-rank' ? scoreByFirstRank(values, bins) : scoreByThresholds(values, bins);
  return reverse ? scores.map((s) => bins + 1 - s) : scores;
}
