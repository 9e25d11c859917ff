import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { designColumns, linearPredictorInto, transposeTimesInto } from '../../../src/engine/classify/logistic-design';
import { weightedGram } from '../../../src/engine/classify/logistic-gram';
import { sigmoid, softplus } from '../../../src/engine/classify/logistic-link';
import { rowTerms, rowTermsInto } from '../../../src/engine/classify/logistic-loss';
import { fromRows, matrix } from '../../../src/engine/matrix';

/** A rows × cols matrix of small integers from a fast-check seed array (exact sums, so results compare with toEqual). */
function integerMatrix(rows: number, cols: number, values: readonly number[]) {
  const x = matrix(rows, cols);
  for (let i = 0; i < x.data.length; i++) x.data[i] = values[i % values.length] as number;
  return x;
}

describe('the column-major design [1, X]', () => {
  test('columns one after the other, the intercept first; a row list picks and orders rows', () => {
    const x = fromRows([[2, 3], [4, 5]]);
    expect(Array.from(designColumns(x).data)).toEqual([1, 1, 2, 4, 3, 5]);
    expect(Array.from(designColumns(x, Uint32Array.of(1)).data)).toEqual([1, 4, 5]);
  });

  test('X·v and Xᵀ·r by hand (p = 5: single columns)', () => {
    // rows [1, 1, 2, 3, 4] and [1, 0, 1, 0, 1]; v = [1, 1, 1, 1, 2]: 1 + 1 + 2 + 3 + 8 = 15 and 1 + 0 + 1 + 0 + 2 = 4
    const design = designColumns(fromRows([[1, 2, 3, 4], [0, 1, 0, 1]]));
    const eta = new Float64Array(2);
    linearPredictorInto(design, Float64Array.of(1, 1, 1, 1, 2), eta);
    expect(Array.from(eta)).toEqual([15, 4]);
    // r = [1, −1]: column differences 1 − 1, 1 − 0, 2 − 1, 3 − 0, 4 − 1
    const g = new Float64Array(5);
    transposeTimesInto(design, Float64Array.of(1, -1), g);
    expect(Array.from(g)).toEqual([0, 1, 1, 3, 3]);
  });

  test('X·v and Xᵀ·r equal entry-by-entry sums across the eight-column sweeps and their remainder', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 19 }), fc.array(fc.integer({ min: -4, max: 4 }), { minLength: 1, maxLength: 50 }), (n, d, values) => {
      const x = integerMatrix(n, d, values), p = d + 1;
      const at = (i: number, j: number): number => (j === 0 ? 1 : (x.data[i * d + j - 1] as number));
      const v = Float64Array.from({ length: p }, (_, j) => j - 3), r = Float64Array.from({ length: n }, (_, i) => (i % 5) - 2);
      const eta = new Float64Array(n), g = new Float64Array(p);
      linearPredictorInto(designColumns(x), v, eta);
      transposeTimesInto(designColumns(x), r, g);
      expect(eta).toEqual(Float64Array.from({ length: n }, (_, i) => v.reduce((s, b, j) => s + b * at(i, j), 0)));
      expect(g).toEqual(Float64Array.from({ length: p }, (_, j) => r.reduce((s, ri, i) => s + ri * at(i, j), 0)));
    }), { numRuns: 60 });
  });
});

describe('weightedGram', () => {
  test('[1, x]ᵀ·diag(c)·[1, x] + ridge on the feature diagonal, by hand', () => {
    // rows x = 1 and 2 with c = 1 and 4 (squares, so √c is exact): Σc = 5, Σc·x = 1 + 8 = 9,
    // Σc·x² = 1 + 16 = 17, plus the ridge 0.5
    expect(Array.from(weightedGram(designColumns(fromRows([[1], [2]])), Float64Array.of(1, 4), 0.5))).toEqual([5, 9, 9, 17.5]);
  });

  test('equals the entry-by-entry sums for any size: row blocks of 512 and columns padded to a multiple of 4', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 1100 }), fc.integer({ min: 0, max: 8 }),
      fc.array(fc.integer({ min: -4, max: 4 }), { minLength: 1, maxLength: 50 }), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 20 }),
      (n, d, values, weights) => {
        const x = integerMatrix(n, d, values);
        // squares, so √c is exact and every sum is of integers
        const c = Float64Array.from({ length: n }, (_, i) => (weights[i % weights.length] as number) ** 2);
        const p = d + 1, expected = new Float64Array(p * p);
        const at = (i: number, j: number): number => (j === 0 ? 1 : (x.data[i * d + j - 1] as number));
        for (let a = 0; a < p; a++) {
          for (let b = 0; b < p; b++) {
            let s = a === b && a > 0 ? 2 : 0;
            for (let i = 0; i < n; i++) s += (c[i] as number) * at(i, a) * at(i, b);
            expected[a * p + b] = s;
          }
        }
        expect(weightedGram(designColumns(x), c, 2)).toEqual(expected);
      },
    ), { numRuns: 40 });
  });
});

describe('rowTermsInto', () => {
  test('loss, residual and curvature by hand, without overflow at |η| = 800', () => {
    // η = 0, y = 1: ln(1 + e⁰) = ln 2, μ − y = −½, μ(1 − μ) = ¼; times C·w = 2·3 = 6.
    // η = 800, y = 0: loss 800, μ = 1; η = −800, y = 1: loss −(−800)… = 800, μ = 0; both curvatures underflow to 0.
    const terms = rowTerms(3);
    terms.eta.set([0, 800, -800]);
    const loss = rowTermsInto(terms, Uint8Array.of(1, 0, 1), Float64Array.of(3, 1, 1), 2);
    expect(loss).toBeCloseTo(6 * Math.LN2 + 2 * 800 + 2 * 800, 10);
    expect(Array.from(terms.residual)).toEqual([-3, 2, -2]);
    expect(Array.from(terms.curvature)).toEqual([1.5, 0, 0]);
  });

  test('agrees with sigmoid and softplus for any η', () => {
    fc.assert(fc.property(fc.double({ min: -50, max: 50, noNaN: true }), fc.integer({ min: 0, max: 1 }), (eta, y) => {
      const terms = rowTerms(1);
      terms.eta[0] = eta;
      const loss = rowTermsInto(terms, Uint8Array.of(y), Float64Array.of(1), 1);
      const mu = sigmoid(eta);
      expect(loss).toBeCloseTo(softplus(eta) - y * eta, 12);
      expect(terms.residual[0]).toBeCloseTo(mu - y, 15);
      expect(terms.curvature[0]).toBeCloseTo(mu * (1 - mu), 15);
    }));
  });
});
