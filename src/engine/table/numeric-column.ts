import { fail } from '../problem';
import { getColumn } from './get-column';
import type { NumericColumn, Table, TextColumn } from './types';

/**
 * The column called `name`, which must hold numbers, dates or booleans. A text column throws an
 * InputError quoting a few of its values, so the person sees why it is text.
 * @example numericColumn(table, 'Genre') // throws: Column 'Genre' is text (values such as 'Male', 'Female'); …
 */
export function numericColumn(table: Table, name: string): NumericColumn {
  const column = getColumn(table, name);
  if (column.type !== 'text') return column;
  const examples = sampleValues(column, 2);
  const such = examples.length === 0 ? 'every cell is blank or an error' : `values such as ${examples.map((v) => `'${v}'`).join(', ')}`;
  return fail('column-text', `Column '${name}' is text (${such}); choose numeric columns or encode it as categorical.`, { column: name });
}

function sampleValues(column: TextColumn, count: number): string[] {
  const seen = new Set<string>();
  for (const value of column.values) {
    if (value === null || seen.has(value)) continue;
    seen.add(value);
    if (seen.size === count) break;
  }
  return [...seen];
}
