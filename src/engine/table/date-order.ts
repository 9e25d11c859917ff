import { CellKind } from './cell-kind';

/** Which field comes first in all-numeric dates such as "01/03/2024". */
export type DateOrder = 'mdy' | 'dmy';

/** The order chosen for a column's numeric dates as text, and why. */
export interface DateOrderChoice {
  readonly order: DateOrder;
  /**
   * 'data': some cell exists in only one order (a field above 12), the first such cell is `evidenceRow`;
   * 'assumed': every cell reads both ways and some differ, so the fallback was taken, `evidenceRow` is the first of those;
   * 'moot': the order changes no date (ISO, month names, or day equal to month).
   */
  readonly basis: 'data' | 'assumed' | 'moot';
  readonly evidenceRow?: number;
}

/**
 * Decide per column whether numeric dates as text are month-first or day-first, from the cells
 * themselves: a cell valid in only one order votes for it (the majority wins; cells valid only in
 * the losing order then count as mismatched). When no cell settles it, `fallback` is assumed.
 * `monthFirst` / `dayFirst` are the serials for each reading (NaN where the date does not exist).
 * @example ['25/03/2024', '01/04/2024'] → { order: 'dmy', basis: 'data', evidenceRow: 0 }
 */
export function chooseDateOrder(kinds: Uint8Array, monthFirst: Float64Array, dayFirst: Float64Array, start: number, fallback: DateOrder): DateOrderChoice {
  let onlyMonthFirst = 0, onlyDayFirst = 0;
  let firstMonthFirst = -1, firstDayFirst = -1, firstAmbiguous = -1;
  for (let r = start; r < kinds.length; r++) {
    if (kinds[r] !== CellKind.dateText) continue;
    const m = monthFirst[r] as number, d = dayFirst[r] as number;
    if (Number.isNaN(d)) {
      onlyMonthFirst++;
      if (firstMonthFirst < 0) firstMonthFirst = r;
    } else if (Number.isNaN(m)) {
      onlyDayFirst++;
      if (firstDayFirst < 0) firstDayFirst = r;
    } else if (m !== d && firstAmbiguous < 0) {
      firstAmbiguous = r;
    }
  }
  if (onlyMonthFirst === 0 && onlyDayFirst === 0) {
    return firstAmbiguous < 0 ? { order: fallback, basis: 'moot' } : { order: fallback, basis: 'assumed', evidenceRow: firstAmbiguous };
  }
  const order = onlyMonthFirst === onlyDayFirst ? fallback : onlyMonthFirst > onlyDayFirst ? 'mdy' : 'dmy';
  return { order, basis: 'data', evidenceRow: order === 'mdy' ? firstMonthFirst : firstDayFirst };
}
