import type { Confusion } from './confusion';

/**
 * Cohen's kappa: agreement between labels and predictions beyond what their marginals give by
 * chance, κ = 1 − observed disagreement / expected disagreement (scikit-learn's formula).
 * @example
 * // n = 100, actual 60 neg / 40 pos, predicted 55 neg / 45 pos. Disagreement observed 15;
 * // expected 55·40/100 + 45·60/100 = 22 + 27 = 49, so κ = 1 − 15/49 = 34/49
 * cohenKappa({ tn: 50, fp: 10, fn: 5, tp: 35 }) // 0.693877...
 */
export function cohenKappa(c: Confusion): number {
  const n = c.tn + c.fp + c.fn + c.tp;
  const predictedNeg = c.tn + c.fn, predictedPos = c.fp + c.tp;
  const actualNeg = c.tn + c.fp, actualPos = c.fn + c.tp;
  const expectedDisagreement = (predictedNeg * actualPos + predictedPos * actualNeg) / n;
  return 1 - (c.fp + c.fn) / expectedDisagreement;
}
