/**
 * First index whose running total is ≥ target (numpy searchsorted, side "left"), clipped to the
 * last index: how a uniform draw times the total picks a row with probability ∝ its weight.
 * @example searchSorted(Float64Array.of(1, 3, 6), 2.5) // 1
 */
export function searchSorted(cumulative: Float64Array, target: number): number {
  let lo = 0, hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cumulative[mid] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
