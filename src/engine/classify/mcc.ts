import type { Confusion } from './confusion';

/**
 * Matthews correlation coefficient: the Pearson correlation of labels and predictions, in
 * scikit-learn's covariance form; 0 when either is constant (the correlation is undefined there).
 * @example
 * // (tp·tn − fp·fn) / √((tp+fp)(tp+fn)(tn+fp)(tn+fn)) = (35·50 − 10·5) / √(45·40·60·55) = 1700 / √5940000
 * mcc({ tn: 50, fp: 10, fn: 5, tp: 35 }) // 0.697518...
 */
export function mcc(c: Confusion): number {
  const n = c.tn + c.fp + c.fn + c.tp;
  const actualNeg = c.tn + c.fp, actualPos = c.fn + c.tp;
  const predictedNeg = c.tn + c.fn, predictedPos = c.fp + c.tp;
  const covYP = (c.tn + c.tp) * n - (actualNeg * predictedNeg + actualPos * predictedPos);
  const covPP = n * n - (predictedNeg * predictedNeg + predictedPos * predictedPos);
  const covYY = n * n - (actualNeg * actualNeg + actualPos * actualPos);
  return covPP * covYY === 0 ? 0 : covYP / Math.sqrt(covYY * covPP);
}
