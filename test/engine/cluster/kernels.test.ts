import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { kmeansPlusPlus } from '../../../src/engine/cluster/kmeans-plus-plus';
import { assignNearest, packCenters } from '../../../src/engine/cluster/packed-centers';
import { searchSorted } from '../../../src/engine/cluster/search-sorted';
import { rowSqNorms, sqDistance } from '../../../src/engine/cluster/sq-distance';
import { fromRows } from '../../../src/engine/matrix';
import { createRandom } from '../../../src/engine/random';

// The k-means kernels score two rows (and four centres or candidates) per pass, pad odd rows and
// spare lanes, and keep candidate distances between passes. These tests hold them to plain
// one-row-at-a-time versions of the same rules, on odd and even row counts and every lane remainder.

const rowsArb = (d: number): fc.Arbitrary<number[][]> =>
  fc.array(fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: d, maxLength: d }), { minLength: 1, maxLength: 41 });
const dataArb = fc.integer({ min: 1, max: 5 }).chain((d) => rowsArb(d));

/** scikit-learn's greedy k-means++, one row and one candidate at a time, drawing from the same generator. */
function plainKMeansPlusPlus(rows: number[][], k: number, seed: number): number[] {
  const X = fromRows(rows);
  const { data, rows: n, cols: d } = X;
  const rng = createRandom(seed);
  const trials = 2 + Math.floor(Math.log(k));
  const closest = new Float64Array(n).fill(Infinity);
  const cumulative = new Float64Array(n);
  const lower = (to: number): void => {
    let running = 0;
    for (let i = 0; i < n; i++) {
      closest[i] = Math.min(closest[i]!, sqDistance(data, i, data, to, d));
      running += closest[i]!;
      cumulative[i] = running;
    }
  };
  const picked = [rng.int(n)];
  lower(picked[0]!);
  for (let c = 1; c < k; c++) {
    const candidates = Array.from({ length: trials }, () => searchSorted(cumulative, rng.next() * cumulative[n - 1]!));
    const potentials = candidates.map((j) => {
      let p = 0;
      for (let i = 0; i < n; i++) p += Math.min(closest[i]!, sqDistance(data, i, data, j, d));
      return p;
    });
    let best = 0;
    for (let t = 1; t < trials; t++) if (potentials[t]! < potentials[best]!) best = t;
    picked.push(candidates[best]!);
    lower(candidates[best]!);
  }
  return picked;
}

describe('k-means kernels against one-at-a-time versions', () => {
  test('kmeansPlusPlus picks the same rows as the plain greedy algorithm (k up to 25: 2 to 5 candidates)', () => {
    fc.assert(
      fc.property(dataArb, fc.integer({ min: 1, max: 25 }), fc.nat(1000), (rows, kWanted, seed) => {
        const k = Math.min(kWanted, rows.length);
        const seeding = kmeansPlusPlus(fromRows(rows), k, createRandom(seed));
        expect(Array.from(seeding.indices)).toEqual(plainKMeansPlusPlus(rows, k, seed));
        seeding.indices.forEach((row, c) => expect(Array.from(seeding.centers.subarray(c * rows[0]!.length, (c + 1) * rows[0]!.length))).toEqual(rows[row]));
      }),
      { numRuns: 150 },
    );
  });

  test('assignNearest labels every row with its nearest centre (lowest index on ties), counts, sums and inertia', () => {
    // Centres drawn from the rows themselves, so exact ties (a row equal to two centres) occur.
    fc.assert(
      fc.property(dataArb, fc.array(fc.nat(), { minLength: 1, maxLength: 9 }), (rows, picks) => {
        const X = fromRows(rows);
        const { data, rows: n, cols: d } = X;
        const k = picks.length;
        const centers = Float64Array.from(picks.flatMap((p) => rows[p % n]!));
        const labels = new Int32Array(n).fill(-1), counts = new Int32Array(k), sums = new Float64Array(k * d);
        const result = assignNearest(data, d, packCenters(centers, k, d), rowSqNorms(data, d), labels, counts, sums);
        expect(result.changed).toBe(n);
        const wantCounts = new Int32Array(k), wantSums = new Float64Array(k * d);
        let wantInertia = 0;
        for (let i = 0; i < n; i++) {
          const dist = Array.from({ length: k }, (_, c) => sqDistance(data, i, centers, c, d));
          const nearest = Math.min(...dist);
          // The expansion |x|² − 2x·c + |c|² may rank centres within rounding of each other either way.
          const tolerance = 1e-9 * (1 + rowSqNorms(data.subarray(i * d, i * d + d), d)[0]!);
          expect(dist[labels[i]!]! - nearest).toBeLessThanOrEqual(tolerance);
          wantCounts[labels[i]!]!++;
          for (let t = 0; t < d; t++) wantSums[labels[i]! * d + t]! += data[i * d + t]!;
          wantInertia += nearest;
        }
        expect(Array.from(counts)).toEqual(Array.from(wantCounts));
        expect(Array.from(sums)).toEqual(Array.from(wantSums));
        expect(Math.abs(result.inertia - wantInertia)).toBeLessThanOrEqual(1e-9 * (1 + Array.from(rowSqNorms(data, d)).reduce((a, b) => a + b, 0)));
        // A second pass with the same centres changes nothing.
        expect(assignNearest(data, d, packCenters(centers, k, d), rowSqNorms(data, d), labels, counts, null).changed).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  test('hand-derived: rows 0, 9 and 4.5 against centres 1 and 8', () => {
    // 0 → centre 0 (1), 9 → centre 1 (1), 4.5 is 3.5 from both: the tie goes to centre 0. Inertia 1 + 1 + 12.25.
    // Every label starts at 0, so only row 1 changes.
    const data = Float64Array.of(0, 9, 4.5);
    const labels = new Int32Array(3), counts = new Int32Array(2), sums = new Float64Array(2);
    const r = assignNearest(data, 1, packCenters(Float64Array.of(1, 8), 2, 1), rowSqNorms(data, 1), labels, counts, sums);
    expect(Array.from(labels)).toEqual([0, 1, 0]);
    expect(Array.from(counts)).toEqual([2, 1]);
    expect(Array.from(sums)).toEqual([4.5, 9]);
    expect(r.inertia).toBe(14.25);
    expect(r.changed).toBe(1);
  });
});
