import type { Tree } from '../../classify/boost';
import type { Matrix } from '../../matrix';

/**
 * Expected output of every node of every tree over some rows (the training rows): the mean leaf value of
 * the rows passing through it. A node no row reached takes its parent's value, so it attributes nothing.
 * @example nodeMeans([stump], x) // [[mean of both leaves weighted by rows, left leaf, right leaf]]
 */
export function nodeMeans(trees: readonly Tree[], x: Matrix): number[][] {
  return trees.map((tree) => {
    const size = tree.feature.length, sum = new Float64Array(size), count = new Float64Array(size);
    const path: number[] = [];
    for (let i = 0; i < x.rows; i++) {
      path.length = 0;
      const leaf = walk(tree, x, i, (node) => path.push(node));
      const v = tree.value[leaf] as number;
      for (const node of path) {
        sum[node] = (sum[node] as number) + v;
        count[node] = (count[node] as number) + 1;
      }
    }
    const means = new Array<number>(size).fill(0);
    const fill = (node: number, parent: number): void => {
      means[node] = (count[node] as number) > 0 ? (sum[node] as number) / (count[node] as number) : parent;
      if ((tree.feature[node] as number) >= 0) {
        fill(tree.left[node] as number, means[node] as number);
        fill(tree.right[node] as number, means[node] as number);
      }
    };
    fill(0, 0);
    return means;
  });
}

/**
 * Path attribution of tree outputs (Saabas): along each row's path, the change in expected output at a
 * split is credited to the split's feature, so a row's credits sum to its output minus the trees' expected
 * output. `owner[f]` maps feature f to one of `m` groups (source columns). Returns rows × m, row-major.
 */
export function pathContributions(trees: readonly Tree[], means: readonly (readonly number[])[], x: Matrix, owner: readonly number[], m: number): Float64Array {
  const out = new Float64Array(x.rows * m);
  trees.forEach((tree, t) => {
    const mean = means[t] as readonly number[];
    for (let i = 0; i < x.rows; i++) {
      let previous = 0;
      walk(tree, x, i, (node, parent) => {
        if (parent >= 0) {
          const k = i * m + (owner[tree.feature[parent] as number] as number);
          out[k] = (out[k] as number) + (mean[node] as number) - (mean[previous] as number);
        }
        previous = node;
      });
    }
  });
  return out;
}

/** Follow row i down a tree as the trees' own raw-value test does (v ≤ threshold goes left, NaN as learned); returns the leaf. */
function walk(tree: Tree, x: Matrix, i: number, visit: (node: number, parent: number) => void): number {
  let node = 0, parent = -1;
  for (;;) {
    visit(node, parent);
    const f = tree.feature[node] as number;
    if (f < 0) return node;
    const v = x.data[i * x.cols + f] as number;
    const goLeft = Number.isNaN(v) ? tree.missingGoLeft[node] : v <= (tree.threshold[node] as number);
    parent = node;
    node = (goLeft ? tree.left[node] : tree.right[node]) as number;
  }
}
