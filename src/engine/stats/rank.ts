import { isFiniteNumber } from './is-finite';

/**
 * 1-based ranks of the finite values, ties sharing the average of the ranks they span (pandas
 * `rank(method="average")`, the ranks behind Spearman's correlation). Non-finite values keep NaN.
 * @example averageRanks(Float64Array.of(10, 30, 20, 20, NaN)) // [1, 4, 2.5, 2.5, NaN]
 */
export function averageRanks(values: ArrayLike<number>): Float64Array {
  const ranks = new Float64Array(values.length).fill(NaN);
  const order: number[] = [];
  for (let i = 0; i < values.length; i++) if (isFiniteNumber(values[i] as number)) order.push(i);
  const order32 = Uint32Array.from(order).sort((a, b) => (values[a] as number) - (values[b] as number));
  let start = 0;
  while (start < order32.length) {
    const v = values[order32[start] as number] as number;
    let end = start + 1;
    while (end < order32.length && values[order32[end] as number] === v) end++;
    // Positions start..end-1 hold ranks start+1..end; their mean is (start + 1 + end) / 2.
    const rank = (start + 1 + end) / 2;
    for (let j = start; j < end; j++) ranks[order32[j] as number] = rank;
    start = end;
  }
  return ranks;
}
