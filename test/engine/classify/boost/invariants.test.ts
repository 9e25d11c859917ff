import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { binColumns } from '../../../../src/engine/classify/boost/binning';
import { fitBoostedTrees } from '../../../../src/engine/classify/boost/boost';
import type { BoostedModel } from '../../../../src/engine/classify/boost/model';
import { boostedLogOdds, predictBoosted } from '../../../../src/engine/classify/boost/predict';
import { addTreeBinned } from '../../../../src/engine/classify/boost/tree';
import { matrix, type Matrix } from '../../../../src/engine/matrix';

/**
 * Small labelled data sets: 40–120 rows, 1–3 integer features in [−50, 50] with some blanks
 * (NaN), both classes present, labels loosely tied to the first feature so trees have something to find.
 */
const dataSet = fc.record({
  n: fc.integer({ min: 40, max: 120 }),
  d: fc.integer({ min: 1, max: 3 }),
  seed: fc.integer({ min: 0, max: 1e6 }),
}).chain(({ n, d, seed }) => fc.record({
  cells: fc.array(fc.oneof({ weight: 9, arbitrary: fc.integer({ min: -50, max: 50 }) }, { weight: 1, arbitrary: fc.constant(NaN) }), { minLength: n * d, maxLength: n * d }),
  noise: fc.array(fc.integer({ min: -30, max: 30 }), { minLength: n, maxLength: n }),
}).map(({ cells, noise }) => {
  const x = matrix(n, d, Float64Array.from(cells));
  const y = Uint8Array.from({ length: n }, (_, i) => ((x.data[i * d] as number) + (noise[i] as number) > 0 ? 1 : 0));
  y[0] = 0;
  y[1] = 1;
  return { x, y, seed };
}));

const small = { maxIter: 8, minSamplesLeaf: 5 } as const;

/** Mean log-loss of probabilities, written out here independently of the engine. */
function meanLogLoss(y: Uint8Array, p: Float64Array): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) s -= y[i] === 1 ? Math.log(p[i] as number) : Math.log(1 - (p[i] as number));
  return s / y.length;
}

describe('boosted trees: invariants', () => {
  test('every prediction is a probability strictly inside (0, 1)', () => {
    fc.assert(fc.property(dataSet, ({ x, y, seed }) => {
      const p = predictBoosted(fitBoostedTrees(x, y, { ...small, seed }), x);
      expect(p.every((v) => v > 0 && v < 1)).toBe(true);
    }), { numRuns: 40 });
  });

  test('a strictly increasing transform of a feature leaves every prediction unchanged (binning is by rank)', () => {
    fc.assert(fc.property(dataSet, ({ x, y, seed }) => {
      // v ↦ 2v³ + 7 is exact on these integers and keeps their order; NaN stays NaN. 16 bins for up to
      // 101 distinct values also exercises the percentile thresholds.
      const t = matrix(x.rows, x.cols, x.data.map((v, k) => (k % x.cols === 0 ? 2 * v ** 3 + 7 : v)));
      const a = predictBoosted(fitBoostedTrees(x, y, { ...small, maxBins: 16, seed }), x);
      const b = predictBoosted(fitBoostedTrees(t, y, { ...small, maxBins: 16, seed }), t);
      expect(Array.from(b)).toEqual(Array.from(a));
    }), { numRuns: 30 });
  });

  test('the same seed gives the same model (with a seeded validation slice)', () => {
    fc.assert(fc.property(dataSet, ({ x, y, seed }) => {
      const options = { ...small, earlyStopping: true, validationFraction: 0.2, seed };
      expect(fitBoostedTrees(x, y, options)).toEqual(fitBoostedTrees(x, y, options));
    }), { numRuns: 20 });
  });

  test('more iterations never increase the training loss, and the recorded loss is what the model predicts', () => {
    fc.assert(fc.property(dataSet, ({ x, y, seed }) => {
      const model = fitBoostedTrees(x, y, { maxIter: 20, minSamplesLeaf: 5, seed });
      const loss = model.trainLoss;
      for (let k = 1; k < loss.length; k++) expect(loss[k]).toBeLessThanOrEqual((loss[k - 1] as number) + 1e-12);
      expect(meanLogLoss(y, predictBoosted(model, x))).toBeCloseTo(loss[loss.length - 1] as number, 10);
    }), { numRuns: 30 });
  });

  test('a model saved as JSON and read back predicts identically', () => {
    fc.assert(fc.property(dataSet, ({ x, y, seed }) => {
      const model = fitBoostedTrees(x, y, { ...small, seed });
      const saved = JSON.parse(JSON.stringify(model)) as BoostedModel;
      expect(saved).toEqual(model);
      expect(Array.from(predictBoosted(saved, x))).toEqual(Array.from(predictBoosted(model, x)));
    }), { numRuns: 30 });
  });

  test('trees give the same log-odds on binned rows as on raw rows', () => {
    fc.assert(fc.property(dataSet, ({ x, y, seed }) => {
      const model = fitBoostedTrees(x, y, { ...small, seed });
      expect(Array.from(binnedLogOdds(model, x))).toEqual(Array.from(boostedLogOdds(model, x)));
    }), { numRuns: 30 });
  });
});

function binnedLogOdds(model: BoostedModel, x: Matrix): Float64Array {
  const binned = binColumns(x, model.binEdges);
  const out = new Float64Array(x.rows).fill(model.baseline);
  const rows = Uint32Array.from({ length: x.rows }, (_, i) => i);
  for (const tree of model.trees) addTreeBinned(tree, binned, rows, out);
  return out;
}
