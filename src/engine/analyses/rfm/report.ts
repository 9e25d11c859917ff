import type { Problem } from '../../problem';
import { aboutSheet } from '../../report/about';
import type { ReportCell, ReportSheet } from '../../report/types';
import type { Table } from '../../table/types';
import { getColumn } from '../../table/get-column';
import { ROW_REASONS, type RowReason } from './clean';
import { RFM_CLUSTERING, type RfmClusters } from './clusters';
import { DESCRIBE_MARGIN } from './describe-cluster';
import { isAggregated, type RfmRecipe } from './recipe';
import type { RfmRunResult } from './result';
import { SEGMENT_GRID, SEGMENT_MEANING, SEGMENTS, segmentCells } from './segments';

const MONEY = '#,##0.00';
const COUNT = '#,##0';
const SHARE = '0.0%';
const DATE = 'yyyy-mm-dd';
const MEAN = '0.00';
const INDEX = '0.000';

const REASON_LABEL: Readonly<Record<RowReason, string>> = {
  'no-customer': 'Rows without a customer id (left out)',
  'no-date': 'Rows without a date (left out)',
  'no-amount': 'Rows without an amount, quantity or price (left out)',
  'after-analysis-date': 'Rows after the analysis date (left out)',
  duplicate: 'Exact duplicate rows (left out)',
  cancellation: 'Cancellations and returns (never counted as purchases)',
  'non-positive-price': 'Rows with a price or amount of zero or below (left out)',
};

const FREQUENCY_WORDS: Readonly<Record<RfmRunResult['frequencyCounts'], string>> = {
  invoices: 'distinct invoices per customer',
  rows: 'transaction rows per customer (there is no invoice column)',
  days: 'distinct purchase days per customer',
  given: 'the frequency column of the aggregated table',
};

/** Short sentences for the task pane and the CLI. */
export function rfmSummary(recipe: RfmRecipe, r: RfmRunResult): string[] {
  const n = r.customers.length;
  let used = 0;
  for (const c of r.rowCustomer) if (c >= 0) used++;
  const top = [...r.segments].sort((a, b) => b.customers - a.customers)[0];
  const lines = [
    `RFM for ${n.toLocaleString('en-US')} customers from ${used.toLocaleString('en-US')} of ${r.rowsRead.toLocaleString('en-US')} rows` + (Number.isNaN(r.analysisDate) ? '.' : `, recency measured to ${isoDay(r.analysisDate)}.`),
    `Frequency counts ${FREQUENCY_WORDS[r.frequencyCounts]}; scores 1–${recipe.bins} by ${tieWords(recipe)}.`,
  ];
  if (top) lines.push(`Largest segment: ${top.name} (${top.customers.toLocaleString('en-US')} customers, ${(100 * top.shareOfRevenue).toFixed(1)}% of revenue).`);
  const firstTier = r.valueTiers[0];
  if (firstTier) lines.push(`The ${firstTier.name.toLowerCase()} of customers bring ${(100 * firstTier.shareOfRevenue).toFixed(1)}% of revenue.`);
  if (r.clusters) {
    const c = r.clusters;
    lines.push(`k-means on log R, F, M: ${c.k} clusters (${recipe.clusters === 'auto' ? c.recommendation : `as asked; the elbow recommends k = ${c.recommendedK}`}).`);
    c.profiles.forEach((p, j) => lines.push(`Cluster ${j + 1}: ${p.customers.toLocaleString('en-US')} customers, ${p.description}.`));
  }
  return lines;
}

/**
 * Warnings a reader must see: the table's own warnings (except "treated as missing" for text among
 * numeric ids, which RFM keeps: see idKey), cleaning that changed the picture, degenerate scores,
 * blank invoice numbers.
 */
