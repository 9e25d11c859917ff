import { rocCounts } from './roc-curve';

/**
 * Area under the ROC curve by the trapezoid rule over distinct scores, as scikit-learn's
 * `roc_auc_score`: a tie between a positive and a negative counts one half. Summed in exact
 * integer counts and divided once by positives × negatives.
 * @example
 * // positives score 0.8 and 0.5, negatives 0.5 and 0.1: pairs (0.8,0.5) 1, (0.8,0.1) 1, (0.5,0.5) ½, (0.5,0.1) 1
 * rocAuc(Uint8Array.of(1, 1, 0, 0), Float64Array.of(0.8, 0.5, 0.5, 0.1)) // 3.5 / 4 = 0.875
 */
export function rocAuc(y: Uint8Array, p: Float64Array): number {
  const { truePositives: tps, falsePositives: fps, positives, negatives } = rocCounts(y, p);
  let twiceArea = 0, prevTp = 0, prevFp = 0;
  for (let i = 0; i < tps.length; i++) {
    const tp = tps[i] as number, fp = fps[i] as number;
    twiceArea += (fp - prevFp) * (tp + prevTp);
    prevTp = tp;
    prevFp = fp;
  }
  return twiceArea / (2 * positives * negatives);
}

/**
 * Gini coefficient (accuracy ratio) = 2·AUC − 1: 0 for a random ranking, 1 for a perfect one.
 * @example gini(Uint8Array.of(1, 1, 0, 0), Float64Array.of(0.8, 0.5, 0.5, 0.1)) // 2 × 0.875 − 1 = 0.75
 */
export function gini(y: Uint8Array, p: Float64Array): number {
  return 2 * rocAuc(y, p) - 1;
}
