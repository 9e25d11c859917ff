import { checkBinaryScores } from './binary-scores';

/**
 * Mean negative log-likelihood of 0/1 labels under predicted probabilities, with probabilities
 * clipped to [eps, 1 − eps] (scikit-learn 1.2's `log_loss`, eps = 1e-15) so a confident
 * mistake costs about 34.5 instead of infinity.
 * @example
 * // −(ln 0.8 + ln(1 − 0.4)) / 2 = (0.22314 + 0.51083) / 2
 * logLoss(Uint8Array.of(1, 0), Float64Array.of(0.8, 0.4)) // 0.366985...
 */
export function logLoss(y: Uint8Array, p: Float64Array, eps = 1e-15): number {
  checkBinaryScores(y, p, 'Log loss');
  let sum = 0;
  for (let i = 0; i < y.length; i++) {
    const q = Math.min(Math.max(p[i] as number, eps), 1 - eps);
    sum -= y[i] === 1 ? Math.log(q) : Math.log(1 - q);
  }
  return sum / y.length;
}