export function rfmWarnings(recipe: RfmRecipe, table: Table, r: RfmRunResult): Problem[] {
  const idColumns = [recipe.columns.customer, recipe.columns.invoice].filter((name): name is string => name !== undefined).map((name) => getColumn(table, name));
  const keptAsText = idColumns.filter((c) => c.type !== 'text' && c.issues.mismatched > 0);
  const warnings: Problem[] = table.warnings.filter((w) => !(w.code === 'mismatched-cells' && keptAsText.some((c) => c.name === w.column)));
  for (const c of keptAsText) {
    const role = c.name === recipe.columns.invoice ? 'invoice numbers' : 'customer ids';
    const why = role === 'invoice numbers' ? '; those starting with "C" are cancellations' : '';
    warnings.push({ code: 'rfm-ids-as-text', column: c.name, cell: c.issues.firstMismatched ?? '', message: `Column '${c.name}' is mostly numbers; its ${c.issues.mismatched} text cells (first at ${c.issues.firstMismatched}) are kept as ${role} too${why}.` });
  }
  warnings.push(...r.scoreNotes.map((message) => ({ code: 'rfm-degenerate-scores', message })));
  if (r.returnsOnlyCustomers.length > 0) {
    const ids = r.returnsOnlyCustomers.slice(0, 5).join(', ') + (r.returnsOnlyCustomers.length > 5 ? ', …' : '');
    warnings.push({ code: 'rfm-returns-only', message: `${r.returnsOnlyCustomers.length} customers (${ids}) have only returns and no purchase, so they have no recency and are left out of the RFM table.` });
  }
  if (r.rowsWithoutInvoice > 0) warnings.push({ code: 'rfm-blank-invoice', message: `${r.rowsWithoutInvoice} purchase rows have a blank invoice number; each counts as an invoice of its own.` });
  return warnings;
}

export function rfmSheets(recipe: RfmRecipe, r: RfmRunResult): ReportSheet[] {
  return [customerSheet(r), segmentSheet(r), tierSheet(r), ...(r.clusters ? [clustersSheet(r.clusters)] : []), aboutRfm(recipe, r)];
}

function customerSheet(r: RfmRunResult): ReportSheet {
  const rows: ReportCell[][] = r.customers.map((id, i) => [
    id, r.lastPurchase[i] ?? null, r.recency[i] ?? null, r.frequency[i] ?? null, r.monetary[i] ?? null,
    r.r[i] ?? null, r.f[i] ?? null, r.m[i] ?? null, r.code[i] ?? null, r.total[i] ?? null, r.segment[i] ?? null, r.tier[i] ?? null, r.stage[i] ?? null,
    ...(r.clusters ? [r.clusters.cluster[i] ?? null] : []),
  ]);
  return {
    name: 'RFM',
    notes: ['One row per customer: recency in days since the last purchase, frequency, monetary value, the R/F/M scores (5 is best), their code and total, the named segment (rules on the Segments sheet), value tier and lifecycle stage' +
      (r.clusters ? ', and the k-means cluster (described on the RFM clusters sheet).' : '.')],
    tables: [{
      name: 'RFM',
      columns: [
        { name: 'Customer' }, { name: 'Last purchase', format: DATE }, { name: 'Recency (days)', format: COUNT }, { name: 'Frequency', format: COUNT },
        { name: 'Monetary', format: MONEY }, { name: 'R', format: '0' }, { name: 'F', format: '0' }, { name: 'M', format: '0' }, { name: 'RFM code', format: '@' },
        { name: 'RFM total', format: '0' }, { name: 'Segment', format: '@' }, { name: 'Value tier', format: '@' }, { name: 'Stage', format: '@' },
        ...(r.clusters ? [{ name: 'Cluster', format: '0' }] : []),
      ],
      rows,
    }],
    charts: [],
  };
}

function segmentSheet(r: RfmRunResult): ReportSheet {
  return {
    name: 'Segments',
    notes: [
      'Customers and revenue per named segment. A customer\'s segment comes from their R score and FM score (the mean of F and M, rounded half up) through the grid below.',
    ],
    tables: [
      {
        name: 'Segments',
        columns: [{ name: 'Segment' }, { name: 'Customers', format: COUNT }, { name: 'Share of customers', format: SHARE }, { name: 'Revenue', format: MONEY },
          { name: 'Share of revenue', format: SHARE }, { name: 'Mean R', format: MEAN }, { name: 'Mean F', format: MEAN }, { name: 'Mean M', format: MEAN }],
        rows: r.segments.map((s) => [s.name, s.customers, s.shareOfCustomers, s.revenue, s.shareOfRevenue, nullIfNaN(s.meanR), nullIfNaN(s.meanF), nullIfNaN(s.meanM)]),
      },
      {
        name: 'SegmentRules',
        title: 'Why a customer is in a segment',
        columns: [{ name: 'Segment' }, { name: 'Score cells' }, { name: 'Meaning' }],
        rows: SEGMENTS.map((s) => [s, segmentCells(s), SEGMENT_MEANING[s]]),
      },
      {
        name: 'SegmentGrid',
        title: 'Segment grid: R score down, FM score across',
        columns: [{ name: 'R \\ FM' }, ...[1, 2, 3, 4, 5].map((fm) => ({ name: `FM ${fm}` }))],
        rows: SEGMENT_GRID.map((row, i) => [`R ${5 - i}`, ...row]),
      },
    ],
    charts: [{ type: 'column', title: 'Share of customers and of revenue by segment', table: 'Segments', x: 'Segment', series: ['Share of customers', 'Share of revenue'], xAxisTitle: 'Segment', yAxisTitle: 'Share' }],
  };
}

