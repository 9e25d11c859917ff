import { aboutSheet } from '../../report/about';
import { freshName } from '../../report/fresh-name';
import type { ReportCell, ReportSheet, ReportTable } from '../../report/types';
import type { Table } from '../../table/types';
import { shortNumber } from './cell-key';
import { MAX_CORRELATION_COLUMNS, pairInWords } from './correlations';
import { MAX_HISTOGRAMS } from './distributions';
import type { ProfileRecipe } from './recipe';
import type { ColumnProfile, CorrelationResult, ProfileResult, TargetProfile } from './result';

const COUNT = '#,##0';
const SHARE = '0.0%';
const SHAPE = '0.00';
const DATE = 'yyyy-mm-dd';
const TEXT = '@';
/** Excel's red–white–blue scale, anchored at −1, 0 and +1 so the colours mean the same in every matrix. */
const CORRELATION_SCALE = { min: { value: -1, color: '#F8696B' }, mid: { value: 0, color: '#FFFFFF' }, max: { value: 1, color: '#5A8AC6' } };

const cell = (v: number | null | undefined): ReportCell => (v === null || v === undefined || Number.isNaN(v) ? null : v);
const percent = (share: number): string => `${(share * 100).toFixed(1)} %`;

/** Short sentences for the task pane and the CLI: shape, missing values, strongest pair, target, suggestions. */
export function profileSummary(r: ProfileResult): string[] {
  const byType = (['number', 'text', 'date', 'boolean'] as const).map((t) => [t, r.columns.filter((c) => c.type === t).length] as const).filter(([, n]) => n > 0);
  const lines = [`Profiled ${r.columns.length.toLocaleString('en-US')} columns × ${r.rowCount.toLocaleString('en-US')} rows: ${byType.map(([t, n]) => `${n} ${t}`).join(', ')}.`];
  const missing = r.columns.filter((c) => c.missing > 0).sort((a, b) => b.missingShare - a.missingShare);
  lines.push(missing.length === 0 ? 'No missing values.' : `Missing values: ${missing.slice(0, 5).map((c) => `${c.name} ${percent(c.missingShare)}`).join(', ')}${missing.length > 5 ? `, and ${missing.length - 5} more columns` : ''}.`);
  const top = r.correlation?.strongest[0];
  if (top) lines.push(`Strongest ${r.correlation?.method} correlation: ${pairInWords(top)}.`);
  if (r.target) {
    const t = r.target;
    const rate = t.positive === null ? `classes ${t.classes.map((c) => `${c.value} ${c.count}`).join(', ')}` : `${percent(t.positiveRate ?? 0)} ${t.positive}`;
    const best = t.relations.slice(0, 3).map((x) => `${x.column} (IV ${x.informationValue.toFixed(2)})`);
    lines.push(`Target ${t.column}: ${rate}.` + (best.length ? ` Most informative: ${best.join(', ')}.` : ''));
  }
  if (r.suggestions.length) lines.push(`${r.suggestions.length} suggestions on the Profile sheet.`);
  return lines;
}

export function profileSheets(recipe: ProfileRecipe, table: Table, r: ProfileResult): ReportSheet[] {
  return [profileSheet(r), correlationSheet(r.correlation), distributionSheet(r), ...(r.target ? [targetSheet(r.target)] : []), aboutProfile(recipe, table, r)];
}

