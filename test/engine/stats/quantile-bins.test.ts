import { describe, expect, test } from '@jest/globals';
import { quantileBinIndex, quantileEdges } from '../../../src/engine/stats/quantile-bins';

describe('quantileEdges and quantileBinIndex (pandas qcut, duplicates dropped)', () => {
  test('repeated quantiles collapse into one edge', () => {
    // quartile positions 0, 1, 2, 3, 4 of [0, 0, 0, 1, 5] → 0, 0, 0, 1, 5 → edges 0, 1, 5.
    expect(quantileEdges(Float64Array.of(0, 0, 0, 1, 5), 4)).toEqual([0, 1, 5]);
  });

  test('intervals are right-closed and the first holds its left edge', () => {
    const edges = [0, 1, 5];
    expect([0, 0.5, 1, 1.01, 5].map((v) => quantileBinIndex(v, edges))).toEqual([0, 0, 0, 1, 1]);
    expect([-1, 6, NaN].map((v) => quantileBinIndex(v, edges))).toEqual([-1, -1, -1]);
    expect(quantileBinIndex(7, [7])).toBe(0);
  });
});