function tierSheet(r: RfmRunResult): ReportSheet {
  return {
    name: 'Value tiers',
    notes: ['Customers ranked by monetary value: the top 1%, 5% and 20% (each tier excludes the ones above it) and the rest, with their share of revenue. The cumulative share is the Pareto view.'],
    tables: [{
      name: 'ValueTiers',
      columns: [{ name: 'Tier' }, { name: 'Customers', format: COUNT }, { name: 'Share of customers', format: SHARE }, { name: 'Revenue', format: MONEY },
        { name: 'Share of revenue', format: SHARE }, { name: 'Cumulative share of revenue', format: SHARE }],
      rows: r.valueTiers.map((t) => [t.name, t.customers, t.shareOfCustomers, t.revenue, t.shareOfRevenue, t.cumulativeShareOfRevenue]),
    }],
    charts: [{ type: 'column', title: 'Share of customers and of revenue by value tier', table: 'ValueTiers', x: 'Tier', series: ['Share of customers', 'Share of revenue'], xAxisTitle: 'Value tier', yAxisTitle: 'Share' }],
  };
}

function clustersSheet(c: RfmClusters): ReportSheet {
  const total = c.cluster.length;
  const notes = [
    `k-means on log1p of recency, frequency and monetary, each standardised; ${c.k} clusters, numbered best customers first. Recommended k = ${c.recommendedK}: ${c.recommendation}`,
    `Descriptions compare each cluster's centre with the overall mean on that log scale: more than ${DESCRIBE_MARGIN} standard deviations away earns a word (recent / lapsed, frequent / infrequent or one-off, high / low spend), else "average".`,
  ];
  if (c.silhouetteSampleSize !== null) notes.push(`Silhouette estimated on a seeded sample of ${c.silhouetteSampleSize.toLocaleString('en-US')} customers; WCSS, Calinski–Harabasz and Davies–Bouldin use every customer.`);
  if (c.clippedBelowZero > 0) notes.push(`${c.clippedBelowZero} customers with a value below 0 (returns above purchases) were taken as 0 before the log.`);
  return {
    name: 'RFM clusters',
    notes,
    tables: [
      {
        name: 'RfmClusters',
        columns: [{ name: 'Cluster', format: '0' }, { name: 'Customers', format: COUNT }, { name: 'Share of customers', format: SHARE }, { name: 'Mean recency (days)', format: MEAN },
          { name: 'Mean frequency', format: MEAN }, { name: 'Mean monetary', format: MONEY }, { name: 'Description', format: '@' }],
        rows: c.profiles.map((p, j) => [j + 1, p.customers, p.customers / total, p.meanRecency, p.meanFrequency, p.meanMonetary, p.description]),
      },
      {
        name: 'RfmElbow',
        title: 'Elbow: fit by number of clusters',
        columns: [{ name: 'k', format: '0' }, { name: 'WCSS', format: MONEY }, { name: 'Silhouette', format: INDEX }, { name: 'Calinski-Harabasz', format: MONEY }, { name: 'Davies-Bouldin', format: INDEX }],
        rows: c.elbow.map((e) => [e.k, e.inertia, e.silhouette, e.calinskiHarabasz, e.daviesBouldin]),
      },
    ],
    charts: [
      { type: 'column', title: 'Customers per cluster', table: 'RfmClusters', x: 'Cluster', series: ['Customers'], xAxisTitle: 'Cluster', yAxisTitle: 'Customers' },
      { type: 'line', title: 'Elbow: within-cluster sum of squares by k', table: 'RfmElbow', x: 'k', series: ['WCSS'], xAxisTitle: 'Number of clusters (k)', yAxisTitle: 'WCSS' },
      { type: 'line', title: 'Silhouette by k (higher is better)', table: 'RfmElbow', x: 'k', series: ['Silhouette'], xAxisTitle: 'Number of clusters (k)', yAxisTitle: 'Mean silhouette' },
    ],
  };
}

