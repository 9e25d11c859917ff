import type { Problem } from '../../problem';
import { fieldReader, type FieldReader } from '../../recipe/fields';
import type { RecipeBase, Validated } from '../../recipe/types';
import { excelSerial } from '../../table/excel-serial';
import type { Table } from '../../table/types';

/** The roles a column can play. Transactions need customer, date and amount (or quantity and price); an aggregated table needs customer, recency, frequency, monetary. */
export const COLUMN_ROLES = ['customer', 'date', 'amount', 'quantity', 'price', 'invoice', 'recency', 'frequency', 'monetary'] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];
export type RfmColumns = Partial<Record<ColumnRole, string>>;

export const TIE_METHODS = ['first-rank', 'quantile-thresholds'] as const;
/** first-rank: pandas' qcut on rank(method='first'), ties split by customer order; quantile-thresholds: tied values share a score. */
export type TieMethod = (typeof TIE_METHODS)[number];
export const FREQUENCY_BASES = ['auto', 'invoices', 'rows', 'days'] as const;
export type FrequencyBasis = (typeof FREQUENCY_BASES)[number];
export const DATE_ORDERS = ['auto', 'dmy', 'mdy'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/** Everything needed to reproduce an RFM run; validation fills in every default so the stored recipe is explicit. */
export interface RfmRecipe extends RecipeBase {
  readonly kind: 'rfm';
  readonly columns: RfmColumns;
  /** Excel serial day the recency is measured to, or 'auto': the day after the last transaction. */
  readonly analysisDate: number | 'auto';
  /** The day/month order of slash dates stored as text (03/04/2010); the Table is read with it. 'auto' refuses dates the data cannot settle. */
  readonly dateOrder: DateOrder;
  /** What frequency counts: distinct invoices, transaction rows, or distinct purchase days ('auto': invoices when there is an invoice column). */
  readonly frequency: FrequencyBasis;
  /** Cancellations never count as purchases; 'net' subtracts them from monetary, 'exclude' ignores them. */
  readonly returns: 'net' | 'exclude';
  /** Rows with a price (or amount) of zero or below that are not cancellations. */
  readonly nonPositivePrice: 'drop' | 'keep';
  /** Rows identical in every column of the selection to an earlier row. */
  readonly duplicates: 'keep' | 'drop';
  /** Score levels 2–10 (5 gives the usual 1–5 scores). */
  readonly bins: number;
  readonly ties: TieMethod;
  /** Lifecycle: first purchase within this many days → new. */
  readonly newDays: number;
  /** Lifecycle: last purchase within this many days → active; within atRiskDays → at risk; else lapsed. */
  readonly activeDays: number;
  readonly atRiskDays: number;
  /** Optional second step: k-means on log1p-standardised R, F, M with k chosen by the elbow ('auto') or given (2–10); false skips it. */
  readonly clusters: false | 'auto' | number;
}

export const RFM_DEFAULTS = {
  analysisDate: 'auto',
  dateOrder: 'auto',
  frequency: 'auto',
  returns: 'net',
  nonPositivePrice: 'drop',
  duplicates: 'keep',
  bins: 5,
  ties: 'first-rank',
  newDays: 90,
  activeDays: 90,
  atRiskDays: 180,
  clusters: false,
} as const;

/** Check a raw RFM recipe against the table it will run on; every problem is reported, not just the first. */
export function validateRfm(raw: unknown, table: Table): Validated<RfmRecipe> {
  const f = fieldReader(raw, 'rfm');
  const problems: Problem[] = f.problems;
  const columns = readColumns(f, table);
  const source = f.raw('source');
  const recipe: RfmRecipe = {
    kind: 'rfm',
    ...(typeof source === 'string' ? { source } : {}),
    columns,
    analysisDate: readAnalysisDate(f.raw('analysisDate'), problems),
    dateOrder: f.choice('dateOrder', DATE_ORDERS, RFM_DEFAULTS.dateOrder),
    frequency: f.choice('frequency', FREQUENCY_BASES, RFM_DEFAULTS.frequency),
    returns: f.choice('returns', ['net', 'exclude'] as const, RFM_DEFAULTS.returns),
    nonPositivePrice: f.choice('nonPositivePrice', ['drop', 'keep'] as const, RFM_DEFAULTS.nonPositivePrice),
    duplicates: f.choice('duplicates', ['keep', 'drop'] as const, RFM_DEFAULTS.duplicates),
    bins: f.integer('bins', 2, 10, RFM_DEFAULTS.bins),
    ties: f.choice('ties', TIE_METHODS, RFM_DEFAULTS.ties),
    newDays: f.integer('newDays', 1, 100_000, RFM_DEFAULTS.newDays),
    activeDays: f.integer('activeDays', 1, 100_000, RFM_DEFAULTS.activeDays),
    atRiskDays: f.integer('atRiskDays', 1, 100_000, RFM_DEFAULTS.atRiskDays),
    clusters: readClusters(f.raw('clusters'), problems),
  };
  f.rejectUnknown();
  if (recipe.atRiskDays < recipe.activeDays) {
    problems.push({ code: 'recipe-field', message: `Recipe field 'atRiskDays' (${recipe.atRiskDays}) is below 'activeDays' (${recipe.activeDays}); a customer turns "at risk" after being active, so raise atRiskDays.` });
  }
  if (recipe.frequency === 'invoices' && !columns.invoice) {
    problems.push({ code: 'recipe-field', message: `Recipe field 'frequency' is "invoices" but no invoice column is chosen; choose one in columns.invoice, or count "rows" or "days".` });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, recipe };
}

/** True when the recipe maps an already aggregated table (one row per customer). */
export function isAggregated(columns: RfmColumns): boolean {
  return columns.recency !== undefined || columns.frequency !== undefined || columns.monetary !== undefined;
}

function readColumns(f: FieldReader, table: Table): RfmColumns {
  const raw = f.raw('columns');
  const problems = f.problems;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push({ code: 'recipe-field', message: `Recipe field 'columns' must map roles to column names, such as {"customer": "Customer ID", "date": "InvoiceDate", "amount": "Amount"}.` });
    return {};
  }
  const columns: RfmColumns = {};
  for (const [role, name] of Object.entries(raw as Record<string, unknown>)) {
    if (!(COLUMN_ROLES as readonly string[]).includes(role)) {
      problems.push({ code: 'recipe-unknown-field', message: `columns.${role} is not a column role; the roles are ${COLUMN_ROLES.join(', ')}.` });
      continue;
    }
    if (typeof name !== 'string') {
      problems.push({ code: 'recipe-field', message: `columns.${role} is ${JSON.stringify(name)}; it must be a column name.` });
      continue;
    }
    if (f.column(table, name)) columns[role as ColumnRole] = name;
  }
  const need = (role: ColumnRole, why: string): void => {
    if (columns[role] === undefined && !problems.some((p) => p.message.startsWith(`columns.${role} `))) {
      problems.push({ code: 'rfm-missing-column', message: `Choose a ${role} column (columns.${role}): ${why}.` });
    }
  };
  need('customer', 'RFM is computed per customer');
  if (isAggregated(columns)) {
    need('recency', 'an aggregated table needs recency, frequency and monetary columns');
    need('frequency', 'an aggregated table needs recency, frequency and monetary columns');
    need('monetary', 'an aggregated table needs recency, frequency and monetary columns');
  } else {
    need('date', 'recency is measured from the date of the last purchase');
    if (columns.amount === undefined && (columns.quantity === undefined || columns.price === undefined)) {
      problems.push({ code: 'rfm-missing-column', message: 'Choose an amount column (columns.amount), or a quantity and a unit price column (columns.quantity and columns.price) to multiply.' });
    }
  }
  return columns;
}

