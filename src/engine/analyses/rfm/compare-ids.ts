/**
 * Customer ids in pandas' groupby order: numbers numerically, text by code unit. The order matters
 * beyond looks: the first-rank scores break ties by it.
 * @example [10, 9, 100].sort(compareIds) // [9, 10, 100] (as text it would be 10, 100, 9)
 */
export function compareIds(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = String(a), sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}
