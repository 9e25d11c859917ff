/** Largest k the automatic cut considers: beyond about ten segments a cut is rarely useful to a reader. */
export const AUTO_K_MAX = 10;

/**
 * The number of clusters the automatic cut takes: the k (2..AUTO_K_MAX) whose clusters stay apart
 * the longest, i.e. with the largest gap between the merge that would join two of them and the
 * merge that formed the last of them. Z is a linkage matrix of n rows.
 * @example autoK(Z of heights [1, 1.2, 8, 9], 5) // 3: the jump 1.2 → 8 is the largest, above 3 clusters
 */
export function autoK(Z: Float64Array, n: number): number {
  let best = 2, bestGap = -Infinity;
  for (let k = 2; k <= Math.min(AUTO_K_MAX, n - 1); k++) {
    const gap = Z[(n - k) * 4 + 2]! - Z[(n - k - 1) * 4 + 2]!;
    if (gap > bestGap) {
      bestGap = gap;
      best = k;
    }
  }
  return best;
}

/**
 * A height to draw the cut into k clusters at: midway between the merge that leaves k clusters
 * and the next one (the tree's first merge height halved when every row is its own cluster).
 * @example cutHeightForK(Z of heights [1, 1.2, 8, 9], 5, 3) // (1.2 + 8) / 2 = 4.6
 */
export function cutHeightForK(Z: Float64Array, n: number, k: number): number {
  if (k >= n) return Z[2]! / 2;
  if (k <= 1) return Z[(n - 2) * 4 + 2]! * 1.05;
  return (Z[(n - k - 1) * 4 + 2]! + Z[(n - k) * 4 + 2]!) / 2;
}
