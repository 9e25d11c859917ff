import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { cholesky, choleskyInverse, choleskySolve } from '../../../src/engine/classify/cholesky';
import { erfc, twoSidedNormalP } from '../../../src/engine/classify/normal-tail';

describe('cholesky', () => {
  test('[[4, 2], [2, 5]] = L·Lᵀ with L = [[2, 0], [1, 2]]', () => {
    // l₁₁ = √4 = 2, l₂₁ = 2/2 = 1, l₂₂ = √(5 − 1²) = 2
    const l = cholesky(Float64Array.of(4, 2, 2, 5), 2);
    expect(Array.from(l ?? [])).toEqual([2, 0, 1, 2]);
    // A·[1, 1] = [6, 7]; A⁻¹ = [[5, −2], [−2, 4]] / 16
    expect(Array.from(choleskySolve(l as Float64Array, 2, Float64Array.of(6, 7)))).toEqual([1, 1]);
    expect(Array.from(choleskyInverse(l as Float64Array, 2))).toEqual([5 / 16, -2 / 16, -2 / 16, 4 / 16]);
  });

  test('a singular or indefinite matrix has no factor', () => {
    expect(cholesky(Float64Array.of(1, 1, 1, 1), 2)).toBeNull();
    expect(cholesky(Float64Array.of(1, 2, 2, 1), 2)).toBeNull();
  });

  test('A·A⁻¹ = I for random positive-definite A = BᵀB + I', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 16, maxLength: 16 }), (b) => {
      const n = 4, a = new Float64Array(16);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
        let s = i === j ? 1 : 0;
        for (let k = 0; k < n; k++) s += (b[k * n + i] as number) * (b[k * n + j] as number);
        a[i * n + j] = s;
      }
      const inv = choleskyInverse(cholesky(a, n) as Float64Array, n);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
        let s = 0;
        for (let k = 0; k < n; k++) s += (a[i * n + k] as number) * (inv[k * n + j] as number);
        expect(s).toBeCloseTo(i === j ? 1 : 0, 8);
      }
    }));
  });
});

describe('erfc and the two-sided normal p-value', () => {
  // values of erfc from SciPy (scipy.special.erfc)
  test.each([
    [0, 1], [0.5, 0.4795001221869535], [1, 0.15729920705028513], [2, 0.004677734981047266],
    [2.5, 4.069520174449590e-4], [3, 2.209049699858544e-5], [6, 2.1519736712498913e-17], [-1, 1.8427007929497148],
  ])('erfc(%s) = %s to 1e-13 relative, in the tail too', (x, expected) => {
    expect(Math.abs(erfc(x) - expected) / expected).toBeLessThan(1e-13);
  });

  test('P(|Z| ≥ 1.959964) = 0.05 and P(|Z| ≥ 0) = 1', () => {
    expect(twoSidedNormalP(1.959963984540054)).toBeCloseTo(0.05, 14);
    expect(twoSidedNormalP(-1.959963984540054)).toBeCloseTo(0.05, 14);
    expect(twoSidedNormalP(0)).toBe(1);
  });
});
