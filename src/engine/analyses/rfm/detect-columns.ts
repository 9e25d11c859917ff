import type { Column, Table } from '../../table/types';
import type { ColumnRole, RfmColumns } from './recipe';

/** A guess at each role, for the task pane to show and the person to confirm. */
export interface DetectedColumns {
  /** 'aggregated' when recency, frequency and monetary columns were found, else 'transactions'. */
  readonly input: 'transactions' | 'aggregated';
  readonly columns: RfmColumns;
}

/** Name patterns per role (matched on the name lower-cased with spaces, _ and - removed), and the column types that fit. */
const ROLE_RULES: readonly { role: ColumnRole; pattern: RegExp; types: readonly Column['type'][] }[] = [
  { role: 'recency', pattern: /recency|dayssince/, types: ['number'] },
  { role: 'frequency', pattern: /^frequency|^(num|n|no)?(orders|purchases|visits)$|ordercount/, types: ['number'] },
  { role: 'monetary', pattern: /monetary|totalspend|lifetimevalue|^clv$|^ltv$/, types: ['number'] },
  { role: 'invoice', pattern: /invoice|order(id|no|number)?$|receipt|transaction(id|no)?$|basket|bill(no)?$/, types: ['text', 'number'] },
  { role: 'customer', pattern: /customer|client|cust(id|no)|^user|member|buyer|account(id|no)/, types: ['text', 'number'] },
  { role: 'date', pattern: /date|time|^day$|purchased|ordered/, types: ['date', 'number', 'text'] },
  { role: 'quantity', pattern: /quantity|^qty|units|numberof|count$/, types: ['number'] },
  { role: 'price', pattern: /price|unitcost|rate$/, types: ['number'] },
  { role: 'amount', pattern: /amount|revenue|sales|total|spend|value|dollar|paid|sum$|gmv/, types: ['number'] },
];

/**
 * Guess which column is the customer, date, amount (or quantity and price), invoice — or, for an already
 * aggregated table, recency, frequency and monetary — from header names and column types. Each column takes
 * at most one role; a date column is preferred for the date even when its name says nothing.
 * @example detectRfmColumns(online retail table).columns
 * // { invoice: 'Invoice', customer: 'Customer ID', date: 'InvoiceDate', quantity: 'Quantity', price: 'Price' }
 */
export function detectRfmColumns(table: Table): DetectedColumns {
  const taken = new Set<string>();
  const columns: RfmColumns = {};
  const key = (name: string): string => name.toLowerCase().replace(/[\s_\-.]+/g, '');
  for (const { role, pattern, types } of ROLE_RULES) {
    const found = table.columns.find((c) => !taken.has(c.name) && types.includes(c.type) && pattern.test(key(c.name)));
    if (found) {
      columns[role] = found.name;
      taken.add(found.name);
    }
  }
  if (columns.date === undefined) {
    const dated = table.columns.find((c) => c.type === 'date' && !taken.has(c.name));
    if (dated) columns.date = dated.name;
  }
  if (columns.recency && columns.frequency && columns.monetary && columns.customer) {
    return { input: 'aggregated', columns: pick(columns, ['customer', 'recency', 'frequency', 'monetary']) };
  }
  const useProduct = columns.quantity !== undefined && columns.price !== undefined;
  const roles: ColumnRole[] = ['customer', 'date', 'invoice', ...(useProduct ? (['quantity', 'price'] as const) : (['amount'] as const))];
  if (!useProduct && columns.amount === undefined && columns.monetary !== undefined) columns.amount = columns.monetary;
  return { input: 'transactions', columns: pick(columns, roles) };
}

function pick(columns: RfmColumns, roles: readonly ColumnRole[]): RfmColumns {
  return Object.fromEntries(roles.flatMap((role) => (columns[role] === undefined ? [] : [[role, columns[role]]])));
}
