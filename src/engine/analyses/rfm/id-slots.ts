import type { Column } from '../../table/types';
import { idKey } from './id-key';

/** Distinct ids of some rows, numbered in order of first appearance. */
export interface IdSlots {
  /** Per data row: the number of its id, or −1 for a row not chosen or with a blank id. */
  readonly slot: Int32Array;
  /** ids[s] is the id (see idKey) numbered s. */
  readonly ids: (number | string)[];
}

/** Whole-number ids spread over at most this many values per row (or 65,536) are looked up in an array, not a Map. */
const DENSE_SPREAD = 4;

/**
 * Number the distinct ids (idKey) of the chosen rows 0, 1, 2, … in order of first appearance. Customer
 * ids and invoice numbers are usually whole numbers in a narrow range (12346…18287, 489434…538171), so
 * those are looked up in an array indexed by value, which is several times faster than a Map over a
 * million rows; text ids, and numbers too spread out, go through a Map.
 * @example idSlots(column [7, 3, 7, blank], all rows) // slot [0, 1, 0, −1], ids [7, 3]
 */
export function idSlots(column: Column, chosen: (row: number) => boolean): IdSlots {
  const n = column.values.length;
  const slot = new Int32Array(n).fill(-1);
  const ids: (number | string)[] = [];
  const byKey = new Map<number | string, number>();
  const dense = column.type === 'text' ? null : wholeNumberRange(column.values, chosen);
  const byValue = dense ? new Int32Array(dense.size).fill(-1) : null;
  for (let i = 0; i < n; i++) {
    if (!chosen(i)) continue;
    const value = column.values[i];
    if (byValue && typeof value === 'number' && !Number.isNaN(value)) {
      const at = value - (dense as { min: number }).min;
      let s = byValue[at] as number;
      if (s < 0) {
        s = byValue[at] = ids.length;
        ids.push(value);
      }
      slot[i] = s;
      continue;
    }
    const key = idKey(column, i);
    if (key === null) continue;
    let s = byKey.get(key);
    if (s === undefined) {
      s = ids.length;
      byKey.set(key, s);
      ids.push(key);
    }
    slot[i] = s;
  }
  return { slot, ids };
}

/** The range of the chosen rows' numbers when every one is a whole number and the range is narrow enough for an array. */
function wholeNumberRange(values: Float64Array, chosen: (row: number) => boolean): { min: number; size: number } | null {
  let min = Infinity, max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isNaN(v) || !chosen(i)) continue;
    if (!Number.isInteger(v)) return null;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const size = max - min + 1;
  return size >= 1 && size <= Math.max(DENSE_SPREAD * values.length, 65_536) ? { min, size } : null;
}
