import type { Confusion } from './confusion';

/** Where a ratio has a zero denominator (no predicted or no actual positives) it is 0, as scikit-learn's `zero_division=0`. */
function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

/** Share of rows classified correctly. @example accuracy({ tn: 50, fp: 10, fn: 5, tp: 35 }) // 85 / 100 = 0.85 */
export function accuracy(c: Confusion): number {
  return (c.tp + c.tn) / (c.tp + c.tn + c.fp + c.fn);
}

/** Share of predicted positives that are positive. @example precision({ tn: 50, fp: 10, fn: 5, tp: 35 }) // 35 / 45 */
export function precision(c: Confusion): number {
  return ratio(c.tp, c.tp + c.fp);
}

/** Share of actual positives found (sensitivity, TPR). @example recall({ tn: 50, fp: 10, fn: 5, tp: 35 }) // 35 / 40 */
export function recall(c: Confusion): number {
  return ratio(c.tp, c.tp + c.fn);
}

/**
 * Harmonic mean of precision and recall, computed from them as scikit-learn does.
 * @example f1({ tn: 50, fp: 10, fn: 5, tp: 35 }) // 2·(7/9)·(7/8) / (7/9 + 7/8) = 70/85
 */
export function f1(c: Confusion): number {
  const p = precision(c), r = recall(c);
  return ratio(2 * p * r, p + r);
}

/**
 * Mean of the recall of each class, so a model that ignores the rare class scores ½.
 * @example balancedAccuracy({ tn: 50, fp: 10, fn: 5, tp: 35 }) // (50/60 + 35/40) / 2
 */
export function balancedAccuracy(c: Confusion): number {
  return (ratio(c.tn, c.tn + c.fp) + ratio(c.tp, c.tp + c.fn)) / 2;
}
