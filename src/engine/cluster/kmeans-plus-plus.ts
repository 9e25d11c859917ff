import type { Matrix } from '../matrix';
import type { Random } from '../random';
import { searchSorted } from './search-sorted';
import { sqDistance } from './sq-distance';

/** Initial centres chosen by k-means++, and the rows they were copied from. */
export interface Seeding {
  /** k × d, row-major. */
  readonly centers: Float64Array;
  readonly indices: Int32Array;
}

/**
 * Greedy k-means++ seeding, as scikit-learn's `_kmeans_plusplus`: the first centre is a uniformly
 * drawn row; each next centre is the best of 2 + ⌊ln k⌋ candidates drawn with probability ∝ D²
 * (squared distance to the nearest centre so far), "best" meaning the one that leaves the lowest
 * potential Σ D². The greedy trials are why it lands in better optima than plain k-means++.
 *
 * @example
 * // Rows 0,1 sit at x≈0 and rows 2,3 at x≈10: whichever row comes first, the second centre is
 * // drawn from the far pair, because their D² dwarfs that of the near neighbour.
 * kmeansPlusPlus(fromRows([[0], [1], [10], [11]]), 2, createRandom(0)).centers
 */
export function kmeansPlusPlus(X: Matrix, k: number, rng: Random): Seeding {
  const { data, rows: n, cols: d } = X;
  const trials = 2 + Math.floor(Math.log(k));
  const centers = new Float64Array(k * d);
  const indices = new Int32Array(k);
  const closest = new Float64Array(n).fill(Infinity);
  const cumulative = new Float64Array(n);
  const candidates = new Int32Array(trials);

  const first = rng.int(n);
  indices[0] = first;
  centers.set(data.subarray(first * d, first * d + d), 0);
  lowerClosest(data, d, n, first, closest, cumulative);
  for (let c = 1; c < k; c++) {
    for (let t = 0; t < trials; t++) candidates[t] = searchSorted(cumulative, rng.next() * (cumulative[n - 1] as number));
    const potentials = candidatePotentials(data, d, n, candidates, closest);
    let best = 0;
    for (let t = 1; t < trials; t++) if ((potentials[t] as number) < (potentials[best] as number)) best = t;
    const row = candidates[best] as number;
    indices[c] = row;
    centers.set(data.subarray(row * d, row * d + d), c * d);
    if (c + 1 < k) lowerClosest(data, d, n, row, closest, cumulative);
  }
  return { centers, indices };
}

/** Lower each row's D² to its distance to row `to` when nearer, and rebuild the running sums of D². */
function lowerClosest(data: Float64Array, d: number, n: number, to: number, closest: Float64Array, cumulative: Float64Array): void {
  let running = 0;
  for (let i = 0; i < n; i++) {
    const s = sqDistance(data, i, data, to, d);
    const c = closest[i] as number;
    running += s < c ? (closest[i] = s) : c;
    cumulative[i] = running;
  }
}

/**
 * The potential Σ min(D², squared distance to the candidate) of each candidate row. Candidates are
 * scored four per pass over the data so each row is read once per four candidates; the distances
 * themselves are not kept (recomputing them for the winner is cheaper than storing all of them).
 */
function candidatePotentials(
  data: Float64Array, d: number, n: number, candidates: Int32Array, closest: Float64Array,
): Float64Array {
  const trials = candidates.length;
  const potentials = new Float64Array(trials);
  for (let g = 0; g < trials; g += 4) {
    const lanes = Math.min(4, trials - g);
    const o0 = (candidates[g] as number) * d;
    const o1 = (candidates[g + Math.min(1, lanes - 1)] as number) * d;
    const o2 = (candidates[g + Math.min(2, lanes - 1)] as number) * d;
    const o3 = (candidates[g + Math.min(3, lanes - 1)] as number) * d;
    let p0 = 0, p1 = 0, p2 = 0, p3 = 0;
    for (let i = 0; i < n; i++) {
      const xo = i * d;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (let t = 0; t < d; t++) {
        const x = data[xo + t] as number;
        const e0 = x - (data[o0 + t] as number), e1 = x - (data[o1 + t] as number);
        const e2 = x - (data[o2 + t] as number), e3 = x - (data[o3 + t] as number);
        s0 += e0 * e0; s1 += e1 * e1; s2 += e2 * e2; s3 += e3 * e3;
      }
      const cap = closest[i] as number;
      if (cap < s0) s0 = cap;
      if (cap < s1) s1 = cap;
      if (cap < s2) s2 = cap;
      if (cap < s3) s3 = cap;
      p0 += s0; p1 += s1; p2 += s2; p3 += s3;
    }
    potentials[g] = p0;
    if (lanes > 1) potentials[g + 1] = p1;
    if (lanes > 2) potentials[g + 2] = p2;
    if (lanes > 3) potentials[g + 3] = p3;
  }
  return potentials;
}
