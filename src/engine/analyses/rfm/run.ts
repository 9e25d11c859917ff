import { fail } from '../../problem';
import { RunCancelled, type RunContext } from '../../recipe/types';
import type { Report } from '../../report/types';
import { getColumn } from '../../table/get-column';
import type { Table } from '../../table/types';
import { VERSION } from '../../version';
import { aggregateCustomers, type FrequencyCount } from './aggregate';
import { readAggregated } from './aggregated-input';
import { cleanTransactions, ROW_REASONS, type RowReason } from './clean';
import { clusterRfm, RFM_CLUSTERING } from './clusters';
import { isAggregated, type RfmRecipe } from './recipe';
import { rfmSheets, rfmSummary, rfmWarnings } from './report';
import type { RfmRunResult, SegmentSummary } from './result';
import { scoreColumn } from './scores';
import { SEGMENTS, segmentOf } from './segments';
import { lifecycleStage } from './stages';
import { valueTiers } from './tiers';

/** Value tiers: the top 1%, 5% and 20% of customers by monetary value, then the rest. */
export const TIER_PERCENTS = [1, 5, 20] as const;

/** Per-customer R, F, M before scoring, whichever input they came from. */
interface CustomerValues {
  readonly ids: readonly (number | string)[];
  readonly firstDay: Float64Array | null;
  readonly lastDay: Float64Array | null;
  readonly recency: Float64Array;
  readonly frequency: Float64Array;
  readonly monetary: Float64Array;
  readonly rowCustomer: Int32Array;
}

/**
 * Clean and aggregate transactions (or read an aggregated table), score R, F and M, name segments, tiers
 * and lifecycle stages, and build the report: RFM, Segments, Value tiers, About.
 */
export function runRfm(recipe: RfmRecipe, table: Table, context: RunContext = {}): Report<RfmRunResult, RfmRecipe> {
  const progress = context.onProgress ?? (() => undefined);
  progress({ phase: 'Reading transactions', fraction: 0 });
  const setAside = Object.fromEntries(ROW_REASONS.map((r) => [r, 0])) as Record<RowReason, number>;
  let values: CustomerValues, analysisDate = NaN, frequencyCounts: RfmRunResult['frequencyCounts'] = 'given';
  let returnsNetted = 0, returnsOnly: readonly (number | string)[] = [], rowsWithoutInvoice = 0;
  if (isAggregated(recipe.columns)) {
    const agg = readAggregated(table, recipe.columns);
    setAside['no-amount'] = agg.incomplete;
    values = { ...agg, firstDay: null, lastDay: null };
  } else {
    const cleaned = cleanTransactions(recipe, table);
    Object.assign(setAside, cleaned.counts);
    returnsNetted = recipe.returns === 'net' ? cleaned.counts.cancellation : 0;
    const count: FrequencyCount = recipe.frequency === 'auto' ? (recipe.columns.invoice ? 'invoices' : 'rows') : recipe.frequency;
    const invoice = recipe.columns.invoice === undefined ? undefined : getColumn(table, recipe.columns.invoice);
    const totals = aggregateCustomers(getColumn(table, recipe.columns.customer as string), invoice, cleaned, count);
    analysisDate = cleaned.analysisDate;
    frequencyCounts = count;
    returnsOnly = totals.returnsOnly;
    rowsWithoutInvoice = totals.rowsWithoutInvoice;
    values = { ...totals, recency: totals.lastDay.map((d) => cleaned.analysisDate - d) };
  }
  if (context.isCancelled?.()) throw new RunCancelled();
  const n = values.ids.length;
  if (n < 2) {
    const only = n === 1 ? `only one customer (${values.ids[0]})` : 'no customer';
    fail('rfm-too-few-customers', `RFM scores rank customers against each other, but after cleaning there is ${only}${returnsOnly.length ? ` (${returnsOnly.length} more had only returns)` : ''}. Select the transactions of at least 2 customers.`);
  }
  progress({ phase: 'Scoring customers', fraction: 0.6 });
  const { bins, ties } = recipe;
  const r = scoreColumn(values.recency, bins, ties, true);
  const f = scoreColumn(values.frequency, bins, ties, false);
  const m = scoreColumn(values.monetary, bins, ties, false);
  const segment = values.ids.map((_, i) => segmentOf(r[i] as number, f[i] as number, m[i] as number, bins));
  const tiers = valueTiers(values.monetary, TIER_PERCENTS);
  const stage = values.ids.map((_, i) => {
    const tenure = values.firstDay ? analysisDate - (values.firstDay[i] as number) : NaN;
    return lifecycleStage(tenure, values.recency[i] as number, recipe);
  });
  const clusters = recipe.clusters === false ? null : clusterRfm(values.recency, values.frequency, values.monetary, recipe.clusters, {
    onProgress: (k) => progress({ phase: `Clustering customers, k = ${k}`, fraction: 0.6 + 0.35 * (k / RFM_CLUSTERING.kMax) }),
    isCancelled: () => context.isCancelled?.() ?? false,
  });
  const joiner = bins > 9 ? '-' : '';
  const result: RfmRunResult = {
    rowCustomer: Array.from(values.rowCustomer),
    customers: values.ids,
    firstPurchase: values.firstDay ? Array.from(values.firstDay) : values.ids.map(() => null),
    lastPurchase: values.lastDay ? Array.from(values.lastDay) : values.ids.map(() => null),
    recency: Array.from(values.recency),
    frequency: Array.from(values.frequency),
    monetary: Array.from(values.monetary),
    r: Array.from(r),
    f: Array.from(f),
    m: Array.from(m),
    code: values.ids.map((_, i) => [r[i], f[i], m[i]].join(joiner)),
    total: values.ids.map((_, i) => (r[i] as number) + (f[i] as number) + (m[i] as number)),
    segment,
    tier: Array.from(tiers.tierOf, (t) => tiers.tiers[t]?.name ?? ''),
    stage,
    analysisDate,
    frequencyCounts,
    rowsRead: table.rowCount,
    setAside,
    returnsNetted,
    returnsOnlyCustomers: returnsOnly,
    rowsWithoutInvoice,
    segments: summarise(segment, values.monetary, r, f, m),
    valueTiers: tiers.tiers,
    scoreNotes: scoreNotes(values, { r, f, m }, recipe),
    clusters,
  };
  progress({ phase: 'Building the report', fraction: 1 });
  return {
    recipe,
    version: VERSION,
    summary: rfmSummary(recipe, result),
    warnings: rfmWarnings(recipe, table, result),
    sheets: rfmSheets(recipe, result),
    result,
  };
}

