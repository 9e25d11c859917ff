import { fail } from '../problem';
import { closestName } from './closest-name';
import type { Column, Table } from './types';

/**
 * The column called `name` (exact match). An unknown name throws an InputError that lists the
 * columns there are and the closest one, since the usual cause is a typo or a renamed header.
 * @example getColumn(table, 'Age').type // → 'number'
 */
export function getColumn(table: Table, name: string): Column {
  const found = table.columns.find((c) => c.name === name);
  if (found) return found;
  const names = table.columns.map((c) => c.name);
  const closest = closestName(name, names);
  const hint = closest === undefined ? '' : ` Did you mean '${closest}'?`;
  return fail('unknown-column', `There is no column '${name}' in the selection.${hint} Columns: ${names.map((n) => `'${n}'`).join(', ')}.`, { column: name });
}
