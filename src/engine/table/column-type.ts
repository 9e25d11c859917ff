import { CellKind } from './cell-kind';
import type { ColumnType } from './types';

/** Share of a column's present cells that must agree before the column takes their type. */
export const TYPE_SHARE = 0.9;

/**
 * How many data cells of each kind a column has (indexed by CellKind), from row `start` on,
 * so the header row is not counted.
 */
export function countKinds(kinds: Uint8Array, start: number): Int32Array {
  const counts = new Int32Array(CellKind.text + 1);
  for (let r = start; r < kinds.length; r++) counts[kinds[r] as number]!++;
  return counts;
}

/**
 * The type of a column from its kind counts. Only present cells vote (blanks, errors and NaN do not):
 * - date when at least 90% are dates (date-formatted numbers or dates as text);
 * - else number when at least 90% are numbers (any format, or numbers as text);
 * - else boolean when every one is TRUE/FALSE (JavaScript booleans or text), or 90% are booleans;
 * - else text (also when nothing is present).
 * The 10% slack lets a stray "n/a" or "-" become a missing value (counted and warned about)
 * instead of turning a whole numeric column into text.
 * @example chooseColumnType(counts of 95 numbers and 5 texts) // → 'number'
 */
export function chooseColumnType(counts: Int32Array): ColumnType {
  const c = (kind: CellKind): number => counts[kind] ?? 0;
  const present = c(CellKind.number) + c(CellKind.dateNumber) + c(CellKind.boolean) + c(CellKind.numberText) + c(CellKind.dateText) + c(CellKind.booleanText) + c(CellKind.text);
  if (present === 0) return 'text';
  const enough = (count: number): boolean => count >= TYPE_SHARE * present;
  if (enough(c(CellKind.dateNumber) + c(CellKind.dateText))) return 'date';
  if (enough(c(CellKind.number) + c(CellKind.dateNumber) + c(CellKind.numberText))) return 'number';
  if (c(CellKind.boolean) + c(CellKind.booleanText) === present || enough(c(CellKind.boolean))) return 'boolean';
  return 'text';
}

/**
 * Whether a present cell of `kind` holds a value of a column of `type`. Text columns take every
 * present cell as text; a date column also takes plain numbers, which are serials whose cell lost
 * its date format.
 */
export function fitsType(kind: number, type: ColumnType): boolean {
  switch (type) {
    case 'number':
      return kind === CellKind.number || kind === CellKind.dateNumber || kind === CellKind.numberText;
    case 'date':
      return kind === CellKind.dateNumber || kind === CellKind.dateText || kind === CellKind.number;
    case 'boolean':
      return kind === CellKind.boolean || kind === CellKind.booleanText;
    case 'text':
      return kind >= CellKind.number;
    default: {
      const unknown: never = type;
      throw new Error(`unknown column type ${String(unknown)}`);
    }
  }
}

/**
 * fitsType for every CellKind at once (1 fits, 0 does not), so a million-cell loop indexes a
 * table instead of switching on the type for each cell.
 * @example fitsTable('date')[CellKind.number] // → 1
 */
export function fitsTable(type: ColumnType): Uint8Array {
  return Uint8Array.from({ length: CellKind.text + 1 }, (_, kind) => (fitsType(kind, type) ? 1 : 0));
}
