import type { Tree } from './tree';

/** Options for {@link fitBoostedTrees}; defaults follow scikit-learn 1.2's HistGradientBoostingClassifier. */
export interface BoostOptions {
  /** Shrinkage applied to every leaf value. Default 0.1. */
  readonly learningRate?: number;
  /** Boosting iterations (one tree each) at most. Default 100. */
  readonly maxIter?: number;
  /** Leaves per tree at most (grown best-gain first). Default 31. */
  readonly maxLeafNodes?: number;
  /** Depth limit per tree; undefined means none. Default none. */
  readonly maxDepth?: number;
  /** Rows a leaf must keep, unweighted. Default 20. */
  readonly minSamplesLeaf?: number;
  /** L2 penalty on leaf values, added to each leaf's hessian sum. Default 0. */
  readonly l2Regularization?: number;
  /** Quantile bins per feature before the missing-value bin, 2–255. Default 255. */
  readonly maxBins?: number;
  /**
   * 'auto' holds out a stratified validation slice when there are more than 10,000 rows; true
   * always does, false never. Default 'auto'.
   */
  readonly earlyStopping?: 'auto' | boolean;
  /** Share of rows held out for early stopping. Default 0.1. */
  readonly validationFraction?: number;
  /** Stop when none of the last this-many iterations beat the validation loss before them by more than `tol`. Default 10. */
  readonly nIterNoChange?: number;
  /** Improvement in validation loss that counts. Default 1e-7. */
  readonly tol?: number;
  /** Weight per row (non-negative), multiplied into gradients and hessians. */
  readonly sampleWeight?: Float64Array;
  /** 'balanced' weighs each class by n / (2·n_class); a pair gives the weights of class 0 and class 1. */
  readonly classWeight?: 'balanced' | readonly [number, number];
  /** Seeds the validation slice and the binning subsample. Default 0. */
  readonly seed?: number;
  /** Column names for messages and importance, one per feature. */
  readonly featureNames?: readonly string[];
  /** After every iteration, with its number (1-based). */
  readonly onProgress?: (iteration: number) => void;
  /** Checked between iterations; when it returns true the fit throws RunCancelled. */
  readonly isCancelled?: () => boolean;
}

/**
 * A fitted boosted-tree classifier: plain arrays only, so `JSON.parse(JSON.stringify(model))`
 * is the same model (it can be kept in the workbook and posted to a worker).
 */
export interface BoostedModel {
  readonly featureNames: readonly string[];
  /** Bin thresholds per feature: a value v falls in the first bin b with v ≤ binEdges[f][b]. */
  readonly binEdges: readonly (readonly number[])[];
  /** Log-odds of the (weighted) positive share of the training rows: every prediction starts here. */
  readonly baseline: number;
  readonly learningRate: number;
  /** One tree per iteration run; leaf values already include the learning rate. */
  readonly trees: readonly Tree[];
  readonly iterations: number;
  /** True when early stopping ended the fit before maxIter. */
  readonly stoppedEarly: boolean;
  /** Mean (weighted) log-loss on the rows trees were fitted to: [before any tree, after tree 1, …]. */
  readonly trainLoss: readonly number[];
  /** The same on the validation slice when early stopping was on, otherwise empty. */
  readonly validationLoss: readonly number[];
}
