import { describe, expect, test } from '@jest/globals';
import { fitBoostedTrees } from '../../../../src/engine/classify/boost/boost';
import { featureImportance } from '../../../../src/engine/classify/boost/importance';
import { boostedLogOdds, predictBoosted } from '../../../../src/engine/classify/boost/predict';
import { findBestSplit, nodeValue } from '../../../../src/engine/classify/boost/split-finder';
import { emptyHistogram, histogramLayout } from '../../../../src/engine/classify/boost/histogram';
import { fromRows, matrix } from '../../../../src/engine/matrix';
import { RunCancelled } from '../../../../src/engine/recipe/types';
import { problemOf } from '../../../problems';

/** 40 rows, x = 0…39, y = 1 from x = 20 on: a step at 19.5. */
const step = () => ({ x: fromRows(Array.from({ length: 40 }, (_, i) => [i])), y: Uint8Array.from({ length: 40 }, (_, i) => (i >= 20 ? 1 : 0)) });

describe('one split on a step function, derived by hand', () => {
  /*
   * Baseline: half the rows are positive, so p = 0.5 and the log-odds are 0.
   * Gradients p − y: +0.5 for the 20 negatives, −0.5 for the 20 positives; hessians p(1 − p) = 0.25.
   * Root: G = 0, H = 10. Left (x ≤ 19.5): G = 10, H = 5. Right: G = −10, H = 5.
   * Gain = G_L²/H_L + G_R²/H_R − G²/H = 100/5 + 100/5 − 0 = 40.
   * Leaf values = learning rate × −G/H = 0.1 × ∓2 = ∓0.2. With min_samples_leaf 20 no other split
   * is allowed, and the children (20 rows each) cannot split again.
   */
  const { x, y } = step();
  const model = fitBoostedTrees(x, y, { maxIter: 1 });
  const tree = model.trees[0]!;

  test('baseline 0, one split at 19.5 with gain 40, leaves ∓0.2', () => {
    expect(model.baseline).toBe(0);
    expect(tree.feature).toEqual([0, -1, -1]);
    expect(tree.threshold[0]).toBe(19.5);
    expect(tree.gain[0]).toBeCloseTo(40, 12);
    expect(tree.value[1]).toBeCloseTo(-0.2, 14);
    expect(tree.value[2]).toBeCloseTo(0.2, 14);
  });

  test('predictions are the logistic function of ∓0.2; importance is the gain', () => {
    const p = predictBoosted(model, fromRows([[0], [19.5], [19.6], [1000], [NaN]]));
    const low = 1 / (1 + Math.exp(0.2)), high = 1 / (1 + Math.exp(-0.2));
    // no missing value in training: NaN goes to the larger child; both have 20 rows, so right (scikit-learn's rule)
    [low, low, high, high, high].forEach((v, i) => expect(p[i]).toBeCloseTo(v, 14));
    expect(Array.from(featureImportance(model))).toEqual([tree.gain[0]]);
  });

  test('training loss after one tree: 20 rows at −ln σ(0.2) each side', () => {
    // every row now has p = σ(0.2) for its own class: mean loss ln(1 + e^−0.2) = 0.598139…
    expect(model.trainLoss[0]).toBeCloseTo(Math.LN2, 14);
    expect(model.trainLoss[1]).toBeCloseTo(Math.log1p(Math.exp(-0.2)), 14);
  });

  test('a feature of noise gets no importance', () => {
    const noisy = matrix(40, 2);
    for (let i = 0; i < 40; i++) noisy.data.set([(i * 7) % 40, i], i * 2);
    const m = fitBoostedTrees(noisy, y, { maxIter: 1 });
    // column 0 is i·7 mod 40, which puts 10 positives on each side of any 20/20 cut; column 1 separates the classes
    expect(m.trees[0]!.feature[0]).toBe(1);
    const importance = featureImportance(m);
    expect(importance[1]).toBeCloseTo(40, 12);
  });
});

