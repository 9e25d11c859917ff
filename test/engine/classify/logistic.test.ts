import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { fitLogistic } from '../../../src/engine/classify/logistic-fit';
import { logisticProblem, newtonLogistic } from '../../../src/engine/classify/logistic-newton';
import { predictLogistic } from '../../../src/engine/classify/logistic-predict';
import { fromRows, matrix, type Matrix } from '../../../src/engine/matrix';
import { createRandom } from '../../../src/engine/random';
import { problemsOf } from '../../problems';


/** x = −1 with outcomes 0, 0, 1 and x = 1 with 0, 1, 1. */
const twoGroups = { x: fromRows([[-1], [-1], [-1], [1], [1], [1]]), y: Uint8Array.of(0, 0, 1, 0, 1, 1) };

/** n rows, d standard-normal-ish features, outcomes drawn from a known logistic model. */
function simulated(n: number, d: number, seed: number) {
  const rng = createRandom(seed);
  const x = matrix(n, d);
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    let eta = -0.5;
    for (let j = 0; j < d; j++) {
      const v = rng.next() + rng.next() + rng.next() - 1.5;
      x.data[i * d + j] = v;
      eta += (j % 2 === 0 ? 1 : -0.7) * v;
    }
    y[i] = rng.next() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
  }
  return { x, y };
}

describe('fitLogistic by hand', () => {
  test('unpenalised: each group\'s fitted probability is its observed rate; standard errors from the information matrix', () => {
    // ln(1/2) = b₀ − b₁ and ln 2 = b₀ + b₁ → b₀ = 0, b₁ = ln 2. Each row has p(1 − p) = 2/9, so the
    // information is Σ 2/9·[1 x; x x²] = 6·2/9·I = 4/3·I and both standard errors are √(3/4).
    const model = fitLogistic(twoGroups.x, twoGroups.y, { penalty: 'none' });
    expect(model.converged).toBe(true);
    expect(model.intercept).toBeCloseTo(0, 14);
    expect(model.coef[0]).toBeCloseTo(Math.LN2, 14);
    expect(Array.from(model.inference?.stdErr ?? [])).toEqual([expect.closeTo(Math.sqrt(0.75), 13), expect.closeTo(Math.sqrt(0.75), 13)]);
    // log-likelihood: 6 rows, each group contributes 2·ln(2/3) + ln(1/3)
    expect(model.loglik).toBeCloseTo(2 * (2 * Math.log(2 / 3) + Math.log(1 / 3)), 13);
    expect(Array.from(predictLogistic(fromRows([[-1], [1]]), model))).toEqual([expect.closeTo(1 / 3, 14), expect.closeTo(2 / 3, 14)]);
  });

  test('intercept only: the fitted probability is the positive rate', () => {
    // one positive in four: intercept = ln(¼ / ¾) = ln(1/3)
    const model = fitLogistic(matrix(4, 0), Uint8Array.of(1, 0, 0, 0), { penalty: 'none' });
    expect(model.intercept).toBeCloseTo(Math.log(1 / 3), 14);
  });

  test('the L2 penalty shrinks the coefficient: at the optimum C·Σ(p − y)x + b₁ = 0', () => {
    // The penalised optimum has no closed form here, so check its defining equation (the gradient
    // of C·Σ logloss + ½b₁² in b₁ is zero) and that a smaller C shrinks b₁ further below ln 2.
    for (const C of [10, 1, 0.1]) {
      const { intercept, coef } = fitLogistic(twoGroups.x, twoGroups.y, { C });
      const b1 = coef[0] as number;
      let g = 0;
      twoGroups.y.forEach((yi, i) => {
        const xi = twoGroups.x.data[i] as number;
        g += (1 / (1 + Math.exp(-(intercept + b1 * xi))) - yi) * xi;
      });
      expect(C * g + b1).toBeCloseTo(0, 12);
      expect(b1).toBeLessThan(Math.LN2);
    }
    const b = [10, 1, 0.1].map((C) => fitLogistic(twoGroups.x, twoGroups.y, { C }).coef[0] as number);
    expect(b[0]).toBeGreaterThan(b[1] as number);
    expect(b[1]).toBeGreaterThan(b[2] as number);
  });
});

