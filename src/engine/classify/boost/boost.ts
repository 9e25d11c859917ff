import type { Matrix } from '../../matrix';
import { fail } from '../../problem';
import { deriveSeed } from '../../random';
import { RunCancelled } from '../../recipe/types';
import { featureNames } from '../feature-names';
import { sigmoid, softplus } from '../logistic-link';
import { rowWeights } from '../row-weights';
import { stratifiedSplit } from '../stratified-split';
import { binColumns, fitBinEdges, MISSING_BIN, type BinnedData } from './binning';
import { checkBoostInput } from './check-input';
import { growTree, growWorkspace } from './grower';
import type { BoostedModel, BoostOptions } from './model';
import type { SplitRules } from './split-finder';
import { addTreeBinned, type Tree } from './tree';

/** Early stopping 'auto' turns on above this many rows, as scikit-learn. */
const AUTO_EARLY_STOPPING_ROWS = 10_000;
/** scikit-learn's min_hessian_to_split. */
const MIN_HESSIAN = 1e-3;

/**
 * Gradient-boosted trees for a binary target, as scikit-learn 1.2's HistGradientBoostingClassifier:
 * features binned into at most 255 quantile bins (NaN in a bin of its own, sent to whichever
 * side helps), then each iteration fits a best-first tree of up to 31 leaves to the gradients
 * and hessians of the log-loss and adds it, shrunk by the learning rate, to the log-odds. With
 * more than 10,000 rows a seeded stratified 10% validation slice is held out and the fit stops
 * when 10 iterations in a row fail to lower its loss by more than 1e-7. No scaling or
 * imputation is needed: trees only compare values.
 * @example
 * const model = fitBoostedTrees(x, y, { seed: 1 });
 * predictBoosted(model, x) // probability of class 1 per row
 */
export function fitBoostedTrees(x: Matrix, y: ArrayLike<number>, options: BoostOptions = {}): BoostedModel {
  const names = featureNames(x.cols, options.featureNames);
  if (names.length !== x.cols) fail('feature-names', `There are ${names.length} feature names for ${x.cols} feature columns; give one name per column.`);
  const labels = checkBoostInput(x, y, names);
  const {
    learningRate = 0.1, maxIter = 100, maxLeafNodes = 31, maxDepth, minSamplesLeaf = 20, l2Regularization = 0,
    maxBins = 255, earlyStopping = 'auto', validationFraction = 0.1, nIterNoChange = 10, tol = 1e-7, seed = 0,
  } = options;
  checkSettings({ learningRate, maxIter, maxLeafNodes, maxDepth, minSamplesLeaf, l2Regularization, maxBins, nIterNoChange });
  const weights = classWeighted(labels, options);
  const n = x.rows;
  const stopEarly = earlyStopping === 'auto' ? n > AUTO_EARLY_STOPPING_ROWS : earlyStopping;
  const all = Uint32Array.from({ length: n }, (_, i) => i);
  const { train, test: validation } = stopEarly ? stratifiedSplit(labels, { testSize: validationFraction, seed: deriveSeed(seed, 0) }) : { train: all, test: new Uint32Array(0) };

  const binEdges = fitBinEdges(x, maxBins, deriveSeed(seed, 1), train);
  const binned = binColumns(x, binEdges, train), binnedValidation = binColumns(x, binEdges, validation);
  const yTrain = pick(labels, train), wTrain = pick(weights, train);
  const yValidation = pick(labels, validation), wValidation = pick(weights, validation);
  const rules: SplitRules = { nonMissingBins: binned.nonMissingBins, hasMissing: missingFeatures(binned), minSamplesLeaf, minHessian: MIN_HESSIAN, l2: l2Regularization };

  const baseline = logOdds(yTrain, wTrain);
  const raw = new Float64Array(train.length).fill(baseline);
  const rawValidation = new Float64Array(validation.length).fill(baseline);
  const validationRows = Uint32Array.from({ length: validation.length }, (_, k) => k);
  const gradients = new Float64Array(train.length), hessians = new Float64Array(train.length);
  const workspace = growWorkspace(binned);
  const trees: Tree[] = [];
  const trainLoss = [meanLogLoss(raw, yTrain, wTrain)];
  const validationLoss = stopEarly ? [meanLogLoss(rawValidation, yValidation, wValidation)] : [];
  let stoppedEarly = false;
  while (trees.length < maxIter && !stoppedEarly) {
    if (options.isCancelled?.()) throw new RunCancelled();
    for (let i = 0; i < raw.length; i++) {
      const p = sigmoid(raw[i] as number), w = wTrain[i] as number;
      gradients[i] = w * (p - (yTrain[i] as number));
      hessians[i] = w * p * (1 - p);
    }
    const { tree, leaves } = growTree(binned, gradients, hessians, rules, { maxLeafNodes, maxDepth, learningRate }, binEdges, workspace);
    trees.push(tree);
    for (const leaf of leaves) for (const i of leaf.rows) raw[i] = (raw[i] as number) + leaf.value;
    trainLoss.push(meanLogLoss(raw, yTrain, wTrain));
    if (stopEarly) {
      addTreeBinned(tree, binnedValidation, validationRows, rawValidation);
      validationLoss.push(meanLogLoss(rawValidation, yValidation, wValidation));
      stoppedEarly = noRecentImprovement(validationLoss, nIterNoChange, tol);
    }
    options.onProgress?.(trees.length);
  }
  return { featureNames: names, binEdges, baseline, learningRate, trees, iterations: trees.length, stoppedEarly, trainLoss, validationLoss };
}

