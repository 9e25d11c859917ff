// Bound once: a global lookup per call is slow inside jest's VM context, and these run per row per iteration.
const { exp, log1p, abs } = Math;

/** Per-row quantities of the logistic loss at linear predictors η; all arrays have one entry per row. */
export interface RowTerms {
  readonly eta: Float64Array;
  /** ∂loss/∂ηᵢ = C·wᵢ·(μᵢ − yᵢ): the gradient is Xᵀ·residual. */
  readonly residual: Float64Array;
  /** ∂²loss/∂ηᵢ² = C·wᵢ·μᵢ(1 − μᵢ): the Hessian is Xᵀ·diag(curvature)·X. */
  readonly curvature: Float64Array;
}

/**
 * Room for the terms of n rows.
 * @example rowTerms(3).eta.length // 3
 */
export function rowTerms(n: number): RowTerms {
  return { eta: new Float64Array(n), residual: new Float64Array(n), curvature: new Float64Array(n) };
}

/**
 * Fill residual and curvature from terms.eta and return the loss C·Σ wᵢ·(softplus(ηᵢ) − yᵢ·ηᵢ), with
 * one exponential per row shared by the loss, μ and μ(1 − μ): with q = e^−|η|, softplus(η) =
 * max(η, 0) + ln(1 + q), and μ is 1/(1 + q) or q/(1 + q) by the sign of η, so nothing overflows.
 * @example
 * // η = 0, y = 1: loss ln 2, residual ½ − 1, curvature ¼
 * const t = rowTerms(1); rowTermsInto(t, Uint8Array.of(1), Float64Array.of(1), 1) // ln 2; t.residual [−0.5], t.curvature [0.25]
 */
export function rowTermsInto(terms: RowTerms, y: Uint8Array, w: Float64Array, C: number): number {
  const { eta, residual, curvature } = terms;
  let loss = 0;
  for (let i = 0; i < eta.length; i++) {
    const e = eta[i] as number, yi = y[i] as number, wi = C * (w[i] as number);
    const q = exp(-abs(e)), inverse = 1 / (1 + q);
    const mu = e >= 0 ? inverse : q * inverse;
    loss += wi * (log1p(q) + (e > 0 ? e : 0) - yi * e);
    residual[i] = wi * (mu - yi);
    curvature[i] = wi * q * inverse * inverse;
  }
  return loss;
}
