import type { Matrix } from '../matrix';
import type { Random } from '../random';
import { searchSorted } from './search-sorted';

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
  // Each candidate's squared distance to every row, kept from scoring so the winner's need not be
  // measured again: trials × n numbers (32 MB for 4 trials on 1,048,576 rows) for one pass in two.
  const distances = new Float64Array(trials * n);

  const first = rng.int(n);
  indices[0] = first;
  centers.set(data.subarray(first * d, first * d + d), 0);
  lowerClosest(data, d, n, first, closest, cumulative);
  for (let c = 1; c < k; c++) {
    for (let t = 0; t < trials; t++) candidates[t] = searchSorted(cumulative, rng.next() * (cumulative[n - 1] as number));
    const potentials = candidatePotentials(data, d, n, candidates, closest, distances);
    let best = 0;
    for (let t = 1; t < trials; t++) if ((potentials[t] as number) < (potentials[best] as number)) best = t;
    const row = candidates[best] as number;
    indices[c] = row;
    centers.set(data.subarray(row * d, row * d + d), c * d);
    if (c + 1 < k) adoptClosest(distances.subarray(best * n, best * n + n), closest, cumulative);
  }
  return { centers, indices };
}

/**
 * Lower each row's D² to its distance to row `to` when nearer, and rebuild the running sums of D²
 * (for the first centre; later ones come from adoptClosest). Two rows per pass over the centre's
 * coordinates (copied out so its loads serve both); an odd last row is measured beside itself and counted once.
 */
function lowerClosest(data: Float64Array, d: number, n: number, to: number, closest: Float64Array, cumulative: Float64Array): void {
  const centre = data.slice(to * d, to * d + d);
  let running = 0;
  for (let i = 0; i < n; i += 2) {
    const xo = i * d;
    const paired = i + 1 < n;
    const yo = paired ? xo + d : xo;
    let s = 0, r = 0;
    for (let t = 0; t < d; t++) {
      const c = centre[t] as number;
      const e = (data[xo + t] as number) - c, f = (data[yo + t] as number) - c;
      s += e * e;
      r += f * f;
    }
    let near = closest[i] as number;
    if (s < near) closest[i] = near = s;
    running += near;
    cumulative[i] = running;
    if (!paired) break;
    near = closest[i + 1] as number;
    if (r < near) closest[i + 1] = near = r;
    running += near;
    cumulative[i + 1] = running;
  }
}

/** lowerClosest for a centre whose squared distances to every row are already known. */
function adoptClosest(distance: Float64Array, closest: Float64Array, cumulative: Float64Array): void {
  let running = 0;
  for (let i = 0; i < closest.length; i++) {
    const s = distance[i] as number;
    let near = closest[i] as number;
    if (s < near) closest[i] = near = s;
    running += near;
    cumulative[i] = running;
  }
}

/**
 * The potential Σ min(D², squared distance to the candidate) of each candidate row; each candidate's
 * squared distances go to its row of `distances` (trials × n). Four candidates are scored per pass
 * over the data, against two rows at a time: their coordinates are copied lane by lane into a small
 * buffer so each load serves both rows, and the sixteen running sums stay in registers. Lanes past
 * the last candidate repeat it (and rewrite its distances with the same values). An odd last row is
 * scored beside itself and counted once.
 */
function candidatePotentials(
  data: Float64Array, d: number, n: number, candidates: Int32Array, closest: Float64Array, distances: Float64Array,
): Float64Array {
  const trials = candidates.length;
  const potentials = new Float64Array(trials);
  const lanes = new Float64Array(4 * d);
  for (let g = 0; g < trials; g += 4) {
    for (let l = 0; l < 4; l++) {
      const from = (candidates[Math.min(g + l, trials - 1)] as number) * d;
      for (let t = 0; t < d; t++) lanes[t * 4 + l] = data[from + t] as number;
    }
    const w0 = Math.min(g, trials - 1) * n, w1 = Math.min(g + 1, trials - 1) * n;
    const w2 = Math.min(g + 2, trials - 1) * n, w3 = Math.min(g + 3, trials - 1) * n;
    let p0 = 0, p1 = 0, p2 = 0, p3 = 0;
    for (let i = 0; i < n; i += 2) {
      const xo = i * d;
      const paired = i + 1 < n;
      const yo = paired ? xo + d : xo;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, r0 = 0, r1 = 0, r2 = 0, r3 = 0;
      for (let t = 0, o = 0; t < d; t++, o += 4) {
        const x = data[xo + t] as number, y = data[yo + t] as number;
        const c0 = lanes[o] as number, c1 = lanes[o + 1] as number, c2 = lanes[o + 2] as number, c3 = lanes[o + 3] as number;
        let e = x - c0; s0 += e * e; e = x - c1; s1 += e * e; e = x - c2; s2 += e * e; e = x - c3; s3 += e * e;
        e = y - c0; r0 += e * e; e = y - c1; r1 += e * e; e = y - c2; r2 += e * e; e = y - c3; r3 += e * e;
      }
      distances[w0 + i] = s0; distances[w1 + i] = s1; distances[w2 + i] = s2; distances[w3 + i] = s3;
      let cap = closest[i] as number;
      p0 += cap < s0 ? cap : s0; p1 += cap < s1 ? cap : s1; p2 += cap < s2 ? cap : s2; p3 += cap < s3 ? cap : s3;
      if (!paired) break;
      distances[w0 + i + 1] = r0; distances[w1 + i + 1] = r1; distances[w2 + i + 1] = r2; distances[w3 + i + 1] = r3;
      cap = closest[i + 1] as number;
      p0 += cap < r0 ? cap : r0; p1 += cap < r1 ? cap : r1; p2 += cap < r2 ? cap : r2; p3 += cap < r3 ? cap : r3;
    }
    potentials[g] = p0;
    if (g + 1 < trials) potentials[g + 1] = p1;
    if (g + 2 < trials) potentials[g + 2] = p2;
    if (g + 3 < trials) potentials[g + 3] = p3;
  }
  return potentials;
}