function checkSettings(s: { learningRate: number; maxIter: number; maxLeafNodes: number; maxDepth: number | undefined; minSamplesLeaf: number; l2Regularization: number; maxBins: number; nIterNoChange: number }): void {
  const integer = (v: number, min: number, max: number): boolean => Number.isInteger(v) && v >= min && v <= max;
  if (!(s.learningRate > 0 && Number.isFinite(s.learningRate))) fail('bad-learning-rate', `The learning rate must be a positive number such as 0.1, not ${s.learningRate}.`);
  if (!integer(s.maxIter, 1, 1e6)) fail('bad-max-iter', `The number of iterations must be a whole number of at least 1 such as 100, not ${s.maxIter}.`);
  if (!integer(s.maxLeafNodes, 2, 1e6)) fail('bad-max-leaf-nodes', `Leaves per tree must be a whole number of at least 2 such as 31, not ${s.maxLeafNodes}.`);
  if (s.maxDepth !== undefined && !integer(s.maxDepth, 1, 1e6)) fail('bad-max-depth', `The tree depth limit must be a whole number of at least 1, or none, not ${s.maxDepth}.`);
  if (!integer(s.minSamplesLeaf, 1, 1e9)) fail('bad-min-samples-leaf', `Rows per leaf must be a whole number of at least 1 such as 20, not ${s.minSamplesLeaf}.`);
  if (!(s.l2Regularization >= 0 && Number.isFinite(s.l2Regularization))) fail('bad-l2', `The L2 regularisation must be 0 or a positive number, not ${s.l2Regularization}.`);
  if (!integer(s.maxBins, 2, MISSING_BIN)) fail('bad-max-bins', `Bins per feature must be a whole number from 2 to 255, not ${s.maxBins}.`);
  if (!integer(s.nIterNoChange, 1, 1e6)) fail('bad-n-iter-no-change', `The early-stopping patience must be a whole number of at least 1 such as 10, not ${s.nIterNoChange}.`);
}

function classWeighted(y: Uint8Array, options: BoostOptions): Float64Array {
  const { classWeight, sampleWeight } = options;
  if (classWeight === undefined || classWeight === 'balanced') return rowWeights(y, { ...(sampleWeight ? { sampleWeight } : {}), ...(classWeight ? { classWeight } : {}) });
  if (!classWeight.every((c) => c >= 0 && Number.isFinite(c))) fail('bad-class-weight', `Class weights must be finite and not negative, not [${classWeight.join(', ')}].`);
  const w = rowWeights(y, sampleWeight ? { sampleWeight } : {});
  for (let i = 0; i < y.length; i++) w[i] = (w[i] as number) * (classWeight[y[i] as number] as number);
  if (!(w.reduce((a, b) => a + b, 0) > 0)) fail('bad-weight', 'Every row has weight 0; give some rows a positive weight.');
  return w;
}

function pick<T extends Uint8Array | Float64Array>(values: T, rows: Uint32Array): T {
  const out = new (values.constructor as new (n: number) => T)(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = values[rows[k] as number] as number;
  return out;
}

function missingFeatures(binned: BinnedData): Uint8Array {
  const has = new Uint8Array(binned.cols);
  for (let f = 0; f < binned.cols; f++) has[f] = binned.bins.subarray(f * binned.rows, (f + 1) * binned.rows).includes(MISSING_BIN) ? 1 : 0;
  return has;
}

/** ln(p / (1 − p)) of the weighted positive share, clipped one machine epsilon inside (0, 1) as scikit-learn. */
function logOdds(y: Uint8Array, w: Float64Array): number {
  let positive = 0, total = 0;
  for (let i = 0; i < y.length; i++) {
    positive += (w[i] as number) * (y[i] as number);
    total += w[i] as number;
  }
  const p = Math.min(Math.max(positive / total, Number.EPSILON), 1 - Number.EPSILON);
  return Math.log(p / (1 - p));
}

function meanLogLoss(raw: Float64Array, y: Uint8Array, w: Float64Array): number {
  let loss = 0, total = 0;
  for (let i = 0; i < raw.length; i++) {
    const eta = raw[i] as number;
    loss += (w[i] as number) * (softplus(eta) - (y[i] as number) * eta);
    total += w[i] as number;
  }
  return loss / total;
}

/**
 * scikit-learn's rule: stop when none of the last `patience` losses is below the one just before
 * them by more than `tol`.
 */
function noRecentImprovement(losses: readonly number[], patience: number, tol: number): boolean {
  if (losses.length < patience + 1) return false;
  const reference = losses[losses.length - patience - 1] as number;
  return losses.slice(-patience).every((l) => !(l < reference - tol));
}
