/** Hidden rows and columns, answered the way `Range.rowHidden` / `columnHidden` are. */

/**
 * true when every index in [start, start + count) is hidden, false when none is, null when mixed.
 * @example hiddenState(new Set([2]), 0, 5) // null
 */
export function hiddenState(hidden: ReadonlySet<number>, start: number, count: number): boolean | null {
  let inside = 0;
  if (hidden.size < count) {
    for (const i of hidden) if (i >= start && i < start + count) inside++;
  } else {
    for (let i = start; i < start + count; i++) if (hidden.has(i)) inside++;
  }
  if (inside === 0) return false;
  return inside === count ? true : null;
}

/** Hides or shows every index in [start, start + count). */
export function setHidden(hidden: Set<number>, start: number, count: number, value: boolean): void {
  for (let i = start; i < start + count; i++) {
    if (value) hidden.add(i);
    else hidden.delete(i);
  }
}