function profileSheet(r: ProfileResult): ReportSheet {
  const columns = [
    { name: 'Column', format: TEXT }, { name: 'Type', format: TEXT }, { name: 'Count', format: COUNT }, { name: 'Missing', format: COUNT },
    { name: 'Missing %', format: SHARE }, { name: 'Errors', format: COUNT }, { name: 'Unusable', format: COUNT }, { name: 'Distinct', format: COUNT },
    { name: 'Mean' }, { name: 'Std dev' }, { name: 'Min' }, { name: 'Q1 (25%)' }, { name: 'Median' }, { name: 'Q3 (75%)' }, { name: 'Max' },
    { name: 'Skewness', format: SHAPE }, { name: 'Excess kurtosis', format: SHAPE }, { name: 'Zeros', format: COUNT }, { name: 'Negatives', format: COUNT },
    { name: 'Outliers (1.5 IQR)', format: COUNT }, { name: 'First', format: DATE }, { name: 'Last', format: DATE }, { name: 'Span (days)', format: COUNT },
    { name: 'Most frequent', format: TEXT }, { name: 'Share TRUE', format: SHARE }, { name: 'Flags', format: TEXT },
  ];
  const tables: ReportTable[] = [{ name: 'Profile', columns, rows: r.columns.map(profileRow) }];
  if (r.suggestions.length) {
    tables.push({ name: 'Suggestions', title: 'Suggestions (to consider, not applied)', columns: [{ name: 'Suggestion', format: TEXT }, { name: 'Columns', format: TEXT }], rows: r.suggestions.map((s) => [s.message, s.columns.join(', ')]) });
  }
  return {
    name: 'Profile',
    notes: ['One row per column. Missing counts blank cells; Errors, Excel error values; Unusable, cells that do not fit the column\'s type (text in a number column). Standard deviation divides by n − 1; quartiles interpolate linearly; skewness and excess kurtosis are bias-corrected (as pandas). Outliers lie beyond 1.5 × IQR from the quartiles.'],
    tables,
    charts: [],
  };
}

function profileRow(p: ColumnProfile): ReportCell[] {
  const s = p.numbers;
  return [
    p.name, p.type, p.count, p.missing, p.missingShare, p.errors, p.unusable, p.distinct,
    cell(s?.mean), cell(s?.std), cell(s?.min), cell(s?.q25), cell(s?.median), cell(s?.q75), cell(s?.max), cell(s?.skew), cell(s?.kurtosis),
    cell(s?.zeros), cell(s?.negatives), cell(s?.outliers),
    cell(p.dates?.first), cell(p.dates?.last), cell(p.dates?.spanDays),
    p.topValues ? p.topValues.map((v) => `${v.value} (${v.count.toLocaleString('en-US')})`).join('; ') : null,
    cell(p.shareTrue), p.flags.join(', ') || null,
  ];
}

function correlationSheet(c: CorrelationResult | null): ReportSheet {
  if (!c) return { name: 'Correlations', notes: ['Fewer than two numeric columns (other than identifiers and constant columns): nothing to correlate.'], tables: [], charts: [] };
  const first = freshName('Column', c.columns);
  const notes = [
    `${c.method === 'pearson' ? 'Pearson' : 'Spearman (rank)'} correlation over the rows where both columns have a value. Identifiers, constant and empty columns are left out.`,
    'Colours run from red (−1) through white (0) to blue (+1).',
    ...(c.strongest.length ? [`Strongest pairs: ${c.strongest.slice(0, 5).map(pairInWords).join('; ')}.`] : []),
    ...(c.leftOut > 0 ? [`Only the first ${MAX_CORRELATION_COLUMNS} numeric columns are correlated; ${c.leftOut} more were left out. Choose columns in the recipe to correlate others.`] : []),
  ];
  return {
    name: 'Correlations',
    notes,
    tables: [
      { name: 'Correlations', columns: [{ name: first, format: TEXT }, ...c.columns.map((name) => ({ name, format: SHAPE }))], rows: c.matrix.map((row, i) => [c.columns[i] as string, ...row.map(cell)]), colorScale: { columns: c.columns, ...CORRELATION_SCALE } },
      { name: 'StrongestPairs', title: 'Strongest pairs', columns: [{ name: 'Column A', format: TEXT }, { name: 'Column B', format: TEXT }, { name: 'Correlation', format: SHAPE }], rows: c.strongest.map((p) => [p.a, p.b, p.r]) },
    ],
    charts: [],
  };
}

