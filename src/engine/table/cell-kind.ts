/**
 * What one cell holds once read, stored one byte per cell (a Uint8Array per column) so a
 * million-row column is classified once and then counted and filled without re-parsing.
 */
export const CellKind = {
  blank: 0,
  error: 1,
  /** NaN or ±Infinity from a JavaScript host. */
  nonFinite: 2,
  number: 3,
  /** A number whose number format is a date or time: an Excel serial. */
  dateNumber: 4,
  boolean: 5,
  numberText: 6,
  dateText: 7,
  /** "TRUE" / "FALSE" typed as text. */
  booleanText: 8,
  text: 9,
} as const;

export type CellKind = (typeof CellKind)[keyof typeof CellKind];

/** Kinds that are neither blank, an error nor non-finite: the cells a column's type is chosen from. */
export function isPresent(kind: number): boolean {
  return kind >= CellKind.number;
}
