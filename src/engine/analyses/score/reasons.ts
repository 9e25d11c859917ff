/**
 * The top `count` (default 3) reason codes of every row: the columns whose contribution raised its
 * log-odds of default the most, largest first; contributions ≤ 0 (columns that lowered the risk) are never reasons.
 * `contributions` is rows × columns, row-major, as coefficient × (value − training mean).
 * @example
 * // one row, columns A, B, C contributing +0.2, −0.5, +0.9: C then A
 * topReasons(Float64Array.of(0.2, -0.5, 0.9), ['A', 'B', 'C']) // [['C', 'A']]
 */
export function topReasons(contributions: Float64Array, columns: readonly string[], count = 3): string[][] {
  const m = columns.length, n = m === 0 ? 0 : contributions.length / m;
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const row: { j: number; c: number }[] = [];
    for (let j = 0; j < m; j++) {
      const c = contributions[i * m + j] as number;
      if (c > 0) row.push({ j, c });
    }
    row.sort((a, b) => b.c - a.c || a.j - b.j);
    out.push(row.slice(0, count).map(({ j }) => columns[j] as string));
  }
  return out;
}
