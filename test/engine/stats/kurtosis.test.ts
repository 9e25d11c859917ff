import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { excessKurtosis } from '../../../src/engine/stats/kurtosis';

describe('excessKurtosis (pandas kurt)', () => {
  test('1, 2, 3, 4 gives −1.2', () => {
    // mean 2.5; deviations ±1.5, ±0.5: m2 = 2·2.25 + 2·0.25 = 5, m4 = 2·5.0625 + 2·0.0625 = 10.25.
    // n(n+1)(n−1)·m4 / ((n−2)(n−3)·m2²) = 4·5·3·10.25 / (2·1·25) = 12.3; minus 3(n−1)²/((n−2)(n−3)) = 13.5 → −1.2.
    expect(excessKurtosis(Float64Array.of(1, 2, 3, 4))).toBeCloseTo(-1.2, 12);
  });

  test('ignores NaN and Infinity, NaN under four values, 0 for a constant column', () => {
    expect(excessKurtosis(Float64Array.of(1, NaN, 2, 3, Infinity, 4))).toBeCloseTo(-1.2, 12);
    expect(excessKurtosis(Float64Array.of(1, 2, 3))).toBeNaN();
    expect(excessKurtosis(Float64Array.of(7, 7, 7, 7, 7))).toBe(0);
  });

  test('does not change under shifting and positive scaling', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 4, maxLength: 40 }), fc.integer({ min: -50, max: 50 }), fc.integer({ min: 1, max: 20 }), (xs, shift, scale) => {
      const k = excessKurtosis(Float64Array.from(xs));
      const moved = excessKurtosis(Float64Array.from(xs, (x) => x * scale + shift));
      expect(Math.abs(moved - k)).toBeLessThan(1e-7 * Math.max(1, Math.abs(k)));
    }));
  });
});
