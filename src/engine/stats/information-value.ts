/** Rows with and without the event (a default, a churn) in one bin of a predictor. */
export interface BinOutcome {
  readonly events: number;
  readonly nonEvents: number;
}

export interface InformationValue {
  /** Weight of evidence per bin: ln(share of non-events / share of events); positive bins are safer than average. */
  readonly woe: readonly number[];
  /** Each bin's part of the information value. */
  readonly iv: readonly number[];
  readonly total: number;
  /** True when a bin had no events or no non-events and 0.5 was added to its empty count so logs stay finite. */
  readonly adjusted: boolean;
}

/**
 * Weight of evidence and information value of a binned predictor: IV = Σ (g_k − b_k)·ln(g_k / b_k) with g_k, b_k
 * the bin's shares of all non-events and events. A bin with a zero count would make IV infinite; it gets 0.5 in
 * that count instead (the usual scorecard fix) and `adjusted` says so. Rules of thumb: < 0.02 useless, 0.02–0.1
 * weak, 0.1–0.3 medium, > 0.3 strong (> 0.5 suspiciously strong: check for leakage).
 * @example informationValue([{ events: 1, nonEvents: 3 }, { events: 3, nonEvents: 1 }])
 *   // g = [3/4, 1/4], b = [1/4, 3/4]: woe = [ln 3, −ln 3], IV = 2·(1/2)·ln 3 ≈ 1.0986
 */
export function informationValue(bins: readonly BinOutcome[]): InformationValue {
  const adjusted = bins.some((b) => b.events === 0 || b.nonEvents === 0);
  const ev = bins.map((b) => (b.events === 0 ? 0.5 : b.events));
  const ne = bins.map((b) => (b.nonEvents === 0 ? 0.5 : b.nonEvents));
  const totalEv = ev.reduce((a, b) => a + b, 0), totalNe = ne.reduce((a, b) => a + b, 0);
  const woe = bins.map((_, k) => Math.log((ne[k] as number) / totalNe / ((ev[k] as number) / totalEv)));
  const iv = bins.map((_, k) => ((ne[k] as number) / totalNe - (ev[k] as number) / totalEv) * (woe[k] as number));
  return { woe, iv, total: iv.reduce((a, b) => a + b, 0), adjusted };
}
