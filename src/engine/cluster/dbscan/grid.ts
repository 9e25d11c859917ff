import type { Matrix } from '../../matrix';

/**
 * A uniform grid over the rows of a low-dimensional matrix, cells of side ≥ eps: every row within
 * eps of a row (in Euclidean or Manhattan distance, both inside the L∞ ball) lies in the row's cell
 * or one of the 3^d − 1 cells around it. Rows are counting-sorted by cell, and their coordinates
 * copied in that order, so a cell's rows sit next to each other in memory. One empty layer of
 * cells pads every side, so the neighbours of an occupied cell are fixed offsets with no bounds checks.
 */
export interface Grid {
  readonly cols: number;
  /** Positions cellStart[c] … cellStart[c + 1] − 1 (in `order`) hold the rows of cell c. */
  readonly cellStart: Int32Array;
  /** Row ids sorted by cell. */
  readonly order: Int32Array;
  /** Coordinates in `order`: row order[p] at p·cols. */
  readonly coords: Float64Array;
  /** Linear offsets from a cell to its 3^d − 1 neighbours, the positive (later) half first. */
  readonly offsets: Int32Array;
}

/** Above this many columns the 3^d neighbouring cells cost more than a k-d tree search. */
export const GRID_MAX_COLS = 3;

/**
 * Cell side = eps × (1 + SIDE_MARGIN), so that rounding in (x − min) / side can never put two rows
 * within eps of each other two cells apart.
 */
const SIDE_MARGIN = 1e-6;

/**
 * A grid for rows within `eps`, or null when one does not fit: more than GRID_MAX_COLS columns,
 * more cells than max(2^16, 4n) (points spread far wider than eps: a k-d tree wastes no memory
 * on empty space), or eps so small against the coordinates that rounding could misplace a row.
 * @example buildGrid(fromRows([[0, 0], [0.5, 0], [3, 3]]), 1)!.order // Int32Array [0, 1, 2]: rows 0 and 1 share a cell
 */
export function buildGrid(X: Matrix, eps: number): Grid | null {
  const { data, rows: n, cols: d } = X;
  if (d > GRID_MAX_COLS) return null;
  const side = eps * (1 + SIDE_MARGIN);
  const low = new Float64Array(d).fill(Infinity), high = new Float64Array(d).fill(-Infinity);
  for (let i = 0, o = 0; i < n; i++) {
    for (let t = 0; t < d; t++, o++) {
      const x = data[o]!;
      if (x < low[t]!) low[t] = x;
      if (x > high[t]!) high[t] = x;
    }
  }
  const strides = new Int32Array(d);
  let cells = 1;
  for (let t = 0; t < d; t++) {
    const magnitude = Math.max(Math.abs(low[t]!), Math.abs(high[t]!));
    if (eps < magnitude * 1e-8) return null;
    strides[t] = cells;
    cells *= Math.floor((high[t]! - low[t]!) / side) + 3;
    if (cells > Math.max(1 << 16, 4 * n)) return null;
  }

  const cellOf = new Int32Array(n);
  const cellStart = new Int32Array(cells + 1);
  for (let i = 0, o = 0; i < n; i++) {
    let c = 0;
    for (let t = 0; t < d; t++, o++) c += (Math.floor((data[o]! - low[t]!) / side) + 1) * strides[t]!;
    cellOf[i] = c;
    cellStart[c + 1]!++;
  }
  for (let c = 0; c < cells; c++) cellStart[c + 1]! += cellStart[c]!;
  const fill = cellStart.slice(0, cells);
  const order = new Int32Array(n);
  const coords = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    const p = fill[cellOf[i]!]!++;
    order[p] = i;
    for (let t = 0; t < d; t++) coords[p * d + t] = data[i * d + t]!;
  }
  return { cols: d, cellStart, order, coords, offsets: neighbourOffsets(strides) };
}

/** The 3^d − 1 offsets Σ δ_t·stride_t, δ ∈ {−1, 0, 1}^d \ {0}: positive ones first, then their negatives. */
function neighbourOffsets(strides: Int32Array): Int32Array {
  let all = [0];
  for (const stride of strides) all = all.flatMap((o) => [o - stride, o, o + stride]);
  const later = all.filter((o) => o > 0);
  return Int32Array.from([...later, ...later.map((o) => -o)]);
}