describe('fitLogistic invariants', () => {
  test('unpenalised with an intercept, the fitted probabilities add up to the number of positives', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1000 }), (seed) => {
      const { x, y } = simulated(300, 3, seed);
      const p = predictLogistic(x, fitLogistic(x, y, { penalty: 'none' }));
      expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(y.reduce((a, b) => a + b, 0), 8);
    }), { numRuns: 20 });
  });

  test('an integer sample weight equals repeating the row', () => {
    const { x, y } = simulated(200, 2, 5);
    const weight = Float64Array.from({ length: 200 }, (_, i) => 1 + (i % 3));
    const repeatedRows: number[][] = [], repeatedY: number[] = [];
    for (let i = 0; i < 200; i++) {
      for (let k = 0; k < (weight[i] as number); k++) {
        repeatedRows.push([x.data[2 * i] as number, x.data[2 * i + 1] as number]);
        repeatedY.push(y[i] as number);
      }
    }
    const weighted = fitLogistic(x, y, { C: 0.5, sampleWeight: weight });
    const repeated = fitLogistic(fromRows(repeatedRows), Uint8Array.from(repeatedY), { C: 0.5 });
    expect(weighted.intercept).toBeCloseTo(repeated.intercept, 12);
    expect(Array.from(weighted.coef)).toEqual(Array.from(repeated.coef, (b) => expect.closeTo(b, 12)));
  });

  test('classWeight "balanced" equals sample weights n / (2·n_class)', () => {
    const { x, y } = simulated(300, 2, 11);
    const positives = y.reduce((a, b) => a + b, 0);
    const weight = Float64Array.from(y, (v) => (v === 1 ? 300 / (2 * positives) : 300 / (2 * (300 - positives))));
    const a = fitLogistic(x, y, { classWeight: 'balanced' }), b = fitLogistic(x, y, { sampleWeight: weight });
    expect(a.intercept).toBeCloseTo(b.intercept, 13);
    expect(Array.from(a.coef)).toEqual(Array.from(b.coef, (v) => expect.closeTo(v, 13)));
    // balancing moves the intercept towards 0 (a rare class is up-weighted)
    expect(Math.abs(a.intercept)).toBeLessThan(Math.abs(fitLogistic(x, y).intercept));
  });

  test('the inputs are not modified', () => {
    const { x, y } = simulated(100, 2, 3);
    const xCopy = x.data.slice(), yCopy = y.slice();
    fitLogistic(x, y, { penalty: 'none' });
    expect(x.data).toEqual(xCopy);
    expect(y).toEqual(yCopy);
  });
});

describe('Newton with Hessians from sampled rows', () => {
  /** The same fit with every Hessian over all rows: the reference the sampled path must reach. */
  function withFullHessians(x: Matrix, y: Uint8Array, C: number, ridge: number): Float64Array {
    const { sample, ...full } = logisticProblem(x, y, new Float64Array(y.length).fill(1), C, ridge);
    expect(sample).toBeDefined();
    const start = new Float64Array(x.cols + 1);
    return newtonLogistic(full, start, 100, 1e-10).beta;
  }

  test('6,000 rows: every 2nd row steers the first steps, and the optimum is the one full Hessians reach', () => {
    const { x, y } = simulated(6000, 3, 7);
    const model = fitLogistic(x, y, { C: 1 });
    expect(model.converged).toBe(true);
    expect(model.work.sampledHessians).toBeGreaterThan(0);
    expect(model.work.hessians).toBeGreaterThanOrEqual(1);
    const full = withFullHessians(x, y, 1, 1);
    expect(model.intercept).toBeCloseTo(full[0] as number, 12);
    expect(Array.from(model.coef)).toEqual(Array.from(full.subarray(1), (b) => expect.closeTo(b, 12)));
  });

  test('a sample whose Hessian is singular (a column zero on every sampled row) hands over to the full Hessian', () => {
    // the sample is rows 0, 2, 4, …; column 'odd' is non-zero on rows 1, 5, 9, … only, so without
    // a ridge its sampled Hessian row is zero and has no Cholesky factor
    const { x: base, y } = simulated(6000, 2, 9);
    const x = matrix(6000, 3);
    for (let i = 0; i < 6000; i++) {
      x.data.set(base.data.subarray(2 * i, 2 * i + 2), 3 * i);
      x.data[3 * i + 2] = i % 4 === 1 ? 1 : 0;
    }
    const model = fitLogistic(x, y, { penalty: 'none', featureNames: ['a', 'b', 'odd'] });
    expect(model.converged).toBe(true);
    expect(model.work.sampledHessians).toBe(1);
    const full = withFullHessians(x, y, 1, 0);
    expect(Array.from(model.coef)).toEqual(Array.from(full.subarray(1), (b) => expect.closeTo(b, 10)));
  });
});

