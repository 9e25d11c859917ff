import { isFiniteNumber } from './is-finite';
import { quantileSorted } from './quantile';

/**
 * Edges of `q` equal-count bins over sorted finite values, repeated edges dropped (pandas
 * `qcut(x, q, duplicates="drop")`): the linear-interpolated quantiles at 0, 1/q, …, 1.
 * @example quantileEdges(Float64Array.of(0, 0, 0, 1, 5), 4) // quantiles [0, 0, 0, 1, 5] → [0, 1, 5]
 */
export function quantileEdges(sorted: ArrayLike<number>, q: number): number[] {
  if (sorted.length === 0) return [];
  const edges: number[] = [];
  for (let k = 0; k <= q; k++) {
    const e = quantileSorted(sorted, k / q);
    if (edges.length === 0 || e !== edges[edges.length - 1]) edges.push(e);
  }
  return edges;
}

/**
 * The bin of `value` among right-closed intervals (e0, e1], (e1, e2], …, the first also holding e0 (pandas'
 * `include_lowest`). −1 outside the edges or for a non-finite value. One edge makes one bin holding that value.
 * @example quantileBinIndex(1, [0, 1, 5]) // 0: 1 lies in [0, 1]
 */
export function quantileBinIndex(value: number, edges: readonly number[]): number {
  const last = edges.length - 1;
  if (!isFiniteNumber(value) || last < 0 || value < (edges[0] as number) || value > (edges[last] as number)) return -1;
  if (last === 0) return 0;
  let lo = 0, hi = last - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (value <= (edges[mid + 1] as number)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