function summarise(segment: readonly string[], monetary: Float64Array, r: Uint8Array, f: Uint8Array, m: Uint8Array): SegmentSummary[] {
  const n = segment.length;
  let total = 0;
  for (const v of monetary) total += v;
  return SEGMENTS.map((name) => {
    let customers = 0, revenue = 0, sr = 0, sf = 0, sm = 0;
    for (let i = 0; i < n; i++) {
      if (segment[i] !== name) continue;
      customers++;
      revenue += monetary[i] as number;
      sr += r[i] as number;
      sf += f[i] as number;
      sm += m[i] as number;
    }
    const mean = (s: number): number => (customers > 0 ? s / customers : NaN);
    return { name, customers, shareOfCustomers: customers / n, revenue, shareOfRevenue: total !== 0 ? revenue / total : 0, meanR: mean(sr), meanF: mean(sf), meanM: mean(sm) };
  });
}

/** Sentences for scores that carry little information: one value for everyone, or (with quantile thresholds) empty levels. */
function scoreNotes(values: CustomerValues, scores: { r: Uint8Array; f: Uint8Array; m: Uint8Array }, recipe: RfmRecipe): string[] {
  const notes: string[] = [];
  const parts = [['recency', values.recency, scores.r, 'R'], ['frequency', values.frequency, scores.f, 'F'], ['monetary', values.monetary, scores.m, 'M']] as const;
  for (const [name, v, s, letter] of parts) {
    if (v.every((x) => x === v[0])) {
      notes.push(recipe.ties === 'first-rank'
        ? `Every customer has the same ${name} (${v[0]}), so the ${letter} scores only reflect customer order and say nothing about the customers.`
        : `Every customer has the same ${name} (${v[0]}), so every customer has the same ${letter} score.`);
      continue;
    }
    if (recipe.ties === 'quantile-thresholds') {
      const used = new Set(s);
      const empty = Array.from({ length: recipe.bins }, (_, i) => i + 1).filter((level) => !used.has(level));
      if (empty.length) notes.push(`Many customers share a ${name} value, so no customer has ${letter} score ${empty.join(', ')} (tied values keep one score).`);
    }
  }
  return notes;
}
