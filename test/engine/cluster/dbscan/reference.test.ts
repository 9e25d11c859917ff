/**
 * Golden comparison with scikit-learn 1.2 (`../shared/reference/dbscan/`): mall (eps 0.3/0.4/0.5 ×
 * min_samples 3/5), moons (eps 0.2/0.3) and telco3 (eps 0.3, min_samples 10, 7,043 rows).
 * Core points and noise are determined uniquely, so they must be identical; we also follow
 * scikit-learn's traversal, so the labels are required to be identical, not just ARI ≥ 0.99.
 */
import { describe, expect, test } from '@jest/globals';
import { dbscan, kDistance } from '../../../../src/engine/cluster/dbscan';
import { fromRows, type Matrix } from '../../../../src/engine/matrix';
import { adjustedRand } from '../../../../src/engine/stats/adjusted-rand';
import { readReference } from '../../../shared';

interface Run { eps: number; min_samples: number; labels: number[]; core_sample_indices: number[]; k_distance_sorted: number[] }

/** telco3 is too large for X to be stored in dbscan/telco3.json; kmeans/telco3.json holds the same standardised matrix. */
function telco3(): Matrix {
  const X = readReference<{ X: number[][] }>('kmeans/telco3.json').X;
  const scaling = readReference<{ telco3: { first5: number[][] } }>('scaling.json').telco3;
  expect(X.slice(0, 5)).toEqual(scaling.first5);
  return fromRows(X);
}

for (const name of ['mall', 'moons', 'telco3']) {
  describe(`dbscan/${name}.json`, () => {
    const ref = readReference<{ X?: number[][]; runs: Run[] }>(`dbscan/${name}.json`);
    test.each(ref.runs.map((r) => [r.eps, r.min_samples, r] as const))('eps %d, minPts %d equals scikit-learn', (eps, minPts, run) => {
      const X = ref.X ? fromRows(ref.X) : telco3();
      const result = dbscan(X, { eps, minPts });
      const core = Array.from(result.core).flatMap((c, i) => (c === 1 ? [i] : []));
      expect(core).toEqual(run.core_sample_indices);
      const noise = (labels: ArrayLike<number>): number[] => Array.from(labels).flatMap((l, i) => (l === -1 ? [i] : []));
      expect(noise(result.labels)).toEqual(noise(run.labels));
      expect(adjustedRand(result.labels, run.labels)).toBeGreaterThanOrEqual(0.99);
      expect(Array.from(result.labels)).toEqual(run.labels);
      expect(result.nClusters).toBe(Math.max(...run.labels) + 1);
      expect(result.noise).toBe(noise(run.labels).length);

      const curve = kDistance(X, { minPts });
      expect(curve.length).toBe(run.k_distance_sorted.length);
      const off = run.k_distance_sorted.filter((v, i) => Math.abs(curve[i]! - v) > 1e-12 + 1e-9 * v).length;
      expect(off).toBe(0);
    });
  });
}
