import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { correlationMatrix, pearson, spearman } from '../../../src/engine/stats/correlation';

describe('pearson and spearman', () => {
  test('pearson uses only rows where both values are present', () => {
    // rows 0–2: x = 1, 2, 3 (mean 2), y = 2, 4, 7 (mean 13/3); Σdxdy = (−1)(−7/3) + 0 + (1)(8/3) = 5,
    // Σdx² = 2, Σdy² = 49/9 + 1/9 + 64/9 = 114/9 → r = 5 / √(2·114/9) = 5 / √25.333 ≈ 0.99339.
    expect(pearson(Float64Array.of(1, 2, 3, NaN), Float64Array.of(2, 4, 7, 1))).toBeCloseTo(5 / Math.sqrt(228 / 9), 12);
  });

  test('spearman is 1 for any increasing relation, and NaN for a constant side', () => {
    expect(spearman(Float64Array.of(1, 2, 3, 4), Float64Array.of(1, 8, 27, 1000))).toBeCloseTo(1, 12);
    expect(pearson(Float64Array.of(1, 2, 3), Float64Array.of(5, 5, 5))).toBeNaN();
  });

  test('spearman re-ranks over the pairwise-complete rows', () => {
    // x's NaN drops row 1: x = 1, 3, 4 and y = 3, 1, 2 → ranks x 1, 2, 3 and y 3, 1, 2:
    // d = ranks − 2 → x (−1, 0, 1), y (1, −1, 0): Σ = −1, Σx² = Σy² = 2 → −0.5.
    expect(spearman(Float64Array.of(1, NaN, 3, 4), Float64Array.of(3, 100, 1, 2))).toBeCloseTo(-0.5, 12);
    const m = correlationMatrix([Float64Array.of(1, NaN, 3, 4), Float64Array.of(3, 100, 1, 2)], 'spearman');
    expect(m.data[1]).toBeCloseTo(-0.5, 12);
  });

  test('the matrix is symmetric with a unit diagonal and entries in [−1, 1]', () => {
    const column = fc.array(fc.oneof(fc.integer({ min: -20, max: 20 }), fc.constant(NaN)), { minLength: 8, maxLength: 8 });
    fc.assert(fc.property(fc.array(column, { minLength: 1, maxLength: 4 }), fc.constantFrom('pearson' as const, 'spearman' as const), (cols, method) => {
      const m = correlationMatrix(cols.map((c) => Float64Array.from(c)), method);
      const p = cols.length;
      for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) {
        const r = m.data[i * p + j] as number;
        expect(Object.is(r, m.data[j * p + i]) || r === m.data[j * p + i]).toBe(true);
        if (!Number.isNaN(r)) expect(Math.abs(r)).toBeLessThanOrEqual(1 + 1e-12);
        if (i === j && !Number.isNaN(r)) expect(r).toBeCloseTo(1, 12);
      }
    }));
  });
});