function aboutRfm(recipe: RfmRecipe, r: RfmRunResult): ReportSheet {
  const c = recipe.columns;
  const transactions = !isAggregated(c);
  const settings: [string, ReportCell][] = [
    ['Analysis', 'RFM (recency, frequency, monetary) segmentation'],
    ['Source', recipe.source ?? ''],
    ['Input', transactions ? 'transactions' : 'aggregated table (one row per customer)'],
    ['Columns', Object.entries(c).map(([role, name]) => `${role}: ${name}`).join('; ')],
    ['Rows in selection', r.rowsRead],
  ];
  if (transactions) {
    settings.push(
      ['Analysis date', `${isoDay(r.analysisDate)}${recipe.analysisDate === 'auto' ? ' (the day after the last transaction)' : ''}`],
      ['Amount', c.amount ? `column ${c.amount}` : `${c.quantity} × ${c.price}`],
      ...ROW_REASONS.map((reason): [string, ReportCell] => [REASON_LABEL[reason], r.setAside[reason]]),
      ['Cancellations in monetary', recipe.returns === 'net' ? `netted (${r.returnsNetted} rows subtract from monetary)` : 'excluded'],
      ['Exact duplicate rows', recipe.duplicates === 'drop' ? 'dropped (counted above)' : 'kept (not looked for)'],
      ['Zero or negative prices', recipe.nonPositivePrice === 'drop' ? 'dropped (counted above)' : 'kept'],
      ['Customers with only returns (left out)', r.returnsOnlyCustomers.length],
      ['Dates stored as text', recipe.dateOrder === 'auto' ? 'read by the table reader; ambiguous day/month order refused' : `read ${recipe.dateOrder}`],
    );
  } else {
    settings.push(['Rows with a blank or non-numeric value (left out)', r.setAside['no-amount']]);
  }
  settings.push(
    ['Customers', r.customers.length],
    ['Frequency counts', FREQUENCY_WORDS[r.frequencyCounts]],
    ['Score levels', recipe.bins],
    ['Tied values', tieWords(recipe)],
    ['Segments', `R and FM (mean of F and M, rounded half up) on the grid of the Segments sheet${recipe.bins === 5 ? '' : `; scores rescaled to 1–5 as ⌈5·score/${recipe.bins}⌉`}`],
    ['Value tiers', 'top 1%, 5%, 20% of customers by monetary (⌈n·p/100⌉ customers), and the rest'],
    ['Lifecycle stages', `New: first purchase within ${recipe.newDays} days; Active: last purchase within ${recipe.activeDays} days; At risk: within ${recipe.atRiskDays} days; Lapsed: longer ago`],
    ['Clusters', r.clusters === null
      ? 'not asked for'
      : `k-means on log1p-standardised R, F, M: k = ${r.clusters.k} (${recipe.clusters === 'auto' ? 'chosen automatically' : 'as asked'}); k = 1–${RFM_CLUSTERING.kMax} fitted with ${RFM_CLUSTERING.nInit} k-means++ restarts, seed ${RFM_CLUSTERING.seed}`],
  );
  return aboutSheet('RFM segmentation', settings);
}

function tieWords(recipe: RfmRecipe): string {
  return recipe.ties === 'first-rank'
    ? "quantiles of rank(method='first'), as the common pandas recipe: tied values are split by customer id order"
    : 'quantile thresholds of the values: tied values share a score';
}

/** yyyy-mm-dd of an Excel serial day. */
function isoDay(serial: number): string {
  return new Date(Math.round((serial - 25_569) * 86_400_000)).toISOString().slice(0, 10);
}

function nullIfNaN(v: number): number | null {
  return Number.isNaN(v) ? null : v;
}
