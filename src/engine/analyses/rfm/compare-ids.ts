/**
 * Customer ids in pandas' groupby order: numbers numerically, text by code unit. The order matters
 * beyond looks: the first-rank scores break ties by it. Where pandas refuses to sort a column that
 * mixes numbers and text, every number comes before every text id, so the order is still fixed.
 * @example [10, 'A1', 9, 100].sort(compareIds) // [9, 10, 100, 'A1'] (as text it would be 10, 100, 9, A1)
 */
export function compareIds(a: number | string, b: number | string): number {
  if (typeof a === 'number') return typeof b === 'number' ? a - b : -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
