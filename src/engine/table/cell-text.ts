import type { Column } from './types';

/**
 * A present cell as text, the way a person sees it: strings as typed, numbers in JavaScript's
 * shortest form, booleans as Excel shows them.
 * @example valueText(489434) // '489434'; valueText(true) // 'TRUE'
 */
export function valueText(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/**
 * The text of one data row's cell, for identifiers (customer ids, invoice numbers) whatever type
 * the column was read as: a text cell's text; in a numeric column, the original text of a cell that
 * did not fit the type (so "C489449" among invoice numbers is not lost), else the number in
 * JavaScript's shortest form, or "TRUE"/"FALSE" in a boolean column. Null for a missing cell.
 * Dates give their Excel serial ("40179" for 2010-01-01): enough to tell ids apart, not for display.
 * @example cellText(invoice, 0) // '489434'; cellText(invoice, 7) // 'C489449'; a blank cell → null
 */
export function cellText(column: Column, row: number): string | null {
  if (column.type === 'text') return column.values[row] ?? null;
  const text = column.mismatchedText?.get(row);
  if (text !== undefined) return text;
  const value = column.values[row];
  if (value === undefined || Number.isNaN(value)) return null;
  return column.type === 'boolean' ? valueText(value === 1) : valueText(value);
}
