import type { Column } from '../engine/table/types';

/**
 * Short notes on what the reader noticed in a column, for the Data step: each count with its first cell, so
 * the person can go and look.
 * @example columnNotes(age) // ['2 blank (first D7)', '1 number stored as text (D12)']
 */
export function columnNotes(column: Column): string[] {
  const i = column.issues;
  const note = (count: number, one: string, many: string, first: string | undefined): string[] =>
    count === 0 ? [] : [`${count.toLocaleString('en-US')} ${count === 1 ? one : many} (${count === 1 ? '' : 'first '}${first ?? '?'})`];
  return [
    ...note(i.blanks, 'blank', 'blank', i.firstBlank),
    ...note(i.errors, 'error value', 'error values', i.firstError),
    ...note(i.mismatched, `cell that is not a ${column.type}`, `cells that are not a ${column.type}`, i.firstMismatched),
    ...note(i.numbersAsText, 'number stored as text', 'numbers stored as text', i.firstNumberAsText),
    ...note(i.datesAsText, 'date stored as text', 'dates stored as text', i.firstDateAsText),
    ...note(i.nonFinite, 'infinite value', 'infinite values', i.firstNonFinite),
  ];
}
