import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { condensedDistances } from '../../../../src/engine/cluster/hierarchical/condensed';
import { distanceUpdate } from '../../../../src/engine/cluster/hierarchical/lance-williams';
import { nnChainLinkage } from '../../../../src/engine/cluster/hierarchical/nn-chain';
import { fcluster, linkage, rowDistance } from '../../../../src/engine/cluster/hierarchical';
import { fromRows } from '../../../../src/engine/matrix';
import { problemOf } from '../../../problems';

const code = (f: () => unknown): string => problemOf(f).code;

describe('the lecture example', () => {
  test('centroid linkage on (0,0),(1,2),(2,1),(4,1),(5,0),(5,3) gives {(1,2),(2,1),(0,0)}, {(4,1),(5,0)}, {(5,3)}', () => {
    // (1,2)–(2,1) and (4,1)–(5,0) are both √2 apart, the closest pairs. Then (0,0) is √(1.5² + 1.5²) = 2.12
    // from the centroid (1.5,1.5), and (5,3) is √(0.5² + 2.5²) = 2.55 from (4.5,0.5); those merges follow.
    const link = linkage(fromRows([[0, 0], [1, 2], [2, 1], [4, 1], [5, 0], [5, 3]]), { method: 'centroid' });
    expect(Array.from(fcluster(link, { maxclust: 3 }))).toEqual([1, 1, 1, 2, 2, 3]);
    expect(link.Z[2 * 4 + 2]).toBeCloseTo(Math.sqrt(4.5), 14);
    expect(link.Z[3 * 4 + 2]).toBeCloseTo(Math.sqrt(6.5), 14);
  });
});

describe('hand-derived linkages', () => {
  // Points 0, 1, 5 on a line: the first merge is {0,1} at 1 for every method; the second joins 5 at
  // single 4, complete 5, average (4+5)/2 = 4.5, Ward √(2·2·1/3)·|5 − 0.5| = 4.5·√(4/3).
  const X = fromRows([[0], [1], [5]]);
  test.each([
    ['single', 4],
    ['complete', 5],
    ['average', 4.5],
    ['weighted', 4.5],
    ['ward', 4.5 * Math.sqrt(4 / 3)],
  ] as const)('%s: rows [0, 1, 1, 2] and [2, 3, h, 3]', (method, h) => {
    const { Z } = linkage(X, { method });
    expect(Array.from(Z.subarray(0, 4))).toEqual([0, 1, 1, 2]);
    expect(Array.from(Z.subarray(4, 6))).toEqual([2, 3]);
    expect(Z[6]).toBeCloseTo(h, 12);
    expect(Z[7]).toBe(3);
  });

  test('a cut by height keeps merges at or below it: h = 1 → [1, 1, 2]; h = 0.5 → three singletons', () => {
    const link = linkage(X, { method: 'single' });
    expect(Array.from(fcluster(link, { height: 1 }))).toEqual([1, 1, 2]);
    expect(Array.from(fcluster(link, { height: 0.5 }))).toEqual([1, 2, 3]);
    expect(Array.from(fcluster(link, { maxclust: 2 }, { zeroBased: true }))).toEqual([0, 0, 1]);
  });

  test('metrics on (0,0)–(3,4): euclidean 5, sqeuclidean 25, manhattan 7, chebyshev 4', () => {
    const P = fromRows([[0, 0], [3, 4]]);
    expect(rowDistance(P, 'euclidean')(0, 1)).toBe(5);
    expect(rowDistance(P, 'sqeuclidean')(0, 1)).toBe(25);
    expect(rowDistance(P, 'manhattan')(0, 1)).toBe(7);
    expect(rowDistance(P, 'chebyshev')(0, 1)).toBe(4);
  });

  test('Mahalanobis divides each uncorrelated column by its sample sd', () => {
    // columns 0,2,0,2 and 0,0,4,4: sample variances 4/3 and 16/3, no covariance; rows 0 and 1 differ by 2 in column 1
    const P = fromRows([[0, 0], [2, 0], [0, 4], [2, 4]]);
    expect(rowDistance(P, 'mahalanobis')(0, 1)).toBeCloseTo(2 / Math.sqrt(4 / 3), 12);
    expect(rowDistance(P, 'mahalanobis')(0, 2)).toBeCloseTo(4 / Math.sqrt(16 / 3), 12);
  });
});

