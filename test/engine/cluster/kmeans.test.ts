import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { kmeans as mlKmeans } from 'ml-kmeans';
import { fromRows, matrix, toRows } from '../../../src/engine/matrix';
import { kmeans } from '../../../src/engine/cluster/kmeans';
import { lloyd } from '../../../src/engine/cluster/lloyd';
import { readReference } from '../../shared';

const lecture = fromRows([[2.3, 8.0], [5.6, 6.7], [4.2, 7.1], [3.1, 6.0], [4.6, 11.0], [6.0, 9.0]]);

/** Partition as a sorted list of sorted 1-based member lists, so label numbering does not matter. */
const groups = (labels: Int32Array): number[][] => {
  const byLabel = new Map<number, number[]>();
  labels.forEach((l, i) => byLabel.set(l, [...(byLabel.get(l) ?? []), i + 1]));
  return [...byLabel.values()].sort((a, b) => (a[0] as number) - (b[0] as number));
};

describe('the lecture exercise: six customers (loyalty, value), k = 3', () => {
  test('the optimum is {1,4}, {2,3}, {5,6} with WCSS 6.36', () => {
    // {1,4}: centroid (2.7, 7.0); squared distances 0.4² + 1² = 1.16 twice → 2.32
    // {2,3}: centroid (4.9, 6.9); 0.7² + 0.2² = 0.53 twice → 1.06
    // {5,6}: centroid (5.3, 10.0); 0.7² + 1² = 1.49 twice → 2.98
    // total 2.32 + 1.06 + 2.98 = 6.36
    const result = kmeans(lecture, 3, { seed: 0 });
    expect(groups(result.labels)).toEqual([[1, 4], [2, 3], [5, 6]]);
    expect(result.inertia).toBeCloseTo(6.36, 10);
  });

  test('an unlucky start (customers 1, 6, 5 as centres) stops in the local optimum 6.5517; restarts avoid it', () => {
    // From centres c1 = (2.3, 8.0), c2 = (6.0, 9.0), c3 = (4.6, 11.0):
    //   customer 2 (5.6, 6.7): to c1 3.3² + 1.3² = 12.58, to c2 0.4² + 2.3² = 5.45, to c3 1² + 4.3² = 19.49 → c2
    //   customer 3 (4.2, 7.1): to c1 1.9² + 0.9² = 4.42, to c2 1.8² + 1.9² = 6.85 → c1
    //   customer 4 (3.1, 6.0): to c1 0.8² + 2² = 4.64, to c2 2.9² + 3² = 17.41 → c1
    // Groups {1,3,4}, {2,6}, {5}: centroids (3.2, 7.0333), (5.8, 7.85), (4.6, 11.0).
    //   {1,3,4}: 0.9² + 0.9667² = 1.7444, 1² + 0.0667² = 1.0044, 0.1² + 1.0333² = 1.0778 → 3.8267
    //   {2,6}: 0.2² + 1.15² = 1.3625 twice → 2.725;  {5}: 0
    // Nothing moves (customer 6: 1.3625 to its centroid vs 5.96 to (4.6, 11); customer 3: 1.0044
    // vs 3.1225 to (5.8, 7.85)), so Lloyd stops at WCSS 3.8267 + 2.725 = 6.5517.
    const init = fromRows([[2.3, 8.0], [6.0, 9.0], [4.6, 11.0]]);
    const stuck = kmeans(lecture, 3, { init, refine: false });
    expect(groups(stuck.labels)).toEqual([[1, 3, 4], [2, 6], [5]]);
    expect(stuck.inertia).toBeCloseTo(6.551666666666667, 10);
    expect(stuck.nInit).toBe(1);
    // Seeded k-means++ restarts reach the optimum, with and without the Hartigan polish.
    expect(kmeans(lecture, 3, { nInit: 10, refine: false }).inertia).toBeCloseTo(6.36, 10);
    expect(kmeans(lecture, 3, { nInit: 10 }).inertia).toBeCloseTo(6.36, 10);
  });
});