describe('findBestSplit, by hand', () => {
  const rules = (missing: number) => ({ nonMissingBins: Uint16Array.of(3), hasMissing: Uint8Array.of(missing), minSamplesLeaf: 1, minHessian: 1e-3, l2: 0 });
  // one feature with 3 valued bins: slots 0–2, the missing bin in slot 3
  const layout = histogramLayout(Uint16Array.of(3));
  const histogram = (cells: [number, number, number][], missing?: [number, number, number]) => {
    const h = emptyHistogram(layout);
    cells.forEach((c, b) => h.set(c, b * 3));
    if (missing) h.set(missing, 3 * 3);
    return h;
  };

  test('bins (G, H, n) = (−2, 1, 2), (2, 1, 2), (0, 1, 2): best cut after bin 0', () => {
    // after bin 0: (−2)²/1 + 2²/2 − 0²/3 = 6; after bin 1: 0²/2 + 0²/1 − 0 = 0 → bin 0, gain 6
    const split = findBestSplit(histogram([[-2, 1, 2], [2, 1, 2], [0, 1, 2]]), layout, { gradient: 0, hessian: 3, count: 6 }, rules(0));
    expect(split).not.toBeNull();
    expect(split!.bin).toBe(0);
    expect(split!.gain).toBeCloseTo(6, 12);
    expect(split!.left).toEqual({ gradient: -2, hessian: 1, count: 2 });
  });

  test('missing values go to the side that gains more', () => {
    // values (−1, 1, 1), (1, 1, 1), (1, 1, 1); missing (−3, 1, 1). Total G = −2, H = 4.
    // left-to-right, missing right: after bin 0: 1 + (−1)²/3 − 1 = 0.333; after bin 1: 0/2 + 4/2 − 1 = 1; after bin 2: 1/3 + 9 − 1 = 8.333
    // right-to-left, missing left: bin 1: (−3)²/3 + 1/1 − 1 = 3; bin 0: (−4)²/2 + 2²/2 − 1 = 9 → best: bin 0, missing left
    const h = histogram([[-1, 1, 1], [1, 1, 1], [1, 1, 1]], [-3, 1, 1]);
    const split = findBestSplit(h, layout, { gradient: -2, hessian: 4, count: 4 }, rules(1));
    expect(split!.bin).toBe(0);
    expect(split!.missingGoLeft).toBe(true);
    expect(split!.gain).toBeCloseTo(9, 12);
  });

  test('min_samples_leaf rules a split out; nothing qualifies → null', () => {
    const h = histogram([[-2, 1, 2], [2, 1, 2], [0, 1, 2]]);
    expect(findBestSplit(h, layout, { gradient: 0, hessian: 3, count: 6 }, { ...rules(0), minSamplesLeaf: 4 })).toBeNull();
  });

  test('nodeValue is −G/(H + λ)', () => {
    expect(nodeValue(-3, 1.5, 0)).toBeCloseTo(2, 14);
    expect(nodeValue(-3, 1, 0.5)).toBeCloseTo(2, 14);
    // +0, never −0, so a model survives JSON unchanged
    expect(Object.is(nodeValue(0, 1, 0), 0)).toBe(true);
  });
});

describe('weights', () => {
  const { x, y } = step();

  test('class weights act as sample weights; the baseline is the weighted log-odds', () => {
    const byClass = fitBoostedTrees(x, y, { maxIter: 3, classWeight: [1, 3] });
    const byRow = fitBoostedTrees(x, y, { maxIter: 3, sampleWeight: Float64Array.from(y, (v) => (v === 1 ? 3 : 1)) });
    expect(byClass).toEqual(byRow);
    // weighted positive share 20·3 / (20·3 + 20·1) = 3/4 → log-odds ln 3
    expect(byClass.baseline).toBeCloseTo(Math.log(3), 14);
  });

  test("'balanced' weighs class c by n / (2·n_c)", () => {
    // 10 positives of 40: weights 40/60 = 2/3 for class 0 and 40/20 = 2 for class 1
    const y10 = Uint8Array.from({ length: 40 }, (_, i) => (i >= 30 ? 1 : 0));
    const balanced = fitBoostedTrees(x, y10, { maxIter: 3, minSamplesLeaf: 5, classWeight: 'balanced' });
    expect(balanced).toEqual(fitBoostedTrees(x, y10, { maxIter: 3, minSamplesLeaf: 5, classWeight: [2 / 3, 2] }));
    // balanced classes weigh the same in total: baseline log-odds 0
    expect(balanced.baseline).toBeCloseTo(0, 14);
  });
});