function pairwiseDistinct(rows: readonly (readonly number[])[]): boolean {
  const d: number[] = [];
  rows.forEach((a, i) => rows.slice(i + 1).forEach((b) => d.push(Math.hypot((a[0] as number) - (b[0] as number), (a[1] as number) - (b[1] as number)))));
  d.sort((x, y) => x - y);
  return d.every((v, i) => i === 0 || v - (d[i - 1] as number) > 1e-6 * (1 + v));
}

describe('invariants', () => {
  const points = fc.array(fc.tuple(fc.integer({ min: -50, max: 50 }), fc.double({ min: -5, max: 5, noNaN: true })), { minLength: 3, maxLength: 40 });

  test('Ward on centroids has the heights of Ward by the Lance–Williams matrix update (trees without tied heights)', () => {
    fc.assert(
      fc.property(points, (rows) => {
        // Equal candidate distances (not only equal merge heights) let the two algorithms pick different
        // pairs, after which later heights legitimately differ: keep to point sets without them.
        fc.pre(pairwiseDistinct(rows));
        const X = fromRows(rows);
        const vector = linkage(X, { method: 'ward' }).Z;
        const matrix = nnChainLinkage(condensedDistances(X.rows, rowDistance(X, 'euclidean')), X.rows, distanceUpdate('ward'));
        // Tied merges may be taken in either order (the algorithms break ties differently), and the
        // later heights then legitimately differ: compare only trees without ties.
        for (let k = 1; k < X.rows - 1; k++) if (matrix[k * 4 + 2]! - matrix[(k - 1) * 4 + 2]! <= 1e-9 * (1 + matrix[k * 4 + 2]!)) return;
        for (let k = 0; k < X.rows - 1; k++) {
          expect(Math.abs(vector[k * 4 + 2]! - matrix[k * 4 + 2]!)).toBeLessThanOrEqual(1e-9 * (1 + matrix[k * 4 + 2]!));
        }
      }),
      { numRuns: 60 },
    );
  });

  test('every method: sizes add up to n, cuts into t clusters give at most t labels numbered 1..k', () => {
    const methods = ['single', 'complete', 'average', 'weighted', 'centroid', 'median', 'ward'] as const;
    fc.assert(
      fc.property(points, fc.constantFrom(...methods), fc.integer({ min: 1, max: 6 }), (rows, method, t) => {
        const link = linkage(fromRows(rows), { method });
        expect(link.Z[(rows.length - 2) * 4 + 3]).toBe(rows.length);
        const labels = Array.from(fcluster(link, { maxclust: t }));
        const k = Math.max(...labels);
        expect(k).toBeLessThanOrEqual(t);
        expect(new Set(labels).size).toBe(k);
      }),
      { numRuns: 100 },
    );
  });
});

describe('bad input', () => {
  test('Mahalanobis with collinear columns names the column that is a combination of the others', () => {
    const X = fromRows([[1, 2, 3], [2, 1, 3], [3, 5, 8], [0, 1, 1]]); // third = first + second
    expect(code(() => linkage(X, { method: 'average', metric: 'mahalanobis', columnNames: ['a', 'b', 'total'] }))).toBe('mahalanobis-singular');
    expect(() => linkage(X, { method: 'average', metric: 'mahalanobis', columnNames: ['a', 'b', 'total'] })).toThrow(/"total" is a linear combination of "a", "b"/);
  });

  test('ward, centroid and median refuse a non-Euclidean metric, as SciPy does', () => {
    for (const method of ['ward', 'centroid', 'median'] as const) {
      expect(code(() => linkage(fromRows([[0], [1]]), { method, metric: 'manhattan' }))).toBe('linkage-needs-euclidean');
    }
  });

  test('beyond the memory budget: a message that offers ward, single or a sample size', () => {
    const X = fromRows(Array.from({ length: 200 }, (_, i) => [i]));
    // 200 rows need 8·200·199/2 = 159,200 bytes
    expect(() => linkage(X, { method: 'complete', memoryBudgetBytes: 100_000 })).toThrow(/sample of at most 158 rows/);
    expect(linkage(X, { method: 'single', memoryBudgetBytes: 100_000 }).n).toBe(200);
  });

  test('one row, no columns and NaN are refused with the row and column named', () => {
    expect(code(() => linkage(fromRows([[1]]), { method: 'single' }))).toBe('too-few-rows');
    expect(() => linkage(fromRows([[1, 2], [3, NaN]]), { method: 'single', columnNames: ['x', 'y'] })).toThrow(/Row 2, "y" is NaN/);
  });
});