function readClusters(raw: unknown, problems: Problem[]): false | 'auto' | number {
  if (raw === undefined || raw === false) return RFM_DEFAULTS.clusters;
  if (raw === 'auto' || (typeof raw === 'number' && Number.isInteger(raw) && raw >= 2 && raw <= 10)) return raw;
  problems.push({ code: 'recipe-field', message: `Recipe field 'clusters' is ${JSON.stringify(raw)}; it must be false (no clustering), "auto" (k from the elbow and silhouette), or a whole number of clusters from 2 to 10.` });
  return RFM_DEFAULTS.clusters;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function readAnalysisDate(raw: unknown, problems: Problem[]): number | 'auto' {
  if (raw === undefined || raw === 'auto') return 'auto';
  if (typeof raw === 'number' && Number.isInteger(raw) && raw > 0) return raw;
  const m = typeof raw === 'string' ? ISO_DAY.exec(raw) : null;
  const serial = m ? excelSerial(Number(m[1]), Number(m[2]), Number(m[3])) : NaN;
  if (!Number.isNaN(serial)) return serial;
  problems.push({ code: 'recipe-field', message: `Recipe field 'analysisDate' is ${JSON.stringify(raw)}; it must be "auto", a date written yyyy-mm-dd, or an Excel serial day number.` });
  return 'auto';
}
