import { describe, expect, test } from '@jest/globals';
import { fromRows } from '../../../src/engine/matrix';
import { createRandom } from '../../../src/engine/random';
import { lloyd } from '../../../src/engine/cluster/lloyd';
import { swapCenters } from '../../../src/engine/cluster/swap-centers';

describe('swapCenters moves a wasted centre to where it is needed', () => {
  // Rows 0, 1, 10, 11, 20, 21 from centres 0, 1, 15.5: Lloyd keeps {0}, {1}, {10, 11, 20, 21}
  // (centre 15.5; 10 and 11 are 9 and 10 from centre 1 but 5.5 and 4.5 from 15.5), WCSS
  // 2 × 5.5² + 2 × 4.5² = 101. Removal costs: centre 0 → its row joins 1: 1 − 0 = 1; centre 1 → 1;
  // centre 15.5 → rows go to 1: 81 + 100 + 361 + 400 − 101 = 841. A centre at 0 or 1 moves (the
  // first, on the tie) to a row drawn ∝ D², which is one of 10, 11, 20, 21 (rows 0 and 1 have D² = 0);
  // Lloyd then settles in {0, 1}, {10, 11}, {20, 21}: WCSS 3 × 2 × 0.5² = 1.5.
  const X = fromRows([[0], [1], [10], [11], [20], [21]]);
  const local = (centers: Float64Array) => lloyd(X, centers, { maxIter: 300, tolerance: 0 });
  const stuck = local(Float64Array.of(0, 1, 15.5));

  test('the start is the Lloyd fixed point with WCSS 101', () => expect(stuck.inertia).toBeCloseTo(101, 10));
  test.each([0, 1, 2, 3])('seed %i reaches WCSS 1.5', (seed) => {
    expect(swapCenters(X, stuck, local, createRandom(seed), 3).inertia).toBeCloseTo(1.5, 10);
  });
  test('k = 1 has nothing to swap', () => {
    const one = local(Float64Array.of(10.5));
    expect(swapCenters(X, one, local, createRandom(0), 3)).toBe(one);
  });
});
