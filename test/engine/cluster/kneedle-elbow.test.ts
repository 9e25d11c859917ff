import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { fromRows } from '../../../src/engine/matrix';
import { elbowSweep, recommendK } from '../../../src/engine/cluster/elbow';
import { kneedle } from '../../../src/engine/cluster/kneedle';
import { readReference } from '../../shared';

describe('kneedle', () => {
  test('finds the corner of a piecewise-linear decreasing convex curve', () => {
    // Steep slope −s1 up to the corner x = c, then gentle −s2: after normalising, the difference
    // curve peaks exactly at the corner and drops by more than one x step right after it.
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 8 }), fc.integer({ min: 20, max: 50 }), fc.integer({ min: 1, max: 3 }), (c, s1, s2) => {
        const xs = Array.from({ length: 12 }, (_, i) => i + 1);
        const ys = xs.map((x) => (x <= c ? 1000 - s1 * x : 1000 - s1 * c - s2 * (x - c)));
        return kneedle(xs, ys, { curve: 'convex', direction: 'decreasing' }) === c;
      }),
    );
  });
  test('concave increasing: the knee of y = min(x, 4) on 1 … 10 is 4; a straight line has none', () => {
    const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(kneedle(xs, xs.map((x) => Math.min(x, 4)), { curve: 'concave', direction: 'increasing' })).toBe(4);
    expect(kneedle(xs, xs.map((x) => 2 * x), { curve: 'concave', direction: 'increasing' })).toBeNull();
  });
});

describe('elbow sweep and recommendK on the mall data (standardised Income and Score)', () => {
  const X = fromRows(readReference<{ X: number[][] }>('kmeans/mall.json').X);
  const sweep = elbowSweep(X, { kMax: 10, seed: 0 });
  test('rows for k = 1 … 10, WCSS falling, no validity index at k = 1', () => {
    expect(sweep.rows.map((r) => r.k)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(sweep.fits).toHaveLength(10);
    expect(sweep.rows[0]).toMatchObject({ silhouette: null, calinskiHarabasz: null, daviesBouldin: null });
    sweep.rows.slice(1).forEach((r, i) => expect(r.inertia).toBeLessThan((sweep.rows[i] as { inertia: number }).inertia));
  });
  test('recommends the well-known five groups and says why in one sentence', () => {
    // The mall data's five income × score groups: WCSS bends at 5 and the silhouette peaks there (0.55).
    const { k, reason } = recommendK(sweep.rows);
    expect(k).toBe(5);
    expect(reason).toBe('k = 5: the elbow of WCSS is at 5 and its silhouette 0.55 is the highest of k = 2–10.');
  });
  test('kMax is capped at n − 1 and says so', () => {
    const small = elbowSweep(fromRows([[0], [1], [5], [6]]), { kMax: 10 });
    expect(small.rows.map((r) => r.k)).toEqual([1, 2, 3]);
    expect(small.kMaxCapped).toBe(10);
  });
});
