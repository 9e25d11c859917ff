import { rocCounts } from './roc-curve';

/**
 * Kolmogorov–Smirnov statistic: the largest gap |TPR − FPR| between the score distributions of
 * positives and negatives over all thresholds. For a better-than-random model this is
 * max(TPR − FPR), the value the reference takes from scikit-learn's ROC curve.
 * @example
 * // positives 0.9, 0.6; negatives 0.7, 0.2. At threshold 0.9: TPR ½, FPR 0 → gap ½; at 0.6: TPR 1, FPR ½ → ½
 * ks(Uint8Array.of(1, 1, 0, 0), Float64Array.of(0.9, 0.6, 0.7, 0.2)) // 0.5
 */
export function ks(y: Uint8Array, p: Float64Array): number {
  const { truePositives: tps, falsePositives: fps, positives, negatives } = rocCounts(y, p);
  let best = 0;
  for (let i = 0; i < tps.length; i++) {
    best = Math.max(best, Math.abs((tps[i] as number) / positives - (fps[i] as number) / negatives));
  }
  return best;
}
