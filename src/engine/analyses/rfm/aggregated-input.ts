import { fail } from '../../problem';
import { dataCellAddress } from '../../table/address';
import { getColumn } from '../../table/get-column';
import { numericColumn } from '../../table/numeric-column';
import type { Table } from '../../table/types';
import { compareIds } from './compare-ids';
import { idKey } from './id-key';
import type { RfmColumns } from './recipe';

/** An already aggregated table read as per-customer arrays, in ascending customer id order. */
export interface AggregatedCustomers {
  readonly ids: readonly (number | string)[];
  readonly recency: Float64Array;
  readonly frequency: Float64Array;
  readonly monetary: Float64Array;
  readonly rowCustomer: Int32Array;
  /** Rows left out because the customer, recency, frequency or monetary cell is blank or not a number. */
  readonly incomplete: number;
}

/**
 * Read a table with one row per customer (customer, recency, frequency, monetary). A customer id on two
 * rows fails naming both cells: summing them silently could double a customer's value. A negative
 * recency or frequency fails naming its cell; a negative monetary is a customer who returned more than bought.
 * @example rows (B, 3, 2, 50), (A, 10, 1, 20) → ids ['A', 'B'], recency [10, 3]
 */
export function readAggregated(table: Table, columns: RfmColumns): AggregatedCustomers {
  const customer = getColumn(table, columns.customer as string);
  const [recency, frequency, monetary] = [columns.recency, columns.frequency, columns.monetary].map((name) => numericColumn(table, name as string).values) as [Float64Array, Float64Array, Float64Array];
  const firstRow = new Map<number | string, number>();
  let incomplete = 0;
  for (let i = 0; i < table.rowCount; i++) {
    const id = idKey(customer, i);
    if (id === null || [recency, frequency, monetary].some((a) => Number.isNaN(a[i] as number))) {
      incomplete++;
      continue;
    }
    for (const [values, name, what] of [[recency, columns.recency, 'days since the last purchase'], [frequency, columns.frequency, 'purchases']] as const) {
      if ((values[i] as number) >= 0) continue;
      const column = getColumn(table, name as string);
      const cell = dataCellAddress(table, i, column.index);
      fail('rfm-negative-value', `Column '${column.name}' holds ${values[i]} at ${cell}; it counts ${what} and cannot be below 0. Fix the cell, or check that the right column is chosen.`, { column: column.name, cell });
    }
    const earlier = firstRow.get(id);
    if (earlier !== undefined) {
      fail('rfm-duplicate-customer', `Customer '${id}' appears twice in the aggregated table (${dataCellAddress(table, earlier, customer.index)} and ${dataCellAddress(table, i, customer.index)}). An aggregated table needs one row per customer; for transactions, choose a date and an amount column instead.`, { column: customer.name, cell: dataCellAddress(table, i, customer.index) });
    }
    firstRow.set(id, i);
  }
  const ids = [...firstRow.keys()].sort(compareIds);
  const rows = ids.map((id) => firstRow.get(id) as number);
  const rowCustomer = new Int32Array(table.rowCount).fill(-1);
  rows.forEach((row, j) => (rowCustomer[row] = j));
  const pick = (a: Float64Array): Float64Array => Float64Array.from(rows, (row) => a[row] as number);
  return { ids, recency: pick(recency), frequency: pick(frequency), monetary: pick(monetary), rowCustomer, incomplete };
}
