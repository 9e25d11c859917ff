import type { Column } from '../../engine/table/types';

/**
 * Whether a column is an identifier (CustomerID, "cust_no") rather than a measurement: clustering on it
 * would group rows by when they were entered, so forms leave it unticked by default.
 * @example looksLikeId({ name: 'CustomerID', … }) // true
 * @example looksLikeId({ name: 'Annual Income (k$)', … }) // false
 */
export function looksLikeId(column: Pick<Column, 'name'>): boolean {
  const name = column.name.trim();
  return /(^|[\s_.-])(id|no|number|code|key)$/i.test(name) || /^id([\s_.-]|$)/i.test(name) || /[a-z](ID|Id)$/.test(name);
}
