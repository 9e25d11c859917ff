import { createRandom } from './random';

/**
 * m distinct row indices out of 0..n−1, chosen uniformly by a seeded generator (Floyd's algorithm:
 * m draws, no n-sized shuffle), returned in ascending order so the sample keeps the rows' order.
 * @example seededSample(10, 3, 0) // three distinct indices below 10, ascending, the same on every host
 */
export function seededSample(n: number, m: number, seed: number): Int32Array {
  const rng = createRandom(seed);
  const chosen = new Set<number>();
  for (let j = n - m; j < n; j++) {
    const t = rng.int(j + 1);
    chosen.add(chosen.has(t) ? j : t);
  }
  return Int32Array.from(chosen).sort();
}
