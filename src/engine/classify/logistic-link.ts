// Bound once: a global lookup per call is slow inside jest's VM context, and these run per row per iteration.
const { exp, log1p } = Math;

/**
 * The logistic function 1 / (1 + e^−η), written so neither branch overflows.
 * @example sigmoid(0) // 0.5; sigmoid(-800) // 0 without overflow warnings
 */
export function sigmoid(eta: number): number {
  if (eta >= 0) return 1 / (1 + exp(-eta));
  const e = exp(eta);
  return e / (1 + e);
}

/**
 * ln(1 + e^η) without overflow or loss of precision: the log-loss of a row is softplus(η) − y·η.
 * @example softplus(0) // ln 2; softplus(800) // 800
 */
export function softplus(eta: number): number {
  return eta > 0 ? eta + log1p(exp(-eta)) : log1p(exp(eta));
}