function distributionSheet(r: ProfileResult): ReportSheet {
  const tables: ReportTable[] = [];
  const charts = r.histograms.map((h, i) => {
    const name = `Histogram${i + 1}`;
    const rows = h.counts.map((count, k) => {
      const from = h.edges[k] as number, to = h.edges[k + 1] as number;
      return [`${shortNumber(from)} to ${shortNumber(to)}`, from, to, count];
    });
    tables.push({ name, title: h.column, columns: [{ name: 'Bin', format: TEXT }, { name: 'From' }, { name: 'To' }, { name: 'Rows', format: COUNT }], rows });
    return { type: 'column' as const, title: `${h.column}: rows per bin`, table: name, x: 'Bin', series: ['Rows'], xAxisTitle: h.column, yAxisTitle: 'Rows' };
  });
  const notes = ['A histogram per number column; bin width by the Freedman–Diaconis rule (2·IQR/∛n), Sturges when the IQR is 0, at most the recipe\'s maxBins bins. Each bin holds From ≤ value < To; the last also holds its To.'];
  if (r.histogramsLeftOut > 0) notes.push(`Histograms are drawn for the first ${MAX_HISTOGRAMS} number columns; ${r.histogramsLeftOut} more have none. Choose columns in the recipe to see others.`);
  if (r.histograms.length === 0) notes.push('No number column with values: nothing to draw.');
  return { name: 'Distributions', notes, tables, charts };
}

function targetSheet(t: TargetProfile): ReportSheet {
  const present = t.classes.reduce((a, c) => a + c.count, 0);
  const notes = [
    t.positive === null
      ? `'${t.column}' has ${t.classes.length} classes; set 'positive' in the recipe to the class to explain to see rates and information values.`
      : `Event: ${t.column} = ${t.positive} (${percent(t.positiveRate ?? 0)} of ${present.toLocaleString('en-US')} rows). Numbers and dates are cut into equal-count bins, text into its most frequent values.`,
    'Information value: < 0.02 none, 0.02–0.1 weak, 0.1–0.3 medium, 0.3–0.5 strong, > 0.5 suspicious (check for leakage). Bins with no events or no non-events get 0.5 in that count.',
  ];
  if (t.missing > 0) notes.push(`${t.missing.toLocaleString('en-US')} rows with a blank target are left out.`);
  const rateRows = t.relations.flatMap((x) => x.bins.map((b) => [x.column, b.label, b.rows, b.events, b.rate]));
  return {
    name: 'Target',
    notes,
    tables: [
      { name: 'ClassBalance', title: 'Class balance', columns: [{ name: 'Class', format: TEXT }, { name: 'Rows', format: COUNT }, { name: 'Share', format: SHARE }], rows: t.classes.map((c) => [c.value, c.count, c.count / present]) },
      { name: 'PredictorStrength', title: 'What predicts the target', columns: [{ name: 'Column', format: TEXT }, { name: 'Information value', format: '0.000' }, { name: 'Strength', format: TEXT }, { name: 'Bins', format: TEXT }], rows: t.relations.map((x) => [x.column, x.informationValue, x.strength, x.binning]) },
      { name: 'RateByBin', title: 'Event rate by bin', columns: [{ name: 'Column', format: TEXT }, { name: 'Bin', format: TEXT }, { name: 'Rows', format: COUNT }, { name: 'Events', format: COUNT }, { name: 'Event rate', format: SHARE }], rows: rateRows },
    ],
    charts: [
      { type: t.classes.length <= 6 ? 'pie' : 'column', title: `${t.column}: class balance`, table: 'ClassBalance', x: 'Class', series: ['Rows'] },
      ...(t.relations.length ? [{ type: 'bar' as const, title: `Information value for ${t.column}`, table: 'PredictorStrength', x: 'Column', series: ['Information value'], xAxisTitle: 'Column', yAxisTitle: 'Information value' }] : []),
    ],
  };
}

function aboutProfile(recipe: ProfileRecipe, table: Table, r: ProfileResult): ReportSheet {
  return aboutSheet('Data profile', [
    ['Analysis', 'Data profile (describe, correlations, distributions, target relations)'],
    ['Source', recipe.source ?? ''],
    ['Rows in selection', table.rowCount],
    ['Columns profiled', r.columns.length],
    ['Correlation', recipe.correlation],
    ['Target', recipe.target ?? '(none)'],
    ['Event class', r.target?.positive ?? ''],
    ['Most frequent values listed', recipe.topValues],
    ['Histogram bins at most', recipe.maxBins],
    ['Target bins (numbers)', recipe.targetBins],
  ]);
}
