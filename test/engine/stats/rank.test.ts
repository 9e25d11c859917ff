import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { averageRanks } from '../../../src/engine/stats/rank';

describe('averageRanks', () => {
  test('ties share the mean of the ranks they span; missing stays NaN', () => {
    // sorted: 10 (rank 1), 20, 20 (ranks 2 and 3 → 2.5 each), 30 (rank 4).
    expect(Array.from(averageRanks(Float64Array.of(10, 30, 20, 20, NaN)))).toEqual([1, 4, 2.5, 2.5, NaN]);
  });

  test('ranks of n finite values sum to n(n+1)/2 and keep the order of the values', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 60 }), (xs) => {
      const r = averageRanks(Float64Array.from(xs));
      const n = xs.length;
      expect(r.reduce((a, b) => a + b, 0)).toBeCloseTo((n * (n + 1)) / 2, 9);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
        if ((xs[i] as number) < (xs[j] as number)) expect(r[i] as number).toBeLessThan(r[j] as number);
      }
    }));
  });
});