describe('hooks and early stopping', () => {
  const { x, y } = step();

  test('onProgress hears every iteration; isCancelled stops the fit with RunCancelled', () => {
    const heard: number[] = [];
    const model = fitBoostedTrees(x, y, { maxIter: 5, onProgress: (i) => heard.push(i) });
    expect(heard).toEqual([1, 2, 3, 4, 5]);
    expect(model.iterations).toBe(5);
    let calls = 0;
    expect(() => fitBoostedTrees(x, y, { maxIter: 5, isCancelled: () => ++calls > 2 })).toThrow(RunCancelled);
  });

  test('early stopping on: validation losses are recorded and the fit stops when they stall', () => {
    const model = fitBoostedTrees(x, y, { maxIter: 200, earlyStopping: true, validationFraction: 0.25, minSamplesLeaf: 5, seed: 3 });
    expect(model.validationLoss).toHaveLength(model.iterations + 1);
    expect(model.stoppedEarly).toBe(model.iterations < 200);
  });

  test('early stopping "auto" is off at 40 rows', () => {
    const model = fitBoostedTrees(x, y, { maxIter: 3 });
    expect(model.validationLoss).toEqual([]);
    expect(model.trainLoss).toHaveLength(4);
  });
});

describe('bad input names the problem', () => {
  const { x, y } = step();
  const code = (f: () => unknown): string => problemOf(f).code;

  test('one class only', () => {
    expect(code(() => fitBoostedTrees(x, new Uint8Array(40)))).toBe('one-class');
  });
  test('no feature columns', () => {
    expect(code(() => fitBoostedTrees(matrix(40, 0), y))).toBe('no-features');
  });
  test('a blank (NaN) target names the row', () => {
    const target = Float64Array.from(y);
    target[6] = NaN;
    expect(() => fitBoostedTrees(x, target)).toThrow(/data row 7/);
    expect(code(() => fitBoostedTrees(x, target))).toBe('target-missing');
  });
  test('a target other than 0/1', () => {
    expect(code(() => fitBoostedTrees(x, Float64Array.from(y, (v) => v * 2)))).toBe('labels-not-binary');
  });
  test('Infinity in a feature names the column and row', () => {
    const bad = fromRows(Array.from({ length: 40 }, (_, i) => [i === 3 ? Infinity : i]));
    expect(() => fitBoostedTrees(bad, y, { featureNames: ['income'] })).toThrow(/'income'.*data row 4/);
  });
  test('rows and targets of different lengths; bad settings', () => {
    expect(code(() => fitBoostedTrees(x, y.subarray(1)))).toBe('length-mismatch');
    expect(code(() => fitBoostedTrees(x, y, { learningRate: 0 }))).toBe('bad-learning-rate');
    expect(code(() => fitBoostedTrees(x, y, { maxBins: 256 }))).toBe('bad-max-bins');
    expect(code(() => fitBoostedTrees(x, y, { maxLeafNodes: 1 }))).toBe('bad-max-leaf-nodes');
  });
  test('scoring rows with another number of columns', () => {
    const model = fitBoostedTrees(x, y, { maxIter: 1 });
    expect(code(() => boostedLogOdds(model, matrix(2, 3)))).toBe('feature-count');
  });
});
