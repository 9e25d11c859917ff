import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { dbscan, defaultMinPts, kDistance } from '../../../../src/engine/cluster/dbscan';
import { fromRows } from '../../../../src/engine/matrix';
import { problemOf } from '../../../problems';

const code = (f: () => unknown): string => problemOf(f).code;

describe('hand-derived', () => {
  test('a chain 0, 1, 2, a border point 3.9 and an outlier 10 (eps 1, minPts 3)', () => {
    // Within 1: 0 → {0,1} (2), 1 → {0,1,2} (3, core), 2 → {1,2} (2), 3.9 → {3.9} (1), 10 → {10} (1).
    // Only 1 is core: its cluster takes 0 and 2 as border points; 3.9 and 10 are noise.
    const r = dbscan(fromRows([[0], [1], [2], [3.9], [10]]), { eps: 1, minPts: 3 });
    expect(Array.from(r.labels)).toEqual([0, 0, 0, -1, -1]);
    expect(Array.from(r.core)).toEqual([0, 1, 0, 0, 0]);
    expect(r.nClusters).toBe(1);
    expect(r.noise).toBe(2);
  });

  test('a border point reachable from two clusters goes to the cluster of the lower-indexed core point', () => {
    // eps 1, minPts 4. Row 0 (0.9,0) has rows 0,1,2,3 within 1 → core; row 4 (−0.9,0) has 3,4,5,6 → core.
    // Row 3 (0,0) has only 0, 3, 4 (3 < 4) → a border point of both; (0.9,0.5)–(0,0) is √1.06 > 1.
    // scikit-learn grows the cluster of row 0 first, so row 3 joins cluster 0.
    const rows = [[0.9, 0], [1.8, 0], [0.9, 0.5], [0, 0], [-0.9, 0], [-1.8, 0], [-0.9, 0.5]];
    const r = dbscan(fromRows(rows), { eps: 1, minPts: 4 });
    expect(Array.from(r.core)).toEqual([1, 0, 0, 0, 1, 0, 0]);
    expect(Array.from(r.labels)).toEqual([0, 0, 0, 0, 1, 1, 1]);
  });

  test('k-distance of 0, 1, 3 with minPts 2 is each point’s nearest other point: 1, 1, 2', () => {
    expect(Array.from(kDistance(fromRows([[0], [1], [3]]), { minPts: 2 }))).toEqual([1, 1, 2]);
    expect(Array.from(kDistance(fromRows([[0, 0], [1, 1], [3, 0]]), { minPts: 2, metric: 'manhattan' }))).toEqual([2, 2, 3]);
  });

  test('default minPts is max(4, d + 1)', () => {
    expect(defaultMinPts(2)).toBe(4);
    expect(defaultMinPts(8)).toBe(9);
  });
});

describe('invariants', () => {
  test('matches a brute-force DBSCAN (core flags exactly, noise exactly) in both metrics', () => {
    const pts = fc.array(fc.tuple(fc.double({ min: 0, max: 10, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true })), { minLength: 1, maxLength: 120 });
    fc.assert(
      fc.property(pts, fc.double({ min: 0.2, max: 3, noNaN: true }), fc.integer({ min: 1, max: 6 }), fc.constantFrom('euclidean' as const, 'manhattan' as const), (rows, eps, minPts, metric) => {
        fc.pre(minPts <= rows.length);
        const dist = (a: number[], b: number[]): number =>
          metric === 'euclidean' ? Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!) : Math.abs(a[0]! - b[0]!) + Math.abs(a[1]! - b[1]!);
        const near = (i: number): number[] => rows.flatMap((r, j) => (dist(rows[i]!, r) <= eps ? [j] : []));
        const core = rows.map((_, i) => near(i).length >= minPts);
        const r = dbscan(fromRows(rows), { eps, minPts, metric });
        const margin = (i: number): boolean => rows.some((q) => Math.abs(dist(rows[i]!, q) - eps) < 1e-9);
        rows.forEach((_, i) => {
          if (margin(i)) return; // squared-distance comparison may round the other way exactly at eps
          expect(r.core[i] === 1).toBe(core[i]);
          const reachable = core[i] || near(i).some((j) => core[j]);
          expect(r.labels[i] !== -1).toBe(reachable);
        });
      }),
      { numRuns: 150 },
    );
  });
});

describe('bad input', () => {
  const X = fromRows([[0], [1], [2]]);
  test('eps ≤ 0 and minPts > n are refused with what would work', () => {
    expect(code(() => dbscan(X, { eps: 0 }))).toBe('dbscan-eps');
    expect(code(() => dbscan(X, { eps: -1 }))).toBe('dbscan-eps');
    expect(() => dbscan(X, { eps: 1, minPts: 4 })).toThrow(/at most 3/);
  });

  test('every point noise is a result with a message suggesting a larger eps', () => {
    const r = dbscan(X, { eps: 0.5, minPts: 2 });
    expect(Array.from(r.labels)).toEqual([-1, -1, -1]);
    expect(r.nClusters).toBe(0);
    expect(r.warnings[0]?.code).toBe('dbscan-all-noise');
    expect(r.warnings[0]?.message).toMatch(/larger eps/);
  });
});