describe('fitLogistic refuses input without an answer', () => {
  test('a target with one class', () => {
    expect(problemsOf(() => fitLogistic(fromRows([[1], [2]]), Uint8Array.of(0, 0)))[0]?.code).toBe('one-class');
  });

  test('a feature that alone separates the classes is named', () => {
    // every positive has x₂ ≥ 3 and every negative x₂ ≤ 2; x₁ overlaps
    const x = fromRows([[0.1, 1], [0.5, 2], [0.3, 3], [0.2, 4], [0.6, 2], [0.4, 5]]);
    const [problem] = problemsOf(() => fitLogistic(x, Uint8Array.of(0, 0, 1, 1, 0, 1), { penalty: 'none', featureNames: ['age', 'score'] }));
    expect(problem?.code).toBe('separation');
    expect(problem?.column).toBe('score');
    expect(problem?.message).toMatch(/'score' alone separates/);
  });

  test('separation by a combination of features stops and names the leading feature', () => {
    // x₁ + x₂ > 0 exactly for the positives, but neither feature alone separates
    const x = fromRows([[1, 1], [2, -0.5], [-0.5, 2], [-1, -1], [-2, 0.5], [0.5, -2]]);
    const [problem] = problemsOf(() => fitLogistic(x, Uint8Array.of(1, 1, 1, 0, 0, 0), { penalty: 'none', featureNames: ['a', 'b'] }));
    expect(problem?.code).toBe('separation');
    expect(['a', 'b']).toContain(problem?.column);
    // with a penalty the same data has a finite answer
    expect(fitLogistic(x, Uint8Array.of(1, 1, 1, 0, 0, 0), { C: 1 }).converged).toBe(true);
  });

  test('collinear and constant columns are named with what they combine', () => {
    const rng = createRandom(2);
    const rows = Array.from({ length: 40 }, () => {
      const a = rng.next(), b = rng.next();
      return [a, b, 2 * a - b, 0];
    });
    const y = Uint8Array.from({ length: 40 }, (_, i) => i % 2);
    const problems = problemsOf(() => fitLogistic(fromRows(rows), y, { penalty: 'none', featureNames: ['a', 'b', 'c', 'zero'] }));
    expect(problems.map((p) => p.column)).toEqual(['c', 'zero']);
    expect(problems[0]?.message).toContain("'a' and 'b'");
    expect(problems[1]?.message).toMatch(/'zero' is constant/);
  });

  test('a missing value names its column and row; a non-positive C is refused', () => {
    const [problem] = problemsOf(() => fitLogistic(fromRows([[1, 2], [3, NaN], [0, 1]]), Uint8Array.of(0, 1, 1), { featureNames: ['a', 'b'] }));
    expect([problem?.code, problem?.column]).toEqual(['feature-not-finite', 'b']);
    expect(problem?.message).toContain('data row 2');
    expect(problemsOf(() => fitLogistic(twoGroups.x, twoGroups.y, { C: 0 }))[0]?.code).toBe('bad-c');
  });
});
