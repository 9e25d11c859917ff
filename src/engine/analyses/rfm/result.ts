import type { RowReason } from './clean';
import type { RfmClusters } from './clusters';
import type { ValueTier } from './tiers';

/** One named segment's size, revenue and mean scores. */
export interface SegmentSummary {
  readonly name: string;
  readonly customers: number;
  readonly shareOfCustomers: number;
  readonly revenue: number;
  readonly shareOfRevenue: number;
  readonly meanR: number;
  readonly meanF: number;
  readonly meanM: number;
}

/** The plain result of an RFM run: what the report JSON carries as `result`. Per-customer arrays share one order: ascending customer id. */
export interface RfmRunResult {
  /** Per data row of the selection: index of the customer it counted for, −1 for a row set aside. */
  readonly rowCustomer: readonly number[];
  readonly customers: readonly (number | string)[];
  /** Excel serial days of the first and last purchase; null for an aggregated table. */
  readonly firstPurchase: readonly (number | null)[];
  readonly lastPurchase: readonly (number | null)[];
  readonly recency: readonly number[];
  readonly frequency: readonly number[];
  readonly monetary: readonly number[];
  readonly r: readonly number[];
  readonly f: readonly number[];
  readonly m: readonly number[];
  /** R, F and M digits side by side ("545"); with 10 levels the digits are 1–10 joined by '-'. */
  readonly code: readonly string[];
  readonly total: readonly number[];
  readonly segment: readonly string[];
  readonly tier: readonly string[];
  readonly stage: readonly string[];
  /** Excel serial day recency is measured to. */
  readonly analysisDate: number;
  /** What frequency counts: distinct invoices, transaction rows, distinct purchase days, or a given column. */
  readonly frequencyCounts: 'invoices' | 'rows' | 'days' | 'given';
  readonly rowsRead: number;
  /** Rows set aside, by reason (all zero for an aggregated table except missing values under 'no-amount'). */
  readonly setAside: Readonly<Record<RowReason, number>>;
  /** Cancellation rows netted into monetary (0 when returns are excluded). */
  readonly returnsNetted: number;
  /** Customers left out because every one of their rows is a return. */
  readonly returnsOnlyCustomers: readonly (number | string)[];
  readonly rowsWithoutInvoice: number;
  readonly segments: readonly SegmentSummary[];
  readonly valueTiers: readonly ValueTier[];
  /** Sentences about degenerate scores (every customer with one recency, empty score levels). */
  readonly scoreNotes: readonly string[];
  /** The optional k-means step on log1p-standardised R, F, M; null when the recipe did not ask for it. */
  readonly clusters: RfmClusters | null;
}
