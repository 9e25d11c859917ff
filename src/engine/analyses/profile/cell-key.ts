import type { Column } from '../../table/types';

/** 1970-01-01 as an Excel serial day number. */
const UNIX_EPOCH_SERIAL = 25569;

/**
 * An Excel date serial as an ISO date, with the time when there is one.
 * @example isoDate(45352) // '2024-03-01'
 */
export function isoDate(serial: number): string {
  const iso = new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * 86_400_000)).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

/**
 * A number short enough for a bin label: six significant digits, no trailing zeros.
 * @example shortNumber(185.60000000000036) // '185.6'
 */
export function shortNumber(v: number): string {
  return String(Number(v.toPrecision(6)));
}

/** A value of a column in a form that names it in a label: a date as ISO, a boolean as TRUE/FALSE. */
export function valueLabel(column: Column, v: number): string {
  if (column.type === 'date') return isoDate(v);
  if (column.type === 'boolean') return v === 1 ? 'TRUE' : 'FALSE';
  return shortNumber(v);
}

/**
 * Row `row` of a column as a category key, or null when the cell is missing.
 * @example cellKey(churn, 0) // 'Yes'
 */
export function cellKey(column: Column, row: number): string | null {
  if (column.type === 'text') return column.values[row] ?? null;
  const v = column.values[row] as number;
  if (Number.isNaN(v)) return null;
  return column.type === 'date' || column.type === 'boolean' ? valueLabel(column, v) : String(v);
}
