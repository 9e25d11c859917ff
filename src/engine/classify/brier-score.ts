import { checkBinaryScores } from './binary-scores';

/**
 * Brier score: mean squared difference between the predicted probability and the 0/1 outcome
 * (scikit-learn's `brier_score_loss`). 0 is perfect; always predicting ½ scores ¼.
 * @example brierScore(Uint8Array.of(1, 0), Float64Array.of(0.8, 0.4)) // (0.2² + 0.4²) / 2 = 0.1
 */
export function brierScore(y: Uint8Array, p: Float64Array): number {
  checkBinaryScores(y, p, 'The Brier score');
  let sum = 0;
  for (let i = 0; i < y.length; i++) {
    const d = (p[i] as number) - (y[i] as number);
    sum += d * d;
  }
  return sum / y.length;
}
