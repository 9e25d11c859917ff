import type { Confusion } from '../../classify/confusion';
import { stratifiedKFold } from '../../classify/stratified-kfold';
import { stratifiedSplit } from '../../classify/stratified-split';
import { fail } from '../../problem';
import { deriveSeed } from '../../random';
import { RunCancelled } from '../../recipe/types';
import { measureAll, MEASURE_LABELS, type MeasureName, type Measures } from './measures';
import { chooseThreshold, type ThresholdSpec } from './threshold';

export interface ValidationOptions {
  /** Data rows (0-based) held out for testing; null: a stratified split of `testSize`. */
  readonly testRows: readonly number[] | null;
  readonly testSize: number;
  readonly folds: number;
  readonly seed: number;
  readonly threshold: ThresholdSpec;
}

/** How a model is fitted on some rows and predicts others; the protocol never looks inside. */
export interface Learner<M> {
  fit(trainRows: Uint32Array): M;
  predict(model: M, rows: Uint32Array): Float64Array;
}

/** Mean and sample standard deviation of a measure over the folds. */
export interface Spread {
  readonly mean: number;
  readonly sd: number;
}

export interface Validation<M> {
  readonly trainRows: Uint32Array;
  readonly testRows: Uint32Array;
  readonly folds: readonly Measures[];
  readonly cv: Readonly<Record<MeasureName, Spread>>;
  /** The threshold used for the fold and test measures. */
  readonly threshold: number;
  readonly test: Measures;
  readonly testConfusion: Confusion;
  readonly testPd: Float64Array;
  /** The model fitted on the whole training part: the one that scores every row and is saved. */
  readonly model: M;
}

/**
 * The validation protocol: hold out a test part (stratified, seeded, or the recipe's rows), cross-validate
 * on the training part with stratified k folds (each fold fits everything, preprocessing included, on its
 * own training rows), choose the threshold on the out-of-fold predictions, fit the final model on the whole
 * training part, and predict the test part once.
 * @example validateModel(y, labelled, learner, { testRows: null, testSize: 0.2, folds: 5, seed: 0, threshold: { kind: 'fixed', value: 0.5 } }).test.auc
 */
export function validateModel<M>(y: Int8Array, labelled: Uint32Array, learner: Learner<M>, options: ValidationOptions, isCancelled: () => boolean = () => false): Validation<M> {
  const { trainRows, testRows } = splitRows(y, labelled, options);
  const trainY = Uint8Array.from(trainRows, (r) => y[r] as number);
  const testY = Uint8Array.from(testRows, (r) => y[r] as number);
  if (!testY.includes(1) || !testY.includes(0)) {
    fail('test-one-class', `The test part (${testRows.length} rows) has no ${testY.includes(1) ? 'non-defaults' : 'defaults'}, so AUC and the confusion matrix cannot be measured on it. Give test rows that include both outcomes, or use a larger test share.`);
  }
  const fold = stratifiedKFold(trainY, { k: options.folds, seed: deriveSeed(options.seed, 1) });
  const outOfFold = new Float64Array(trainRows.length);
  for (let f = 0; f < options.folds; f++) {
    if (isCancelled()) throw new RunCancelled();
    const inFold = trainRows.filter((_, i) => fold[i] !== f), held = indicesWhere(fold, f);
    const model = learner.fit(inFold);
    const p = learner.predict(model, Uint32Array.from(held, (i) => trainRows[i] as number));
    held.forEach((i, k) => (outOfFold[i] = p[k] as number));
  }
  const threshold = chooseThreshold(options.threshold, trainY, outOfFold);
  const folds = Array.from({ length: options.folds }, (_, f) => {
    const held = indicesWhere(fold, f);
    return measureAll(Uint8Array.from(held, (i) => trainY[i] as number), Float64Array.from(held, (i) => outOfFold[i] as number), threshold).measures;
  });
  if (isCancelled()) throw new RunCancelled();
  const model = learner.fit(trainRows);
  const testPd = learner.predict(model, testRows);
  const { measures: test, confusion: testConfusion } = measureAll(testY, testPd, threshold);
  const cv = Object.fromEntries(MEASURE_LABELS.map(([name]) => [name, spread(folds.map((m) => m[name]))])) as Record<MeasureName, Spread>;
  return { trainRows, testRows, folds, cv, threshold, test, testConfusion, testPd, model };
}

function splitRows(y: Int8Array, labelled: Uint32Array, options: ValidationOptions): { trainRows: Uint32Array; testRows: Uint32Array } {
  if (options.testRows === null) {
    const split = stratifiedSplit(Uint8Array.from(labelled, (r) => y[r] as number), { testSize: options.testSize, seed: options.seed });
    return { trainRows: Uint32Array.from(split.train, (i) => labelled[i] as number), testRows: Uint32Array.from(split.test, (i) => labelled[i] as number) };
  }
  const isTest = new Uint8Array(y.length);
  for (const r of options.testRows) isTest[r] = 1;
  return { trainRows: labelled.filter((r) => isTest[r] === 0), testRows: labelled.filter((r) => isTest[r] === 1) };
}

function indicesWhere(fold: Uint32Array, f: number): number[] {
  const out: number[] = [];
  fold.forEach((g, i) => {
    if (g === f) out.push(i);
  });
  return out;
}

function spread(values: readonly number[]): Spread {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / Math.max(values.length - 1, 1));
  return { mean, sd };
}
