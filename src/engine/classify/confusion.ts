import { checkBinaryScores } from './binary-scores';

/** Counts of a 2×2 confusion matrix; scikit-learn prints it as [[tn, fp], [fn, tp]]. */
export interface Confusion {
  readonly tn: number;
  readonly fp: number;
  readonly fn: number;
  readonly tp: number;
}

/**
 * Confusion counts when a row is predicted positive if its score is ≥ `threshold` (the reference
 * uses `(proba >= 0.5)`, so a score of exactly 0.5 is positive).
 * @example confusionAt(Uint8Array.of(1, 1, 0, 0), Float64Array.of(0.9, 0.3, 0.5, 0.1), 0.5)
 * // { tn: 1, fp: 1, fn: 1, tp: 1 }
 */
export function confusionAt(y: Uint8Array, p: Float64Array, threshold = 0.5): Confusion {
  checkBinaryScores(y, p, 'The confusion matrix');
  let tn = 0, fp = 0, fn = 0, tp = 0;
  for (let i = 0; i < y.length; i++) {
    const predicted = (p[i] as number) >= threshold;
    if (y[i] === 1) {
      if (predicted) tp++;
      else fn++;
    } else if (predicted) fp++;
    else tn++;
  }
  return { tn, fp, fn, tp };
}