describe('bad input gets a message saying what to change', () => {
  test('k > rows', () => {
    expect(() => kmeans(fromRows([[1], [2], [3], [4]]), 5)).toThrow(
      'Only 4 rows remain after dropping missing values; k-means with k = 5 needs at least 5 rows — lower k or fill missing values.',
    );
  });
  test('k = 0 and k = 2.5', () => {
    expect(() => kmeans(lecture, 0)).toThrow('k = 0 is not a number of clusters: choose a whole number of at least 1.');
    expect(() => kmeans(lecture, 2.5)).toThrow(/k = 2.5 is not a number of clusters/);
  });
  test('NaN and Infinity name the row and column', () => {
    expect(() => kmeans(fromRows([[1, 2], [3, NaN], [4, 5]]), 2)).toThrow('Row 2, column 2 holds NaN: k-means needs finite numbers — fill or drop that value first.');
    expect(() => kmeans(fromRows([[Infinity, 2], [3, 1]]), 2)).toThrow(/Row 1, column 1 holds Infinity/);
  });
  test('all rows identical, and fewer distinct rows than k', () => {
    expect(() => kmeans(fromRows([[1, 1], [1, 1], [1, 1]]), 2)).toThrow('All 3 rows are identical, so there is nothing to split into 2 clusters — check that the right columns are selected.');
    expect(() => kmeans(fromRows([[1], [1], [2], [2]]), 3)).toThrow('Only 2 distinct rows among 4: k-means cannot form 3 non-empty clusters — lower k to at most 2.');
  });
  test('initial centres of the wrong shape', () => {
    expect(() => kmeans(lecture, 3, { init: fromRows([[1, 2]]) })).toThrow(/must be 3 × 2/);
  });
});

describe('agrees with ml-kmeans started from the same centres (mall, standardised Income and Score)', () => {
  test.each([3, 5, 8])('k = %i: same labels and centres', (k) => {
    const X = readReference<{ X: number[][] }>('kmeans/mall.json').X;
    const init = X.filter((_, i) => i % Math.floor(X.length / k) === 0).slice(0, k);
    const ours = kmeans(fromRows(X), k, { init: fromRows(init), refine: false, tol: 0 });
    const theirs = mlKmeans(X, k, { initialization: init, maxIterations: 300, tolerance: 0 });
    expect(Array.from(ours.labels)).toEqual(theirs.clusters);
    toRows(ours.centers).forEach((c, j) => c.forEach((v, t) => expect(v).toBeCloseTo((theirs.centroids[j] as number[])[t] as number, 10)));
  });
});

const points = fc.array(fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -50, max: 50 })), { minLength: 8, maxLength: 60 });
const distinctCount = (p: [number, number][]): number => new Set(p.map((x) => x.join(','))).size;

describe('invariants', () => {
  test('labels lie in 0 … k−1 and every cluster is non-empty', () => {
    fc.assert(
      fc.property(points, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 1e6 }), (p, k, seed) => {
        fc.pre(distinctCount(p) >= k);
        const { labels } = kmeans(fromRows(p), k, { nInit: 2, seed });
        const sizes = new Array<number>(k).fill(0);
        labels.forEach((l) => (sizes[l] = (sizes[l] as number) + 1));
        return labels.every((l) => l >= 0 && l < k) && sizes.every((s) => s > 0);
      }),
      { numRuns: 200 },
    );
  });

  test('the inertia of the assignment step never increases across Lloyd iterations', () => {
    fc.assert(
      fc.property(points, fc.integer({ min: 2, max: 6 }), (p, k) => {
        fc.pre(distinctCount(p) >= k);
        const X = fromRows(p);
        const init = new Float64Array(X.data.subarray(0, 2 * k));
        const seen: number[] = [];
        lloyd(X, init, { maxIter: 300, tolerance: 0, onIteration: (_i, wcss) => seen.push(wcss) });
        return seen.every((w, i) => i === 0 || w <= (seen[i - 1] as number) * (1 + 1e-12) + 1e-9);
      }),
      { numRuns: 200 },
    );
  });

  test('the same seed gives an identical result; a different seed may not', () => {
    const X = matrix(40, 2, Float64Array.from({ length: 80 }, (_, i) => Math.sin(i * 12.9898) * 43758.5453 % 10));
    expect(kmeans(X, 4, { seed: 7 })).toEqual(kmeans(X, 4, { seed: 7 }));
  });

  test('progress is reported per iteration and cancelling stops the run', () => {
    let calls = 0;
    kmeans(lecture, 2, { nInit: 3, onProgress: () => calls++ });
    expect(calls).toBeGreaterThanOrEqual(3);
    expect(() => kmeans(lecture, 2, { isCancelled: () => true })).toThrow('The run was cancelled.');
  });
});
