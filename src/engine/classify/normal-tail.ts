const SQRT_PI = Math.sqrt(Math.PI);

/**
 * Complementary error function erfc(x) = 1 − erf(x), to near machine precision relative to its
 * value, also deep in the tail where 1 − erf(x) would round to 0. Below 2.5 a positive-term series
 * for erf (no cancellation); above, the continued fraction (Lentz), which converges fast there.
 * @example erfc(1) // 0.157299207050285…; erfc(6) // 2.1519736712498913e-17
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x < 2.5) {
    // erf(x) = 2/√π · e^{−x²} · Σ_k 2^k x^{2k+1} / (1·3·…·(2k+1))
    let term = x, sum = x;
    for (let k = 1; term > 1e-17 * sum; k++) {
      term *= (2 * x * x) / (2 * k + 1);
      sum += term;
    }
    return 1 - (2 / SQRT_PI) * Math.exp(-x * x) * sum;
  }
  // erfc(x) = e^{−x²}/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …))))
  const tiny = 1e-300;
  let f = x, c = x, d = 0;
  for (let k = 1; k < 500; k++) {
    const a = k / 2;
    d = x + a * d;
    d = Math.abs(d) < tiny ? 1 / tiny : 1 / d;
    c = x + a / c;
    if (Math.abs(c) < tiny) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / SQRT_PI / f;
}

/**
 * Two-sided p-value of a z statistic under the standard normal: P(|Z| ≥ |z|) = erfc(|z|/√2),
 * as statsmodels reports for logistic regression coefficients.
 * @example twoSidedNormalP(1.959963984540054) // 0.05
 */
export function twoSidedNormalP(z: number): number {
  return erfc(Math.abs(z) / Math.SQRT2);
}
