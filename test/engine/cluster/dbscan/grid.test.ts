import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { dbscan, type DbscanMetric } from '../../../../src/engine/cluster/dbscan';
import { buildGrid, GRID_MAX_COLS } from '../../../../src/engine/cluster/dbscan/grid';
import { fromRows } from '../../../../src/engine/matrix';

/**
 * The same rows with constant columns appended up to GRID_MAX_COLS + 1 columns: every distance is
 * unchanged, but dbscan must take its k-d tree path. So a run on `rows` (grid) and on the padded
 * rows (tree) must agree label for label.
 */
const padded = (rows: number[][]): number[][] => rows.map((row) => [...row, ...Array<number>(GRID_MAX_COLS + 1 - row.length).fill(7)]);

const agree = (rows: number[][], eps: number, minPts: number, metric: DbscanMetric): void => {
  expect(buildGrid(fromRows(rows), eps)).not.toBeNull();
  expect(buildGrid(fromRows(padded(rows)), eps)).toBeNull();
  const grid = dbscan(fromRows(rows), { eps, minPts, metric });
  const tree = dbscan(fromRows(padded(rows)), { eps, minPts, metric });
  expect(Array.from(grid.core)).toEqual(Array.from(tree.core));
  expect(Array.from(grid.labels)).toEqual(Array.from(tree.labels));
  expect(grid.nClusters).toBe(tree.nClusters);
};

describe('grid index (up to 3 columns) against the k-d tree', () => {
  test('buildGrid puts rows in the same cell next to each other and refuses 4 columns', () => {
    // Side 1 (+1e-6): x = 0 and 0.5 share cell 1 (after the padding layer), x = 3 is in cell 4.
    const grid = buildGrid(fromRows([[3], [0], [0.5]]), 1);
    expect(Array.from(grid!.order)).toEqual([1, 2, 0]);
    expect(Array.from(grid!.offsets)).toEqual([1, -1]);
    expect(buildGrid(fromRows([[0, 0, 0, 0]]), 1)).toBeNull();
  });

  test('points spread far wider than eps get no grid (more cells than 4n)', () => {
    expect(buildGrid(fromRows([[0, 0], [1e6, 1e6]]), 1)).toBeNull();
  });

  test('a lattice with spacing exactly eps: neighbours on the cell boundaries count, in both metrics', () => {
    // Integer points 0..5 × 0..5, eps 1: an interior point has 5 rows within 1 (itself and 4 lattice
    // neighbours at distance exactly 1), a corner 3, an edge point 4; with minPts 5 only the 4 × 4
    // interior is core (one cluster) and every edge point is a border point of it except the 4 corners,
    // which touch only edge points.
    const rows: number[][] = [];
    for (let x = 0; x <= 5; x++) for (let y = 0; y <= 5; y++) rows.push([x, y]);
    for (const metric of ['euclidean', 'manhattan'] as const) {
      const r = dbscan(fromRows(rows), { eps: 1, minPts: 5, metric });
      expect(r.core.reduce((a, b) => a + b, 0)).toBe(16);
      expect(r.nClusters).toBe(1);
      expect(r.noise).toBe(4);
      agree(rows, 1, 5, metric);
    }
  });

  test('random rows in 1, 2 and 3 columns: same core flags and labels as the tree, in both metrics', () => {
    const rowsOf = (d: number): fc.Arbitrary<number[][]> =>
      fc.array(fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: d, maxLength: d }), { minLength: 1, maxLength: 150 });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }).chain(rowsOf),
        fc.double({ min: 0.3, max: 3, noNaN: true }),
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom('euclidean' as const, 'manhattan' as const),
        (rows, eps, minPts, metric) => {
          fc.pre(minPts <= rows.length);
          agree(rows, eps, minPts, metric);
        },
      ),
      { numRuns: 150 },
    );
  });
});
