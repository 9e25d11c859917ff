import { describe, expect, test } from '@jest/globals';
import { numericSummary } from '../../../src/engine/stats/numeric-summary';

describe('numericSummary', () => {
  test('describe() of 4, 1, 3, 2 and NaN', () => {
    // sorted 1, 2, 3, 4: mean 2.5; Σd² = 2.25 + 0.25 + 0.25 + 2.25 = 5 → std √(5/3);
    // quartiles at positions 0.75, 1.5, 2.25 → 1.75, 2.5, 3.25; symmetric → skew 0; kurtosis −1.2.
    const { summary: s, sorted } = numericSummary(Float64Array.of(4, 1, NaN, 3, 2));
    expect(Array.from(sorted)).toEqual([1, 2, 3, 4]);
    expect(s).toMatchObject({ count: 4, mean: 2.5, min: 1, q25: 1.75, median: 2.5, q75: 3.25, max: 4, zeros: 0, negatives: 0, outliers: 0, distinct: 4, integers: true });
    expect(s.std).toBeCloseTo(Math.sqrt(5 / 3), 14);
    expect(s.skew).toBeCloseTo(0, 14);
    expect(s.kurtosis).toBeCloseTo(-1.2, 12);
  });

  test('counts zeros, negatives, distinct values and Tukey outliers', () => {
    // sorted −2, 0, 0, 1, 1.5, 100: Q1 at position 1.25 = 0, Q3 at 3.75 = 1.375; fences −2.0625 and 3.4375 → 100 only.
    const { summary: s } = numericSummary(Float64Array.of(0, -2, 1, 0, 100, 1.5));
    expect(s).toMatchObject({ zeros: 2, negatives: 1, outliers: 1, distinct: 5, integers: false });
  });

  test('no finite values gives count 0 and NaN statistics', () => {
    const { summary: s } = numericSummary(Float64Array.of(NaN, NaN));
    expect(s.count).toBe(0);
    expect(s.mean).toBeNaN();
    expect(s.median).toBeNaN();
    expect(s.integers).toBe(false);
  });
});
