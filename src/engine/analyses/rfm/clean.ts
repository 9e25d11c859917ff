import { dataCellAddress } from '../../table/address';
import { getColumn } from '../../table/get-column';
import type { Column, Table } from '../../table/types';
import { fail } from '../../problem';
import { duplicateRowTest } from './duplicate-rows';
import { idKey } from './id-key';
import { transactionDates } from './transaction-dates';
import type { RfmRecipe } from './recipe';

/** Why a transaction row was set aside, in the order the checks run: a row is counted under the first that applies. */
export const ROW_REASONS = ['no-customer', 'no-date', 'no-amount', 'after-analysis-date', 'duplicate', 'cancellation', 'non-positive-price'] as const;
export type RowReason = (typeof ROW_REASONS)[number];

/** Row status codes: a purchase, a return netted into monetary, or 2 + the index of its reason in ROW_REASONS. */
export const PURCHASE = 0;
export const NETTED_RETURN = 1;
const dropped = (reason: RowReason): number => 2 + ROW_REASONS.indexOf(reason);

/** Transaction rows sorted into purchases, netted returns and rows set aside, with every count for the About sheet. */
export interface CleanedTransactions {
  /** Per data row: PURCHASE, NETTED_RETURN, or a dropped code (see rowReason). */
  readonly status: Uint8Array;
  readonly dates: Float64Array;
  /** Amount, or quantity × price. */
  readonly amounts: Float64Array;
  /** Excel serial day recency is measured to. */
  readonly analysisDate: number;
  /** Rows per reason; 'cancellation' counts every cancellation row, netted or not. */
  readonly counts: Readonly<Record<RowReason, number>>;
}

/** The reason behind a dropped status code, or null for rows that count. */
export function rowReason(status: number): RowReason | null {
  return status < 2 ? null : (ROW_REASONS[status - 2] ?? null);
}

/**
 * Sort the rows of a transactions table: rows without a customer, date or amount, rows after the analysis
 * date, exact duplicates (when asked), cancellations (invoice starting with "C" — also among invoice
 * numbers read as a numeric column —, or a negative quantity or amount) and rows with a price of zero or below. Nothing is dropped silently: each is counted.
 * The analysis date defaults to the day after the last dated row that has a customer.
 */
export function cleanTransactions(recipe: RfmRecipe, table: Table): CleanedTransactions {
  const c = recipe.columns;
  const column = (name: string | undefined): Column | undefined => (name === undefined ? undefined : getColumn(table, name));
  const customer = column(c.customer) as Column;
  const dateColumn = column(c.date) as Column;
  const invoice = column(c.invoice);
  const n = table.rowCount;
  const dates = transactionDates(table, dateColumn, recipe.dateOrder);
  const quantity = c.amount === undefined ? numbers(table, c.quantity as string) : null;
  const price = c.amount === undefined ? numbers(table, c.price as string) : null;
  const amounts = quantity && price ? quantity.map((q, i) => q * (price[i] as number)) : numbers(table, c.amount as string);

  const status = new Uint8Array(n);
  const counts = Object.fromEntries(ROW_REASONS.map((r) => [r, 0])) as Record<RowReason, number>;
  const setAside = (row: number, reason: RowReason): void => {
    status[row] = dropped(reason);
    counts[reason]++;
  };
  let lastDay = -Infinity;
  for (let i = 0; i < n; i++) {
    if (idKey(customer, i) === null) setAside(i, 'no-customer');
    else if (Number.isNaN(dates[i] as number)) setAside(i, 'no-date');
    else if (Number.isNaN(amounts[i] as number)) setAside(i, 'no-amount');
    else lastDay = Math.max(lastDay, Math.floor(dates[i] as number));
  }
  const analysisDate = recipe.analysisDate === 'auto' ? lastDay + 1 : recipe.analysisDate;
  if (!Number.isFinite(analysisDate)) {
    fail('rfm-no-transactions', `No row has a customer, a date and an amount (of ${n} rows, ${counts['no-customer']} lack a customer, ${counts['no-date']} a date, ${counts['no-amount']} an amount). Check the column choices.`);
  }
  const isDuplicate = recipe.duplicates === 'drop' ? duplicateRowTest(table) : null;
  for (let i = 0; i < n; i++) {
    if (status[i] !== PURCHASE) continue;
    if (Math.floor(dates[i] as number) > analysisDate) {
      setAside(i, 'after-analysis-date');
      continue;
    }
    if (isDuplicate?.(i)) {
      setAside(i, 'duplicate');
      continue;
    }
    const amount = amounts[i] as number;
    if (isCancellation(invoice, i) || (quantity ? (quantity[i] as number) < 0 : amount < 0)) {
      if (recipe.returns === 'exclude') setAside(i, 'cancellation');
      else {
        status[i] = NETTED_RETURN;
        counts.cancellation++;
      }
    } else if ((price ? (price[i] as number) <= 0 : amount <= 0) && recipe.nonPositivePrice === 'drop') {
      setAside(i, 'non-positive-price');
    }
  }
  return { status, dates, amounts, analysisDate, counts };
}

function numbers(table: Table, name: string): Float64Array {
  const column = getColumn(table, name);
  if (column.type === 'text') {
    const example = column.values.findIndex((v) => v !== null && v.trim() !== '');
    const where = example < 0 ? 'every cell is blank' : `cell ${dataCellAddress(table, example, column.index)} holds '${column.values[example]}'`;
    return fail('column-text', `Column '${name}' must hold numbers, but it is text (${where}). Choose the column with the amounts, or convert it to numbers.`, { column: name });
  }
  return column.values;
}

/** An invoice number starting with "C" (any case), whether the column was read as text or as numbers. */
function isCancellation(invoice: Column | undefined, row: number): boolean {
  if (invoice === undefined) return false;
  const key = idKey(invoice, row);
  return typeof key === 'string' && /^c/i.test(key);
}
