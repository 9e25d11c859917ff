/**
 * Adjusted Rand index between two labelings of the same items (Hubert & Arabie 1985, as scikit-learn's
 * adjusted_rand_score): 1 for identical partitions up to renumbering, about 0 for unrelated ones.
 * @example adjustedRand([0, 0, 1, 1], [5, 5, 2, 2]) // 1
 */
export function adjustedRand(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  if (b.length !== n) throw new RangeError(`adjustedRand: ${n} labels against ${b.length}`);
  const pairs = new Map<string, number>(), rows = new Map<number, number>(), cols = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const x = a[i] as number, y = b[i] as number;
    const key = `${x},${y}`;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
    rows.set(x, (rows.get(x) ?? 0) + 1);
    cols.set(y, (cols.get(y) ?? 0) + 1);
  }
  const choose2 = (m: number): number => (m * (m - 1)) / 2;
  const sum = (m: Map<unknown, number>): number => [...m.values()].reduce((s, c) => s + choose2(c), 0);
  const index = sum(pairs), sumRows = sum(rows), sumCols = sum(cols);
  const expected = (sumRows * sumCols) / choose2(n);
  const max = (sumRows + sumCols) / 2;
  // Both partitions trivial (all in one cluster, or all singletons): scikit-learn defines ARI = 1.
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}
