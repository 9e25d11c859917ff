import type { Column } from '../../table/types';
import { compareIds } from './compare-ids';
import { distinctPairs } from './distinct-pairs';
import { idSlots } from './id-slots';
import { NETTED_RETURN, PURCHASE, type CleanedTransactions } from './clean';

/** What frequency counted, after 'auto' is resolved. */
export type FrequencyCount = 'invoices' | 'rows' | 'days';

/** Per-customer totals, customers in ascending id order (see compareIds: numbers numerically, then text): pandas' groupby order. */
export interface CustomerTotals {
  readonly ids: readonly (number | string)[];
  /** Serial day (whole days) of the first and the last purchase. */
  readonly firstDay: Float64Array;
  readonly lastDay: Float64Array;
  readonly frequency: Float64Array;
  readonly monetary: Float64Array;
  /** Per data row: index of the customer it counted for, −1 for rows set aside. */
  readonly rowCustomer: Int32Array;
  /** Customers whose only rows are returns: they have no purchase to measure recency from, so they are left out. */
  readonly returnsOnly: readonly (number | string)[];
  /** Purchase rows with a blank invoice number, each counted as an invoice of its own. */
  readonly rowsWithoutInvoice: number;
}

/**
 * Customers numbered by idSlots, then one pass over the cleaned rows into typed arrays for the sums.
 * Frequency counts distinct invoices, rows, or distinct purchase days per customer; returns only move
 * monetary (they are netted into it when cleaning kept them).
 * @example customers 7, 3 buying on days 10 and 12 → ids [3, 7], sorted as numbers
 */
export function aggregateCustomers(customer: Column, invoice: Column | undefined, cleaned: CleanedTransactions, count: FrequencyCount): CustomerTotals {
  const { status, dates, amounts } = cleaned;
  const n = status.length;
  const { slot, ids } = idSlots(customer, (i) => status[i] === PURCHASE || status[i] === NETTED_RETURN);
  const m = ids.length;
  const first = new Float64Array(m).fill(Infinity), last = new Float64Array(m).fill(-Infinity);
  const frequency = new Float64Array(m), monetary = new Float64Array(m);
  const invoices = count === 'invoices' ? idSlots(invoice as Column, (i) => status[i] === PURCHASE).slot : null;
  let rowsWithoutInvoice = 0;
  let minDay = Infinity, maxDay = -Infinity;
  for (let i = 0; i < n; i++) {
    if ((slot[i] as number) < 0) continue;
    minDay = Math.min(minDay, Math.floor(dates[i] as number));
    maxDay = Math.max(maxDay, Math.floor(dates[i] as number));
  }
  // Units are days since minDay, or invoice slots (fewer than n).
  const firstTime = count === 'rows' ? () => true : distinctPairs(m, count === 'days' ? maxDay - minDay + 1 : n);
  for (let i = 0; i < n; i++) {
    const s = slot[i] as number;
    if (s < 0) continue;
    // A return always takes money back, even when its quantity was entered positive ("C" invoice, quantity 1).
    const amount = amounts[i] as number;
    monetary[s] = (monetary[s] as number) + (status[i] === NETTED_RETURN ? -Math.abs(amount) : amount);
    if (status[i] !== PURCHASE) continue;
    const day = Math.floor(dates[i] as number);
    if (day < (first[s] as number)) first[s] = day;
    if (day > (last[s] as number)) last[s] = day;
    let counts = true;
    if (count === 'days') counts = firstTime(s, day - minDay);
    else if (invoices) {
      const unit = invoices[i] as number;
      if (unit < 0) rowsWithoutInvoice++;
      else counts = firstTime(s, unit);
    }
    if (counts) frequency[s] = (frequency[s] as number) + 1;
  }
  return finish(ids, first, last, frequency, monetary, slot, rowsWithoutInvoice);
}

/** Sort customers by id, leave out those without a purchase, and renumber the rows' customer slots. */
function finish(ids: (number | string)[], first: Float64Array, last: Float64Array, frequency: Float64Array, monetary: Float64Array, slot: Int32Array, rowsWithoutInvoice: number): CustomerTotals {
  const order = ids.map((_, s) => s).sort((a, b) => compareIds(ids[a] as number | string, ids[b] as number | string));
  const kept = order.filter((s) => Number.isFinite(last[s] as number));
  const newSlot = new Int32Array(ids.length).fill(-1);
  kept.forEach((s, j) => (newSlot[s] = j));
  const pick = (a: Float64Array): Float64Array => {
    const picked = new Float64Array(kept.length);
    kept.forEach((s, j) => (picked[j] = a[s] as number));
    return picked;
  };
  const rowCustomer = slot.map((s) => (s < 0 ? -1 : (newSlot[s] as number)));
  return {
    ids: kept.map((s) => ids[s] as number | string),
    firstDay: pick(first),
    lastDay: pick(last),
    frequency: pick(frequency),
    monetary: pick(monetary),
    rowCustomer,
    returnsOnly: order.filter((s) => !Number.isFinite(last[s] as number)).map((s) => ids[s] as number | string),
    rowsWithoutInvoice,
  };
}
