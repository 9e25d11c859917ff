import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { symmetricEigen } from '../../../src/engine/linalg/symmetric-eigen';
import { fromRows } from '../../../src/engine/matrix';
import { principalComponents } from '../../../src/engine/stats/pca';

describe('symmetricEigen', () => {
  test('[[2, 1], [1, 2]] has eigenvalues 3 and 1 with vectors (1, 1)/√2 and (1, −1)/√2', () => {
    const { values, vectors } = symmetricEigen(Float64Array.of(2, 1, 1, 2), 2);
    expect(values[0]).toBeCloseTo(3, 14);
    expect(values[1]).toBeCloseTo(1, 14);
    expect(Math.abs(vectors[0] as number)).toBeCloseTo(Math.SQRT1_2, 14);
    expect((vectors[0] as number) * (vectors[2] as number)).toBeGreaterThan(0); // first column ∝ (1, 1)
  });

  test('A·v = λ·v and the vectors are orthonormal, for random symmetric matrices', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }).chain((d) => fc.tuple(fc.constant(d), fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: d * d, maxLength: d * d }))), ([d, entries]) => {
        const a = new Float64Array(d * d);
        for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) a[i * d + j] = ((entries[i * d + j] as number) + (entries[j * d + i] as number)) / 2;
        const { values, vectors } = symmetricEigen(a, d);
        for (let c = 0; c < d; c++) {
          for (let i = 0; i < d; i++) {
            let av = 0;
            for (let k = 0; k < d; k++) av += (a[i * d + k] as number) * (vectors[k * d + c] as number);
            expect(Math.abs(av - (values[c] as number) * (vectors[i * d + c] as number))).toBeLessThan(1e-9 * (1 + Math.abs(values[0] as number)));
          }
          for (let c2 = 0; c2 < d; c2++) {
            let dot = 0;
            for (let k = 0; k < d; k++) dot += (vectors[k * d + c] as number) * (vectors[k * d + c2] as number);
            expect(Math.abs(dot - (c === c2 ? 1 : 0))).toBeLessThan(1e-10);
          }
          if (c > 0) expect(values[c] as number).toBeLessThanOrEqual(values[c - 1] as number);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('principalComponents', () => {
  test('a cross of points: x spread 8 and y spread 2 give PC1 = x explaining 80%', () => {
    // centred already; covariance (sum of squares) is diag(8, 2): eigenvalues 8 and 2, shares 0.8 and 0.2
    const p = principalComponents(fromRows([[2, 0], [-2, 0], [0, 1], [0, -1]]), 2);
    expect(p.explained[0]).toBeCloseTo(0.8, 14);
    expect(p.explained[1]).toBeCloseTo(0.2, 14);
    expect(Array.from(p.scores.data).map((v) => Math.round(v * 1e12) / 1e12 + 0)).toEqual([2, 0, -2, 0, 0, 1, 0, -1]);
  });
  test('points on a line: one component explains everything', () => {
    expect(principalComponents(fromRows([[0, 0], [1, 2], [2, 4], [3, 6]]), 2).explained[0]).toBeCloseTo(1, 14);
  });
});
