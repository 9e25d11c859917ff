import { sqDistance } from './sq-distance';

/**
 * Hartigan's single-point refinement of a k-means partition, in place. A point x leaves its cluster
 * A (size nA, centre a) for cluster B (size nB, centre b) when that lowers the total within-cluster
 * sum of squares, i.e. when nB/(nB+1)·|x−b|² < nA/(nA−1)·|x−a|²; centres follow every move.
 * Lloyd stops where no point is nearer another centre; Hartigan's rule also sees that moving a point
 * shifts both centres, so it escapes many of Lloyd's local optima, and its stopping points are
 * themselves Lloyd fixed points (so labels stay nearest-centre consistent).
 * Returns the number of moves and the sweeps over the data made.
 *
 * @example
 * // 1-D points 0, 1, 2, 10 as {0, 1}, {2, 10} (centres 0.5 and 6): a Lloyd fixed point, since
 * // |2 − 6| = 4 > |2 − 0.5| = 1.5 would move 2 — so take {0}, {1, 2, 10} (centres 0, 4.33) instead:
 * // 1 is nearer 4.33? no (|1 − 0| = 1). Hartigan compares 1/2·1² = 0.5 (join {0}) with
 * // 3/2·3.33² = 16.7 (leave its cluster) and moves 1, then 2 → {0, 1, 2}, {10}: WCSS 2.
 * hartiganRefine(Float64Array.of(0, 1, 2, 10), 1, Int32Array.of(0, 1, 1, 1), Float64Array.of(0, 13 / 3), Int32Array.of(1, 3), 100)
 */
export function hartiganRefine(
  data: Float64Array, d: number, labels: Int32Array, centers: Float64Array, counts: Int32Array, maxSweeps: number,
): { moves: number; sweeps: number } {
  const n = labels.length;
  const k = counts.length;
  const sums = new Float64Array(k * d);
  for (let i = 0; i < n; i++) {
    const so = (labels[i] as number) * d;
    for (let t = 0; t < d; t++) sums[so + t] = (sums[so + t] as number) + (data[i * d + t] as number);
  }
  let moves = 0;
  let sweeps = 0;
  let moved = true;
  while (moved && sweeps < maxSweeps) {
    moved = false;
    sweeps++;
    for (let i = 0; i < n; i++) {
      const from = labels[i] as number;
      const nFrom = counts[from] as number;
      if (nFrom === 1) continue;
      const leaveGain = (nFrom / (nFrom - 1)) * sqDistance(data, i, centers, from, d);
      let to = -1;
      let bestCost = leaveGain * (1 - 1e-12);
      for (let c = 0; c < k; c++) {
        if (c === from) continue;
        const nTo = counts[c] as number;
        const cost = (nTo / (nTo + 1)) * sqDistance(data, i, centers, c, d);
        if (cost < bestCost) {
          bestCost = cost;
          to = c;
        }
      }
      if (to < 0) continue;
      labels[i] = to;
      counts[from] = nFrom - 1;
      counts[to] = (counts[to] as number) + 1;
      for (let t = 0; t < d; t++) {
        const x = data[i * d + t] as number;
        sums[from * d + t] = (sums[from * d + t] as number) - x;
        sums[to * d + t] = (sums[to * d + t] as number) + x;
        centers[from * d + t] = (sums[from * d + t] as number) / (nFrom - 1);
        centers[to * d + t] = (sums[to * d + t] as number) / (counts[to] as number);
      }
      moves++;
      moved = true;
    }
  }
  return { moves, sweeps };
}
