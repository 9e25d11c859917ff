import type { Matrix } from '../../matrix';
import { MISSING_BIN, type BinnedData } from './binning';

/**
 * One regression tree as parallel arrays indexed by node (node 0 is the root). Plain arrays, so
 * a tree survives JSON unchanged.
 */
export interface Tree {
  /** Feature tested at a split node; −1 at a leaf. */
  readonly feature: readonly number[];
  /** A row goes left when its bin is ≤ this. */
  readonly bin: readonly number[];
  /** The same test on raw values: left when the value is ≤ this (Number.MAX_VALUE when the split separates missing values only). */
  readonly threshold: readonly number[];
  /** Where a missing value goes. */
  readonly missingGoLeft: readonly boolean[];
  readonly left: readonly number[];
  readonly right: readonly number[];
  /** What a leaf adds to the log-odds (learning rate included); 0 at split nodes. */
  readonly value: readonly number[];
  /** Loss decrease of the split (see Split.gain); 0 at leaves. */
  readonly gain: readonly number[];
}

/**
 * Add the tree's output to `out[k]` for each binned row `rows[k]`.
 * @example addTreeBinned(tree, binned, Uint32Array.of(0, 5), out) // out[0] += leaf of row 0, out[1] += leaf of row 5
 */
export function addTreeBinned(tree: Tree, binned: BinnedData, rows: Uint32Array, out: Float64Array): void {
  const { feature, bin, missingGoLeft, left, right, value } = tree;
  const { bins, rows: n } = binned;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k] as number;
    let node = 0;
    for (let f = feature[0] as number; f >= 0; f = feature[node] as number) {
      const b = bins[f * n + i] as number;
      const goLeft = b === MISSING_BIN ? missingGoLeft[node] : b <= (bin[node] as number);
      node = (goLeft ? left[node] : right[node]) as number;
    }
    out[k] = (out[k] as number) + (value[node] as number);
  }
}

/**
 * Add the tree's output to `out[i]` for each row i of raw (unbinned) features; NaN is missing.
 * Gives the same leaf as {@link addTreeBinned} on the binned row.
 */
export function addTreeRaw(tree: Tree, x: Matrix, out: Float64Array): void {
  const { feature, threshold, missingGoLeft, left, right, value } = tree;
  const { data, cols } = x;
  for (let i = 0; i < x.rows; i++) {
    let node = 0;
    for (let f = feature[0] as number; f >= 0; f = feature[node] as number) {
      const v = data[i * cols + f] as number;
      // v !== v: NaN (missing) without a global lookup, slow in a vm context such as jest's
      const goLeft = v !== v ? missingGoLeft[node] : v <= (threshold[node] as number);
      node = (goLeft ? left[node] : right[node]) as number;
    }
    out[i] = (out[i] as number) + (value[node] as number);
  }
}
