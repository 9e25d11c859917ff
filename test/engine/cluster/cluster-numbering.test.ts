/**
 * Cluster numbers carried over a re-run: the replaced run's centroids (original units) are matched to the new
 * ones in scaled units, closest pairs first; matched clusters keep their numbers, the rest take the free ones.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { clusterNumbering, renumber, readPreviousClusters } from '../../../src/engine/cluster/cluster-numbering';
import { matchClusters } from '../../../src/engine/cluster/match-clusters';
import type { Feature } from '../../../src/engine/prep/types';
import { fieldReader } from '../../../src/engine/recipe/fields';

const feature = (name: string, center: number, scale: number, log1p = false): Feature => ({ name, column: name, log1p, fill: Number.NaN, center, scale });

describe('matchClusters', () => {
  it('pairs the closest centroids first, each old cluster once', () => {
    // Distances: new 0 ↔ old 1 is 1.41, new 1 ↔ old 0 is 1; the far pairs (≈ 12.7, 13.5) never win.
    expect(matchClusters([[0, 0], [10, 10]], [[9, 9], [1, 0]])).toEqual({ oldOfNew: [1, 0], distance: [Math.SQRT2, 1] });
  });

  it('a new cluster without an old counterpart gets −1', () => {
    expect(matchClusters([[0]], [[5], [1]]).oldOfNew).toEqual([-1, 0]);
  });
});

describe('clusterNumbering', () => {
  const income = feature('Income', 50, 10);

  it('without previous clusters numbers in the analysis\'s own order', () => {
    expect(clusterNumbering(Float64Array.of(0, 1, 2), 3, [income], [2, 0, 1])).toEqual({ numberOf: [1, 2, 0], clusterAt: [2, 0, 1], carried: null });
  });

  it('clusters found in another order keep the previous numbers', () => {
    // Previous Cluster 1 at income 40 (z = −1), Cluster 2 at 70 (z = 2). New fitted centres z = 2.1 and −0.9:
    // fitted 0 continues old 2, fitted 1 continues old 1, although size order would number them the other way.
    const n = clusterNumbering(Float64Array.of(2.1, -0.9), 2, [income], [0, 1], { features: ['Income'], centroids: [[40], [70]] });
    expect(n).toEqual({ numberOf: [1, 0], clusterAt: [1, 0], carried: { continues: [0, 1], kept: true } });
  });

  it('matches in scaled units, not original units', () => {
    // Age (scale 1) and Income in dollars (scale 10,000). Old clusters: (20, 50,000) and (60, 52,000).
    // New fitted 0 is (58, 50,000): in dollars it is nearest old 1 (2 years vs 2,000 dollars), in z it is old 2.
    const age = feature('Age', 40, 1), dollars = feature('Income', 50_000, 10_000);
    const z = (a: number, i: number) => [(a - 40) / 1, (i - 50_000) / 10_000];
    const centres = Float64Array.from([...z(58, 50_000), ...z(21, 52_000)]);
    const n = clusterNumbering(centres, 2, [age, dollars], [0, 1], { features: ['Age', 'Income'], centroids: [[20, 50_000], [60, 52_000]] });
    expect(n.numberOf).toEqual([1, 0]);
  });

  it('undoes log1p before matching', () => {
    const logged = feature('Spend', 0, 1, true);
    // Old centroids 0 and e³ − 1 in original units are 0 and 3 in z; new centres 2.9 and 0.1.
    const n = clusterNumbering(Float64Array.of(2.9, 0.1), 2, [logged], [0, 1], { features: ['Spend'], centroids: [[0], [Math.expm1(3)]] });
    expect(n.numberOf).toEqual([1, 0]);
  });

  it('a new cluster takes the number left free, in the analysis\'s own order', () => {
    // Three fitted clusters, two old ones: fitted 2 ↔ old 1, fitted 0 ↔ old 2; fitted 1 is new and gets number 3.
    const n = clusterNumbering(Float64Array.of(5, 100, -5), 3, [feature('x', 0, 1)], [1, 2, 0], { features: ['x'], centroids: [[-5], [5]] });
    expect(n.numberOf).toEqual([1, 2, 0]);
    expect(n.carried?.continues).toEqual([0, 1, -1]);
  });

  it('fewer clusters than before: a cluster matched to a number beyond k takes a free one but still says what it continues', () => {
    // Old 1 at 0, old 2 at 10, old 3 at 20; now two clusters at 20 and 0: fitted 0 ↔ old 3 (number 2 is free), fitted 1 ↔ old 1.
    const n = clusterNumbering(Float64Array.of(20, 0), 2, [feature('x', 0, 1)], [0, 1], { features: ['x'], centroids: [[0], [10], [20]] });
    expect(n.numberOf).toEqual([1, 0]);
    expect(n.carried?.continues).toEqual([0, 2]);
  });

  it('a level that appeared since counts as 0 in the previous centroids; one that disappeared is ignored', () => {
    const male = feature('Genre = Male', 0.5, 0.5), other = feature('Genre = Other', 0.1, 0.3);
    // Previous: Male share 1 and 0 (plus a vanished "Genre = X" column). New centres z: Male share 0 → −1, 1 → 1.
    const n = clusterNumbering(Float64Array.of(-1, -1 / 3, 1, -1 / 3), 2, [male, other], [0, 1], { features: ['Genre = X', 'Genre = Male'], centroids: [[7, 1], [7, 0]] });
    expect(n.numberOf).toEqual([1, 0]);
  });

  it('is a permutation of 0..k−1 whatever the previous clusters (property)', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 8 }),
      fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 1, maxLength: 10 }),
      fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 8, maxLength: 8 }),
      (k, old, fitted) => {
        const n = clusterNumbering(Float64Array.from(fitted.slice(0, k)), k, [feature('x', 0, 1)], Array.from({ length: k }, (_, j) => k - 1 - j), { features: ['x'], centroids: old.map((v) => [v]) });
        expect([...n.numberOf].sort((a, b) => a - b)).toEqual(Array.from({ length: k }, (_, j) => j));
        n.numberOf.forEach((number, cluster) => expect(n.clusterAt[number]).toBe(cluster));
      },
    ));
  });
});

describe('renumber', () => {
  it('maps cluster labels and leaves noise alone', () => {
    expect(Array.from(renumber(Int32Array.of(0, 1, -1, 1), [1, 0]))).toEqual([1, 0, -1, 0]);
  });
});

describe('readPreviousClusters', () => {
  it('reads a well-formed value and names the field when it is not', () => {
    const good = fieldReader({ previousClusters: { features: ['a'], centroids: [[1], [2]] } }, 'kmeans');
    expect(readPreviousClusters(good)).toEqual({ previousClusters: { features: ['a'], centroids: [[1], [2]] } });
    for (const bad of [{ features: ['a'], centroids: [[1, 2]] }, { features: 'a', centroids: [[1]] }, { features: ['a'], centroids: [] }, { features: ['a'], centroids: [[Number.NaN]] }]) {
      const f = fieldReader({ previousClusters: bad }, 'kmeans');
      expect(readPreviousClusters(f)).toEqual({});
      expect(f.problems[0]?.message).toContain("'previousClusters'");
    }
  });
});
