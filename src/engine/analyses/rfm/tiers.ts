/** One value tier: the customers ranked from `from` to `to` (1-based, by monetary, highest first). */
export interface ValueTier {
  readonly name: string;
  readonly customers: number;
  readonly revenue: number;
  readonly shareOfCustomers: number;
  readonly shareOfRevenue: number;
  /** Share of revenue from this tier and every tier above it: the Pareto view. */
  readonly cumulativeShareOfRevenue: number;
}

/** Per-customer tier index and the tier table. */
export interface ValueTiers {
  /** Per customer: index into `tiers`. */
  readonly tierOf: Uint8Array;
  readonly tiers: readonly ValueTier[];
}

/**
 * Split customers by monetary value into the top p% for each p of `percents` (ascending) and the rest.
 * The top p% are the first ⌈n·p/100⌉ customers by monetary (ties in customer order), so each tier is
 * nested in the next, as in the reference recipe `mon.sort_values(ascending=False).iloc[:n]`.
 * Shares of revenue are of the total monetary value of all customers.
 * @example valueTiers(Float64Array.of(50, 30, 10, 10), [25]) // tiers: Top 25% (1 customer, 50%), Rest (3, 50%)
 */
export function valueTiers(monetary: Float64Array, percents: readonly number[]): ValueTiers {
  const n = monetary.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (monetary[b] as number) - (monetary[a] as number) || a - b);
  const ends = [...percents.map((p) => Math.ceil((n * p) / 100)), n];
  const names = [...percents.map((p) => `Top ${p}%`), 'Rest'];
  let total = 0;
  for (const v of monetary) total += v;
  const tierOf = new Uint8Array(n);
  const tiers: ValueTier[] = [];
  let start = 0, cumulative = 0;
  ends.forEach((end, t) => {
    const stop = Math.max(start, Math.min(end, n));
    let revenue = 0;
    for (let k = start; k < stop; k++) {
      const i = order[k] as number;
      tierOf[i] = t;
      revenue += monetary[i] as number;
    }
    cumulative += revenue;
    tiers.push({
      name: names[t] as string,
      customers: stop - start,
      revenue,
      shareOfCustomers: n > 0 ? (stop - start) / n : 0,
      shareOfRevenue: total !== 0 ? revenue / total : 0,
      cumulativeShareOfRevenue: total !== 0 ? cumulative / total : 0,
    });
    start = stop;
  });
  return { tierOf, tiers };
}
