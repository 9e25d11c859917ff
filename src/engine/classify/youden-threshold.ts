import { rocCurve } from './roc-curve';

/**
 * The threshold maximising Youden's J = TPR − FPR on the ROC curve (the first, i.e. highest, when
 * several tie), as `thresholds[argmax(tpr - fpr)]` on scikit-learn's curve. Predict positive when
 * score ≥ this threshold.
 * @example
 * // thresholds 1.9, 0.9, 0.7, 0.6, 0.2 give J = 0, ½, 0, ½, 0: the first maximum is at 0.9
 * youdenThreshold(Uint8Array.of(1, 1, 0, 0), Float64Array.of(0.9, 0.6, 0.7, 0.2)) // 0.9
 */
export function youdenThreshold(y: Uint8Array, p: Float64Array): number {
  const { fpr, tpr, thresholds } = rocCurve(y, p);
  let best = 0, bestJ = -Infinity;
  for (let i = 0; i < fpr.length; i++) {
    const j = (tpr[i] as number) - (fpr[i] as number);
    if (j > bestJ) {
      bestJ = j;
      best = i;
    }
  }
  return thresholds[best] as number;
}
