import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { fromRows } from '../../../src/engine/matrix';
import { calinskiHarabasz } from '../../../src/engine/cluster/validity/calinski-harabasz';
import { daviesBouldin } from '../../../src/engine/cluster/validity/davies-bouldin';
import { inertia } from '../../../src/engine/cluster/validity/inertia';
import { silhouette, silhouetteSamples } from '../../../src/engine/cluster/validity/silhouette';
import { readReference } from '../../shared';

interface ValidityCase { name: string; X: number[][]; labels: number[]; silhouette_samples: number[]; silhouette: number; calinski_harabasz: number; davies_bouldin: number }
interface KMeansRef { X?: number[][]; by_k: { k: number; labels?: number[]; centers: number[][]; best_inertia: number; best_of_50_seeds_inertia: number; silhouette?: number; calinski_harabasz?: number; davies_bouldin?: number }[] }

const close = (actual: number, expected: number): void => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1e-12, Math.abs(expected)));
};
const kOf = (labels: number[]): number => Math.max(...labels) + 1;

describe('validity indices equal scikit-learn 1.2 to 1e-9 relative', () => {
  const { cases } = readReference<{ cases: ValidityCase[] }>('validity.json');
  test.each(cases.map((c) => [c.name, c] as const))('validity.json %s: silhouette_samples, silhouette, CH, DB', (_name, c) => {
    const X = fromRows(c.X), labels = Int32Array.from(c.labels), k = kOf(c.labels);
    const samples = silhouetteSamples(X, labels, k);
    c.silhouette_samples.forEach((s, i) => (s === 0 ? expect(samples[i]).toBe(0) : close(samples[i] as number, s)));
    close(silhouette(X, labels, k).value, c.silhouette);
    close(calinskiHarabasz(X, labels, k), c.calinski_harabasz);
    close(daviesBouldin(X, labels, k), c.davies_bouldin);
  });

  test('singleton_and_unequal: the one-point cluster gets silhouette 0, as scikit-learn', () => {
    const c = cases.find((x) => x.name === 'singleton_and_unequal') as ValidityCase;
    const sizes = new Map<number, number>();
    c.labels.forEach((l) => sizes.set(l, (sizes.get(l) ?? 0) + 1));
    const lone = c.labels.findIndex((l) => sizes.get(l) === 1);
    expect(lone).toBeGreaterThanOrEqual(0);
    expect(silhouetteSamples(fromRows(c.X), Int32Array.from(c.labels), kOf(c.labels))[lone]).toBe(0);
  });

  for (const name of ['mall', 'mall3', 'mall_raw', 'lecture6', 'telco3']) {
    test(`kmeans/${name}.json: metrics and inertia of the reference labels for every k ≥ 2`, () => {
      const ref = readReference<KMeansRef>(`kmeans/${name}.json`);
      const X = fromRows(ref.X as number[][]);
      for (const row of ref.by_k) {
        const labels = Int32Array.from(row.labels as number[]);
        // labels and centres are those of the best of the 50 seeded runs (best_inertia may be n_init=10's)
        close(inertia(X, labels, fromRows(row.centers)), row.best_of_50_seeds_inertia);
        if (row.k < 2 || (name === 'telco3' && row.k > 3)) continue; // telco3: O(n²) silhouette, three ks suffice
        close(silhouette(X, labels, row.k).value, row.silhouette as number);
        close(calinskiHarabasz(X, labels, row.k), row.calinski_harabasz as number);
        close(daviesBouldin(X, labels, row.k), row.davies_bouldin as number);
      }
    });
  }
});

describe('hand-derived values', () => {
  // X = 0, 2, 10, 12 in clusters {0, 2}, {10, 12}: centroids 1 and 11, overall mean 6.
  // CH: B = 2·5² + 2·5² = 100, W = 4·1 = 4 → (100 / (2 − 1)) / (4 / (4 − 2)) = 50.
  // DB: spreads 1 and 1, centroid distance 10 → 0.2.
  // Silhouette of row 0: a = 2, b = (10 + 12) / 2 = 11 → 9/11.
  const X = fromRows([[0], [2], [10], [12]]);
  const labels = Int32Array.of(0, 0, 1, 1);
  test('Calinski–Harabasz 50, Davies–Bouldin 0.2, silhouette(row 0) = 9/11', () => {
    expect(calinskiHarabasz(X, labels, 2)).toBeCloseTo(50, 12);
    expect(daviesBouldin(X, labels, 2)).toBeCloseTo(0.2, 12);
    expect(silhouetteSamples(X, labels, 2)[0]).toBeCloseTo(9 / 11, 12);
  });
  test('sampled silhouette says on how many rows it was computed, and is seeded', () => {
    const a = silhouette(X, labels, 2, { sampleSize: 3, seed: 5 });
    expect(a.sampleSize).toBe(3);
    expect(silhouette(X, labels, 2, { sampleSize: 3, seed: 5 })).toEqual(a);
    expect(silhouette(X, labels, 2, { sampleSize: 10 }).sampleSize).toBe(4);
  });
  test('one cluster only is refused with a message naming the index', () => {
    expect(() => silhouette(X, Int32Array.of(0, 0, 0, 0), 1)).toThrow(/silhouette needs between 2 and 3 non-empty clusters/);
    expect(() => calinskiHarabasz(X, Int32Array.of(0, 0, 0, 5), 2)).toThrow(/row 4 has label 5/);
  });
});

describe('invariants', () => {
  test('every index is unchanged when cluster ids are permuted', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: -100, max: 100, noNaN: true })), { minLength: 6, maxLength: 30 }),
        fc.integer({ min: 0, max: 1000 }),
        (points, salt) => {
          const k = 3;
          const labels = Int32Array.from(points, (_, i) => (i * 7 + salt) % k);
          const perm = [2, 0, 1];
          const permuted = Int32Array.from(labels, (l) => perm[l] as number);
          const X = fromRows(points);
          const rel = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
          return rel(silhouette(X, labels, k).value, silhouette(X, permuted, k).value)
            && rel(calinskiHarabasz(X, labels, k), calinskiHarabasz(X, permuted, k))
            && rel(daviesBouldin(X, labels, k), daviesBouldin(X, permuted, k));
        },
      ),
      { numRuns: 100 },
    );
  });
});
